"""Administrasi > Periode rencana baru…: the next plan period made from the old one (issue 13
point 2, services/new_period.py). The administrator names the period, picks the period it comes
from, the structure kept and the indicators carried; the goal and objective indicators (IKU) are
listed one by one, each with its reason and any change of definition or unit. The check and the
creation run off the GUI thread (read_task / write_task); a refusal is shown in the dialog and
nothing is written.

    NewPeriodDialog(context, parent=None).exec()
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from kinerja_desktop.services.new_period import (
    DEFAULT_REASON, IKU_LEVELS, CarryItem, NewPeriodRefused, NewPeriodRequest, create_new_period, default_keep,
    period_indicators, preview_lines, preview_new_period,
)
from kinerja_desktop.store.database import DatabaseError
from kinerja_desktop.ui.tasks import read_task, write_task

COL_CARRY, COL_CODE, COL_NAME, COL_UNIT, COL_REASON, COL_NOTE = range(6)


class NewPeriodDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.task = None
        self.indicators = []          # the active indicators of the period chosen as the source
        self.preview_text = ""
        self.result = None
        self._auto_name = True
        self.setWindowTitle(self.tr("Periode rencana baru"))
        self.resize(980, 660)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Buat periode rencana berikutnya dari periode yang ada. Struktur yang dipilih disalin; indikator yang "
            "dibawa menjadi indikator periode baru dan tertaut ke indikator lamanya, sehingga trennya tetap utuh. "
            "Indikator yang tidak dibawa berakhir bersama periode lama: tetap tersimpan dengan semua nilainya."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.textEdited.connect(self._name_typed)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("RPJMD (rencana lima tahun)"), "RPJMD")
        self.kind.addItem(self.tr("RPD (rencana transisi)"), "RPD")
        self.start, self.end = QSpinBox(), QSpinBox()
        for box in (self.start, self.end):
            box.setRange(1990, 2100)
        self.source = QComboBox()
        for plan in sorted(context.plans, key=lambda p: (p.start_year, p.id)):
            self.source.addItem(f"{plan.name} ({plan.start_year}\u2013{plan.end_year})", plan.id)
        self.carry = QComboBox()
        self.carry.addItem(self.tr("IKU: indikator tujuan dan sasaran"), "iku")
        self.carry.addItem(self.tr("Semua indikator"), "all")
        self.carry.addItem(self.tr("Tidak ada"), "none")
        self.keep = QComboBox()
        for key, text in (("objective", self.tr("Tujuan dan sasaran")), ("program", self.tr("Tujuan, sasaran dan program")),
                          ("all", self.tr("Seluruh struktur sampai sub kegiatan")), ("goal", self.tr("Tujuan saja")),
                          ("none", self.tr("Tanpa struktur"))):
            self.keep.addItem(text, key)
        years = QHBoxLayout()
        years.addWidget(self.start)
        years.addWidget(QLabel("\u2013"))
        years.addWidget(self.end)
        years.addStretch(1)
        for label, widget in ((self.tr("Nama periode"), self.name), (self.tr("Jenis"), self.kind),
                              (self.tr("Tahun"), years), (self.tr("Dari periode"), self.source),
                              (self.tr("Indikator yang dibawa"), self.carry), (self.tr("Struktur yang disalin"), self.keep)):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Bawa"), self.tr("Kode"), self.tr("Indikator (IKU)"),
                                              self.tr("Satuan"), self.tr("Alasan"), self.tr("Perubahan definisi/satuan")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.Stretch)
        layout.addWidget(self.table, 3)
        self.others = QLabel()
        self.others.setWordWrap(True)
        layout.addWidget(self.others)
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setPlaceholderText(self.tr("Tekan Periksa untuk melihat yang akan dibuat dan dibawa."))
        layout.addWidget(self.preview, 2)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color:#A61B1B;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.check_button = self.buttons.addButton(self.tr("Periksa"), QDialogButtonBox.ActionRole)
        self.create_button = self.buttons.addButton(self.tr("Buat periode"), QDialogButtonBox.AcceptRole)
        self.check_button.clicked.connect(self.check)
        self.create_button.clicked.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.source.currentIndexChanged.connect(lambda *_: self._source_chosen())
        self.carry.currentIndexChanged.connect(lambda *_: self._carry_chosen())
        for widget in (self.kind, self.start, self.end):
            signal = widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.valueChanged
            signal.connect(lambda *_: self._suggest_name())
        self.source.setCurrentIndex(self.source.count() - 1)
        self._source_chosen()

    # --- the choices ---------------------------------------------------------------------------
    def _name_typed(self, _text: str) -> None:
        self._auto_name = False

    def _suggest_name(self) -> None:
        if self._auto_name:
            self.name.setText(f"{self.kind.currentData()} {self.start.value()}-{self.end.value()}")

    def _source_chosen(self) -> None:
        plan = next((p for p in self.context.plans if p.id == self.source.currentData()), None)
        if plan is not None:   # the next RPJMD: five years from the year after the old one ends
            self.start.setValue(plan.end_year + 1)
            self.end.setValue(plan.end_year + 5)
        self._suggest_name()
        self.indicators = []
        self._fill_table()
        plan_id = self.source.currentData()
        if plan_id is None:
            return
        self.task = read_task(self, self.context, self.tr("Membaca indikator periode asal…"),
                              lambda db, _p: period_indicators(db, plan_id), self._indicators_read, self._failed)

    def _indicators_read(self, indicators) -> None:
        self.task = None
        self.indicators = indicators
        self._fill_table()

    def _carry_chosen(self) -> None:
        self.keep.setCurrentIndex(self.keep.findData(default_keep(self.carry.currentData())))
        self._fill_table()

    def _fill_table(self) -> None:
        carry = self.carry.currentData()
        # Goals before objectives, each in code order, as the plan document lists them.
        iku = sorted((i for i in self.indicators if i.node_type in IKU_LEVELS),
                     key=lambda i: (i.node_type != "goal", i.code))
        self.table.setRowCount(len(iku))
        for r, ind in enumerate(iku):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
            tick.setCheckState(Qt.Unchecked if carry == "none" else Qt.Checked)
            tick.setData(Qt.UserRole, ind.id)
            self.table.setItem(r, COL_CARRY, tick)
            for column, text in ((COL_CODE, ind.code), (COL_NAME, ind.name), (COL_UNIT, ind.unit)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemIsEnabled)
                item.setToolTip(text)
                self.table.setItem(r, column, item)
            self.table.setItem(r, COL_REASON, QTableWidgetItem(DEFAULT_REASON))
            self.table.setItem(r, COL_NOTE, QTableWidgetItem(""))
        rest = len(self.indicators) - len(iku)
        if carry == "all":
            self.others.setText(self.tr("Ditambah %1 indikator program, kegiatan dan sub kegiatan yang dibawa apa "
                                        "adanya.").replace("%1", str(rest)))
        else:
            self.others.setText(self.tr("%1 indikator program, kegiatan dan sub kegiatan tidak dibawa: berakhir "
                                        "bersama periode asal.").replace("%1", str(rest)) if rest else "")

    def request(self) -> NewPeriodRequest:
        items = []
        for r in range(self.table.rowCount()):
            if self.table.item(r, COL_CARRY).checkState() != Qt.Checked:
                continue
            items.append(CarryItem(self.table.item(r, COL_CARRY).data(Qt.UserRole),
                                   reason=self.table.item(r, COL_REASON).text(),
                                   change_note=self.table.item(r, COL_NOTE).text()))
        if self.carry.currentData() == "all":
            items += [CarryItem(i.id) for i in self.indicators if i.node_type not in IKU_LEVELS]
        return NewPeriodRequest(self.name.text(), self.start.value(), self.end.value(), kind=self.kind.currentData(),
                                previous_id=self.source.currentData(), carry=self.carry.currentData(),
                                keep=self.keep.currentData(), items=tuple(items))

    # --- checking and making -------------------------------------------------------------------
    def check(self) -> None:
        request = self.request()
        self.message.clear()
        self.task = read_task(self, self.context, self.tr("Memeriksa periode baru…"),
                              lambda db, _p: preview_new_period(db, request), self._checked, self._failed)

    def _checked(self, preview) -> None:
        self.task = None
        self.preview_text = "\n".join(preview_lines(preview))
        self.preview.setPlainText(self.preview_text)

    def create(self) -> None:
        request, user = self.request(), self.context.user
        self.message.clear()
        self.create_button.setEnabled(False)

        def write(db, progress):
            progress(0, 1, "Membuat periode rencana baru…")
            return create_new_period(db, user, request)

        self.task = write_task(self, self.context, self.tr("Membuat periode rencana baru…"), write,
                               lambda result: result.changed_ids, self._created, self._failed)

    def _created(self, result) -> None:
        self.task = None
        self.result = result
        self.context.reload_plans()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.create_button.setEnabled(True)
        if isinstance(exc, (NewPeriodRefused, DatabaseError)):   # nothing was written; say why here
            self.message.setText(str(exc))
            return
        raise exc
