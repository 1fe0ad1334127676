"""Plan maintenance for the administrator: the plan structure (loaded lazily below the programs),
the chosen node, its indicators, the indicator form with its targets. Every save is one service
call in one transaction on the worker's connection (write_now); refusals are shown, change nothing.

    PlanEditorDialog(context, parent=None).exec()
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QScrollArea, QSplitter, QTableWidget,
    QTableWidgetItem, QTreeView, QVBoxLayout, QWidget,
)

from kinerja_desktop.services import plan_edit as svc
from kinerja_desktop.services import plan_indicator, reads
from kinerja_desktop.services.reads import plan_browse
from kinerja_desktop.ui import theme
from kinerja_desktop.ui.i18n import domain_text
from kinerja_desktop.ui.admin.plan_editor_fill import build_indicator_form
from kinerja_desktop.ui.tasks import write_now

NODE_ROLE = Qt.UserRole + 31
LOADED_ROLE = Qt.UserRole + 32
ICONS = {"goal": "mdi6.flag-variant", "objective": "mdi6.bullseye-arrow", "program": "mdi6.folder-outline",
         "activity": "mdi6.folder-open-outline", "sub_activity": "mdi6.file-document-outline"}


class PlanEditorDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.node: tuple[str, int] | None = None
        self.indicator_id: int | None = None
        self.setWindowTitle(self.tr("Rencana dan indikator"))
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1280, screen.width() - 40) if screen else 1280, min(760, screen.height() - 60) if screen else 760)
        splitter = QSplitter()
        self.tree_model = QStandardItemModel(self)
        self.tree_model.setHorizontalHeaderLabels([self.tr("Struktur rencana")])
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.expanded.connect(self._expand)
        self.tree.selectionModel().currentChanged.connect(lambda current, _p: self._choose_node(current))
        splitter.addWidget(self.tree)
        right = QScrollArea(widgetResizable=True, frameShape=QFrame.NoFrame)   # fits a 768 px high screen
        right.setWidget(self._build_right())
        splitter.addWidget(right)
        self.tree.setMinimumWidth(280)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.agencies = reads.load_agencies(self.db)
        for combo in (self.node_agency, self.ind_agency):
            # long OPD names must not widen the dialog past a 1366 px screen
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(28)
            for a in self.agencies:
                combo.addItem(f"{a.code} · {a.name}", a.code)
        self.load_tree()
        self._show_node(None)

    # --- building ------------------------------------------------------------------------
    def _build_right(self) -> QWidget:
        right = QWidget()
        layout = QVBoxLayout(right)
        node_box = QGroupBox(self.tr("Simpul terpilih"))
        node_form = QFormLayout(node_box)
        self.node_kind = QLabel()
        self.node_code = QLineEdit()
        self.node_name = QLineEdit()
        self.node_agency = QComboBox()
        node_form.addRow(self.tr("Jenis"), self.node_kind)
        node_form.addRow(self.tr("Kode"), self.node_code)
        node_form.addRow(self.tr("Nama"), self.node_name)
        node_form.addRow(self.tr("OPD pemilik"), self.node_agency)
        row = QHBoxLayout()
        self.save_node_button = QPushButton(theme.icon("mdi6.content-save"), self.tr("Simpan simpul"))
        self.add_child_button = QPushButton(theme.icon("mdi6.plus"), self.tr("Tambah anak"))
        self.add_goal_button = QPushButton(theme.icon("mdi6.flag-plus"), self.tr("Tambah tujuan"))
        self.delete_node_button = QPushButton(theme.icon("mdi6.delete-outline"), self.tr("Hapus"))
        self.retire_node_button = QPushButton(theme.icon("mdi6.archive-outline"), self.tr("Pensiunkan"))
        for button in (self.save_node_button, self.add_child_button, self.add_goal_button, self.retire_node_button,
                       self.delete_node_button):
            row.addWidget(button)
        row.addStretch(1)
        node_form.addRow(row)
        self.save_node_button.clicked.connect(self.save_node)
        self.add_child_button.clicked.connect(self.add_child)
        self.add_goal_button.clicked.connect(lambda: self.add_child(goal=True))
        self.delete_node_button.clicked.connect(self.delete_node)
        self.retire_node_button.clicked.connect(self.toggle_node_retired)
        layout.addWidget(node_box)

        ind_box = QGroupBox(self.tr("Indikator simpul ini"))
        ind_layout = QVBoxLayout(ind_box)
        self.indicators = QTableWidget(0, 4)
        self.indicators.setHorizontalHeaderLabels([self.tr("Kode"), self.tr("Indikator"), self.tr("OPD"), self.tr("Status")])
        self.indicators.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.indicators.verticalHeader().setVisible(False)
        self.indicators.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.indicators.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.indicators.verticalHeader().setDefaultSectionSize(24)
        self.indicators.setMinimumHeight(130)
        self.indicators.setMaximumHeight(170)
        self.indicators.itemSelectionChanged.connect(self._choose_indicator)
        ind_layout.addWidget(self.indicators)
        row = QHBoxLayout()
        self.new_ind_button = QPushButton(theme.icon("mdi6.plus"), self.tr("Indikator baru"))
        self.retire_button = QPushButton(theme.icon("mdi6.archive-outline"), self.tr("Pensiunkan / aktifkan"))
        self.delete_ind_button = QPushButton(theme.icon("mdi6.delete-outline"), self.tr("Hapus indikator"))
        for button in (self.new_ind_button, self.retire_button, self.delete_ind_button):
            row.addWidget(button)
        row.addStretch(1)
        ind_layout.addLayout(row)
        self.new_ind_button.clicked.connect(self.new_indicator)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_ind_button.clicked.connect(self.delete_indicator)
        layout.addWidget(ind_box)

        detail = build_indicator_form(self)
        layout.addWidget(detail, 1)
        return right

    # --- the tree ------------------------------------------------------------------------
    def _item(self, node_type: str, id_: int, code: str, name: str, retired: str | None = None) -> QStandardItem:
        text = f"{code}  {name}" + (f"  ({self.tr('pensiun')})" if retired else "")
        item = QStandardItem(theme.icon(ICONS[node_type], "#9E9E9E") if retired else theme.icon(ICONS[node_type]), text)
        item.setEditable(False)
        item.setData((node_type, id_), NODE_ROLE)
        item.setToolTip(f"{domain_text(svc.NODE_LABELS[node_type])} {code}: {name}")
        if retired:
            item.setForeground(QBrush(QColor(theme.MUTED_TEXT)))
        if node_type in svc.CHILD:
            item.setData(False, LOADED_ROLE)
            item.appendRow(QStandardItem("…"))   # placeholder: children load when expanded
        return item

    def load_tree(self, select: tuple[str, int] | None = None) -> None:
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        for id_, code, name, retired in plan_browse.goals(self.db, plan_id=self.context.plan_id):
            self.tree_model.appendRow(self._item("goal", id_, code, name, retired))
        if select:
            self._select(select)

    def _expand(self, index) -> None:
        item = self.tree_model.itemFromIndex(index)
        if item is None or item.data(LOADED_ROLE) is not False:
            return
        node_type, id_ = item.data(NODE_ROLE)
        item.removeRows(0, item.rowCount())
        child = svc.CHILD[node_type]
        for cid, code, name, retired in plan_browse.children(self.db, node_type, id_):
            item.appendRow(self._item(child, cid, code, name, retired))
        item.setData(True, LOADED_ROLE)

    def _select(self, node: tuple[str, int]) -> None:
        """Find a node by walking down from the goals (loading children on the way)."""
        path = self._path(node)
        parent = self.tree_model.invisibleRootItem()
        for key in path:
            found = None
            for r in range(parent.rowCount()):
                child = parent.child(r)
                if child.data(NODE_ROLE) == key:
                    found = child
                    break
            if found is None:
                return
            if key != node:
                self.tree.expand(found.index())
                self._expand(found.index())
            parent = found
        self.tree.setCurrentIndex(parent.index())

    def _path(self, node: tuple[str, int]) -> list[tuple[str, int]]:
        return plan_browse.node_path(self.db, node)

    def _choose_node(self, index) -> None:
        self._show_node(index.data(NODE_ROLE) if index.isValid() else None)

    # --- the node -------------------------------------------------------------------------
    def _show_node(self, node: tuple[str, int] | None) -> None:
        self.node = node
        has = node is not None
        for widget in (self.node_code, self.node_name, self.save_node_button, self.delete_node_button,
                       self.new_ind_button, self.retire_node_button):
            widget.setEnabled(has)
        self.add_child_button.setEnabled(has and node[0] in svc.CHILD)
        if not has:
            self.node_kind.setText(self.tr("Pilih simpul di kiri, atau tambah tujuan."))
            self.node_agency.setEnabled(False)
            self._fill_indicators([])
            self._show_indicator(None)
            return
        node_type, id_ = node
        code, name, retired, agency_id = plan_browse.node(self.db, node_type, id_)
        self.node_retired = retired is not None
        self.retire_node_button.setText(self.tr("Aktifkan") if retired else self.tr("Pensiunkan"))
        for widget in (self.add_child_button, self.new_ind_button):
            widget.setEnabled(widget.isEnabled() and not retired)   # nothing is added under a retired node
        kind = domain_text(svc.NODE_LABELS[node_type])
        self.node_kind.setText(kind + (f" — {self.tr('pensiun sejak')} {retired[:10]}" if retired else ""))
        self.node_code.setText(code)
        self.node_name.setText(name)
        self.node_agency.setEnabled(node_type == "program")
        if node_type == "program":
            self.node_agency.setCurrentIndex(next(i for i, a in enumerate(self.agencies) if a.id == agency_id))
        self.add_child_button.setText(self.tr("Tambah %1").replace("%1", domain_text(svc.NODE_LABELS.get(
            svc.CHILD.get(node_type, ""), "")).lower()))
        rows = plan_browse.node_indicators(self.db, node_type, id_)
        self._fill_indicators(rows)
        self._show_indicator(rows[0][0] if rows else None)

    def _fill_indicators(self, rows) -> None:
        self.indicators.blockSignals(True)
        self.indicators.setRowCount(len(rows))
        for r, (id_, code, name, agency, retired) in enumerate(rows):
            status = self.tr("Pensiun") if retired else self.tr("Aktif")
            for c, text in enumerate((code, name, agency, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, id_)
                self.indicators.setItem(r, c, item)
        self.indicators.blockSignals(False)
        if rows:
            self.indicators.selectRow(0)

    def _write(self, call, changed=lambda _result: ()):   # write_now announces the change
        return write_now(self, self.context, self.tr("Menyimpan rencana…"), call, changed)

    def _agency_id(self, code: str) -> int | None:
        return next((a.id for a in self.agencies if a.code == code), None)

    def save_node(self) -> None:
        node_type, id_ = self.node
        try:
            user, code, name = self.context.user, self.node_code.text(), self.node_name.text()
            agency = self._agency_id(self.node_agency.currentData()) if node_type == "program" else None
            saved = self._write(lambda db: svc.save_node(db, user, node_type, code, name, node_id=id_, agency_id=agency))
        except svc.PlanEditRefused as exc:
            self.show_error(str(exc))
            return
        self.load_tree(select=(node_type, saved))

    def add_child(self, goal: bool = False) -> None:
        if goal:
            node_type, parent = "goal", self.context.plan.id
        else:
            node_type, parent = svc.CHILD[self.node[0]], self.node[1]
        label = domain_text(svc.NODE_LABELS[node_type])
        code, name = self.ask_code_name(self.tr("Tambah %1").replace("%1", label.lower()))
        if code is None:
            return
        agency = self._agency_id(self.node_agency.currentData()) if node_type == "program" else None
        if node_type == "program" and self.node and self.node[0] == "objective":
            agency = self._agency_id(self.node_agency.itemData(self.node_agency.currentIndex()))
        try:
            user = self.context.user
            new_id = self._write(lambda db: svc.save_node(db, user, node_type, code, name, parent_id=parent,
                                                          agency_id=agency))
        except svc.PlanEditRefused as exc:
            self.show_error(str(exc))
            return
        self.load_tree(select=(node_type, new_id))

    def toggle_node_retired(self) -> None:
        node_type, id_ = self.node
        label = f"{domain_text(svc.NODE_LABELS[node_type]).lower()} {self.node_code.text()}"
        retire = not self.node_retired
        if retire and not self.confirm(self.tr("Pensiunkan"), self.tr(
                "Pensiunkan %1 beserta semua isinya? Simpul dan indikator di bawahnya keluar dari rencana berjalan "
                "(pohon, isian, paket, laporan); nilai dan riwayatnya tetap tersimpan, dan dapat diaktifkan "
                "kembali.").replace("%1", label)):
            return
        try:
            user = self.context.user
            changed = self._write(lambda db: svc.retire_node(db, user, node_type, id_, retire))
        except svc.PlanEditRefused as exc:
            self.show_error(str(exc))
            return
        self.load_tree(select=(node_type, id_))
        message = self.tr("%1 dipensiunkan; %2 indikator ikut dipensiunkan.") if retire else \
            self.tr("%1 diaktifkan kembali; %2 indikator ikut aktif.")
        self.inform(self.tr("Rencana dan indikator"), message.replace("%1", label).replace("%2", str(changed)))

    def delete_node(self) -> None:
        node_type, id_ = self.node
        if not self.confirm(self.tr("Hapus"), self.tr("Hapus %1 %2?").replace("%1", domain_text(svc.NODE_LABELS[node_type]).lower())
                            .replace("%2", self.node_code.text())):
            return
        try:
            user = self.context.user
            self._write(lambda db: svc.delete_node(db, user, node_type, id_))
        except svc.PlanEditRefused as exc:
            self.show_error(str(exc))
            return
        path = self._path(self.node)[:-1] if node_type != "goal" else []
        self.load_tree(select=path[-1] if path else None)

    # --- the indicator --------------------------------------------------------------------
    def _choose_indicator(self) -> None:
        items = self.indicators.selectedItems()
        self._show_indicator(items[0].data(Qt.UserRole) if items else None)

    def _show_indicator(self, indicator_id: int | None) -> None:
        from kinerja_desktop.ui.admin.plan_editor_fill import fill_indicator

        self.indicator_id = indicator_id
        fill_indicator(self, indicator_id)
        self.retire_button.setEnabled(indicator_id is not None)
        self.delete_ind_button.setEnabled(indicator_id is not None)
        self.save_ind_button.setEnabled(self.node is not None)

    def new_indicator(self) -> None:
        self.indicators.clearSelection()
        self._show_indicator(None)
        if self.node and self.node[0] == "program":
            self.ind_agency.setCurrentIndex(self.node_agency.currentIndex())
        self.ind_code.setFocus()

    def form(self) -> svc.IndicatorForm:
        return svc.IndicatorForm(
            code=self.ind_code.text(), name=self.ind_name.text(), unit=self.ind_unit.text(),
            polarity=self.ind_polarity.currentData(), aggregation=self.ind_aggregation.currentData(),
            decimals=str(self.ind_decimals.value()), agency_code=self.ind_agency.currentData() or "",
            node_type=self.node[0], node_id=self.node[1], allow_negative=self.ind_negative.isChecked(),
            kind=self.ind_kind.currentData(), definition=self.ind_definition.text(),
            data_source=self.ind_source.text(), baseline=self.ind_baseline.text(),
            baseline_year=self.ind_baseline_year.text())

    def target_texts(self) -> dict[tuple[int, int], str]:
        texts = {}
        for r, year in enumerate(self.years):
            for q in range(5):
                item = self.targets.item(r, q)
                texts[(year, q)] = item.text() if item else ""
        return texts

    def save_indicator(self) -> bool:
        """Indicator and targets in one transaction: a bad target keeps the indicator unchanged too."""
        try:
            user, form, indicator_id = self.context.user, self.form(), self.indicator_id
            targets, end_target = self.target_texts(), self.end_target.text()
            saved = self._write(lambda db: plan_indicator.save_indicator_with_targets(
                db, user, form, indicator_id, targets, end_target), changed=lambda saved: {saved})
        except svc.PlanEditRefused as exc:
            self.show_error(str(exc))
            return False
        self._show_node(self.node)
        row = next((r for r in range(self.indicators.rowCount())
                    if self.indicators.item(r, 0).data(Qt.UserRole) == saved), None)
        if row is not None:
            self.indicators.selectRow(row)
        return True

    def toggle_retired(self) -> None:
        retired = plan_browse.indicator_retired(self.db, self.indicator_id)
        try:
            user, indicator_id = self.context.user, self.indicator_id
            self._write(lambda db: svc.retire_indicator(db, user, indicator_id, not retired),
                        changed=lambda _r: {indicator_id})
        except svc.PlanEditRefused as exc:
            self.show_error(str(exc))
            return
        self._show_node(self.node)

    def delete_indicator(self) -> None:
        try:
            user, indicator_id = self.context.user, self.indicator_id
            self._write(lambda db: svc.delete_indicator(db, user, indicator_id))
        except svc.PlanEditRefused as exc:
            self.show_error(str(exc))
            return
        self._show_node(self.node)

    # --- questions (patched in tests) ----------------------------------------------------
    def ask_code_name(self, title: str) -> tuple[str | None, str | None]:
        from kinerja_desktop.ui.admin.plan_editor_fill import CodeNameDialog

        dialog = CodeNameDialog(title, self)
        return (dialog.code.text(), dialog.name.text()) if dialog.exec() else (None, None)

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.Yes

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), text)

