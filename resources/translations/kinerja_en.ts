<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
  <context>
    <name>AuditHistoryDialog</name>
    <message>
      <source> (dibatasi %1 terbaru)</source>
      <translation> (limited to the %1 most recent)</translation>
    </message>
    <message>
      <source>%1 perubahan</source>
      <translation>%1 change(s)</translation>
    </message>
    <message>
      <source>Belum ada perubahan</source>
      <translation>No changes yet</translation>
    </message>
    <message>
      <source>Cari kode, indikator, nilai, keterangan…</source>
      <translation>Search code, indicator, value, remarks…</translation>
    </message>
    <message>
      <source>Hanya indikator ini</source>
      <translation>This indicator only</translation>
    </message>
    <message>
      <source>Pengguna</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Riwayat %1</source>
      <translation>History of %1</translation>
    </message>
    <message>
      <source>Riwayat perubahan nilai</source>
      <translation>History of value changes</translation>
    </message>
    <message>
      <source>Semua OPD</source>
      <translation>All agencies</translation>
    </message>
    <message>
      <source>Semua pengguna</source>
      <translation>All users</translation>
    </message>
    <message>
      <source>Semua sumber</source>
      <translation>All sources</translation>
    </message>
    <message>
      <source>Sumber</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Tidak ada perubahan nilai yang cocok dengan saringan ini. Longgarkan saringan atau pilih OPD lain.</source>
      <translation>No value changes match this filter. Loosen the filter or choose another agency.</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <source>Baru</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Keterangan</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Lama</source>
      <translation>Old</translation>
    </message>
    <message>
      <source>Pengguna</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Sumber</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Waktu</source>
      <translation>Time</translation>
    </message>
  </context>
  <context>
    <name>BackupFeature</name>
    <message>
      <source>Administrasi</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Basis data Kinerja (*.db)</source>
      <translation>Kinerja database (*.db)</translation>
    </message>
    <message>
      <source>Basis data ini gagal diperiksa dan dibuka hanya-baca. Pulihkan cadangan terakhir yang baik sekarang?</source>
      <translation>This database failed its check and is open read-only. Restore the latest good backup now?</translation>
    </message>
    <message>
      <source>Basis data ini gagal diperiksa dan dibuka hanya-baca. Tidak ada cadangan otomatis yang baik; pilih berkas cadangan di Berkas &gt; Pulihkan….</source>
      <translation>This database failed its check and is open read-only. There is no good automatic backup; choose a backup file in File &gt; Restore….</translation>
    </message>
    <message>
      <source>Basis data rusak — hanya-baca</source>
      <translation>Damaged database — read-only</translation>
    </message>
    <message>
      <source>Basis data rusak: dibuka hanya-baca, perubahan tidak dapat disimpan.</source>
      <translation>Damaged database: open read-only, changes cannot be saved.</translation>
    </message>
    <message>
      <source>Cadangan dibuat dan diperiksa: %1</source>
      <translation>Backup made and checked: %1</translation>
    </message>
    <message>
      <source>Cadangan harian dibuat: %1</source>
      <translation>Daily backup made: %1</translation>
    </message>
    <message>
      <source>Cadangan harian gagal: %1</source>
      <translation>Daily backup failed: %1</translation>
    </message>
    <message>
      <source>Cadangan tidak dibuat</source>
      <translation>Backup not made</translation>
    </message>
    <message>
      <source>Cadangan…</source>
      <translation>Backups…</translation>
    </message>
    <message>
      <source>Cadangkan sekarang…</source>
      <translation>Back up now…</translation>
    </message>
    <message>
      <source>Nanti</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>Pulihkan…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <source>Simpan cadangan</source>
      <translation>Save backup</translation>
    </message>
  </context>
  <context>
    <name>BudgetChart</name>
    <message>
      <source>Anggaran per OPD</source>
      <translation>Budget by agency</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <source>Belum ada OPD dengan indikator aktif.
Tambahkan indikator di halaman Rencana.</source>
      <translation>No agency has active indicators yet.
Add indicators on the Plan page.</translation>
    </message>
    <message>
      <source>Belum ada capaian OPD untuk {period}.
Isi realisasi di halaman Entri, atau impor paket OPD.</source>
      <translation>No agency achievements yet for {period}.
Enter realisations on the Entry page, or import agency packages.</translation>
    </message>
    <message>
      <source>Belum ada pagu anggaran untuk tahun {year}.
Isi pagu program/kegiatan di halaman Rencana atau impor data anggaran.</source>
      <translation>No budget allocation yet for {year}.
Enter program/activity budgets on the Plan page or import budget data.</translation>
    </message>
    <message>
      <source>Belum dapat diproyeksikan</source>
      <translation>Cannot be projected yet</translation>
    </message>
    <message>
      <source>Belum dilaporkan</source>
      <translation>Not reported</translation>
    </message>
    <message>
      <source>Belum jatuh tempo</source>
      <translation>Not yet due</translation>
    </message>
    <message>
      <source>Berisiko</source>
      <translation>At risk</translation>
    </message>
    <message>
      <source>Capaian</source>
      <translation>Achievement</translation>
    </message>
    <message>
      <source>Indikator ini tidak ada lagi. Pilih indikator lain.</source>
      <translation>This indicator no longer exists. Choose another indicator.</translation>
    </message>
    <message>
      <source>Jumlah indikator</source>
      <translation>Number of indicators</translation>
    </message>
    <message>
      <source>Kondisi awal</source>
      <translation>Baseline</translation>
    </message>
    <message>
      <source>Kumulatif</source>
      <translation>Cumulative</translation>
    </message>
    <message>
      <source>Mulai</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Pagu</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Per tahun</source>
      <translation>By year</translation>
    </message>
    <message>
      <source>Per triwulan</source>
      <translation>By quarter</translation>
    </message>
    <message>
      <source>Perubahan</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Pilih indikator pada daftar di samping untuk melihat trennya.</source>
      <translation>Choose an indicator in the list beside to see its trend.</translation>
    </message>
    <message>
      <source>Proyeksi</source>
      <translation>Projection</translation>
    </message>
    <message>
      <source>Rata-rata capaian</source>
      <translation>Average achievement</translation>
    </message>
    <message>
      <source>Rata-rata capaian (%)</source>
      <translation>Average achievement (%)</translation>
    </message>
    <message>
      <source>Realisasi</source>
      <translation>Realisation</translation>
    </message>
    <message>
      <source>Realisasi kumulatif</source>
      <translation>Cumulative realisation</translation>
    </message>
    <message>
      <source>Realisasi triwulan</source>
      <translation>Quarterly realisation</translation>
    </message>
    <message>
      <source>Rp miliar</source>
      <translation>Rp billion</translation>
    </message>
    <message>
      <source>Sasaran</source>
      <translation>Objective</translation>
    </message>
    <message>
      <source>Seluruh RPJMD</source>
      <translation>Whole RPJMD</translation>
    </message>
    <message>
      <source>Sesuai jalur</source>
      <translation>On track</translation>
    </message>
    <message>
      <source>Target akhir</source>
      <translation>End target</translation>
    </message>
    <message>
      <source>Target akhir RPJMD</source>
      <translation>End-of-plan target</translation>
    </message>
    <message>
      <source>Target kumulatif</source>
      <translation>Cumulative target</translation>
    </message>
    <message>
      <source>Target tahunan</source>
      <translation>Annual target</translation>
    </message>
    <message>
      <source>Target triwulan</source>
      <translation>Quarterly target</translation>
    </message>
    <message>
      <source>Terserap s.d.</source>
      <translation>Spent to date</translation>
    </message>
    <message>
      <source>Tidak ada indikator aktif pada pilihan ini.
Pilih cakupan lain, atau tambahkan indikator di halaman Rencana.</source>
      <translation>No active indicators in this selection.
Choose another scope, or add indicators on the Plan page.</translation>
    </message>
    <message>
      <source>Tren</source>
      <translation>Trend</translation>
    </message>
    <message>
      <source>Triwulan</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <source>Tujuan</source>
      <translation>Goal</translation>
    </message>
    <message>
      <source>dari</source>
      <translation>of</translation>
    </message>
    <message>
      <source>indikator</source>
      <translation>indicators</translation>
    </message>
    <message>
      <source>indikator dapat dihitung</source>
      <translation>indicators computable</translation>
    </message>
    <message>
      <source>indikator dilaporkan</source>
      <translation>indicators reported</translation>
    </message>
    <message>
      <source>proyeksi</source>
      <translation>projection</translation>
    </message>
    <message>
      <source>s.d.</source>
      <translation>to</translation>
    </message>
    <message>
      <source>▼ Semakin rendah semakin baik</source>
      <translation>▼ Lower is better</translation>
    </message>
  </context>
  <context>
    <name>ChartBase</name>
    <message>
      <source>Ekspor grafik</source>
      <translation>Export chart</translation>
    </message>
    <message>
      <source>Gambar PNG (*.png)</source>
      <translation>PNG image (*.png)</translation>
    </message>
    <message>
      <source>Gambar vektor SVG (*.svg)</source>
      <translation>SVG vector image (*.svg)</translation>
    </message>
    <message>
      <source>Menghitung angka dasbor…</source>
      <translation>Computing the dashboard figures…</translation>
    </message>
    <message>
      <source>Simpan sebagai PNG (1920 piksel)…</source>
      <translation>Save as PNG (1920 pixels)…</translation>
    </message>
    <message>
      <source>Simpan sebagai SVG…</source>
      <translation>Save as SVG…</translation>
    </message>
  </context>
  <context>
    <name>CodeNameDialog</name>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
  </context>
  <context>
    <name>CompareFeature</name>
    <message>
      <source>Banding tahun</source>
      <translation>Compare years</translation>
    </message>
    <message>
      <source>Bandingkan triwulan antar tahun…</source>
      <translation>Compare a quarter across years…</translation>
    </message>
    <message>
      <source>Satu triwulan dibandingkan antar dua tahun periode: per indikator, OPD, sasaran dan tujuan</source>
      <translation>One quarter compared across two years of the period: per indicator, agency, objective and goal</translation>
    </message>
  </context>
  <context>
    <name>CompareModel</name>
    <message>
      <source>Arah</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Arah umum</source>
      <translation>Overall direction</translation>
    </message>
    <message>
      <source>Belum dilaporkan</source>
      <translation>Not reported</translation>
    </message>
    <message>
      <source>Capaian %1
(%, predikat)</source>
      <translation>Achievement %1
(%, rating)</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Jumlah
indikator</source>
      <translation>Number of
indicators</translation>
    </message>
    <message>
      <source>Lebih banyak indikator membaik daripada memburuk</source>
      <translation>More indicators improved than worsened</translation>
    </message>
    <message>
      <source>Lebih banyak indikator memburuk daripada membaik</source>
      <translation>More indicators worsened than improved</translation>
    </message>
    <message>
      <source>Membaik</source>
      <translation>Improved</translation>
    </message>
    <message>
      <source>Memburuk</source>
      <translation>Worsened</translation>
    </message>
    <message>
      <source>Rata-rata capaian
