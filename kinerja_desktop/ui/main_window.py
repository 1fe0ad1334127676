"""The main window: menus, toolbar, navigator, page stack and status bar. It only wires; every
page comes from a feature module (ui/features.py describes the contract it offers)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QVBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMenu, QMessageBox,
                               QSizePolicy, QSplitter, QStackedWidget, QToolBar, QWidget)

from kinerja_desktop import __version__
from kinerja_desktop.ui import settings as keys
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import LANGUAGES
from kinerja_desktop.services.reads import lookups
from kinerja_desktop.ui import shell_data
from kinerja_desktop.ui.shared.empty_state import EmptyState
from kinerja_desktop.ui.shared.period_selector import PeriodSelector

log = logging.getLogger(__name__)

# key -> (English source title, other names a feature may use)
STANDARD_MENUS = {
    "file": ("&File", ("berkas", "file")), "view": ("&View", ("tampilan", "view")),
    "data": ("&Data", ("data",)), "packages": ("&Packages", ("paket", "packages")),
    "reports": ("&Reports", ("laporan", "reports")), "help": ("&Help", ("bantuan", "help")),
}


# Pages a role has no use for. The dashboard ranks every OPD; an operator sees only their own OPD
# (tree, entry form and completeness are already scoped to it).
HIDDEN_PAGES = {"operator": frozenset({"dashboard"})}


def _plain(title: str) -> str:
    return title.replace("&", "").strip().lower()


class MainToolBar(QToolBar):
    """A toolbar whose add* calls land before its right-hand part (the period selector)."""

    anchor = None

    def addAction(self, *args):  # noqa: N802 - Qt API
        action = super().addAction(*args)
        if action is None and args and isinstance(args[0], QAction):  # the addAction(QAction) overload
            action = args[0]
        if self.anchor is not None and action is not None:
            self.insertAction(self.anchor, action)
        return action

    def addWidget(self, widget):  # noqa: N802 - Qt API
        if self.anchor is not None:
            return self.insertWidget(self.anchor, widget)
        return super().addWidget(widget)

    def addSeparator(self):  # noqa: N802 - Qt API
        if self.anchor is not None:
            return self.insertSeparator(self.anchor)
        return super().addSeparator()


class MainWindow(QMainWindow):
    switch_user_requested = Signal()
    language_change_requested = Signal(str)   # a language code; app.build_window rebuilds the window
    rebuilds_on_language = False              # set by app.build_window, which answers that signal
    features_ready = Signal()      # every feature installed (start-up installs most after the first paint)

    def __init__(self, context, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.settings = settings if settings is not None else keys.app_settings()
        self._pages: dict[str, QWidget] = {}
        self._page_actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self.setWindowIcon(theme.app_icon())
        self.setObjectName("MainWindow")
        self._build_menus()
        self._build_toolbar()
        self._build_centre()
        self._build_status_bar()
        context.period_changed.connect(self._period_changed)
        context.user_changed.connect(lambda _: self._refresh_texts())
        context.user_changed.connect(lambda _: self._apply_role())
        context.data_changed.connect(lambda _: self._refresh_texts())
        self._refresh_texts()
        self.resize(1366, 768)

    # --- the plugin contract ---------------------------------------------------------------
    def add_page(self, key: str, title: str, icon_name: str, widget: QWidget, navigator: bool = True) -> None:
        if key in self._pages:
            raise ValueError(f"page {key!r} is already registered")
        self._pages[key] = widget
        self.pages.addWidget(widget)
        if navigator:
            item = QListWidgetItem(theme.icon(icon_name, "#34495E"), title)
            item.setData(Qt.UserRole, key)
            item.setSizeHint(QSize(0, 38))
            self.navigator.addItem(item)
        action = self._page_actions_menu.addAction(theme.icon(icon_name), title)
        action.triggered.connect(lambda _=False, k=key: self.show_page(k))
        self._page_actions[key] = action
        self._apply_role()
        if self.pages.currentWidget() is self._placeholder:
            self.show_page(key, remember=False)   # a placeholder filled, not the person's choice

    def page_allowed(self, key: str) -> bool:
        user = self.context.user
        return key not in HIDDEN_PAGES.get(user.role if user is not None else "", ())

    def _apply_role(self) -> None:
        """Hide the pages the logged-in role has no use for; leave a page that became hidden."""
        for row in range(self.navigator.count()):
            item = self.navigator.item(row)
            item.setHidden(not self.page_allowed(item.data(Qt.UserRole)))
        for key, action in self._page_actions.items():
            action.setVisible(self.page_allowed(key))
        current = self.current_page_key()
        allowed = [k for k in self._pages if self.page_allowed(k)]
        if current is not None and not self.page_allowed(current) and allowed:
            self.show_page(allowed[0], remember=False)
        # Features adjust their actions on the same user change; look once they all have.
        QTimer.singleShot(0, self.hide_empty_menus)

    def hide_empty_menus(self) -> None:
        """A menu whose every action is hidden for this role (a viewer's Paket) is not shown."""
        for menu in self._menus.values():
            visible = any(a.isVisible() and not a.isSeparator() for a in menu.actions())
            menu.menuAction().setVisible(visible)

    def show_page(self, key: str, remember: bool = True) -> bool:
        """Bring a page to the front; `remember` it as the page to open next time."""
        widget = self._pages.get(key)
        if widget is None or not self.page_allowed(key):
            return False
        self.pages.setCurrentWidget(widget)
        for row in range(self.navigator.count()):
            item = self.navigator.item(row)
            if item.data(Qt.UserRole) == key and not item.isSelected():
                self.navigator.blockSignals(True)
                self.navigator.setCurrentItem(item)
                self.navigator.blockSignals(False)
        if remember:
            self.settings.setValue(keys.KEY_PAGE, key)
        if hasattr(widget, "page_shown"):
            widget.page_shown()
        return True

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    @property
    def page_keys(self) -> list[str]:
        return list(self._pages)

    def current_page_key(self) -> str | None:
        current = self.pages.currentWidget()
        return next((k for k, w in self._pages.items() if w is current), None)

    def menu(self, title: str) -> QMenu:
        wanted = _plain(title)
        for key, (source, aliases) in STANDARD_MENUS.items():
            if wanted == key or wanted in aliases or wanted == _plain(source):
                return self._menus[key]
        for key, menu in self._menus.items():
            if _plain(menu.title()) == wanted:
                return menu
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self._menus["help"].menuAction(), menu)
        self._menus[wanted] = menu
        return menu

    def status(self, message: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    # --- building --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        titles = {"file": self.tr("&File"), "view": self.tr("&View"), "data": self.tr("&Data"),
                  "packages": self.tr("&Packages"), "reports": self.tr("&Reports"), "help": self.tr("&Help")}
        for key in STANDARD_MENUS:
            self._menus[key] = self.menuBar().addMenu(titles[key])
        file_menu = self._menus["file"]
        self.switch_user_action = file_menu.addAction(theme.icon("mdi6.account-switch"), self.tr("Switch user…"))
        self.switch_user_action.triggered.connect(self.switch_user_requested.emit)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(theme.icon("mdi6.exit-to-app"), self.tr("E&xit"), self.close)
        quit_action.setShortcut(QKeySequence.Quit)

        view_menu = self._menus["view"]
        self._page_actions_menu = view_menu.addMenu(theme.icon("mdi6.view-dashboard-outline"), self.tr("Pages"))
        full = view_menu.addAction(theme.icon("mdi6.fullscreen"), self.tr("Full screen"))
        full.setShortcut(QKeySequence.FullScreen)
        full.setCheckable(True)
        full.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        language_menu = view_menu.addMenu(theme.icon("mdi6.translate"), self.tr("Language"))
        group = QActionGroup(self)
        current = self.settings.value(keys.KEY_LANGUAGE, "id")
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        view_menu.addSeparator()

        help_menu = self._menus["help"]
        guide = help_menu.addAction(theme.icon("mdi6.book-open-variant"), self.tr("User guide"), self.open_user_guide)
        guide.setShortcut(QKeySequence.HelpContents)
        help_menu.addAction(theme.icon("mdi6.information-outline"), self.tr("About Kinerja Desktop"), self.about)

    def _build_toolbar(self) -> None:
        self.toolbar = MainToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.TopToolBarArea, self.toolbar)
        self.period_selector = PeriodSelector(self.context)
        # The period sits at the right end; features add their actions before the spacer.
        self.refresh_action = self.toolbar.addAction(theme.icon("mdi6.refresh"), self.tr("Refresh"))
        self.refresh_action.setShortcut(QKeySequence("Ctrl+R"))  # F5 starts the presentation
        self.refresh_action.setToolTip(self.tr("Read the data again (Ctrl+R)"))
        self.refresh_action.triggered.connect(lambda: self.context.announce_change())
        self.toolbar.addSeparator()
        self._spacer = QWidget()
        self._spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self._spacer_action = self.toolbar.addWidget(self._spacer)
        self.toolbar.addWidget(self.period_selector)
        self.toolbar.anchor = self._spacer_action

    def _build_centre(self) -> None:
        self.navigator = QListWidget(objectName="navigator")
        self.navigator.setIconSize(QSize(20, 20))
        pane_width = (170, 260)
        self.navigator.currentItemChanged.connect(
            lambda item, _: item is not None and self.show_page(item.data(Qt.UserRole)))
        pane = QFrame(objectName="navPane")
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 10, 0, 6)
        brand = QHBoxLayout()
        brand.setContentsMargins(12, 0, 8, 6)
        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(34, 34))
        brand.addWidget(logo)
        brand.addWidget(QLabel(f"<b>Kinerja Desktop</b><br><span style='color:{theme.MUTED_TEXT}'>"
                               f"{self.context.plan.region_name}</span>"), 1)
        pane_layout.addLayout(brand)
        pane_layout.addWidget(self.navigator, 1)
        self.pages = QStackedWidget()
        self._placeholder = EmptyState("mdi6.puzzle-outline", self.tr("No page is available"),
                                       self.tr("The program's features could not be loaded. See the status "
                                               "bar and the log, then restart the program."))
        self.pages.addWidget(self._placeholder)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(pane)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1176])
        self.splitter.setChildrenCollapsible(False)
        pane.setMinimumWidth(pane_width[0])
        pane.setMaximumWidth(pane_width[1])
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel()
        self.db_label = QLabel()
        self.quarter_label = QLabel()
        for label in (self.quarter_label, self.user_label, self.db_label):
            bar.addPermanentWidget(label)

    # --- behaviour -------------------------------------------------------------------------
    def _period_changed(self, year: int, quarter: int) -> None:
        self.settings.setValue(keys.KEY_YEAR, year)
        self.settings.setValue(keys.KEY_QUARTER, quarter)
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        ctx = self.context
        self.setWindowTitle(shell_data.window_title(ctx.plan, ctx.year, ctx.quarter, ctx.user))
        code = None
        if ctx.user is not None and ctx.user.agency_id is not None:
            code = lookups.agency_code(ctx.db, ctx.user.agency_id)
        self.user_label.setText(shell_data.user_text(ctx.user, code))
        path = str(ctx.db_path) if ctx.db_path else self.tr("(in memory)")
        self.db_label.setText(path if len(path) < 60 else "…" + path[-57:])
        self.db_label.setToolTip(path)
        try:
            self.quarter_label.setText(shell_data.quarter_status_text(ctx.db, ctx.user, ctx.year, ctx.quarter))
        except Exception as exc:  # a status text must never break the window
            log.warning("quarter status unavailable: %s", exc)
            self.quarter_label.setText("")

    def choose_language(self, code: str) -> None:
        previous = self.settings.value(keys.KEY_LANGUAGE, "id")
        if previous == code:
            return
        self.settings.setValue(keys.KEY_LANGUAGE, code)
        if not self.rebuilds_on_language:
            self.status(self.tr("The language changes the next time the program starts."))
            return
        self.language_change_requested.emit(code)   # the window is built again in that language
        if getattr(self, "replaced_by", None) is None:   # refused (unsaved work kept): nothing changes
            self.settings.setValue(keys.KEY_LANGUAGE, previous)
            self.language_actions[previous].setChecked(True)

    def open_user_guide(self):
        from kinerja_desktop.ui.startup.user_guide import open_user_guide

        self.user_guide = open_user_guide(self)   # kept: a shown dialog without a reference is collected
        return self.user_guide

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Kinerja Desktop"), self.tr(
            "<h3>Kinerja Desktop %1</h3><p>Recording, consolidating and evaluating the performance "
            "of the RPJMD, quarter by quarter.</p><p>Bappelitbangda %2</p>").replace("%1", __version__)
            .replace("%2", self.context.plan.region_name))

    def restore_geometry(self) -> None:
        geometry = self.settings.value(keys.KEY_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def restore_settings(self) -> None:
        """Geometry, toolbar state and the last page (call once the features are installed)."""
        self.restore_geometry()
        state = self.settings.value(keys.KEY_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        page = self.settings.value(keys.KEY_PAGE)
        if not (page and self.show_page(str(page))) and self._pages:
            self.show_page(next(iter(self._pages)))

    def save_settings(self) -> None:
        self.settings.setValue(keys.KEY_GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.KEY_STATE, self.saveState())
        self.settings.setValue(keys.KEY_YEAR, self.context.year)
        self.settings.setValue(keys.KEY_QUARTER, self.context.quarter)
        key = self.current_page_key()
        if key:
            self.settings.setValue(keys.KEY_PAGE, key)
        self.settings.sync()

    def pages_can_close(self) -> bool:
        """False when a page with unsaved work refuses (the entry form asks the person first)."""
        for widget in self._pages.values():
            can_close = getattr(widget, "can_close", None)
            if can_close is not None and not can_close():
                return False
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.pages_can_close():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
