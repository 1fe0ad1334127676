"""Word lists for the demo database: which objective a bidang serves, which programs an OPD runs
when two agencies share a bidang, the real names of common kegiatan / sub kegiatan, and the
templates that give the other nodes plausible Indonesian names. Data only, no logic."""
from __future__ import annotations

# Objective (sasaran) that the programs of a bidang urusan serve.
BIDANG_OBJECTIVE = {
    "1.01": "S2.2", "1.02": "S2.1", "1.03": "S3.1", "1.04": "S3.2", "1.05": "S4.2", "1.06": "S4.2",
    "2.07": "S1.2", "2.08": "S4.1", "2.09": "S1.1", "2.10": "S3.2", "2.11": "S5.1", "2.12": "S6.2",
    "2.13": "S4.1", "2.14": "S2.1", "2.15": "S3.1", "2.16": "S6.2", "2.17": "S1.2", "2.18": "S1.2",
    "2.19": "S2.2", "2.20": "S6.1", "2.21": "S6.2", "2.22": "S2.2", "2.23": "S2.2", "2.24": "S6.1",
    "3.25": "S1.1", "3.26": "S1.2", "3.27": "S1.1", "3.30": "S1.2", "3.31": "S1.2", "3.32": "S1.2",
    "4.01": "S6.1", "4.02": "S6.1", "5.01": "S6.1", "5.02": "S6.1", "5.03": "S6.1", "5.04": "S6.1",
    "5.05": "S6.1", "6.01": "S6.1", "7.01": "S6.2", "8.01": "S4.2",
}
# Programs whose bidang points elsewhere than the program does.
PROGRAM_OBJECTIVE = {"1.03.03": "S3.2", "1.03.05": "S3.2", "1.03.06": "S3.2", "1.03.12": "S5.1"}
FALLBACK_OBJECTIVE = "S6.1"
SUPPORT_OBJECTIVE = "S6.1"  # X.XX.01, the programme that keeps every office running
ZERO_TARGET_AGENCIES = ("INSP", "BPKPD", "SETDA")  # "unresolved audit findings", target 0

# Agencies sharing a bidang split its programs (otherwise an OPD runs all of its bidang's programs).
OPD_PROGRAMS = {
    "BPBD": ["1.05.03"],
    "SATPOLPP": ["1.05.02", "1.05.04"],
    "RSUD": ["1.02.02", "1.02.03"],
    "DTPHPKP": ["3.27.02", "3.27.03", "3.27.05", "3.27.06", "3.27.07", "2.09.02", "2.09.03", "2.09.04", "2.09.05"],
    "DISNAKKESWAN": ["3.27.04", "3.27.02"],
    "DINSOS": ["1.06.02", "1.06.04", "1.06.05", "1.06.06", "1.06.07"],
}