%1 (%, predikat)</source>
      <translation>Mean achievement
%1 (%, rating)</translation>
    </message>
    <message>
      <source>Realisasi
%1</source>
      <translation>Realisation
%1</translation>
    </message>
    <message>
      <source>Sama banyak indikator membaik dan memburuk</source>
      <translation>As many indicators improved as worsened</translation>
    </message>
    <message>
      <source>Satuan</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Seimbang</source>
      <translation>Balanced</translation>
    </message>
    <message>
      <source>Selisih
(poin)</source>
      <translation>Change
(points)</translation>
    </message>
    <message>
      <source>Selisih
capaian
(poin)</source>
      <translation>Change in
achievement
(points)</translation>
    </message>
    <message>
      <source>Selisih
realisasi</source>
      <translation>Change in
realisation</translation>
    </message>
    <message>
      <source>Tetap</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>Tidak ada indikator yang dapat dibandingkan</source>
      <translation>No indicator can be compared</translation>
    </message>
    <message>
      <source>Tidak dapat
dibandingkan</source>
      <translation>Not
comparable</translation>
    </message>
    <message>
      <source>semakin rendah semakin baik</source>
      <translation>lower is better</translation>
    </message>
    <message>
      <source>semakin tinggi semakin baik</source>
      <translation>higher is better</translation>
    </message>
  </context>
  <context>
    <name>ComparePage</name>
    <message>
      <source>%1 indikator</source>
      <translation>%1 indicators</translation>
    </message>
    <message>
      <source>(%1 poin)</source>
      <translation>(%1 points)</translation>
    </message>
    <message>
      <source>Arah dinilai dari realisasi menurut polaritas indikator (positif: naik = membaik; negatif: turun = membaik). Tidak dapat dibandingkan: salah satu tahun belum dilaporkan atau capaiannya tidak dapat dihitung.</source>
      <translation>The direction is read from the realisation and the indicator's polarity (positive: up = improved; negative: down = improved). Not comparable: one of the years is not reported or its achievement cannot be computed.</translation>
    </message>
    <message>
      <source>Belum ada perbandingan untuk diekspor; pilih triwulan dan dua tahun dulu.</source>
      <translation>There is no comparison to export yet; choose a quarter and two years first.</translation>
    </message>
    <message>
      <source>Buku kerja Excel (*.xlsx);;Dokumen PDF (*.pdf)</source>
      <translation>Excel workbook (*.xlsx);;PDF document (*.pdf)</translation>
    </message>
    <message>
      <source>Ekspor perbandingan</source>
      <translation>Export comparison</translation>
    </message>
    <message>
      <source>Ekspor…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Membandingkan %1 tahun %2 dan %3…</source>
      <translation>Comparing %1 of %2 and %3…</translation>
    </message>
    <message>
      <source>Membandingkan capaian antar tahun…</source>
      <translation>Comparing achievement across years…</translation>
    </message>
    <message>
      <source>Menyimpan perbandingan…</source>
      <translation>Saving the comparison…</translation>
    </message>
    <message>
      <source>Perbandingan Capaian Kinerja %1 Tahun %2 dan %3</source>
      <translation>Performance achievement compared: %1 of %2 and %3</translation>
    </message>
    <message>
      <source>Perbandingan capaian antar tahun</source>
      <translation>Achievement compared across years</translation>
    </message>
    <message>
      <source>Perbandingan disimpan: %1</source>
      <translation>Comparison saved: %1</translation>
    </message>
    <message>
      <source>Perbandingan tidak dapat dihitung: %1</source>
      <translation>The comparison cannot be computed: %1</translation>
    </message>
    <message>
      <source>Rata-rata capaian</source>
      <translation>Average achievement</translation>
    </message>
    <message>
      <source>Sedang menghitung perbandingan…</source>
      <translation>Computing the comparison…</translation>
    </message>
    <message>
      <source>Semua OPD</source>
      <translation>All agencies</translation>
    </message>
    <message>
      <source>Simpan perbandingan</source>
      <translation>Save comparison</translation>
    </message>
    <message>
      <source>Simpan perbandingan sebagai .xlsx atau PDF</source>
      <translation>Save the comparison as .xlsx or PDF</translation>
    </message>
    <message>
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Tidak ada indikator aktif untuk pilihan ini. Pilih OPD lain atau periksa rencana di halaman Pohon kinerja.</source>
      <translation>No active indicators for this choice. Choose another agency or check the plan on the Performance tree page.</translation>
    </message>
    <message>
      <source>Tingkat</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Triwulan</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <source>dibandingkan dengan</source>
      <translation>compared with</translation>
    </message>
  </context>
  <context>
    <name>CompletenessChart</name>
    <message>
      <source>Kelengkapan laporan OPD per triwulan</source>
      <translation>Agency reporting completeness by quarter</translation>
    </message>
  </context>
  <context>
    <name>CompletenessModel</name>
    <message>
      <source>%1 dari %2 indikator terisi</source>
      <translation>%1 of %2 indicators filled</translation>
    </message>
    <message>
      <source>Batas pengajuan: %1</source>
      <translation>Submission deadline: %1</translation>
    </message>
    <message>
      <source>Diubah oleh %1, %2</source>
      <translation>Changed by %1, %2</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>Status: %1</translation>
    </message>
    <message>
      <source>Terlambat</source>
      <translation>Late</translation>
    </message>
    <message>
      <source>Terlambat: batas sudah lewat dan belum diajukan.</source>
      <translation>Late: the deadline has passed and it has not been submitted.</translation>
    </message>
    <message>
      <source>tidak ada indikator</source>
      <translation>no indicators</translation>
    </message>
  </context>
  <context>
    <name>CompletenessPage</name>
    <message>
      <source>%1 OPD · tahun %2</source>
      <translation>%1 agencies · year %2</translation>
    </message>
    <message>
      <source>%1: %2 diajukan, %3 diverifikasi, %4 dikunci, %5 draf, %6 terlambat</source>
      <translation>%1: %2 submitted, %3 verified, %4 locked, %5 draft, %6 late</translation>
    </message>
    <message>
      <source>Angka di sel: indikator yang terisi pada triwulan itu saja, bukan kumulatif.</source>
      <translation>Figures in a cell: indicators filled in that quarter alone, not cumulative.</translation>
    </message>
    <message>
      <source>Cari OPD…</source>
      <translation>Search agencies…</translation>
    </message>
    <message>
      <source>Kelengkapan Pelaporan</source>
      <translation>Reporting Completeness</translation>
    </message>
    <message>
      <source>Klik dua kali sel triwulan untuk membuka formulir isian OPD itu. Terlambat: %1 hari sesudah akhir triwulan dan masih Draf.</source>
      <translation>Double-click a quarter cell to open that agency's entry form. Late: %1 days after the end of the quarter and still Draft.</translation>
    </message>
    <message>
      <source>Terlambat</source>
      <translation>Late</translation>
    </message>
  </context>
  <context>
    <name>ConsolidateDialog</name>
    <message>
      <source>Berkas</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Folder paket</source>
      <translation>Package folder</translation>
    </message>
    <message>
      <source>Hasil</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Isi paket: </source>
      <translation>Package content: </translation>
    </message>
    <message>
      <source>Keterangan</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <source>Klik ganda sebuah berkas untuk melihat baris-barisnya.</source>
      <translation>Double-click a file to see its rows.</translation>
    </message>
    <message>
      <source>Konflik: ambil nilai paket</source>
      <translation>Conflict: take the package value</translation>
    </message>
    <message>
      <source>Konflik: pertahankan nilai sekarang</source>
      <translation>Conflict: keep the current value</translation>
    </message>
    <message>
      <source>Konsolidasi paket</source>
      <translation>Consolidate packages</translation>
    </message>
    <message>
      <source>Konsolidasi paket OPD</source>
      <translation>Consolidate agency packages</translation>
    </message>
    <message>
      <source>Membaca paket…</source>
      <translation>Reading the package…</translation>
    </message>
    <message>
      <source>Menerapkan paket…</source>
      <translation>Applying the packages…</translation>
    </message>
    <message>
      <source>Menyimpan ringkasan…</source>
      <translation>Saving the summary…</translation>
    </message>
    <message>
      <source>OPD ini mempunyai kunci terdaftar, tetapi paket ini tidak bertanda tangan sah dengan kunci itu: hanya administrator yang dapat menerimanya dengan alasan tertulis.</source>
      <translation>This OPD has a registered key, but this package has no valid signature of that key: only an administrator can accept it, with a written reason.</translation>
    </message>
    <message>
      <source>Pilih berkas paket (.xlsx) atau satu folder berisi paket dari OPD. Berkas dibaca dulu; belum ada yang ditulis sampai Anda menekan Terapkan. Klik ganda sebuah berkas untuk melihat baris-barisnya.</source>
      <translation>Choose package files (.xlsx) or a folder of packages from agencies. The files are read first; nothing is written until you press Apply. Double-click a file to see its rows.</translation>
    </message>
    <message>
      <source>Pilih berkas…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <source>Pilih folder…</source>
      <translation>Choose folder…</translation>
    </message>
    <message>
      <source>Pilih paket</source>
      <translation>Choose packages</translation>
    </message>
    <message>
      <source>Ringkasan disimpan: </source>
      <translation>Summary saved: </translation>
    </message>
    <message>
      <source>Simpan ringkasan</source>
      <translation>Save summary</translation>
    </message>
    <message>
      <source>Simpan ringkasan…</source>
      <translation>Save summary…</translation>
    </message>
    <message>
      <source>Tanda tangan</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Terapkan</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Terima paket bertanda tangan tidak sah, alasan:</source>
      <translation>Accept packages without a valid signature, reason:</translation>
    </message>
    <message>
      <source>Terima versi baru</source>
      <translation>Accept new version</translation>
    </message>
    <message>
      <source>Tidak ada berkas.</source>
      <translation>No files.</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>wajib bagi administrator, dicatat</source>
      <translation>required for an administrator, recorded</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Anda dapat melanjutkan; bila kesalahan berulang, tutup program dan kirimkan log itu kepada administrator.</source>
      <translation>You can go on; if the error comes back, close the program and send that log to the administrator.</translation>
    </message>
    <message>
      <source>Buka folder log</source>
      <translation>Open the log folder</translation>
    </message>
    <message>
      <source>Lanjutkan</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>Log tidak dapat ditulis; catat pesan ini.</source>
      <translation>The log cannot be written; note this message down.</translation>
    </message>
    <message>
      <source>Perubahan yang sedang ditulis dibatalkan seluruhnya; data yang sudah tersimpan tetap utuh. Nilai yang sudah Anda ketik di formulir isian tersimpan sebagai draf dan ditawarkan lagi saat formulir dibuka.</source>
      <translation>The change being written was cancelled as a whole; the data already saved is intact. The values you typed in the entry form are kept as a draft and offered again when the form opens.</translation>
    </message>
    <message>
      <source>Program menemui kesalahan yang tidak terduga: %1</source>
      <translation>The program met an unexpected error: %1</translation>
    </message>
    <message>
      <source>Rinciannya tercatat di log: %1</source>
      <translation>The details are in the log: %1</translation>
    </message>
    <message>
      <source>Terjadi kesalahan</source>
      <translation>An error occurred</translation>
    </message>
  </context>
  <context>
    <name>DashboardFeature</name>
    <message>
      <source>Dasbor</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Ekspor presentasi ke PDF…</source>
      <translation>Export presentation to PDF…</translation>
    </message>
    <message>
      <source>Mulai presentasi layar penuh untuk aula (F5)</source>
      <translation>Start the full-screen presentation for the hall (F5)</translation>
    </message>
    <message>
      <source>Presentasi</source>
      <translation>Presentation</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>Angka dasbor tidak dapat dihitung: {0}</source>
      <translation>The dashboard figures could not be computed: {0}</translation>
    </message>
    <message>
      <source>Dasbor pemantauan</source>
      <translation>Monitoring dashboard</translation>
    </message>
    <message>
      <source>Menghitung capaian seluruh indikator…</source>
      <translation>Computing the achievement of all indicators…</translation>
    </message>
  </context>
  <context>
    <name>DistributionChart</name>
    <message>
      <source>Sebaran predikat capaian</source>
      <translation>Distribution of achievement ratings</translation>
    </message>
  </context>
  <context>
    <name>Domain</name>
    <message>
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>Batas pengajuan (hari setelah akhir triwulan)</source>
      <translation>Submission deadline (days after the quarter ends)</translation>
    </message>
    <message>
      <source>Belum
