"""Screenshots of the dashboard and of four presentation slides, at 1920×1080, offscreen.

    python docs/screenshots_presentation.py [--db DEMO.db] [--out docs/screenshots]

Without --db a scale-1 demo database is built (once) in a temporary folder. Writes
`dashboard-1920x1080.png` and `dashboard-1366x768.png` (the main window on the dashboard page, as the demo planner, 2026
TW III) and `slide-1-ringkasan.png`, `slide-2-tujuan.png`, `slide-3-peringkat-opd.png`,
`slide-4-risiko.png` (the full deck of the same figures), and `slide-lompat-99.png` (the
footer after typing a slide number past the end). With --check, a copy of each at a
quarter of the size is written next to the originals' folder in `quarter/` for reading tests.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

SIZE = (1920, 1080)
YEAR, QUARTER = 2026, 3
SLIDES = [("summary", "slide-1-ringkasan"), ("goal", "slide-2-tujuan"), ("ranking", "slide-3-peringkat-opd"),
          ("risk", "slide-4-risiko")]
DEMO_CACHE = Path(tempfile.gettempdir()) / "kinerja-screenshots-demo" / "demo.db"


def wait(ms: int) -> None:
    """Run the event loop for `ms` (QTest.qWait keeps the GIL and starves the worker threads)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def demo_database(path: Path | None) -> Path:
    if path is not None and path.exists():
        return path
    path = path or DEMO_CACHE
    if not path.exists():
        from kinerja_desktop.services.demo import build_demo_database

        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"Membuat data demo di {path} …")
        build_demo_database(path, scale=1)
    return path


def shoot_dashboard(db_path: Path, out: Path, size: tuple[int, int] = SIZE):
    from kinerja_desktop.services.users import authenticate
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui.app import build_window
    from kinerja_desktop.ui.context import AppContext

    db = open_database(db_path)
    user = authenticate(db, "perencana", "perencana123")
    context = AppContext(db, load_plan(db), user, YEAR, QUARTER, db_path=db_path)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "shots.ini"), QSettings.IniFormat)
    window = build_window(context, settings)
    window.resize(*size)
    window.show()
    wait(100)
    window.show_page("dashboard")
    page = window.page("dashboard")
    page.prepare_screenshot()
    page = page.page   # the DashboardPage inside its start-up host
    wait(300)
    path = out / f"dashboard-{size[0]}x{size[1]}.png"
    window.grab().save(str(path))
    return path, window, db, page.source.figures


def shoot_slides(figures, out: Path) -> list[Path]:
    from kinerja_desktop.services.deck import DeckChoice, build_deck
    from kinerja_desktop.ui.presentation.slides import paint_slide

    deck = build_deck(figures, DeckChoice("all"))
    saved = []
    for kind, name in SLIDES:
        index = next(i for i, s in enumerate(deck.slides) if s.kind == kind and (kind != "goal" or s.lines))
        image = QImage(*SIZE, QImage.Format_RGB32)
        painter = QPainter(image)
        paint_slide(painter, QRectF(0, 0, *SIZE), deck, index)
        painter.end()
        path = out / f"{name}.png"
        image.save(str(path))
        saved.append(path)
    saved.append(shoot_jump(deck, out))
    return saved


def shoot_jump(deck, out: Path) -> Path:
    """The window after "2 5 Enter" then "9 9 Enter": slide 25 was reached, 99 does not exist
    (the window stays open on the last slide and its footer says so)."""
    from kinerja_desktop.ui.presentation.slides import paint_slide
    from kinerja_desktop.ui.presentation.window import PresentationWindow

    window = PresentationWindow(deck)
    for keys in ("25", "99"):
        QTest.keyClicks(window, keys)
        QTest.keyClick(window, Qt.Key_Return)
    image = QImage(*SIZE, QImage.Format_RGB32)
    painter = QPainter(image)
    paint_slide(painter, QRectF(0, 0, *SIZE), deck, window.index, jump=window.jump, notice=window.notice)
    painter.end()
    window.close()
    path = out / "slide-lompat-99.png"
    image.save(str(path))
    return path


def shoot_period_decks(db_path: Path, out: Path) -> list[Path]:
    """The IKU-over-the-period deck and the TW II 2023-against-2024 comparison deck (issue 13),
    their first slides."""
    from kinerja_desktop.services.deck import build_compare_deck
    from kinerja_desktop.services.deck_iku import build_iku_deck
    from kinerja_desktop.services.iku_period import iku_period
    from kinerja_desktop.services.year_compare import compare_years
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.ui.presentation.slides import paint_slide

    db = open_database(db_path, read_only=True)
    decks = {"iku": build_iku_deck(iku_period(db), 2026, 3), "banding": build_compare_deck(compare_years(db, 2, 2023, 2024))}
    db.close()
    saved = []
    for name, deck in decks.items():
        for index in range(min(3, len(deck.slides))):
            image = QImage(*SIZE, QImage.Format_RGB32)
            painter = QPainter(image)
            paint_slide(painter, QRectF(0, 0, *SIZE), deck, index)
            painter.end()
            path = out / f"slide-{name}-{index + 1}.png"
            image.save(str(path))
            saved.append(path)
    return saved


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (built in a temporary folder if absent)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--check", action="store_true", help="also write quarter-size copies in OUT/quarter/")
    args = parser.parse_args(argv)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())

    from kinerja_desktop.ui import theme
    from kinerja_desktop.ui.app import ensure_app
    from kinerja_desktop.ui.i18n import install_translators

    app = ensure_app()
    install_translators(app, "id")
    theme.apply_theme(app)
    args.out.mkdir(parents=True, exist_ok=True)
    db_path = demo_database(args.db)
    small, window, db, _ = shoot_dashboard(db_path, args.out, (1366, 768))   # a laptop screen
    window.close()
    db.close()
    dashboard, window, db, figures = shoot_dashboard(db_path, args.out)
    saved = [small, dashboard] + shoot_slides(figures, args.out) + shoot_period_decks(db_path, args.out)
    window.close()
    db.close()
    for path in saved:
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        if args.check:
            (args.out / "quarter").mkdir(exist_ok=True)
            image = QImage(str(path))
            image.scaled(image.width() // 2, image.height() // 2, Qt.KeepAspectRatio, Qt.SmoothTransformation) \
                .save(str(args.out / "quarter" / path.name))
    print(f"{len(saved)} gambar disimpan di {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
