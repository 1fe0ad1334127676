"""Slow work (Excel, bulk queries) off the GUI thread, the result handed back on it.

    task = read_task(parent, context, "Membaca paket…", read, on_done, on_error, cancellable=True)
    task = write_task(parent, context, "Menerapkan paket…", write, changed_ids, on_done, on_error)

`read(db, progress)` / `write(db, progress)` get the worker's own connection to the database
file (read-only for a read); `write_task` announces the change on the context from the ids
`changed_ids(result)` gives back, so no caller can forget it. Work that does not read the open
database through a connection of its own (files, a backup or restore, the login check) goes through
`file_task`, or `wait_task` when the caller must wait for it. All stand on `run_task`, private to
this module in use (tests/unit/test_layers.py checks that no other ui/ module calls it):

`work(progress)` runs in a worker thread; it calls `progress(done, total, text)` and may check
`progress.cancelled`; `progress.deliver(part)` hands a first part of the result to `on_part`
(shown before the whole is ready). `on_done(result)` and `on_error(exc)` run on the GUI thread. A database
connection must not be shared across threads: `work` opens its own (see store.database).
"""
from __future__ import annotations

import traceback
from typing import Any, Callable, Iterable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


class Progress:
    """Handed to the work function; thread-safe because it only emits queued signals."""

    def __init__(self, signals: "_Signals"):
        self._signals = signals
        self.cancelled = False

    def __call__(self, done: int, total: int, text: str = "") -> None:
        try:
            self._signals.progress.emit(done, total, text)
        except RuntimeError:  # the signal object went away (the program is quitting)
            pass

    def deliver(self, part: Any) -> None:
        try:
            self._signals.part.emit(part)
        except RuntimeError:
            pass


class _Signals(QObject):
    progress = Signal(int, int, str)
    part = Signal(object)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]):
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self._work = work
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.progress.cancelled = True

    def run(self) -> None:  # worker thread
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # handed to the GUI thread, never lost
            exc.traceback_text = traceback.format_exc()
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, value) -> None:
        # When the program quits mid-task the signal object may already be deleted; nobody is
        # left to receive the result then, so dropping it is right (not a crash on exit).
        try:
            signal.emit(value)
        except RuntimeError:
            pass


_running: set[Task] = set()


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    cancellable: bool = False,
    show_dialog: bool = True,
    on_part: Callable[[Any], None] | None = None,
) -> Task:
    task = Task(work)
    dialog = None
    if show_dialog:
        dialog = QProgressDialog(title, "Batal" if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(300)  # quick work finishes without a flash of a dialog
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(task.cancel)

        def _progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        task.signals.progress.connect(_progress)

    def _finish(callback, value):
        _running.discard(task)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        callback(value)

    if on_part is not None:
        task.signals.part.connect(on_part)
    task.signals.finished.connect(lambda result: _finish(on_done, result))
    task.signals.failed.connect(lambda exc: _finish(on_error, exc))
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def read_task(parent: QWidget | None, context, title: str, read: Callable[[Any, Progress], Any],
              on_done: Callable[[Any], None], on_error: Callable[[BaseException], None], **options) -> Task:
    """Run `read(db, progress)` on the worker's own read-only connection."""
    from kinerja_desktop.ui.worker_db import worker_db

    def work(progress: Progress) -> Any:
        with worker_db(context) as db:
            return read(db, progress)

    return run_task(parent, title, work, on_done, on_error, **options)


def write_task(parent: QWidget | None, context, title: str, write: Callable[[Any, Progress], Any],
               changed_ids: Callable[[Any], Iterable[int] | None], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None], **options) -> Task:
    """Run one service call `write(db, progress)` on the worker's own writable connection, then
    announce the change: `changed_ids(result)` gives the indicator ids that changed (empty: anything
    may have; None: nothing did) before `on_done(result)` runs."""
    from kinerja_desktop.ui.worker_db import worker_db

    def work(progress: Progress) -> Any:
        with worker_db(context, read_only=False) as db:
            return write(db, progress)

    def done(result: Any) -> None:
        ids = changed_ids(result)
        if ids is not None:
            context.announce_change(ids)
        on_done(result)

    return run_task(parent, title, work, done, on_error, **options)


def file_task(parent: QWidget | None, title: str, work: Callable[[Progress], Any],
              on_done: Callable[[Any], None], on_error: Callable[[BaseException], None], **options) -> Task:
    """Run `work(progress)` that opens no connection to the open database: it works on files (a
    backup, a restore, a workbook) or on a connection the GUI thread leaves alone meanwhile."""
    return run_task(parent, title, work, on_done, on_error, **options)


def wait_task(parent: QWidget | None, title: str, work: Callable[[], Any]) -> Any:
    """Run `work()` like `file_task` with a progress dialog and wait for it (an event loop keeps the
    window alive); returns its result or raises its error."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict[str, object] = {}
    run_task(parent, title, lambda _p: work(), lambda r: (outcome.update(result=r), loop.quit()),
             lambda e: (outcome.update(error=e), loop.quit()))
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def write_now(parent: QWidget | None, context, title: str, write: Callable[[Any], Any],
              changed_ids: Callable[[Any], Iterable[int] | None]) -> Any:
    """A short save a dialog waits for (it must know whether to close): `write(db)` runs on the
    worker's own writable connection behind a progress dialog, the change is announced from
    `changed_ids(result)` (empty: anything may have changed) and the result returned; a refusal
    is raised to the caller and nothing is announced."""
    from kinerja_desktop.ui.worker_db import worker_db

    def work() -> Any:
        with worker_db(context, read_only=False) as db:
            return write(db)

    result = wait_task(parent, title, work)
    ids = changed_ids(result)
    if ids is not None:
        context.announce_change(ids)
    return result


def wait_for_workers(timeout_ms: int = 10000) -> None:
    """At quit: a load still running in a worker finishes before its signal objects go away."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)