lapor</source>
      <translation>Not
reported</translation>
    </message>
    <message>
      <source>Belum dilaporkan</source>
      <translation>Not reported</translation>
    </message>
    <message>
      <source>Diajukan</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>Dikunci</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>Diverifikasi</source>
      <translation>Verified</translation>
    </message>
    <message>
      <source>Draf</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Jabatan penanda tangan</source>
      <translation>Signer's position</translation>
    </message>
    <message>
      <source>Kegiatan</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Membaik</source>
      <translation>Improved</translation>
    </message>
    <message>
      <source>Memburuk</source>
      <translation>Worsened</translation>
    </message>
    <message>
      <source>NIP penanda tangan</source>
      <translation>Signer's NIP</translation>
    </message>
    <message>
      <source>Nama penanda tangan</source>
      <translation>Signer's name</translation>
    </message>
    <message>
      <source>Operator OPD</source>
      <translation>Agency operator</translation>
    </message>
    <message>
      <source>Peninjau</source>
      <translation>Viewer</translation>
    </message>
    <message>
      <source>Perencana</source>
      <translation>Planner</translation>
    </message>
    <message>
      <source>Peringatan bila realisasi melebihi target (kali)</source>
      <translation>Warn when a realisation exceeds its target (times)</translation>
    </message>
    <message>
      <source>Peringatan bila realisasi melebihi triwulan sebelumnya (kali)</source>
      <translation>Warn when a realisation exceeds the previous quarter (times)</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Program</translation>
    </message>
    <message>
      <source>Rendah</source>
      <translation>Low</translation>
    </message>
    <message>
      <source>Sangat Rendah</source>
      <translation>Very low</translation>
    </message>
    <message>
      <source>Sangat Tinggi</source>
      <translation>Very high</translation>
    </message>
    <message>
      <source>Sasaran</source>
      <translation>Objective</translation>
    </message>
    <message>
      <source>Sedang</source>
      <translation>Moderate</translation>
    </message>
    <message>
      <source>Sub Kegiatan</source>
      <translation>Sub-activity</translation>
    </message>
    <message>
      <source>Sub kegiatan</source>
      <translation>Sub-activity</translation>
    </message>
    <message>
      <source>TW I</source>
      <translation>Q1</translation>
    </message>
    <message>
      <source>TW II</source>
      <translation>Q2</translation>
    </message>
    <message>
      <source>TW III</source>
      <translation>Q3</translation>
    </message>
    <message>
      <source>TW IV</source>
      <translation>Q4</translation>
    </message>
    <message>
      <source>Tdk dpt
dihitung</source>
      <translation>Not
computable</translation>
    </message>
    <message>
      <source>Tempat penandatanganan</source>
      <translation>Place of signing</translation>
    </message>
    <message>
      <source>Tetap</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>Tidak dapat dibandingkan</source>
      <translation>Not comparable</translation>
    </message>
    <message>
      <source>Tidak dapat dihitung</source>
      <translation>Not computable</translation>
    </message>
    <message>
      <source>Tinggi</source>
      <translation>High</translation>
    </message>
    <message>
      <source>Tujuan</source>
      <translation>Goal</translation>
    </message>
  </context>
  <context>
    <name>EntryFeature</name>
    <message>
      <source>Administrasi</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Isian realisasi</source>
      <translation>Realisation entry</translation>
    </message>
    <message>
      <source>Kelengkapan</source>
      <translation>Completeness</translation>
    </message>
    <message>
      <source>Kelengkapan pelaporan</source>
      <translation>Reporting completeness</translation>
    </message>
    <message>
      <source>Pengaturan instansi…</source>
      <translation>Office settings…</translation>
    </message>
    <message>
      <source>Pengguna…</source>
      <translation>Users…</translation>
    </message>
    <message>
      <source>Periode %1 dibuat; pilih tahunnya di bilah alat untuk membukanya.</source>
      <translation>Period %1 created; choose one of its years in the toolbar to open it.</translation>
    </message>
    <message>
      <source>Periode rencana baru…</source>
      <translation>New plan period…</translation>
    </message>
    <message>
      <source>Rencana dan indikator…</source>
      <translation>Plan and indicators…</translation>
    </message>
    <message>
      <source>Riwayat perubahan…</source>
      <translation>Change history…</translation>
    </message>
  </context>
  <context>
    <name>EntryPage</name>
    <message>
      <source>%1 kesalahan</source>
      <translation>%1 error(s)</translation>
    </message>
    <message>
      <source>%1 peringatan</source>
      <translation>%1 warning(s)</translation>
    </message>
    <message>
      <source>Ajukan</source>
      <translation>Submit</translation>
    </message>
    <message>
      <source>Belum ada OPD yang dapat dibuka. Tambahkan OPD di Data induk.</source>
      <translation>No agency can be opened yet. Add agencies under Master data.</translation>
    </message>
    <message>
      <source>Belum disimpan</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Buka kunci</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>Diubah oleh %1, %2</source>
      <translation>Changed by %1, %2</translation>
    </message>
    <message>
      <source>Isian Realisasi Triwulan</source>
      <translation>Quarterly Realisation Entry</translation>
    </message>
    <message>
      <source>Isian yang belum disimpan telah dipulihkan. Periksa lalu simpan (Ctrl+S).</source>
      <translation>Unsaved entries have been restored. Check them, then save (Ctrl+S).</translation>
    </message>
    <message>
      <source>Kembalikan</source>
      <translation>Send back</translation>
    </message>
    <message>
      <source>Kunci</source>
      <translation>Lock</translation>
    </message>
    <message>
      <source>OPD ini tidak dapat dibuka dengan peran Anda.</source>
      <translation>Your role cannot open this agency.</translation>
    </message>
    <message>
      <source>Pulihkan isian</source>
      <translation>Restore entries</translation>
    </message>
    <message>
      <source>Riwayat</source>
      <translation>History</translation>
    </message>
    <message>
      <source>Semua tersimpan</source>
      <translation>All saved</translation>
    </message>
    <message>
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Terisi %1 dari %2</source>
      <translation>Filled %1 of %2</translation>
    </message>
    <message>
      <source>Ulangi</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>Urungkan</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Verifikasi</source>
      <translation>Verify</translation>
    </message>
  </context>
  <context>
    <name>EntryQuestions</name>
    <message>
      <source>

Simpan tetap?</source>
      <translation>

Save anyway?</translation>
    </message>
    <message>
      <source>
… dan %1 lainnya</source>
      <translation>
… and %1 more</translation>
    </message>
    <message>
      <source>Ada isian yang belum disimpan dari %1. Pulihkan?</source>
      <translation>There are unsaved entries from %1. Restore them?</translation>
    </message>
    <message>
      <source>Ada nilai yang perlu diperiksa:

</source>
      <translation>Some values need checking:

</translation>
    </message>
    <message>
      <source>Alasan:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Buang</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Isian %1 belum disimpan. Simpan sekarang?</source>
      <translation>The entries of %1 are not saved. Save now?</translation>
    </message>
    <message>
      <source>Periksa nilai</source>
      <translation>Check values</translation>
    </message>
    <message>
      <source>Perubahan belum disimpan</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Pulihkan isian</source>
      <translation>Restore entries</translation>
    </message>
    <message>
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Tidak dapat dilanjutkan</source>
      <translation>Cannot continue</translation>
    </message>
  </context>
  <context>
    <name>EntrySaving</name>
    <message>
      <source>

Isian Anda tetap di formulir.</source>
      <translation>

Your entries stay in the form.</translation>
    </message>
    <message>
      <source>

Timpa dengan isian Anda?</source>
      <translation>

Overwrite with your entries?</translation>
    </message>
    <message>
      <source>Basis data sedang dipakai program lain; menunggu…</source>
      <translation>The database is in use by another program; waiting…</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Belum dapat disimpan: %1 sel berisi kesalahan.

</source>
      <translation>Cannot save yet: %1 cell(s) contain errors.

</translation>
    </message>
    <message>
      <source>Belum disimpan: data diubah orang lain. Isian Anda tetap di formulir.</source>
      <translation>Not saved: someone else changed the data. Your entries stay in the form.</translation>
    </message>
    <message>
      <source>Diubah orang lain</source>
      <translation>Changed by someone else</translation>
    </message>
    <message>
      <source>Penyimpanan dibatalkan; isian Anda tetap di formulir. Simpan lagi nanti (Ctrl+S).</source>
      <translation>Saving cancelled; your entries stay in the form. Save again later (Ctrl+S).</translation>
    </message>
    <message>
      <source>Tersimpan: %1 nilai, %2 catatan, %3 anggaran.</source>
      <translation>Saved: %1 value(s), %2 note(s), %3 budget figure(s).</translation>
    </message>
    <message>
      <source>Tidak ada perubahan untuk disimpan.</source>
      <translation>No changes to save.</translation>
    </message>
    <message>
      <source>anggaran %1</source>
      <translation>budget %1</translation>
    </message>
  </context>
  <context>
    <name>EntryTableModel</name>
    <message>
      <source>Anggaran
