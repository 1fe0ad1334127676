<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name />
    <message>
        <source>Rp miliar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pagu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum ada pagu anggaran untuk tahun {year}.
Isi pagu program/kegiatan di halaman Rencana atau impor data anggaran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum ada OPD dengan indikator aktif.
Tambahkan indikator di halaman Rencana.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jumlah indikator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seluruh RPJMD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidak ada indikator aktif pada pilihan ini.
Pilih cakupan lain, atau tambahkan indikator di halaman Rencana.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rata-rata capaian (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum ada capaian OPD untuk {period}.
Isi realisasi di halaman Entri, atau impor paket OPD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per tahun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per triwulan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target tahunan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realisasi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kondisi awal</translation>
    </message>
    <message>
        <source>Realisasi triwulan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target triwulan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kumulatif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih indikator pada daftar di samping untuk melihat trennya.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indikator ini tidak ada lagi. Pilih indikator lain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminPasswordDialog</name>
    <message>
        <source>Administrator password</source>
        <translation>Kata sandi administrator</translation>
    </message>
    <message>
        <source>Choose the password of the administrator account 'admin'. Keep it safe: the administrator manages users, the plan and locks.</source>
        <translation>Pilih kata sandi untuk akun administrator 'admin'. Simpan baik-baik: administrator mengelola pengguna, rencana dan penguncian.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Minimal %1 karakter.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>Riwayat perubahan nilai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua OPD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua sumber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cari kode, indikator, nilai, keterangan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hanya indikator ini</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sumber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum ada perubahan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidak ada perubahan nilai yang cocok dengan saringan ini. Longgarkan saringan atau pilih OPD lain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (dibatasi %1 terbaru)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 perubahan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Riwayat %1</source>
        <translation type="unfinished" />
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
    <name>ChartBase</name>
    <message>
        <source>Ekspor grafik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan sebagai PNG (1920 piksel)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan sebagai SVG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menghitung angka dasbor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gambar vektor SVG (*.svg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Arti setiap kolom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usulan dibaca dari judul kolom; ubah pilihan 'Arti' bila keliru.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Judul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contoh isi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arti</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pemetaan tersimpan untuk tata letak tabel ini dipakai.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pemetaan diusulkan dari judul kolom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih kolom mana yang berisi nama indikator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Kode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Batas pengajuan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tidak ada indikator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 dari %2 indikator terisi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diubah oleh %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terlambat: batas sudah lewat dan belum diajukan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Kelengkapan Pelaporan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cari OPD…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terlambat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klik dua kali sel triwulan untuk membuka formulir isian OPD itu. Terlambat: %1 hari sesudah akhir triwulan dan masih Draf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 OPD · tahun %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 diajukan, %3 diverifikasi, %4 dikunci, %5 draf, %6 terlambat</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Konsolidasi paket OPD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih berkas paket (.xlsx) atau satu folder berisi paket dari OPD. Berkas dibaca dulu; belum ada yang ditulis sampai Anda menekan Terapkan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Berkas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terima paket tanpa tanda tangan sah (sudah saya periksa)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terima versi baru</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konflik: pertahankan nilai sekarang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konflik: ambil nilai paket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terapkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan ringkasan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih paket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder paket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membaca paket…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidak ada berkas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan ringkasan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menyimpan ringkasan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ringkasan disimpan: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konsolidasi paket</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dasbor pemantauan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Angka dasbor tidak dapat dihitung: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menghitung capaian seluruh indikator…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>No indicator selected</source>
        <translation>Belum ada indikator yang dipilih</translation>
    </message>
    <message>
        <source>Choose an indicator in the tree to see its definition, targets and the history of its values.</source>
        <translation>Pilih indikator pada pohon untuk melihat definisi, target dan riwayat nilainya.</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polaritas</translation>
    </message>
    <message>
        <source>Over quarters</source>
        <translation>Antartriwulan</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kondisi awal</translation>
    </message>
    <message>
        <source>End-of-plan target</source>
        <translation>Target akhir RPJMD</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <source>Targets and achievement by year</source>
        <translation>Target dan capaian per tahun</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Realisation</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Ach. %</source>
        <translation>Capaian %</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Values by quarter</source>
        <translation>Nilai per triwulan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>No value has been reported for this indicator yet.</source>
        <translation>Belum ada nilai yang dilaporkan untuk indikator ini.</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>The change history is not available in this version.</source>
        <translation>Riwayat perubahan belum tersedia pada versi ini.</translation>
    </message>
    <message>
        <source>%1 indicators below: %2</source>
        <translation>%1 indikator di bawahnya: %2</translation>
    </message>
    <message>
        <source>No indicator hangs below this item.</source>
        <translation>Belum ada indikator di bawah butir ini.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Isian Realisasi Triwulan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urungkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ulangi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Riwayat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPD ini tidak dapat dibuka dengan peran Anda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum ada OPD yang dapat dibuka. Tambahkan OPD di Data induk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diubah oleh %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulihkan isian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Isian yang belum disimpan telah dipulihkan. Periksa lalu simpan (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum dapat disimpan: %1 sel berisi kesalahan.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidak ada perubahan untuk disimpan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tersimpan: %1 nilai, %2 catatan, %3 anggaran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan. Simpan sekarang?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>

Tetap ajukan?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status triwulan: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terisi %1 dari %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 kesalahan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 peringatan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum disimpan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua tersimpan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryQuestions</name>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Isian %1 belum disimpan. Simpan sekarang?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ada nilai yang perlu diperiksa:

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
… dan %1 lainnya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periksa nilai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>

Simpan tetap?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulihkan isian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ada isian yang belum disimpan dari %1. Pulihkan?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alasan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Kode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indikator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target tahunan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realisasi triwulan sebelumnya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realisasi
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ketik angka; kosong = belum dilaporkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capaian
(%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anggaran
%1 (Rp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hanya untuk indikator program/kegiatan yang mempunyai pagu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catatan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Faktor pendorong atau penghambat capaian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catatan %1 hanya disimpan bersama realisasi; isi realisasinya dulu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ubah %1 sel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidak dapat dihitung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pagu %1: Rp %2 · realisasi s.d. triwulan sebelumnya: Rp %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realisasi %1 dibanding target %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryTableView</name>
    <message>
        <source>Tempel %1 sel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sel ditempel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; %1 sel dilewati (di luar tabel atau tidak dapat diisi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kosongkan %1 sel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Kinerja Desktop</source>
        <translation>Selamat datang di Kinerja Desktop</translation>
    </message>
    <message>
        <source>There is no database yet at %1. How do you want to start?</source>
        <translation>Belum ada basis data di %1. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Open the demo data of Kabupaten Soppeng</source>
        <translation>Buka data demo Kabupaten Soppeng</translation>
    </message>
    <message>
        <source>The RPJMD 2021-2026 with 37 OPD, indicators, targets and sample realisations, and demo users (admin, perencana, dinkes, tamu). Good for trying the program out.</source>
        <translation>RPJMD 2021-2026 dengan 37 OPD, indikator, target, contoh realisasi dan pengguna demo (admin, perencana, dinkes, tamu). Cocok untuk mencoba program.</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Buat basis data baru</translation>
    </message>
    <message>
        <source>An empty plan with the 37 OPD. You choose the administrator password now and add goals, objectives, programs and indicators afterwards.</source>
        <translation>Rencana kosong dengan 37 OPD. Anda memilih kata sandi administrator sekarang, lalu menambahkan tujuan, sasaran, program dan indikator.</translation>
    </message>
    <message>
        <source>Open another database file…</source>
        <translation>Buka berkas basis data lain…</translation>
    </message>
    <message>
        <source>A Kinerja database copied from another computer or a backup.</source>
        <translation>Basis data Kinerja yang disalin dari komputer lain atau dari cadangan.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>HeadlineBar</name>
    <message>
        <source>indikator dilaporkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tujuan berisiko</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sasaran berisiko</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPD belum mengajukan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dari {0} indikator dilaporkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tujuan dengan indikator yang diproyeksikan di bawah predikat Tinggi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sasaran dengan indikator yang diproyeksikan di bawah predikat Tinggi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua OPD sudah mengajukan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Pratinjau impor paket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua konflik: pertahankan nilai sekarang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua konflik: ambil nilai paket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saya sudah memeriksa isi paket tanpa tanda tangan sah ini</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terima sebagai versi baru paket ini</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terapkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Berkas: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paket tidak diimpor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndicatorTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Indicator / description</source>
        <translation>Indikator / Uraian</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
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
        <source>Realisation</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Achievement %</source>
        <translation>Capaian %</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Realisation %1 compared with target %2</source>
        <translation>Realisasi %1 dibanding target %2</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Terbitkan paket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua OPD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Triwulan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder tujuan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satu berkas .xlsx per OPD; nama berkas: paket_KODE_TAHUN_TWn.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terbitkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder tujuan paket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menerbitkan paket…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n paket diterbitkan.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Kinerja Desktop</source>
        <translation>Masuk — Kinerja Desktop</translation>
    </message>
    <message>
        <source>e.g. perencana</source>
        <translation>mis. perencana</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Fill in the user name.</source>
        <translation>Isi nama pengguna.</translation>
    </message>
    <message>
        <source>Fill in the password.</source>
        <translation>Isi kata sandi.</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Gagal masuk: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
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
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Ganti pengguna…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
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
        <source>About Kinerja Desktop</source>
        <translation>Tentang Kinerja Desktop</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Read the data again (Ctrl+R)</source>
        <translation>Baca ulang data (Ctrl+R)</translation>
    </message>
    <message>
        <source>No page is available</source>
        <translation>Belum ada halaman</translation>
    </message>
    <message>
        <source>The program's features could not be loaded. See the status bar and the log, then restart the program.</source>
        <translation>Fitur program tidak dapat dimuat. Lihat bilah status dan log, lalu jalankan ulang program.</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(di memori)</translation>
    </message>
    <message>
        <source>The language changes the next time the program starts.</source>
        <translation>Bahasa berganti saat program dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kinerja Desktop %1&lt;/h3&gt;&lt;p&gt;Recording, consolidating and evaluating the performance of the RPJMD, quarter by quarter.&lt;/p&gt;&lt;p&gt;Bappelitbangda %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kinerja Desktop %1&lt;/h3&gt;&lt;p&gt;Pencatatan, konsolidasi dan evaluasi kinerja RPJMD per triwulan.&lt;/p&gt;&lt;p&gt;Bappelitbangda %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingWizard</name>
    <message>
        <source>Impor tabel RPJMD/IKU (pemetaan kolom)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lanjut &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MasterImportDialog</name>
    <message>
        <source>Impor data induk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tampilkan baris baru, berubah dan ditolak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tampilkan semua baris</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terapkan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pratinjau %1 (belum ada yang diubah). Baris yang tidak ada di buku kerja dibiarkan.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n baris ditolak: perbaiki di buku kerja lalu impor ulang, atau centang 'Kecualikan' untuk melewatinya.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Tidak ada perubahan: data induk di buku kerja sama dengan basis data.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n baris akan ditambahkan atau diperbarui dalam satu transaksi.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Menerapkan data induk…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impor data induk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <source>Mulai presentasi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (utama)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> detik</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual (tanpa maju otomatis)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Isi presentasi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maju otomatis setiap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tombol: →/Spasi maju, ← mundur, angka lalu Enter untuk lompat, P jeda, Esc keluar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mulai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lanjut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Batal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresentationLauncher</name>
    <message>
        <source>Menyiapkan presentasi…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presentasi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buka basis data terlebih dahulu (Berkas → Buka).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ekspor presentasi ke PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpan presentasi sebagai PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ekspor PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presentasi disimpan: {0} ({1} halaman)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentasi</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Laporan evaluasi hasil RKPD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seluruh perangkat daerah (konsolidasi + ringkasan OPD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4 lanskap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F4 / Folio lanskap (215 × 330 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buka foldernya setelah selesai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tahun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Triwulan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cakupan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bentuk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kertas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buat laporan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tutup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder laporan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menyusun laporan evaluasi…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laporan dibuat: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laporan evaluasi</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Indikator berisiko tidak mencapai target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belum ada realisasi untuk {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proyeksi dibuat dari triwulan yang sudah dilaporkan. Isi realisasi di halaman Entri atau impor paket OPD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tidak ada indikator berisiko</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semua indikator yang sudah dilaporkan diproyeksikan mencapai predikat Tinggi atau lebih pada akhir tahun.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Berkas dan baris judul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih buku kerja tabel RPJMD/IKU daerah, lembarnya, dan baris judul kolomnya.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Berkas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lembar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baris judul pertama</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baris judul terakhir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tabel RPJMD/IKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baris judul terdeteksi: %1 sampai %2. Ubah bila keliru.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Tujuan impor dan pratinjau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indikator dipasang pada satu tujuan, sasaran atau program. Polaritas dan agregasi diusulkan dari nama dan satuannya; ubah bila perlu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasang pada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simpul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OPD bila tabel tidak menyebutnya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Perbarui pratinjau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baris</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indikator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Polaritas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agregasi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Centang untuk mengecualikan baris ini dari impor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indikator: %1 baru, %2 berubah, %3 tetap, %4 ditolak; %5 baris target tahunan baru atau berubah.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> — %n baris ditolak: centang statusnya untuk mengecualikan.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <source>Performance tree</source>
        <translation>Pohon kinerja</translation>
    </message>
    <message>
        <source>Search code or indicator name…</source>
        <translation>Cari kode atau nama indikator…</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>Semua predikat</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Buka semua</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tutup semua</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Show or hide the detail panel</source>
        <translation>Tampilkan atau sembunyikan panel rincian</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Loading the indicator tree…</source>
        <translation>Memuat pohon indikator…</translation>
    </message>
    <message>
        <source>Calculating the achievements of the quarter.</source>
        <translation>Menghitung capaian triwulan.</translation>
    </message>
    <message>
        <source>All OPD</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <source>The indicator tree could not be loaded.</source>
        <translation>Pohon indikator tidak dapat dimuat.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>%1 indikator</translation>
    </message>
    <message>
        <source>The plan has no indicators yet.</source>
        <translation>Rencana belum berisi indikator.</translation>
    </message>
    <message>
        <source>An administrator adds goals, objectives and indicators in Data &gt; Plan maintenance, or imports them from a package.</source>
        <translation>Administrator menambahkan tujuan, sasaran dan indikator di Data &gt; Pemeliharaan rencana, atau mengimpornya dari paket.</translation>
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
        <source>Check the spelling, search by code (e.g. 1.02.02), or clear the filters to see the whole tree.</source>
        <translation>Periksa ejaan, cari dengan kode (mis. 1.02.02), atau hapus filter untuk melihat seluruh pohon.</translation>
    </message>
    <message>
        <source>The tree is large: opened down to the programs. Open a branch or filter to see its indicators.</source>
        <translation>Pohon besar: dibuka sampai tingkat program. Buka satu cabang atau saring untuk melihat indikatornya.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Performance tree</source>
        <translation>Pohon kinerja</translation>
    </message>
    <message>
        <source>Expand tree</source>
        <translation>Buka seluruh pohon</translation>
    </message>
    <message>
        <source>Collapse tree</source>
        <translation>Tutup seluruh pohon</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Dasbor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presentasi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mulai presentasi layar penuh untuk aula (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ekspor presentasi ke PDF…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>