# Real kegiatan (and some sub kegiatan) of the Permendagri 90/2019 nomenclature; the reference
# JSON's program_examples come first and win where they overlap.
SUPPORT_ACTIVITIES = [
    ("2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [
        ("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"),
        ("0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD"),
        ("0004", "Koordinasi dan Penyusunan DPA-SKPD"),
        ("0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD"),
        ("0007", "Evaluasi Kinerja Perangkat Daerah"),
    ]),
    ("2.02", "Administrasi Keuangan Perangkat Daerah", [
        ("0001", "Penyediaan Gaji dan Tunjangan ASN"),
        ("0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN"),
        ("0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD"),
    ]),
    ("2.05", "Administrasi Kepegawaian Perangkat Daerah", [
        ("0002", "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya"),
        ("0009", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi"),
    ]),
    ("2.06", "Administrasi Umum Perangkat Daerah", [
        ("0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor"),
        ("0002", "Penyediaan Peralatan dan Perlengkapan Kantor"),
        ("0004", "Penyediaan Bahan Logistik Kantor"),
        ("0005", "Penyediaan Barang Cetakan dan Penggandaan"),
        ("0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"),
    ]),
    ("2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", [
        ("0001", "Penyediaan Jasa Surat Menyurat"),
        ("0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"),
        ("0004", "Penyediaan Jasa Pelayanan Umum Kantor"),
    ]),
    ("2.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", [
        ("0002", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan"),
        ("0009", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya"),
    ]),
]

KNOWN_ACTIVITIES = {
    "1.02.02": [
        ("2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", [
            ("0016", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan"),
            ("0020", "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan"),
        ]),
        ("2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", [
            ("0005", "Pengelolaan Pelayanan Kesehatan pada Usia Pendidikan Dasar"),
            ("0006", "Pengelolaan Pelayanan Kesehatan pada Usia Produktif"),
            ("0007", "Pengelolaan Pelayanan Kesehatan pada Usia Lanjut"),
            ("0008", "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi"),
            ("0009", "Pengelolaan Pelayanan Kesehatan Penderita Diabetes Melitus"),
            ("0010", "Pengelolaan Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat"),
            ("0011", "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis"),
            ("0012", "Pengelolaan Pelayanan Kesehatan Orang dengan Risiko Terinfeksi HIV"),
        ]),
        ("2.03", "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi", [
            ("0001", "Pengelolaan Data dan Informasi Kesehatan"),
            ("0002", "Pengelolaan Sistem Informasi Kesehatan"),
        ]),
    ],
    "1.02.03": [
        ("2.01", "Pemberian Izin Praktik Tenaga Kesehatan di Wilayah Kabupaten/Kota", [
            ("0001", "Pengendalian Perizinan Praktik Tenaga Kesehatan"),
        ]),
        ("2.02", "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota", [
            ("0001", "Perencanaan dan Distribusi serta Pemerataan Sumber Daya Manusia Kesehatan"),
        ]),
        ("2.03", "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota", [
            ("0001", "Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan"),
        ]),
    ],
    "1.02.05": [
        ("2.01", "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota", [
            ("0001", "Peningkatan Upaya Advokasi Kesehatan, Pemberdayaan, Penggalangan Kemitraan, Peran serta Masyarakat dan Lintas Sektor"),
        ]),
        ("2.02", "Pelaksanaan Komunikasi Informasi dan Edukasi (KIE) Perilaku Hidup Bersih dan Sehat dalam rangka Promotif Preventif Tingkat Daerah Kabupaten/Kota", [
            ("0001", "Penyelenggaraan Promosi Kesehatan dan Perilaku Hidup Bersih dan Sehat"),
        ]),
        ("2.03", "Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Kabupaten/Kota", [
            ("0001", "Bimbingan Teknis dan Supervisi Pengembangan dan Pelaksanaan UKBM"),
        ]),
    ],
}

# Generic names, {o} = the program's subject (its name without the leading verb).
ACTIVITY_TEMPLATES = [
    "Penyusunan Kebijakan dan Perencanaan {o}",
    "Penyelenggaraan {o} Kewenangan Kabupaten/Kota",
    "Pembinaan dan Pengawasan {o}",
    "Peningkatan Kapasitas Sumber Daya {o}",
    "Penyediaan Sarana dan Prasarana {o}",
    "Pengembangan Sistem Informasi {o}",
    "Koordinasi dan Fasilitasi {o}",
]
SUB_ACTIVITY_TEMPLATES = [
    "Penyusunan Dokumen Perencanaan {o}",
    "Koordinasi dan Sinkronisasi {o}",
    "Sosialisasi {o}",
    "Bimbingan Teknis {o}",
    "Pendataan dan Pemetaan {o}",
    "Monitoring, Evaluasi dan Pelaporan {o}",
    "Fasilitasi {o}",
    "Pengadaan Sarana {o}",
    "Pembangunan Sarana {o}",
    "Rehabilitasi Sarana {o}",
    "Pemeliharaan Sarana {o}",
    "Penyediaan Layanan {o}",
    "Pelatihan Aparatur Pelaksana {o}",
    "Penyuluhan {o}",
]

# Leading nominal verbs stripped to find what a node is about.
VERBS = {
    "program", "pengelolaan", "pengembangan", "penyelenggaraan", "peningkatan", "penyediaan", "pemenuhan",
    "pemberdayaan", "pengendalian", "penataan", "pembinaan", "pengawasan", "penanggulangan", "pencegahan",
    "perlindungan", "pelayanan", "perencanaan", "penyusunan", "koordinasi", "sinkronisasi", "pelaksanaan",
    "rehabilitasi", "penanganan", "penguatan", "fasilitasi", "sosialisasi", "pembangunan", "pemeliharaan",
    "pengadaan", "evaluasi", "monitoring", "pendataan", "pemetaan", "penyuluhan", "pelatihan", "bimbingan",
    "teknis", "administrasi", "perumusan", "pendampingan", "pemberian", "penerbitan", "advokasi",
    "dan", "serta", "dukungan", "rutin", "berkala", "penyelamatan", "pengaturan", "kebijakan", "riset",
}
SMALL_WORDS = {"dan", "serta", "untuk", "di", "ke", "dari", "pada", "yang", "atau", "bagi", "dalam", "dengan"}
ACRONYMS = {"DPRD", "SDA", "UMKM", "ASN", "SKPD", "RKA-SKPD", "DPA-SKPD", "UKM", "UKP", "UKBM", "HIV", "KIE",
            "SPBE", "KB", "PAUD", "SD", "SMP", "TU", "BUMDES", "PPKS", "(SDA)", "(UMKM)"}

FACTORS_UP = [
    "Faktor pendorong: dukungan anggaran tersedia tepat waktu.",
    "Faktor pendorong: koordinasi lintas OPD berjalan baik.",
    "Faktor pendorong: partisipasi masyarakat tinggi.",
    "Faktor pendorong: pendampingan teknis dari provinsi.",
    "Faktor pendorong: kegiatan dilaksanakan lebih awal dari jadwal.",
]
FACTORS_DOWN = [
    "Faktor penghambat: pencairan anggaran terlambat.",
    "Faktor penghambat: proses pengadaan barang/jasa belum selesai.",
    "Faktor penghambat: cuaca (musim hujan) menghambat pekerjaan fisik.",
    "Faktor penghambat: keterbatasan tenaga teknis.",
    "Faktor penghambat: refocusing anggaran.",
    "Faktor penghambat: data dari desa/kelurahan belum lengkap.",
]