%1 (Rp)</source>
      <translation>Budget
%1 (Rp)</translation>
    </message>
    <message>
      <source>Capaian
(%)</source>
      <translation>Ach.
(%)</translation>
    </message>
    <message>
      <source>Catatan</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Catatan %1 hanya disimpan bersama realisasi; isi realisasinya dulu.</source>
      <translation>The note of %1 is saved only together with a realisation; enter the realisation first.</translation>
    </message>
    <message>
      <source>Faktor pendorong atau penghambat capaian</source>
      <translation>Factors supporting or hindering achievement</translation>
    </message>
    <message>
      <source>Hanya untuk indikator program/kegiatan yang mempunyai pagu</source>
      <translation>Only for program/activity indicators that have a budget allocation</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Ketik angka; kosong = belum dilaporkan</source>
      <translation>Type a number; empty = not reported</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Pagu %1: Rp %2 · realisasi s.d. triwulan sebelumnya: Rp %3</source>
      <translation>Budget %1: Rp %2 · spent up to the previous quarter: Rp %3</translation>
    </message>
    <message>
      <source>Predikat</source>
      <translation>Rating</translation>
    </message>
    <message>
      <source>Realisasi
%1</source>
      <translation>Realisation
%1</translation>
    </message>
    <message>
      <source>Realisasi %1 dibanding target %2</source>
      <translation>Realisation %1 against target %2</translation>
    </message>
    <message>
      <source>Realisasi triwulan sebelumnya</source>
      <translation>Realisation of earlier quarters</translation>
    </message>
    <message>
      <source>Satuan</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Target
%1</source>
      <translation>Target
%1</translation>
    </message>
    <message>
      <source>Target tahunan</source>
      <translation>Annual target</translation>
    </message>
    <message>
      <source>Tidak dapat dihitung</source>
      <translation>Not computable</translation>
    </message>
    <message>
      <source>Ubah %1 sel</source>
      <translation>Change %1 cell(s)</translation>
    </message>
  </context>
  <context>
    <name>EntryTableView</name>
    <message>
      <source>%1 sel ditempel</source>
      <translation>%1 cell(s) pasted</translation>
    </message>
    <message>
      <source>; %1 sel dilewati (di luar tabel atau tidak dapat diisi)</source>
      <translation>; %1 cell(s) skipped (outside the table or not editable)</translation>
    </message>
    <message>
      <source>Kosongkan %1 sel</source>
      <translation>Clear %1 cell(s)</translation>
    </message>
    <message>
      <source>Tempel %1 sel</source>
      <translation>Paste %1 cell(s)</translation>
    </message>
  </context>
  <context>
    <name>EntryWorkflow</name>
    <message>
      <source>

Tetap ajukan?</source>
      <translation>

Submit anyway?</translation>
    </message>
    <message>
      <source>Ada perubahan yang belum disimpan. Simpan sekarang?</source>
      <translation>There are unsaved changes. Save now?</translation>
    </message>
    <message>
      <source>Ajukan</source>
      <translation>Submit</translation>
    </message>
    <message>
      <source>Buka kunci</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>Kembalikan</source>
      <translation>Send back</translation>
    </message>
    <message>
      <source>Kunci</source>
      <translation>Lock</translation>
    </message>
    <message>
      <source>Mengubah status triwulan…</source>
      <translation>Changing the quarter status…</translation>
    </message>
    <message>
      <source>Status triwulan: %1.</source>
      <translation>Quarter status: %1.</translation>
    </message>
    <message>
      <source>Verifikasi</source>
      <translation>Verify</translation>
    </message>
  </context>
  <context>
    <name>FirstSetup</name>
    <message>
      <source>Basis data %1 dibuat di %2: %3 OPD, %4 program, %5 indikator.

Langkah berikutnya:
1. Masuk sebagai 'admin' dengan kata sandi tadi.
2. Periksa dan lengkapi rencana di Administrasi &gt; Rencana dan indikator.
3. Tambahkan pengguna di Administrasi &gt; Pengguna: perencana dan satu operator per OPD.
4. Terbitkan paket triwulan untuk OPD di Paket &gt; Terbitkan paket.
Panduan lengkap: Bantuan &gt; Panduan pengguna (F1).</source>
      <translation>Database %1 created in %2: %3 OPD, %4 programs, %5 indicators.

Next steps:
1. Log in as 'admin' with the password you chose.
2. Check and complete the plan in Administration &gt; Plan and indicators.
3. Add users in Administration &gt; Users: planners and one operator per OPD.
4. Issue the quarter's packages to the OPD in Packages &gt; Issue packages.
The full guide: Help &gt; User guide (F1).</translation>
    </message>
    <message>
      <source>Basis data daerah siap</source>
      <translation>The region's database is ready</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Instalasi OPD %1 siap: %2 indikator dari paket. Sekarang pilih kata sandi administrator.</source>
      <translation>OPD installation %1 is ready: %2 indicators from the package. Now choose the administrator password.</translation>
    </message>
    <message>
      <source>Kantor OPD</source>
      <translation>OPD office</translation>
    </message>
    <message>
      <source>Kantor OPD siap</source>
      <translation>The OPD office is ready</translation>
    </message>
    <message>
      <source>Membaca paket…</source>
      <translation>Reading the package…</translation>
    </message>
    <message>
      <source>Menyiapkan basis data daerah…</source>
      <translation>Setting up the region's database…</translation>
    </message>
    <message>
      <source>Paket dari Bappelitbangda</source>
      <translation>Package from Bappelitbangda</translation>
    </message>
    <message>
      <source>Paket tidak dipakai</source>
      <translation>Package not used</translation>
    </message>
    <message>
      <source>Penyiapan kantor OPD:
1. Pilih paket (.xlsx) pertama yang dikirim Bappelitbangda untuk OPD Anda.
2. Program membuat basis data OPD dari paket itu: OPD, indikator, target dan realisasi sebelumnya.
3. Pilih kata sandi administrator instalasi ini, lalu masuk.
4. Isi realisasi di halaman Isian realisasi, lalu Paket &gt; Tulis paket terisi dan kirim berkasnya ke Bappelitbangda.
Paket triwulan berikutnya dibuka dengan Paket &gt; Perbarui dari paket (kantor OPD).</source>
      <translation>Setting up an OPD office:
1. Choose the first package (.xlsx) Bappelitbangda sent for your OPD.
2. The program builds the OPD database from it: the OPD, its indicators, targets and earlier realisations.
3. Choose the administrator password of this installation, then log in.
4. Enter the realisations on the Realisation entry page, then Packages &gt; Write filled package and send the file to Bappelitbangda.
The next quarter's package is opened with Packages &gt; Refresh from package (OPD office).</translation>
    </message>
    <message>
      <source>Pilih paket lain.</source>
      <translation>Choose another package.</translation>
    </message>
    <message>
      <source>Pilih paket…</source>
      <translation>Choose package…</translation>
    </message>
  </context>
  <context>
    <name>HeadlineBar</name>
    <message>
      <source>Indikator yang sudah punya realisasi pada triwulan mana pun sampai {0}; baris kedua: yang dilaporkan pada {0} saja</source>
      <translation>Indicators with a realisation in any quarter up to {0}; second line: those reported in {0} itself</translation>
    </message>
    <message>
      <source>OPD belum mengajukan</source>
      <translation>Agencies not yet submitted</translation>
    </message>
    <message>
      <source>OPD belum mengajukan {0}</source>
      <translation>OPDs that have not submitted {0}</translation>
    </message>
    <message>
      <source>Predikat capaian kumulatif s.d. {0}</source>
      <translation>Achievement ratings, cumulative up to {0}</translation>
    </message>
    <message>
      <source>Sasaran dengan indikator yang diproyeksikan di bawah predikat Tinggi</source>
      <translation>Objectives with indicators projected below High</translation>
    </message>
    <message>
      <source>Semua OPD sudah mengajukan</source>
      <translation>All agencies have submitted</translation>
    </message>
    <message>
      <source>Tujuan dengan indikator yang diproyeksikan di bawah predikat Tinggi</source>
      <translation>Goals with indicators projected below High</translation>
    </message>
    <message>
      <source>dari {0} indikator dilaporkan, kumulatif s.d. {1}</source>
      <translation>of {0} indicators reported, cumulative up to {1}</translation>
    </message>
    <message>
      <source>dilaporkan pada {0}: {1}</source>
      <translation>reported in {0}: {1}</translation>
    </message>
    <message>
      <source>indikator</source>
      <translation>indicators</translation>
    </message>
    <message>
      <source>indikator dilaporkan</source>
      <translation>indicators reported</translation>
    </message>
    <message>
      <source>sasaran berisiko</source>
      <translation>objectives at risk</translation>
    </message>
    <message>
      <source>tujuan berisiko</source>
      <translation>goals at risk</translation>
    </message>
  </context>
  <context>
    <name>IkuChart</name>
    <message>
      <source>IKU sepanjang periode</source>
      <translation>Key indicators over the period</translation>
    </message>
    <message>
      <source>Pilih indikator pada tabel untuk melihat grafiknya.</source>
      <translation>Choose an indicator in the table to see its chart.</translation>
    </message>
  </context>
  <context>
    <name>IkuFeature</name>
    <message>
      <source>IKU periode</source>
      <translation>KPIs per period</translation>
    </message>
  </context>
  <context>
    <name>IkuPage</name>
    <message>
      <source>* sebagian tahun (s.d. triwulan terakhir yang dilaporkan). Arahkan penunjuk ke sel untuk target dan predikatnya; pilih baris untuk grafiknya.</source>
      <translation>* part of the year (to the last quarter reported). Point at a cell for its target and rating; choose a row for its chart.</translation>
    </message>
    <message>
      <source>Belum dapat diproyeksikan: belum ada realisasi atau target akhir.</source>
      <translation>Cannot be projected yet: no realisation or end target.</translation>
    </message>
    <message>
      <source>Berisiko</source>
      <translation>At risk</translation>
    </message>
    <message>
      <source>Hanya yang berisiko</source>
      <translation>At risk only</translation>
    </message>
    <message>
      <source>IKU sepanjang periode</source>
      <translation>Key indicators over the period</translation>
    </message>
    <message>
      <source>IKU tidak dapat dihitung: {0}</source>
      <translation>The key indicators could not be computed: {0}</translation>
    </message>
    <message>
      <source>Menghitung IKU seluruh tahun periode…</source>
      <translation>Computing the key indicators of every year of the period…</translation>
    </message>
    <message>
      <source>Menghitung IKU sepanjang periode…</source>
      <translation>Computing the key indicators over the period…</translation>
    </message>
    <message>
      <source>Periode ini belum punya indikator tujuan atau sasaran</source>
      <translation>This period has no goal or objective indicators yet</translation>
    </message>
    <message>
      <source>Semua IKU yang sudah dilaporkan diproyeksikan mencapai predikat Tinggi atau lebih pada akhir periode.</source>
      <translation>Every key indicator reported so far is projected to reach the High rating or better at the end of the period.</translation>
    </message>
    <message>
      <source>Sesuai jalur</source>
      <translation>On track</translation>
    </message>
    <message>
      <source>Tambahkan IKU pada tujuan dan sasaran di halaman Pohon kinerja.</source>
      <translation>Add key indicators to the goals and objectives on the Performance tree page.</translation>
    </message>
    <message>
      <source>Tidak ada IKU yang berisiko</source>
      <translation>No key indicator at risk</translation>
    </message>
    <message>
      <source>{0} · {1} · {2} IKU: {3} sesuai jalur, {4} berisiko, {5} belum dapat diproyeksikan</source>
      <translation>{0} · {1} · {2} key indicators: {3} on track, {4} at risk, {5} cannot be projected yet</translation>
    </message>
  </context>
  <context>
    <name>IkuTableModel</name>
    <message>
      <source>
