"""read_task / write_task: the work gets the worker's own connection to the database file, and a
write announces the change from the ids its service call returns, before the caller's on_done."""
from kinerja_desktop.store.database import create_database
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.tasks import read_task, write_task
from tests.fixtures import ADMIN


def file_context(tmp_path):
    path = tmp_path / "k.db"
    db = create_database(path)
    db.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    return AppContext(db, None, ADMIN, 2026, 1, db_path=path)


def test_write_task_announces_the_returned_ids_before_on_done(qtbot, tmp_path):
    context = file_context(tmp_path)
    events = []
    context.data_changed.connect(lambda ids: events.append(("changed", ids)))

    def write(db, _progress):
        assert db is not context.db   # the worker's own connection
        db.execute("INSERT INTO note (id, text) VALUES (7, 'x')")
        db.conn.commit()
        return [7]

    write_task(None, context, "", write, lambda ids: ids, lambda r: events.append(("done", r)), events.append,
               show_dialog=False)
    qtbot.waitUntil(lambda: len(events) == 2)
    assert events == [("changed", frozenset({7})), ("done", [7])]
    assert context.db.execute("SELECT text FROM note WHERE id = 7").fetchone() == ("x",)


def test_write_task_that_changed_nothing_announces_nothing(qtbot, tmp_path):
    context = file_context(tmp_path)
    events = []
    context.data_changed.connect(lambda ids: events.append(("changed", ids)))
    write_task(None, context, "", lambda db, _p: "ok", lambda _r: None, lambda r: events.append(("done", r)),
               events.append, show_dialog=False)
    qtbot.waitUntil(lambda: len(events) == 1)
    assert events == [("done", "ok")]


def test_a_failed_write_announces_nothing_and_reports_the_error(qtbot, tmp_path):
    context = file_context(tmp_path)
    events = []
    context.data_changed.connect(lambda ids: events.append(("changed", ids)))

    def write(db, _progress):
        raise ValueError("ditolak")

    write_task(None, context, "", write, lambda _r: (), lambda r: events.append(("done", r)),
               lambda exc: events.append(("error", str(exc))), show_dialog=False)
    qtbot.waitUntil(lambda: len(events) == 1)
    assert events == [("error", "ditolak")]


def test_read_task_reads_on_a_read_only_connection(qtbot, tmp_path):
    context = file_context(tmp_path)
    results = []

    def read(db, _progress):
        try:
            db.execute("INSERT INTO note (id, text) VALUES (1, 'y')")
        except Exception as exc:   # SQLite refuses: the connection is read-only
            return type(exc).__name__
        return "written"

    read_task(None, context, "", read, results.append, results.append, show_dialog=False)
    qtbot.waitUntil(lambda: len(results) == 1)
    assert results != ["written"]
    assert context.db.execute("SELECT count(*) FROM note").fetchone() == (0,)


def test_wait_task_returns_the_result_or_raises_the_error_of_the_work(qtbot):
    import threading

    import pytest

    from kinerja_desktop.ui.tasks import wait_task

    assert wait_task(None, "", lambda: threading.current_thread() is threading.main_thread()) is False
    with pytest.raises(ValueError, match="rusak"):
        wait_task(None, "", lambda: (_ for _ in ()).throw(ValueError("rusak")))
