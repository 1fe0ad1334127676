"""First set-up of a region's own database (Bappelitbangda), step by step on one page: the region,
the plan period, and where the plan and the OPD list come from. The checks and the writing are
in services/region_setup.py; this dialog only collects and explains."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout,
                               QWidget)

from kinerja_desktop.exchange.opd_sheet import write_opd_template
from kinerja_desktop.services.region_setup import (SOURCE_NOMENCLATURE, SOURCE_WORKBOOK, RegionSetup, SetupRefused,
                                                   check_setup)
from kinerja_desktop.ui import theme

XLSX_FILTER = "Buku kerja Excel (*.xlsx)"


class RegionSetupDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, start_folder: Path | None = None):
        super().__init__(parent)
        self.setup: RegionSetup | None = None
        self._folder = start_folder or Path.home()
        self.setWindowTitle(self.tr("Penyiapan basis data daerah"))
        self.setWindowIcon(theme.app_icon())
        self.setMinimumSize(700, 660)   # room for the wrapped explanations (Qt sizes them too short)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Penyiapan basis data daerah"), objectName="pageTitle"))
        layout.addWidget(QLabel(self.tr(
            "Langkah 1: tulis nama pemerintah daerah dan periode rencana (RPJMD/RPD). "
            "Langkah 2: pilih dari mana rencana dan daftar OPD diambil. "
            "Langkah 3: sesudah Lanjut, pilih kata sandi administrator. "
            "Sesudah itu: periksa rencana, tambahkan pengguna, lalu terbitkan paket untuk OPD."),
            wordWrap=True))

        region = QGroupBox(self.tr("1. Daerah dan periode rencana"))
        form = QFormLayout(region)
        self.region_name = QLineEdit(placeholderText=self.tr("mis. Kabupaten Soppeng"))
        self.region_code = QLineEdit(placeholderText=self.tr("mis. 73.12 (boleh kosong)"))
        self.province = QLineEdit(placeholderText=self.tr("mis. Sulawesi Selatan"))
        year = dt.date.today().year
        self.start_year = QSpinBox(minimum=2000, maximum=2100, value=year)
        self.end_year = QSpinBox(minimum=2000, maximum=2100, value=year + 4)
        self.plan_name = QLineEdit()
        self.start_year.valueChanged.connect(self._suggest_name)
        self.end_year.valueChanged.connect(self._suggest_name)
        years = QHBoxLayout()
        years.addWidget(self.start_year)
        years.addWidget(QLabel(self.tr("sampai")))
        years.addWidget(self.end_year)
        years.addStretch(1)
        form.addRow(self.tr("Pemerintah daerah"), self.region_name)
        form.addRow(self.tr("Kode wilayah Kemendagri"), self.region_code)
        form.addRow(self.tr("Provinsi"), self.province)
        form.addRow(self.tr("Tahun periode"), years)
        form.addRow(self.tr("Nama periode rencana"), self.plan_name)
        self._suggest_name()
        layout.addWidget(region)

        source = QGroupBox(self.tr("2. Sumber rencana dan daftar OPD"))
        box = QVBoxLayout(source)
        self.from_workbook = QRadioButton(self.tr("Impor dari buku kerja data induk"))
        self.from_nomenclature = QRadioButton(self.tr("Mulai dari nomenklatur Permendagri 90 (rencana kosong)"))
        self.from_workbook.setChecked(True)
        self.sources = QButtonGroup(self)
        for button in (self.from_workbook, self.from_nomenclature):
            self.sources.addButton(button)
        box.addWidget(self.from_workbook)
        box.addWidget(QLabel(self.tr(
            "Buku kerja data induk (format Data induk > Ekspor data induk) berisi tujuan, sasaran, program, kegiatan, "
            "indikator dan target, ditambah lembar 'OPD' berisi daftar OPD."), wordWrap=True, objectName="pageSubtitle"))
        box.addWidget(self.from_nomenclature)
        box.addWidget(QLabel(self.tr(
            "Hanya daftar OPD yang diimpor (lembar 'OPD'); tujuan, sasaran dan indikator ditambahkan sesudahnya di "
            "Administrasi > Rencana dan indikator, dengan kode dan nama program dari nomenklatur Permendagri 90/2019."),
            wordWrap=True, objectName="pageSubtitle"))
        pick = QHBoxLayout()
        self.workbook = QLineEdit(readOnly=True, placeholderText=self.tr("belum dipilih"))
        choose = QPushButton(theme.icon("mdi6.folder-open"), self.tr("Pilih buku kerja…"))
        choose.clicked.connect(self.choose_workbook)
        template = QPushButton(theme.icon("mdi6.file-excel-outline"), self.tr("Simpan templat daftar OPD…"))
        template.clicked.connect(self.save_template)
        pick.addWidget(self.workbook, 1)
        pick.addWidget(choose)
        pick.addWidget(template)
        box.addLayout(pick)
        layout.addWidget(source)

        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #B3261E; font-weight: 600;")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Lanjut"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _suggest_name(self) -> None:
        if not self.plan_name.isModified():
            self.plan_name.setText(f"RPJMD {self.start_year.value()}-{self.end_year.value()}")

    def set_workbook(self, path: Path) -> None:
        self.workbook.setText(str(path))

    def choose_workbook(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih buku kerja"), str(self._folder), XLSX_FILTER)
        if name:
            self.set_workbook(Path(name))

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan templat daftar OPD"),
                                              str(self._folder / "daftar-opd.xlsx"), XLSX_FILTER)
        if name:
            try:
                write_opd_template(name)
            except OSError as exc:
                self._refuse(self.tr("Templat tidak dapat disimpan: %1").replace("%1", str(exc)))
                return
            self.set_workbook(Path(name))
            self._refuse(self.tr("Templat disimpan di %1. Isi lembar 'OPD' di Excel, simpan, lalu tekan Lanjut.")
                         .replace("%1", name))

    def current(self) -> RegionSetup:
        return RegionSetup(
            region_name=self.region_name.text(), plan_name=self.plan_name.text(),
            start_year=self.start_year.value(), end_year=self.end_year.value(),
            source=SOURCE_WORKBOOK if self.from_workbook.isChecked() else SOURCE_NOMENCLATURE,
            workbook=Path(self.workbook.text()) if self.workbook.text() else None,
            region_code=self.region_code.text(), province=self.province.text())

    def try_accept(self) -> None:
        try:
            self.setup = check_setup(self.current())
        except SetupRefused as exc:
            self._refuse(str(exc))
            return
        self.accept()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