Semakin rendah semakin baik</source>
      <translation>
Lower is better</translation>
    </message>
    <message>
      <source> s.d. TW {0}</source>
      <translation> to Q{0}</translation>
    </message>
    <message>
      <source>Belum ada realisasi atau target akhir untuk diproyeksikan.</source>
      <translation>No realisation or end target to project from yet.</translation>
    </message>
    <message>
      <source>Belum dapat
diproyeksikan</source>
      <translation>Cannot be
projected yet</translation>
    </message>
    <message>
      <source>Berisiko</source>
      <translation>At risk</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Kondisi awal</source>
      <translation>Baseline</translation>
    </message>
    <message>
      <source>Proyeksi</source>
      <translation>Projection</translation>
    </message>
    <message>
      <source>Proyeksi capaian pada akhir periode; berisiko bila di bawah predikat Tinggi</source>
      <translation>Projected achievement at the end of the period; at risk when below the High rating</translation>
    </message>
    <message>
      <source>Realisasi / target tahun {0}, dan capaiannya</source>
      <translation>Realisation / target of {0}, and its achievement</translation>
    </message>
    <message>
      <source>Realisasi s.d. kini dan capaiannya terhadap target akhir</source>
      <translation>Realisation to date and its achievement against the end target</translation>
    </message>
    <message>
      <source>Realisasi tahun {0} dan capaiannya (target: arahkan penunjuk ke sel)</source>
      <translation>Realisation of {0} and its achievement (target: point at the cell)</translation>
    </message>
    <message>
      <source>S.d. kini</source>
      <translation>To date</translation>
    </message>
    <message>
      <source>Sesuai jalur</source>
      <translation>On track</translation>
    </message>
    <message>
      <source>Target akhir</source>
      <translation>End target</translation>
    </message>
    <message>
      <source>Target kondisi akhir periode</source>
      <translation>Target for the end of the period</translation>
    </message>
    <message>
      <source>{0}: belum dilaporkan (target {1})</source>
      <translation>{0}: not reported (target {1})</translation>
    </message>
    <message>
      <source>{0}: realisasi{1} {2}, target {3}, capaian {4}</source>
      <translation>{0}: realisation{1} {2}, target {3}, achievement {4}</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Administrator: alasan menerima paket tanpa tanda tangan sah ini (wajib, dicatat di riwayat perubahan):</source>
      <translation>Administrator: reason to accept this package without a valid signature (required, kept in the change history):</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Berkas: </source>
      <translation>File: </translation>
    </message>
    <message>
      <source>Mengimpor paket…</source>
      <translation>Importing the package…</translation>
    </message>
    <message>
      <source>Paket ini diisi di spreadsheet (Excel/Calc), tanpa tanda tangan elektronik: OPD ini belum mendaftarkan kunci. Periksa nilai-nilai yang baru dan berubah di bawah.</source>
      <translation>This package was filled in a spreadsheet (Excel/Calc), without an electronic signature: this OPD has not registered a key. Check the new and changed values below.</translation>
    </message>
    <message>
      <source>Paket tidak diimpor</source>
      <translation>Package not imported</translation>
    </message>
    <message>
      <source>Pratinjau impor paket</source>
      <translation>Package import preview</translation>
    </message>
    <message>
      <source>Semua konflik: ambil nilai paket</source>
      <translation>All conflicts: take the package value</translation>
    </message>
    <message>
      <source>Semua konflik: pertahankan nilai sekarang</source>
      <translation>All conflicts: keep the current value</translation>
    </message>
    <message>
      <source>Terapkan</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Terima sebagai versi baru paket ini</source>
      <translation>Accept as a new version of this package</translation>
    </message>
    <message>
      <source>mis. isi dikonfirmasi kepala OPD lewat telepon</source>
      <translation>e.g. content confirmed by the head of the OPD by phone</translation>
    </message>
  </context>
  <context>
    <name>IssueDialog</name>
    <message numerus="yes">
      <source>%n paket diterbitkan.</source>
      <translation>
        <numerusform>%n package issued.</numerusform>
        <numerusform>%n packages issued.</numerusform>
      </translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Folder tujuan</source>
      <translation>Destination folder</translation>
    </message>
    <message>
      <source>Folder tujuan paket</source>
      <translation>Destination folder for packages</translation>
    </message>
    <message>
      <source>Menerbitkan paket…</source>
      <translation>Issuing packages…</translation>
    </message>
    <message>
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Satu berkas .xlsx per OPD; nama berkas: paket_KODE_TAHUN_TWn.xlsx</source>
      <translation>One .xlsx file per agency; file name: paket_CODE_YEAR_TWn.xlsx</translation>
    </message>
    <message>
      <source>Semua OPD</source>
      <translation>All agencies</translation>
    </message>
    <message>
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Terbitkan</source>
      <translation>Issue</translation>
    </message>
    <message>
      <source>Terbitkan paket</source>
      <translation>Issue packages</translation>
    </message>
    <message>
      <source>Triwulan</source>
      <translation>Quarter</translation>
    </message>
  </context>
  <context>
    <name>MasterImportDialog</name>
    <message numerus="yes">
      <source>%n baris akan ditambahkan atau diperbarui dalam satu transaksi.</source>
      <translation>
        <numerusform>%n row will be added or updated in one transaction.</numerusform>
        <numerusform>%n rows will be added or updated in one transaction.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n baris ditolak: perbaiki di buku kerja lalu impor ulang, atau centang 'Kecualikan' untuk melewatinya.</source>
      <translation>
        <numerusform>%n row rejected: correct them in the workbook and import again, or tick 'Exclude' to skip them.</numerusform>
        <numerusform>%n rows rejected: correct them in the workbook and import again, or tick 'Exclude' to skip them.</numerusform>
      </translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Impor data induk</source>
      <translation>Import master data</translation>
    </message>
    <message>
      <source>Impor data induk — %1</source>
      <translation>Import master data — %1</translation>
    </message>
    <message>
      <source>Menerapkan data induk…</source>
      <translation>Applying master data…</translation>
    </message>
    <message>
      <source>Pratinjau %1 (belum ada yang diubah). Baris yang tidak ada di buku kerja dibiarkan.</source>
      <translation>Preview of %1 (nothing changed yet). Rows missing from the workbook are left as they are.</translation>
    </message>
    <message>
      <source>Tampilkan baris baru, berubah dan ditolak</source>
      <translation>Show new, changed and rejected rows</translation>
    </message>
    <message>
      <source>Tampilkan semua baris</source>
      <translation>Show all rows</translation>
    </message>
    <message>
      <source>Terapkan</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Tidak ada perubahan: data induk di buku kerja sama dengan basis data.</source>
      <translation>No changes: the master data in the workbook are the same as in the database.</translation>
    </message>
  </context>
  <context>
    <name>NewPeriodDialog</name>
    <message>
      <source>%1 indikator program, kegiatan dan sub kegiatan tidak dibawa: berakhir bersama periode asal.</source>
      <translation>%1 program, activity and sub-activity indicator(s) not carried: they end with the source period.</translation>
    </message>
    <message>
      <source>Alasan</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Bawa</source>
      <translation>Carry</translation>
    </message>
    <message>
      <source>Buat periode</source>
      <translation>Create period</translation>
    </message>
    <message>
      <source>Buat periode rencana berikutnya dari periode yang ada. Struktur yang dipilih disalin; indikator yang dibawa menjadi indikator periode baru dan tertaut ke indikator lamanya, sehingga trennya tetap utuh. Indikator yang tidak dibawa berakhir bersama periode lama: tetap tersimpan dengan semua nilainya.</source>
      <translation>Create the next plan period from an existing one. The chosen structure is copied; each carried indicator becomes an indicator of the new period linked to its old one, so its trend stays whole. Indicators not carried end with the old period: they stay stored with all their values.</translation>
    </message>
    <message>
      <source>Dari periode</source>
      <translation>From period</translation>
    </message>
    <message>
      <source>Ditambah %1 indikator program, kegiatan dan sub kegiatan yang dibawa apa adanya.</source>
      <translation>Plus %1 program, activity and sub-activity indicator(s) carried as they are.</translation>
    </message>
    <message>
      <source>IKU: indikator tujuan dan sasaran</source>
      <translation>IKU: goal and objective indicators</translation>
    </message>
    <message>
      <source>Indikator (IKU)</source>
      <translation>Indicator (IKU)</translation>
    </message>
    <message>
      <source>Indikator yang dibawa</source>
      <translation>Indicators carried</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Membaca indikator periode asal…</source>
      <translation>Reading the source period's indicators…</translation>
    </message>
    <message>
      <source>Membuat periode rencana baru…</source>
      <translation>Creating the new plan period…</translation>
    </message>
    <message>
      <source>Memeriksa periode baru…</source>
      <translation>Checking the new period…</translation>
    </message>
    <message>
      <source>Nama periode</source>
      <translation>Period name</translation>
    </message>
    <message>
      <source>Periksa</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>Periode rencana baru</source>
      <translation>New plan period</translation>
    </message>
    <message>
      <source>Perubahan definisi/satuan</source>
      <translation>Change of definition/unit</translation>
    </message>
    <message>
      <source>RPD (rencana transisi)</source>
      <translation>RPD (transition plan)</translation>
    </message>
    <message>
      <source>RPJMD (rencana lima tahun)</source>
      <translation>RPJMD (five-year plan)</translation>
    </message>
    <message>
      <source>Satuan</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Seluruh struktur sampai sub kegiatan</source>
      <translation>The whole structure down to sub-activities</translation>
    </message>
    <message>
      <source>Semua indikator</source>
      <translation>All indicators</translation>
    </message>
    <message>
      <source>Struktur yang disalin</source>
      <translation>Structure copied</translation>
    </message>
    <message>
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Tanpa struktur</source>
      <translation>No structure</translation>
    </message>
    <message>
      <source>Tekan Periksa untuk melihat yang akan dibuat dan dibawa.</source>
      <translation>Press Check to see what will be created and carried.</translation>
    </message>
    <message>
      <source>Tidak ada</source>
      <translation>None</translation>
    </message>
    <message>
      <source>Tujuan dan sasaran</source>
      <translation>Goals and objectives</translation>
    </message>
    <message>
      <source>Tujuan saja</source>
      <translation>Goals only</translation>
    </message>
    <message>
      <source>Tujuan, sasaran dan program</source>
      <translation>Goals, objectives and programs</translation>
    </message>
  </context>
  <context>
    <name>NewUserDialog</name>
    <message>
      <source>Kata sandi</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Kedua kata sandi tidak sama.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <source>Nama lengkap</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Nama pengguna</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>OPD (operator)</source>
      <translation>Agency (operator)</translation>
    </message>
    <message>
      <source>Pengguna baru</source>
      <translation>New user</translation>
    </message>
    <message>
      <source>Peran</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Ulangi kata sandi</source>
      <translation>Repeat password</translation>
    </message>
  </context>
  <context>
    <name>OfficeSettingsDialog</name>
    <message>
      <source> hari</source>
      <translation> days</translation>
    </message>
    <message>
      <source> kali</source>
      <translation> times</translation>
    </message>
    <message>
      <source>Menyimpan pengaturan kantor…</source>
      <translation>Saving the office settings…</translation>
    </message>
    <message>
      <source>Penanda tangan dan tempat dicetak di bawah tabel evaluasi (Permendagri 86/2017). Batas pengajuan menentukan OPD yang terlambat di halaman Kelengkapan. Realisasi di atas batas kali itu diberi peringatan di isian (minta konfirmasi) dan ditandai pada pratinjau impor paket.</source>
      <translation>The signer and place are printed below the evaluation table (Permendagri 86/2017). The submission deadline decides which OPDs are late on the Completeness page. A realisation above those multiples is a warning in the entry form (to confirm) and is flagged in the package import preview.</translation>
    </message>
    <message>
      <source>Pengaturan instansi</source>
      <translation>Office settings</translation>
    </message>
    <message>
      <source>Tidak disimpan</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>kosong: diisi tangan pada cetakan</source>
      <translation>empty: written by hand on the printout</translation>
    </message>
  </context>
  <context>
    <name>OpdAchievementChart</name>
    <message>
      <source>Capaian per OPD</source>
      <translation>Achievement by agency</translation>
    </message>
  </context>
  <context>
    <name>PackagesFeature</name>
    <message>
      <source>Daftarkan kunci OPD…</source>
      <translation>Register an agency key…</translation>
    </message>
    <message>
      <source>Impor paket</source>
      <translation>Import package</translation>
    </message>
    <message>
      <source>Impor paket…</source>
      <translation>Import package…</translation>
    </message>
    <message>
      <source>Konsolidasi…</source>
      <translation>Consolidate…</translation>
    </message>
    <message>
      <source>Kunci tanda tangan instalasi…</source>
      <translation>Installation signing key…</translation>
    </message>
    <message>
      <source>Membaca paket…</source>
      <translation>Reading the package…</translation>
    </message>
    <message>
      <source>Paket tidak terbaca</source>
      <translation>Package cannot be read</translation>
    </message>
    <message>
      <source>Perbarui dari paket (kantor OPD)…</source>
      <translation>Update from a package (agency office)…</translation>
    </message>
    <message>
      <source>Terbitkan paket…</source>
      <translation>Issue packages…</translation>
    </message>
    <message>
      <source>Tulis paket terisi…</source>
      <translation>Write a filled package…</translation>
    </message>
  </context>
  <context>
    <name>PlanEditorDialog</name>
    <message>
      <source>%1 diaktifkan kembali; %2 indikator ikut aktif.</source>
      <translation>%1 reactivated; %2 indicators active again.</translation>
    </message>
    <message>
      <source>%1 dipensiunkan; %2 indikator ikut dipensiunkan.</source>
      <translation>%1 retired; %2 indicators retired with it.</translation>
    </message>
    <message>
      <source>Agregasi</source>
      <translation>Aggregation</translation>
    </message>
    <message>
      <source>Aktif</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Aktifkan</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <source>Boleh negatif</source>
      <translation>May be negative</translation>
    </message>
    <message>
      <source>Definisi</source>
      <translation>Definition</translation>
    </message>
    <message>
      <source>Desimal</source>
      <translation>Decimals</translation>
    </message>
    <message>
      <source>Detail indikator dan target</source>
      <translation>Indicator details and targets</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Hapus %1 %2?</source>
      <translation>Delete %1 %2?</translation>
    </message>
    <message>
      <source>Hapus indikator</source>
      <translation>Delete indicator</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Indikator baru</source>
      <translation>New indicator</translation>
    </message>
    <message>
      <source>Indikator simpul ini</source>
      <translation>Indicators of this node</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Jumlah antartriwulan</source>
      <translation>Sum over quarters</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Menyimpan rencana…</source>
      <translation>Saving the plan…</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Negatif (makin rendah makin baik)</source>
      <translation>Negative (lower is better)</translation>
    </message>
    <message>
      <source>Nilai terakhir</source>
      <translation>Latest value</translation>
    </message>
    <message>
      <source>OPD pelapor</source>
      <translation>Reporting agency</translation>
    </message>
    <message>
      <source>OPD pemilik</source>
      <translation>Owning agency</translation>
    </message>
    <message>
      <source>Pensiun</source>
      <translation>Retired</translation>
    </message>
    <message>
      <source>Pensiunkan</source>
      <translation>Retire</translation>
    </message>
    <message>
      <source>Pensiunkan %1 beserta semua isinya? Simpul dan indikator di bawahnya keluar dari rencana berjalan (pohon, isian, paket, laporan); nilai dan riwayatnya tetap tersimpan, dan dapat diaktifkan kembali.</source>
      <translation>Retire %1 with everything under it? Its nodes and indicators leave the current plan (tree, entry forms, packages, report); their values and history are kept, and it can be reactivated.</translation>
    </message>
    <message>
      <source>Pensiunkan / aktifkan</source>
      <translation>Retire / reactivate</translation>
    </message>
    <message>
      <source>Pilih simpul di kiri, atau tambah tujuan.</source>
      <translation>Choose a node on the left, or add a goal.</translation>
    </message>
    <message>
      <source>Polaritas</source>
      <translation>Polarity</translation>
    </message>
    <message>
      <source>Positif (makin tinggi makin baik)</source>
      <translation>Positive (higher is better)</translation>
    </message>
    <message>
      <source>Rata-rata</source>
      <translation>Average</translation>
    </message>
    <message>
      <source>Rencana dan indikator</source>
      <translation>Plan and indicators</translation>
    </message>
    <message>
      <source>Satuan</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Simpan indikator dan target</source>
      <translation>Save indicator and targets</translation>
    </message>
    <message>
      <source>Simpan simpul</source>
      <translation>Save node</translation>
    </message>
    <message>
      <source>Simpul terpilih</source>
      <translation>Selected node</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Struktur rencana</source>
      <translation>Plan structure</translation>
    </message>
    <message>
      <source>Sumber data</source>
      <translation>Data source</translation>
    </message>
    <message>
      <source>Tahun baseline</source>
      <translation>Baseline year</translation>
    </message>
    <message>
      <source>Tahunan</source>
      <translation>Annual</translation>
    </message>
    <message>
      <source>Tambah %1</source>
      <translation>Add %1</translation>
    </message>
    <message>
      <source>Tambah anak</source>
      <translation>Add child</translation>
    </message>
    <message>
      <source>Tambah tujuan</source>
      <translation>Add goal</translation>
    </message>
    <message>
      <source>Target (kosong = tidak ada; triwulan boleh kosong)</source>
      <translation>Target (empty = none; quarters may be empty)</translation>
    </message>
    <message>
      <source>Target akhir RPJMD</source>
      <translation>End-of-plan target</translation>
    </message>
    <message>
      <source>Tidak dapat disimpan</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <source>pensiun</source>
      <translation>retired</translation>
    </message>
    <message>
      <source>pensiun sejak</source>
      <translation>retired since</translation>
    </message>
  </context>
  <context>
    <name>PlanImportDialog</name>
    <message>
      <source>%1 baru, %2 berubah, %3 perubahan struktur, %4 tetap, %5 ditolak.</source>
      <translation>%1 new, %2 changed, %3 structural changes, %4 unchanged, %5 refused.</translation>
    </message>
    <message>
      <source>%1 — %2 (skor %3)</source>
      <translation>%1 — %2 (score %3)</translation>
    </message>
    <message>
      <source>(belum dipilih)</source>
      <translation>(not chosen yet)</translation>
    </message>
    <message>
      <source>Baris</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Baris ditolak (lembar, baris, alasan)</source>
      <translation>Refused rows (sheet, row, reason)</translation>
    </message>
    <message>
      <source>Baru</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Belum ada berkas; pilih tabel rencana (.xlsx)</source>
      <translation>No file yet; choose a plan table (.xlsx)</translation>
    </message>
    <message>
      <source>Berkas '%1', lembar '%2', ke periode %3.</source>
      <translation>File '%1', sheet '%2', into period %3.</translation>
    </message>
    <message>
      <source>Berubah</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>Buku kerja Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Ditolak</source>
      <translation>Refused</translation>
    </message>
    <message>
      <source>Impor</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Impor rencana dari tabel RPJMD/IKU daerah</source>
      <translation>Import a plan from a regional RPJMD/IKU table</translation>
    </message>
    <message>
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Membaca tabel rencana…</source>
      <translation>Reading the plan table…</translation>
    </message>
    <message>
      <source>Membaca tabel…</source>
      <translation>Reading the table…</translation>
    </message>
    <message>
      <source>Menerapkan rencana…</source>
      <translation>Applying the plan…</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>OPD di tabel</source>
      <translation>Agency in the table</translation>
    </message>
    <message>
      <source>OPD perlu dipastikan</source>
      <translation>Agencies to confirm</translation>
    </message>
    <message>
      <source>Pakai pilihan OPD dan periksa lagi</source>
      <translation>Use the chosen agencies and check again</translation>
    </message>
    <message>
      <source>Paling mirip (skor)</source>
      <translation>Closest match (score)</translation>
    </message>
    <message>
      <source>Pemetaan (tidak wajib)</source>
      <translation>Mapping (optional)</translation>
    </message>
    <message>
      <source>Pemetaan JSON (*.json)</source>
      <translation>JSON mapping (*.json)</translation>
    </message>
    <message>
      <source>Pemetaan JSON…</source>
      <translation>JSON mapping…</translation>
    </message>
    <message>
      <source>Pemetaan kolom</source>
      <translation>Column mapping</translation>
    </message>
    <message>
      <source>Perubahan struktur</source>
      <translation>Structural changes</translation>
    </message>
    <message>
      <source>Pilih OPD untuk dipastikan</source>
      <translation>Choose the agency to confirm</translation>
    </message>
    <message>
      <source>Pilih tabel rencana (.xlsx).</source>
      <translation>Choose a plan table (.xlsx).</translation>
    </message>
    <message>
      <source>Pilih tabel…</source>
      <translation>Choose table…</translation>
    </message>
    <message>
      <source>Rincian</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Saya sudah memeriksa perubahan struktur (simpul, OPD, agregasi, target akhir) dan menyetujuinya</source>
      <translation>I have checked the structural changes (node, agency, aggregation, end target) and approve them</translation>
    </message>
    <message>
      <source>Simpul</source>
      <translation>Node</translation>
    </message>
    <message>
      <source>Tabel rencana</source>
      <translation>Plan table</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>tidak ada yang mirip</source>
      <translation>nothing similar</translation>
    </message>
  </context>
  <context>
    <name>PresentationDialog</name>
    <message>
      <source> (utama)</source>
      <translation> (primary)</translation>
    </message>
    <message>
      <source> detik</source>
      <translation> seconds</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Isi presentasi</source>
      <translation>Presentation content</translation>
    </message>
    <message>
      <source>Lanjut</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>Layar</source>
      <translation>Screen</translation>
    </message>
    <message>
      <source>Maju otomatis setiap</source>
      <translation>Advance automatically every</translation>
    </message>
    <message>
      <source>Manual (tanpa maju otomatis)</source>
      <translation>Manual (no automatic advance)</translation>
    </message>
    <message>
      <source>Mulai</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Mulai presentasi</source>
      <translation>Start presentation</translation>
    </message>
    <message>
      <source>Tombol: →/Spasi maju, ← mundur, angka lalu Enter untuk lompat, P jeda, Esc keluar.</source>
      <translation>Keys: →/Space next, ← back, a number then Enter to jump, P pause, Esc exit.</translation>
    </message>
  </context>
  <context>
    <name>PresentationLauncher</name>
    <message>
      <source>Buka basis data terlebih dahulu (Berkas → Buka).</source>
      <translation>Open a database first (File → Open).</translation>
    </message>
    <message>
      <source>Dokumen PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <source>Ekspor PDF</source>
      <translation>Export PDF</translation>
    </message>
    <message>
      <source>Ekspor presentasi ke PDF</source>
      <translation>Export presentation to PDF</translation>
    </message>
    <message>
      <source>Menyiapkan presentasi…</source>
      <translation>Preparing the presentation…</translation>
    </message>
    <message>
      <source>Presentasi</source>
      <translation>Presentation</translation>
    </message>
    <message>
      <source>Presentasi disimpan: {0} ({1} halaman)</source>
      <translation>Presentation saved: {0} ({1} pages)</translation>
    </message>
    <message>
      <source>Simpan presentasi sebagai PDF</source>
      <translation>Save presentation as PDF</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message>
      <source>Presentasi</source>
      <translation>Presentation</translation>
    </message>
    <message>
      <source>Tidak ada slide {0}</source>
      <translation>There is no slide {0}</translation>
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <source>Baris</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Kecualikan</source>
      <translation>Exclude</translation>
    </message>
    <message>
      <source>Keterangan</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <source>Kunci</source>
      <translation>Lock</translation>
    </message>
    <message>
      <source>Lembar</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>baru</source>
      <translation>new</translation>
    </message>
    <message>
      <source>berubah</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>dikecualikan</source>
      <translation>excluded</translation>
    </message>
    <message>
      <source>ditolak</source>
      <translation>rejected</translation>
    </message>
    <message>
      <source>tetap</source>
      <translation>unchanged</translation>
    </message>
  </context>
  <context>
    <name>RegionSetupDialog</name>
    <message>
      <source>1. Daerah dan periode rencana</source>
      <translation>1. Region and plan period</translation>
    </message>
    <message>
      <source>2. Sumber rencana dan daftar OPD</source>
      <translation>2. Source of the plan and the OPD list</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Buku kerja data induk (format Data induk &gt; Ekspor data induk) berisi tujuan, sasaran, program, kegiatan, indikator dan target, ditambah lembar 'OPD' berisi daftar OPD.</source>
      <translation>The master-data workbook (the format of Master data &gt; Export master data) holds goals, objectives, programs, activities, indicators and targets, plus an 'OPD' sheet with the OPD list.</translation>
    </message>
    <message>
      <source>Hanya daftar OPD yang diimpor (lembar 'OPD'); tujuan, sasaran dan indikator ditambahkan sesudahnya di Administrasi &gt; Rencana dan indikator, dengan kode dan nama program dari nomenklatur Permendagri 90/2019.</source>
      <translation>Only the OPD list is imported ('OPD' sheet); goals, objectives and indicators are added afterwards in Administration &gt; Plan and indicators, with program codes and names from the Permendagri 90/2019 nomenclature.</translation>
    </message>
    <message>
      <source>Impor dari buku kerja data induk</source>
      <translation>Import from the master-data workbook</translation>
    </message>
    <message>
      <source>Kode wilayah Kemendagri</source>
      <translation>Kemendagri region code</translation>
    </message>
    <message>
      <source>Langkah 1: tulis nama pemerintah daerah dan periode rencana (RPJMD/RPD). Langkah 2: pilih dari mana rencana dan daftar OPD diambil. Langkah 3: sesudah Lanjut, pilih kata sandi administrator. Sesudah itu: periksa rencana, tambahkan pengguna, lalu terbitkan paket untuk OPD.</source>
      <translation>Step 1: write the name of the regional government and the plan period (RPJMD/RPD). Step 2: choose where the plan and the OPD list come from. Step 3: after Next, choose the administrator password. Then: check the plan, add users, and issue packages to the OPD.</translation>
    </message>
    <message>
      <source>Lanjut</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>Mulai dari nomenklatur Permendagri 90 (rencana kosong)</source>
      <translation>Start from the Permendagri 90 nomenclature (empty plan)</translation>
    </message>
    <message>
      <source>Nama periode rencana</source>
      <translation>Plan period name</translation>
    </message>
    <message>
      <source>Pemerintah daerah</source>
      <translation>Regional government</translation>
    </message>
    <message>
      <source>Penyiapan basis data daerah</source>
      <translation>Setting up the region's database</translation>
    </message>
    <message>
      <source>Pilih buku kerja</source>
      <translation>Choose workbook</translation>
    </message>
    <message>
      <source>Pilih buku kerja…</source>
      <translation>Choose workbook…</translation>
    </message>
    <message>
      <source>Provinsi</source>
      <translation>Province</translation>
    </message>
    <message>
      <source>Simpan templat daftar OPD</source>
      <translation>Save OPD list template</translation>
    </message>
    <message>
      <source>Simpan templat daftar OPD…</source>
      <translation>Save OPD list template…</translation>
    </message>
    <message>
      <source>Tahun periode</source>
      <translation>Period years</translation>
    </message>
    <message>
      <source>Templat disimpan di %1. Isi lembar 'OPD' di Excel, simpan, lalu tekan Lanjut.</source>
      <translation>Template saved in %1. Fill in the 'OPD' sheet in Excel, save it, then press Next.</translation>
    </message>
    <message>
      <source>Templat tidak dapat disimpan: %1</source>
      <translation>The template cannot be saved: %1</translation>
    </message>
    <message>
      <source>belum dipilih</source>
      <translation>not chosen yet</translation>
    </message>
    <message>
      <source>mis. 73.12 (boleh kosong)</source>
      <translation>e.g. 73.12 (may be empty)</translation>
    </message>
    <message>
      <source>mis. Kabupaten Soppeng</source>
      <translation>e.g. Kabupaten Soppeng</translation>
    </message>
    <message>
      <source>mis. Sulawesi Selatan</source>
      <translation>e.g. Sulawesi Selatan</translation>
    </message>
    <message>
      <source>sampai</source>
      <translation>to</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>A4 lanskap</source>
      <translation>A4 landscape</translation>
    </message>
    <message>
      <source>Bentuk</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Buat laporan</source>
      <translation>Create report</translation>
    </message>
    <message>
      <source>Buka foldernya setelah selesai</source>
      <translation>Open the folder when finished</translation>
    </message>
    <message>
      <source>Cakupan</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Excel (.xlsx)</source>
      <translation>Excel (.xlsx)</translation>
    </message>
    <message>
      <source>F4 / Folio lanskap (215 × 330 mm)</source>
      <translation>F4 / Folio landscape (215 × 330 mm)</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Folder laporan</source>
      <translation>Report folder</translation>
    </message>
    <message>
      <source>Kertas</source>
      <translation>Paper</translation>
    </message>
    <message>
      <source>Laporan dibuat: %1</source>
      <translation>Report created: %1</translation>
    </message>
    <message>
      <source>Laporan evaluasi</source>
      <translation>Evaluation report</translation>
    </message>
    <message>
      <source>Laporan evaluasi hasil RKPD</source>
      <translation>RKPD results evaluation report</translation>
    </message>
    <message>
      <source>Menyusun laporan evaluasi…</source>
      <translation>Building the evaluation report…</translation>
    </message>
    <message>
      <source>Menyusun laporan…</source>
      <translation>Building the report…</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Seluruh perangkat daerah (konsolidasi + ringkasan OPD)</source>
      <translation>All regional agencies (consolidation + agency summaries)</translation>
    </message>
    <message>
      <source>Tahun</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Triwulan</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>ReportsFeature</name>
    <message>
      <source>Buku kerja Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>Data induk</source>
      <translation>Master data</translation>
    </message>
    <message>
      <source>Data induk diekspor ke %1</source>
      <translation>Master data exported to %1</translation>
    </message>
    <message>
      <source>Ekspor data induk</source>
      <translation>Export master data</translation>
    </message>
    <message>
      <source>Ekspor data induk (.xlsx)…</source>
      <translation>Export master data (.xlsx)…</translation>
    </message>
    <message>
      <source>Evaluasi RPJMD (antar tahun)…</source>
      <translation>RPJMD evaluation (across years)…</translation>
    </message>
    <message>
      <source>Evaluasi hasil RKPD (Permendagri 86/2017)…</source>
      <translation>Evaluation of RKPD results (Permendagri 86/2017)…</translation>
    </message>
    <message>
      <source>Impor data induk</source>
      <translation>Import master data</translation>
    </message>
    <message>
      <source>Impor data induk (.xlsx)…</source>
      <translation>Import master data (.xlsx)…</translation>
    </message>
    <message>
      <source>Impor rencana dari tabel RPJMD/IKU daerah…</source>
      <translation>Import a plan from a regional RPJMD/IKU table…</translation>
    </message>
    <message>
      <source>Membaca buku kerja data induk…</source>
      <translation>Reading the master-data workbook…</translation>
    </message>
    <message>
      <source>Mengekspor data induk…</source>
      <translation>Exporting master data…</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>(tidak ada)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Cadangan otomatis&lt;/b&gt;</source>
      <translation>&lt;b&gt;Automatic backups&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Isi cadangan&lt;/b&gt;</source>
      <translation>&lt;b&gt;Backup contents&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Basis data Kinerja (*.db *.sqlite *.bak);;Semua berkas (*)</source>
      <translation>Kinerja database (*.db *.sqlite *.bak);;All files (*)</translation>
    </message>
    <message>
      <source>Basis data di memori: tidak ada folder cadangan.</source>
      <translation>In-memory database: no backup folder.</translation>
    </message>
    <message>
      <source>Basis data dipulihkan dari %1. Isi sebelumnya disimpan di %2.</source>
      <translation>Database restored from %1. The previous content is kept in %2.</translation>
    </message>
    <message>
      <source>Belum ada cadangan otomatis di folder ini. Cadangan dibuat sendiri setiap hari dan sebelum impor, buka kunci, pembaruan skema, dan pemulihan; atau pilih berkas lain.</source>
      <translation>No automatic backup in this folder yet. Backups are made by themselves every day and before imports, unlocks, schema updates and restores; or choose another file.</translation>
    </message>
    <message>
      <source>Belum ada triwulan yang diajukan (semua Draf).</source>
      <translation>No quarter submitted yet (all Draft).</translation>
    </message>
    <message>
      <source>Berkas</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Diambil</source>
      <translation>Taken</translation>
    </message>
    <message>
      <source>Diambil: %1 (%2)</source>
      <translation>Taken: %1 (%2)</translation>
    </message>
    <message>
      <source>Dipulihkan</source>
      <translation>Restored</translation>
    </message>
    <message>
      <source>Folder cadangan otomatis</source>
      <translation>Folder of automatic backups</translation>
    </message>
    <message>
      <source>Folder cadangan otomatis: %1</source>
      <translation>Folder of automatic backups: %1</translation>
    </message>
    <message>
      <source>Hanya administrator yang dapat memulihkan basis data; Anda dapat melihat isi cadangan.</source>
      <translation>Only an administrator can restore the database; you can look at what a backup holds.</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Jumlah: %1</source>
      <translation>Counts: %1</translation>
    </message>
    <message>
      <source>Memulihkan basis data…</source>
      <translation>Restoring the database…</translation>
    </message>
    <message>
      <source>Pemulihan gagal: %1. Basis data tidak diubah.</source>
      <translation>Restore failed: %1. The database is unchanged.</translation>
    </message>
    <message>
      <source>Pemulihan mengganti seluruh isi basis data dengan isi cadangan. Basis data saat ini disalin dulu ke folder cadangan, jadi langkah ini dapat dibatalkan dengan memulihkan salinan itu.</source>
      <translation>A restore replaces the whole database by the backup. The current database is copied to the backup folder first, so the step can be undone by restoring that copy.</translation>
    </message>
    <message>
      <source>Periode rencana: %1</source>
      <translation>Plan periods: %1</translation>
    </message>
    <message>
      <source>Pilih berkas cadangan</source>
      <translation>Choose a backup file</translation>
    </message>
    <message>
      <source>Pilih berkas lain…</source>
      <translation>Choose another file…</translation>
    </message>
    <message>
      <source>Pulihkan</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Pulihkan basis data?</source>
      <translation>Restore the database?</translation>
    </message>
    <message>
      <source>Pulihkan dari cadangan</source>
      <translation>Restore from a backup</translation>
    </message>
    <message>
      <source>Seluruh isi basis data diganti dengan cadangan %1. Isi saat ini disalin dulu ke folder cadangan. Lanjutkan?</source>
      <translation>The whole database is replaced by the backup %1. The current content is copied to the backup folder first. Go on?</translation>
    </message>
    <message>
      <source>Status alur kerja per OPD, tahun terakhir yang berstatus:</source>
      <translation>Workflow status per OPD, latest year with a status:</translation>
    </message>
    <message>
      <source>Tidak dipulihkan</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Ubah folder…</source>
      <translation>Change folder…</translation>
    </message>
    <message>
      <source>tidak diketahui</source>
      <translation>unknown</translation>
    </message>
  </context>
  <context>
    <name>RiskModel</name>
    <message>
      <source>Alasan</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Capaian</source>
      <translation>Achievement</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Proyeksi</source>
      <translation>Projection</translation>
    </message>
  </context>
  <context>
    <name>RiskPanel</name>
    <message>
      <source>Belum ada realisasi untuk {0}</source>
      <translation>No realisation yet for {0}</translation>
    </message>
    <message>
      <source>Capaian sudah tampil; daftar risiko menyusul.</source>
      <translation>Achievements are shown; the risk list follows.</translation>
    </message>
    <message>
      <source>Indikator berisiko tidak mencapai target</source>
      <translation>Indicators at risk of missing their target</translation>
    </message>
    <message>
      <source>Menghitung proyeksi…</source>
      <translation>Calculating projections…</translation>
    </message>
    <message>
      <source>Proyeksi dibuat dari triwulan yang sudah dilaporkan. Isi realisasi di halaman Entri atau impor paket OPD.</source>
      <translation>Projections are made from the quarters already reported. Enter realisations on the Entry page or import agency packages.</translation>
    </message>
    <message>
      <source>Semua indikator yang sudah dilaporkan diproyeksikan mencapai predikat Tinggi atau lebih pada akhir tahun.</source>
      <translation>Every indicator reported so far is projected to reach High or better by the end of the year.</translation>
    </message>
    <message>
      <source>Tidak ada indikator berisiko</source>
      <translation>No indicators at risk</translation>
    </message>
  </context>
  <context>
    <name>RpjmdDialog</name>
    <message>
      <source>A4 lanskap</source>
      <translation>A4 landscape</translation>
    </message>
    <message>
      <source>Bentuk</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Buat laporan</source>
      <translation>Create report</translation>
    </message>
    <message>
      <source>Buka foldernya setelah selesai</source>
      <translation>Open the folder when finished</translation>
    </message>
    <message>
      <source>Evaluasi hasil RPJMD</source>
      <translation>RPJMD evaluation</translation>
    </message>
    <message>
      <source>Evaluasi hasil RPJMD antar tahun</source>
      <translation>Evaluation of RPJMD results across years</translation>
    </message>
    <message>
      <source>Excel (.xlsx)</source>
      <translation>Excel (.xlsx)</translation>
    </message>
    <message>
      <source>F4 / Folio lanskap (215 × 330 mm)</source>
      <translation>F4 / Folio landscape (215 × 330 mm)</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Folder laporan</source>
      <translation>Report folder</translation>
    </message>
    <message>
      <source>Isi</source>
      <translation>Contents</translation>
    </message>
    <message>
      <source>Kertas</source>
      <translation>Paper</translation>
    </message>
    <message>
      <source>Laporan dibuat: %1</source>
      <translation>Report created: %1</translation>
    </message>
    <message>
      <source>Menyusun evaluasi hasil RPJMD…</source>
      <translation>Compiling the RPJMD evaluation…</translation>
    </message>
    <message>
      <source>Menyusun laporan…</source>
      <translation>Building the report…</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Periode rencana</source>
      <translation>Plan period</translation>
    </message>
    <message>
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Sertakan indikator program di bawah sasarannya</source>
      <translation>Include program indicators under their objectives</translation>
    </message>
    <message>
      <source>Setiap tahun periode: target, realisasi, capaian dan predikat (realisasi tahun itu pada triwulan terakhir yang dilaporkan), lalu kondisi pada akhir periode.</source>
      <translation>Every year of the period: target, realisation, achievement and rating (the year's realisation at its last reported quarter), then the condition at the end of the period.</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>TamperBanner</name>
    <message>
      <source>Keaslian data tidak dapat diperiksa</source>
      <translation>The authenticity of the data could not be checked</translation>
    </message>
    <message>
      <source>Periksa dengan administrator; rincian lengkap: kinerja check --db &lt;berkas&gt;.</source>
      <translation>Check with the administrator; full details: kinerja check --db &lt;file&gt;.</translation>
    </message>
    <message numerus="yes">
      <source>Perubahan di luar program terdeteksi (%n temuan)</source>
      <translation>
        <numerusform>Changes made outside the program detected (%n finding)</numerusform>
        <numerusform>Changes made outside the program detected (%n findings)</numerusform>
      </translation>
    </message>
    <message>
      <source>Sebagian segel tidak dapat diperiksa di komputer ini</source>
      <translation>Some seals cannot be checked on this computer</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message numerus="yes">
      <source>… dan %n lainnya.</source>
      <translation>
        <numerusform>… and %n more.</numerusform>
        <numerusform>… and %n more.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrendChart</name>
    <message>
      <source>Tren indikator</source>
      <translation>Indicator trend</translation>
    </message>
  </context>
  <context>
    <name>UserGuideDialog</name>
    <message>
      <source>Panduan pengguna</source>
      <translation>User guide</translation>
    </message>
    <message>
      <source>Panduan tidak ditemukan di %1. Instalasi program tidak lengkap; pasang ulang programnya.</source>
      <translation>The guide was not found at %1. The installation is incomplete; reinstall the program.</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <source> · %1 gagal masuk</source>
      <translation> · %1 failed sign-ins</translation>
    </message>
    <message>
      <source>Aktif</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
      <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
      <source>Atur ulang kata sandi…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <source>Kata sandi baru</source>
      <translation>New password</translation>
    </message>
    <message>
      <source>Kata sandi baru untuk %1</source>
      <translation>New password for %1</translation>
    </message>
    <message>
      <source>Kedua kata sandi tidak sama; kata sandi tidak diubah.</source>
      <translation>The two passwords differ; the password was not changed.</translation>
    </message>
    <message>
      <source>Kedua kata sandi tidak sama; pengguna tidak dibuat.</source>
      <translation>The two passwords differ; the user was not created.</translation>
    </message>
    <message>
      <source>Nama lengkap</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Nama pengguna</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>Nonaktif</source>
      <translation>Inactive</translation>
    </message>
    <message>
      <source>Nonaktifkan / aktifkan</source>
      <translation>Deactivate / activate</translation>
    </message>
    <message>
      <source>Pengguna</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Peran</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Pilih pengguna dulu.</source>
      <translation>Choose a user first.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Tambah…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>Ulangi</source>
      <translation>Redo</translation>
    </message>
  </context>
</TS>
