<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
  <context>
    <name>AdminPasswordDialog</name>
    <message>
      <source>Administrator password</source>
      <translation>Kata sandi administrator</translation>
    </message>
    <message>
      <source>At least %1 characters.</source>
      <translation>Minimal %1 karakter.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Choose the password of the administrator account 'admin'. Keep it safe: the administrator manages users, the plan and locks.</source>
      <translation>Pilih kata sandi untuk akun administrator 'admin'. Simpan baik-baik: administrator mengelola pengguna, rencana dan penguncian.</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Buat</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Kata sandi</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>Ulangi kata sandi</translation>
    </message>
  </context>
  <context>
    <name>AuditHistoryDialog</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>BandChipDelegate</name>
    <message>
      <source>Not reported</source>
      <translation>Belum dilaporkan</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <source>Baseline</source>
      <translation>Kondisi awal</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Target</translation>
    </message>
  </context>
  <context>
    <name>CompareModel</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>ComparePage</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>CompletenessModel</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>ConsolidateDialog</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>DetailPanel</name>
    <message>
      <source>%1 indicators below: %2</source>
      <translation>%1 indikator di bawahnya: %2</translation>
    </message>
    <message>
      <source>Ach. %</source>
      <translation>Capaian %</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Kondisi awal</translation>
    </message>
    <message>
      <source>Change history</source>
      <translation>Riwayat perubahan</translation>
    </message>
    <message>
      <source>Choose an indicator in the tree to see its definition, targets and the history of its values.</source>
      <translation>Pilih indikator pada pohon untuk melihat definisi, target dan riwayat nilainya.</translation>
    </message>
    <message>
      <source>Data source</source>
      <translation>Sumber data</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Definisi</translation>
    </message>
    <message>
      <source>End-of-plan target</source>
      <translation>Target akhir RPJMD</translation>
    </message>
    <message>
      <source>From %1 the indicator continues in %2</source>
      <translation>Mulai %1 indikator ini berlanjut di %2</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>No indicator hangs below this item.</source>
      <translation>Belum ada indikator di bawah butir ini.</translation>
    </message>
    <message>
      <source>No indicator selected</source>
      <translation>Belum ada indikator yang dipilih</translation>
    </message>
    <message>
      <source>No value has been reported for this indicator yet.</source>
      <translation>Belum ada nilai yang dilaporkan untuk indikator ini.</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
    <message>
      <source>Over quarters</source>
      <translation>Antartriwulan</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>Polarity</source>
      <translation>Polaritas</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Predikat</translation>
    </message>
    <message>
      <source>Realisation</source>
      <translation>Realisasi</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Targets and achievement by year</source>
      <translation>Target dan capaian per tahun</translation>
    </message>
    <message>
      <source>The change history is not available in this version.</source>
      <translation>Riwayat perubahan belum tersedia pada versi ini.</translation>
    </message>
    <message>
      <source>The indicators below are counted when every indicator has been calculated.</source>
      <translation>Indikator di bawahnya dihitung setelah semua indikator selesai dihitung.</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Satuan</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Nilai</translation>
    </message>
    <message>
      <source>Values by quarter</source>
      <translation>Nilai per triwulan</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Tahun</translation>
    </message>
    <message>
      <source>change: %1</source>
      <translation>perubahan: %1</translation>
    </message>
  </context>
  <context>
    <name>Domain</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>EntryPage</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>A Kinerja database copied from another computer or a backup.</source>
      <translation>Basis data Kinerja yang disalin dari komputer lain atau dari cadangan.</translation>
    </message>
    <message>
      <source>At an OPD: open the package (.xlsx) Bappelitbangda sent. The program takes the OPD, its indicators and targets from it; you then enter realisations and send the filled package back.</source>
      <translation>Di kantor OPD: buka paket (.xlsx) kiriman Bappelitbangda. Program mengambil OPD, indikator dan targetnya dari paket itu; lalu Anda mengisi realisasi dan mengirim kembali paket terisi.</translation>
    </message>
    <message>
      <source>Exit</source>
      <translation>Keluar</translation>
    </message>
    <message>
      <source>Name the region and the plan period, then import the plan and the OPD from the master-data workbook or start from the Permendagri 90 nomenclature. You choose the administrator password at the end.</source>
      <translation>Tulis nama daerah dan periode rencana, lalu impor rencana dan OPD dari buku kerja data induk atau mulai dari nomenklatur Permendagri 90. Kata sandi administrator dipilih di akhir.</translation>
    </message>
    <message>
      <source>Open another database file…</source>
      <translation>Buka berkas basis data lain…</translation>
    </message>
    <message>
      <source>Open the demo data of Kabupaten Soppeng</source>
      <translation>Buka data demo Kabupaten Soppeng</translation>
    </message>
    <message>
      <source>Set up an OPD office from its first package</source>
      <translation>Siapkan kantor OPD dari paket pertamanya</translation>
    </message>
    <message>
      <source>Set up the database of your region (Bappelitbangda)</source>
      <translation>Siapkan basis data daerah Anda (Bappelitbangda)</translation>
    </message>
    <message>
      <source>The RPJMD 2021-2026 with 37 OPD, indicators, targets and sample realisations, and demo users (admin, perencana, dinkes, tamu). Good for trying the program out.</source>
      <translation>RPJMD 2021-2026 dengan 37 OPD, indikator, target, contoh realisasi dan pengguna demo (admin, perencana, dinkes, tamu). Cocok untuk mencoba program.</translation>
    </message>
    <message>
      <source>There is no database yet at %1. How do you want to start?</source>
      <translation>Belum ada basis data di %1. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
      <source>Welcome to Kinerja Desktop</source>
      <translation>Selamat datang di Kinerja Desktop</translation>
    </message>
  </context>
  <context>
    <name>IndicatorTreeModel</name>
    <message>
      <source>Achievement %</source>
      <translation>Capaian %</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Indicator / description</source>
      <translation>Indikator / Uraian</translation>
    </message>
    <message>
      <source>Q I</source>
      <translation>TW I</translation>
    </message>
    <message>
      <source>Q II</source>
      <translation>TW II</translation>
    </message>
    <message>
      <source>Q III</source>
      <translation>TW III</translation>
    </message>
    <message>
      <source>Q IV</source>
      <translation>TW IV</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Predikat</translation>
    </message>
    <message>
      <source>Realisation</source>
      <translation>Realisasi</translation>
    </message>
    <message>
      <source>Realisation %1 compared with target %2</source>
      <translation>Realisasi %1 dibanding target %2</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Satuan</translation>
    </message>
  </context>
  <context>
    <name>IssueDialog</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Memeriksa…</translation>
    </message>
    <message>
      <source>Fill in the password.</source>
      <translation>Isi kata sandi.</translation>
    </message>
    <message>
      <source>Fill in the user name.</source>
      <translation>Isi nama pengguna.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Masuk</translation>
    </message>
    <message>
      <source>Log in — Kinerja Desktop</source>
      <translation>Masuk — Kinerja Desktop</translation>
    </message>
    <message>
      <source>Logging in failed: %1</source>
      <translation>Gagal masuk: %1</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Kata sandi</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Nama pengguna</translation>
    </message>
    <message>
      <source>e.g. perencana</source>
      <translation>mis. perencana</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n feature(s) could not be loaded; see the log.</source>
      <translation>
        <numerusform>%n fitur tidak dapat dimuat; lihat log.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Data</source>
      <translation>&amp;Data</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Berkas</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
      <source>&amp;Packages</source>
      <translation>&amp;Paket</translation>
    </message>
    <message>
      <source>&amp;Reports</source>
      <translation>&amp;Laporan</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Tampilan</translation>
    </message>
    <message>
      <source>(in memory)</source>
      <translation>(di memori)</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Kinerja Desktop %1&lt;/h3&gt;&lt;p&gt;Recording, consolidating and evaluating the performance of the RPJMD, quarter by quarter.&lt;/p&gt;&lt;p&gt;Bappelitbangda %2&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Kinerja Desktop %1&lt;/h3&gt;&lt;p&gt;Pencatatan, konsolidasi dan evaluasi kinerja RPJMD per triwulan.&lt;/p&gt;&lt;p&gt;Bappelitbangda %2&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Kinerja Desktop</source>
      <translation>Tentang Kinerja Desktop</translation>
    </message>
    <message>
      <source>E&amp;xit</source>
      <translation>&amp;Keluar</translation>
    </message>
    <message>
      <source>Full screen</source>
      <translation>Layar penuh</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Bilah alat utama</translation>
    </message>
    <message>
      <source>No page is available</source>
      <translation>Belum ada halaman</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Halaman</translation>
    </message>
    <message>
      <source>Read the data again (Ctrl+R)</source>
      <translation>Baca ulang data (Ctrl+R)</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Muat ulang</translation>
    </message>
    <message>
      <source>Switch user…</source>
      <translation>Ganti pengguna…</translation>
    </message>
    <message>
      <source>The language changes the next time the program starts.</source>
      <translation>Bahasa berganti saat program dijalankan berikutnya.</translation>
    </message>
    <message>
      <source>The program's features could not be loaded. See the status bar and the log, then restart the program.</source>
      <translation>Fitur program tidak dapat dimuat. Lihat bilah status dan log, lalu jalankan ulang program.</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Panduan pengguna</translation>
    </message>
  </context>
  <context>
    <name>PeriodSelector</name>
    <message>
      <source>Plan period</source>
      <translation>Periode rencana</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>Triwulan</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Tahun</translation>
    </message>
  </context>
  <context>
    <name>PlanEditorDialog</name>
    <message>
      <source>Baseline</source>
      <translation>Kondisi awal</translation>
    </message>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>PlanImportDialog</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>RiskModel</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
  <context>
    <name>TreeFiltering</name>
    <message>
      <source>An administrator adds goals, objectives and indicators in Data &gt; Plan maintenance, or imports them from a package.</source>
      <translation>Administrator menambahkan tujuan, sasaran dan indikator di Data &gt; Pemeliharaan rencana, atau mengimpornya dari paket.</translation>
    </message>
    <message>
      <source>Calculating the achievements of %1 indicators…</source>
      <translation>Menghitung capaian %1 indikator…</translation>
    </message>
    <message>
      <source>Check the spelling, search by code (e.g. 1.02.02), or clear the filters to see the whole tree.</source>
      <translation>Periksa ejaan, cari dengan kode (mis. 1.02.02), atau hapus filter untuk melihat seluruh pohon.</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Hapus filter</translation>
    </message>
    <message>
      <source>No indicator matches '%1'.</source>
      <translation>Tidak ada indikator yang cocok dengan '%1'.</translation>
    </message>
    <message>
      <source>No indicator matches the chosen OPD and rating.</source>
      <translation>Tidak ada indikator yang cocok dengan OPD dan predikat yang dipilih.</translation>
    </message>
    <message>
      <source>The filter is applied when they are ready.</source>
      <translation>Filter diterapkan setelah semuanya siap.</translation>
    </message>
    <message>
      <source>The plan has no indicators yet.</source>
      <translation>Rencana belum berisi indikator.</translation>
    </message>
    <message>
      <source>The tree is large: opened down to the programs. Open a branch or filter to see its indicators.</source>
      <translation>Pohon besar: dibuka sampai tingkat program. Buka satu cabang atau saring untuk melihat indikatornya.</translation>
    </message>
    <message>
      <source>The tree opens as soon as every indicator has been calculated.</source>
      <translation>Pohon dibuka setelah semua indikator selesai dihitung.</translation>
    </message>
  </context>
  <context>
    <name>TreePage</name>
    <message>
      <source>%1 indicators</source>
      <translation>%1 indikator</translation>
    </message>
    <message>
      <source>All OPD</source>
      <translation>Semua OPD</translation>
    </message>
    <message>
      <source>All ratings</source>
      <translation>Semua predikat</translation>
    </message>
    <message>
      <source>Calculating the achievements of %1…</source>
      <translation>Menghitung capaian %1…</translation>
    </message>
    <message>
      <source>Calculating the achievements of the quarter.</source>
      <translation>Menghitung capaian triwulan.</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Hapus filter</translation>
    </message>
    <message>
      <source>Collapse all</source>
      <translation>Tutup semua</translation>
    </message>
    <message>
      <source>Collapse tree</source>
      <translation>Tutup seluruh pohon</translation>
    </message>
    <message>
      <source>Expand all</source>
      <translation>Buka semua</translation>
    </message>
    <message>
      <source>Expand tree</source>
      <translation>Buka seluruh pohon</translation>
    </message>
    <message>
      <source>Loading the indicator tree…</source>
      <translation>Memuat pohon indikator…</translation>
    </message>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
    <message>
      <source>Performance tree</source>
      <translation>Pohon kinerja</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Predikat</translation>
    </message>
    <message>
      <source>Search code or indicator name…</source>
      <translation>Cari kode atau nama indikator…</translation>
    </message>
    <message>
      <source>Show or hide the detail panel</source>
      <translation>Tampilkan atau sembunyikan panel rincian</translation>
    </message>
    <message>
      <source>The indicator tree could not be loaded.</source>
      <translation>Pohon indikator tidak dapat dimuat.</translation>
    </message>
    <message>
      <source>The program's indicators could not be read: %1</source>
      <translation>Indikator program ini tidak dapat dibaca: %1</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Coba lagi</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <source>OPD</source>
      <translation>OPD</translation>
    </message>
  </context>
</TS>
