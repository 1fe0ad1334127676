; *** Inno Setup 6: Indonesian messages for Kinerja Desktop ***
;
; Written for this project (a stock Inno Setup 6 has no Indonesian.isl). kinerja.iss loads it
; AFTER compiler:Default.isl ("compiler:Default.isl,Indonesian.isl"), so any message not
; translated here falls back to English instead of breaking the build. Plain ASCII on purpose:
; no code-page questions. Do not add a period where the English message has none (Inno adds it).

[LangOptions]
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Pemasangan
SetupWindowTitle=Pemasangan - %1
UninstallAppTitle=Penghapusan
UninstallAppFullTitle=Penghapusan %1

; *** Misc. common
InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Kesalahan

; *** SetupLdr messages
SetupLdrStartupMessage=Program ini akan memasang %1. Lanjutkan?
LdrCannotCreateTemp=Berkas sementara tidak dapat dibuat. Pemasangan dibatalkan
LdrCannotExecTemp=Berkas di folder sementara tidak dapat dijalankan. Pemasangan dibatalkan

; *** Startup error messages
LastErrorMessage=%1.%n%nKesalahan %2: %3
SetupFileMissing=Berkas %1 tidak ada di folder pemasangan. Perbaiki masalahnya atau ambil salinan baru program ini.
SetupFileCorrupt=Berkas pemasangan rusak. Ambil salinan baru program ini.
SetupFileCorruptOrWrongVer=Berkas pemasangan rusak atau tidak cocok dengan versi pemasang ini. Ambil salinan baru program ini.
InvalidParameter=Parameter tidak sah pada baris perintah:%n%n%1
SetupAlreadyRunning=Pemasangan sudah berjalan.
WindowsVersionNotSupported=Program ini tidak mendukung versi Windows di komputer Anda.
NotOnThisPlatform=Program ini tidak berjalan di %1.
OnlyOnThisPlatform=Program ini harus dijalankan di %1.
OnlyOnTheseArchitectures=Program ini hanya dapat dipasang di Windows untuk arsitektur prosesor berikut:%n%n%1
WinVersionTooLowError=Program ini memerlukan %1 versi %2 atau lebih baru.
WinVersionTooHighError=Program ini tidak dapat dipasang di %1 versi %2 atau lebih baru.
AdminPrivilegesRequired=Anda harus masuk sebagai administrator untuk memasang program ini.
PowerUserPrivilegesRequired=Anda harus masuk sebagai administrator atau anggota grup Power Users untuk memasang program ini.
SetupAppRunningError=%1 sedang berjalan.%n%nTutup program itu sekarang, lalu klik OK untuk melanjutkan atau Batal untuk keluar.
UninstallAppRunningError=%1 sedang berjalan.%n%nTutup program itu sekarang, lalu klik OK untuk melanjutkan atau Batal untuk keluar.

; *** Misc. errors
ErrorCreatingDir=Folder "%1" tidak dapat dibuat
ErrorTooManyFilesInDir=Berkas tidak dapat dibuat di folder "%1" karena isinya terlalu banyak

; *** Setup common messages
ExitSetupTitle=Keluar dari Pemasangan
ExitSetupMessage=Pemasangan belum selesai. Bila keluar sekarang, program tidak terpasang.%n%nAnda dapat menjalankan pemasangan lagi lain kali.%n%nKeluar dari pemasangan?
AboutSetupMenuItem=&Tentang Pemasangan...
AboutSetupTitle=Tentang Pemasangan

; *** Buttons
ButtonBack=< &Kembali
ButtonNext=&Lanjut >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &semua
ButtonNo=&Tidak
ButtonNoToAll=T&idak untuk semua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=T&elusuri...
ButtonNewFolder=&Buat folder baru

; *** "Select Language" dialog messages
SelectLanguageTitle=Pilih Bahasa Pemasangan
SelectLanguageLabel=Pilih bahasa yang dipakai selama pemasangan:

; *** Common wizard text
ClickNext=Klik Lanjut untuk melanjutkan, atau Batal untuk keluar.
BrowseDialogTitle=Pilih Folder
BrowseDialogLabel=Pilih folder di daftar di bawah, lalu klik OK.
NewFolderName=Folder Baru

; *** "Welcome" wizard page
WelcomeLabel1=Selamat datang di Pemasangan [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda.%n%nSebaiknya tutup semua program lain sebelum melanjutkan.

; *** "Select Destination Location" wizard page
WizardSelectDir=Pilih Lokasi Tujuan
SelectDirDesc=Di mana [name] dipasang?
SelectDirLabel3=[name] akan dipasang di folder berikut.
SelectDirBrowseLabel=Klik Lanjut untuk melanjutkan. Untuk memilih folder lain, klik Telusuri.
DiskSpaceMBLabel=Diperlukan ruang disk kosong paling sedikit [mb] MB.
CannotInstallToNetworkDrive=Program tidak dapat dipasang di drive jaringan.
CannotInstallToUNCPath=Program tidak dapat dipasang di jalur UNC.
InvalidPath=Tulis jalur lengkap dengan huruf drive, misalnya:%n%nC:\APP%n%natau jalur UNC seperti:%n%n\\server\share
InvalidDrive=Drive atau folder bersama yang dipilih tidak ada atau tidak dapat dibuka. Pilih yang lain.
DiskSpaceWarningTitle=Ruang Disk Tidak Cukup
DiskSpaceWarning=Pemasangan memerlukan paling sedikit %1 KB ruang kosong, tetapi drive yang dipilih hanya mempunyai %2 KB.%n%nTetap lanjutkan?
DirNameTooLong=Nama atau jalur folder terlalu panjang.
InvalidDirName=Nama folder tidak sah.
BadDirName32=Nama folder tidak boleh memuat karakter berikut:%n%n%1
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang di folder itu?
DirDoesntExistTitle=Folder Tidak Ada
DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder itu?

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa yang dilakukan?
SelectTasksLabel2=Pilih tugas tambahan yang dilakukan saat memasang [name], lalu klik Lanjut.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Pilih Folder Menu Start
SelectStartMenuFolderDesc=Di mana pintasan program ditempatkan?
SelectStartMenuFolderLabel3=Pintasan program akan dibuat di folder Menu Start berikut.
SelectStartMenuFolderBrowseLabel=Klik Lanjut untuk melanjutkan. Untuk memilih folder lain, klik Telusuri.
MustEnterGroupName=Nama folder wajib diisi.
GroupNameTooLong=Nama atau jalur folder terlalu panjang.
InvalidGroupName=Nama folder tidak sah.
BadGroupName=Nama folder tidak boleh memuat karakter berikut:%n%n%1
NoProgramGroupCheck2=&Jangan buat folder Menu Start

; *** "Ready to Install" wizard page
WizardReady=Siap Memasang
ReadyLabel1=Pemasangan siap memasang [name] di komputer Anda.
ReadyLabel2a=Klik Pasang untuk memulai, atau Kembali untuk memeriksa atau mengubah pilihan.
ReadyLabel2b=Klik Pasang untuk memulai.
ReadyMemoDir=Lokasi tujuan:
ReadyMemoGroup=Folder Menu Start:
ReadyMemoTasks=Tugas tambahan:

; *** "Preparing to Install" wizard page
WizardPreparing=Menyiapkan Pemasangan
PreparingDesc=Pemasangan sedang menyiapkan pemasangan [name] di komputer Anda.
PreviousInstallNotCompleted=Pemasangan/penghapusan program sebelumnya belum selesai. Nyalakan ulang komputer untuk menyelesaikannya.%n%nSesudah itu jalankan pemasangan lagi untuk memasang [name].
CannotContinue=Pemasangan tidak dapat dilanjutkan. Klik Batal untuk keluar.
ApplicationsFound=Program berikut memakai berkas yang perlu diperbarui. Sebaiknya izinkan pemasangan menutup program itu secara otomatis.
ApplicationsFound2=Program berikut memakai berkas yang perlu diperbarui. Sebaiknya izinkan pemasangan menutup program itu secara otomatis. Sesudah pemasangan selesai, program itu dijalankan lagi.
CloseApplications=&Tutup program itu secara otomatis
DontCloseApplications=&Jangan tutup program itu
ErrorCloseApplications=Tidak semua program dapat ditutup otomatis. Sebaiknya tutup sendiri program yang memakai berkas yang perlu diperbarui sebelum melanjutkan.

; *** "Installing" wizard page
WizardInstalling=Memasang
InstallingLabel=Tunggu sebentar, [name] sedang dipasang di komputer Anda.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Pemasangan [name] Selesai
FinishedLabelNoIcons=[name] sudah terpasang di komputer Anda.
FinishedLabel=[name] sudah terpasang di komputer Anda. Program dapat dibuka lewat pintasan yang dibuat.
ClickFinish=Klik Selesai untuk keluar.
FinishedRestartLabel=Untuk menyelesaikan pemasangan [name], komputer harus dinyalakan ulang. Nyalakan ulang sekarang?
FinishedRestartMessage=Untuk menyelesaikan pemasangan [name], komputer harus dinyalakan ulang.%n%nNyalakan ulang sekarang?
YesRadio=&Ya, nyalakan ulang komputer sekarang
NoRadio=&Tidak, saya menyalakan ulang nanti
RunEntryExec=Jalankan %1
RunEntryShellExec=Lihat %1

; *** Installation phase messages
SetupAborted=Pemasangan tidak selesai.%n%nPerbaiki masalahnya lalu jalankan pemasangan lagi.
AbortRetryIgnoreChooseAction=Pilih tindakan
AbortRetryIgnoreRetry=Coba lagi
AbortRetryIgnoreProceedAnyway=Tetap lanjutkan
AbortRetryIgnoreCancel=Batalkan pemasangan

; *** Installation status messages
StatusClosingApplications=Menutup program...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Menyalin berkas...
StatusCreateIcons=Membuat pintasan...
StatusCreateIniEntries=Menulis entri INI...
StatusCreateRegistryEntries=Menulis entri registri...
StatusRegisterFiles=Mendaftarkan berkas...
StatusSavingUninstall=Menyimpan informasi penghapusan...
StatusRunProgram=Menyelesaikan pemasangan...
StatusRestartingApplications=Menjalankan ulang program...
StatusRollback=Membatalkan perubahan...

; *** Misc. errors
ErrorInternal2=Kesalahan internal: %1
ErrorFunctionFailedNoCode=%1 gagal
ErrorFunctionFailed=%1 gagal; kode %2
ErrorFunctionFailedWithMessage=%1 gagal; kode %2.%n%3
ErrorExecutingProgram=Berkas tidak dapat dijalankan:%n%1

; *** File copying errors
SourceIsCorrupted=Berkas sumber rusak
SourceDoesntExist=Berkas sumber "%1" tidak ada
ExistingFileReadOnly=Berkas yang ada bertanda hanya-baca.
ErrorReadingExistingDest=Terjadi kesalahan saat membaca berkas yang ada:
FileExists=Berkas sudah ada.%n%nTimpa berkas itu?
ExistingFileNewer=Berkas yang ada lebih baru daripada berkas yang akan dipasang. Sebaiknya berkas yang ada dipertahankan.%n%nPertahankan berkas yang ada?
ErrorChangingAttr=Terjadi kesalahan saat mengubah atribut berkas yang ada:
ErrorCreatingTemp=Terjadi kesalahan saat membuat berkas di folder tujuan:
ErrorReadingSource=Terjadi kesalahan saat membaca berkas sumber:
ErrorCopying=Terjadi kesalahan saat menyalin berkas:
ErrorReplacingExistingFile=Terjadi kesalahan saat mengganti berkas yang ada:
ErrorRenamingTemp=Terjadi kesalahan saat mengganti nama berkas di folder tujuan:

; *** Uninstall display name markings
UninstallDisplayNameMarkCurrentUser=Pengguna ini
UninstallDisplayNameMarkAllUsers=Semua pengguna

; *** Post-installation errors
ErrorRestartingComputer=Komputer tidak dapat dinyalakan ulang otomatis. Lakukan sendiri.

; *** Uninstaller messages
UninstallNotFound=Berkas "%1" tidak ada. Penghapusan tidak dapat dilakukan.
UninstallOpenError=Berkas "%1" tidak dapat dibuka. Penghapusan tidak dapat dilakukan
UninstallUnsupportedVer=Berkas log penghapusan "%1" berformat yang tidak dikenal penghapus versi ini. Penghapusan tidak dapat dilakukan
UninstallUnknownEntry=Entri tidak dikenal (%1) di log penghapusan
ConfirmUninstall=Hapus %1 dari komputer ini? Data Anda (basis data, cadangan dan log) tidak dihapus.
UninstallOnlyOnWin64=Program ini hanya dapat dihapus di Windows 64-bit.
OnlyAdminCanUninstall=Program ini hanya dapat dihapus oleh pengguna dengan hak administrator.
UninstallStatusLabel=Tunggu sebentar, %1 sedang dihapus dari komputer Anda.
UninstalledAll=%1 sudah dihapus dari komputer Anda.
UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa bagian tidak dapat dihapus; hapus sendiri bila perlu.
UninstalledAndNeedsRestart=Untuk menyelesaikan penghapusan %1, komputer harus dinyalakan ulang.%n%nNyalakan ulang sekarang?
UninstallDataCorrupted=Berkas "%1" rusak. Penghapusan tidak dapat dilakukan

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Hapus Berkas Bersama?
SharedFileNameLabel=Nama berkas:
SharedFileLocationLabel=Lokasi:
WizardUninstalling=Status Penghapusan
StatusUninstalling=Menghapus %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Memasang %1.
ShutdownBlockReasonUninstallingApp=Menghapus %1.

[CustomMessages]
NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
UninstallProgram=Hapus %1
LaunchProgram=Jalankan %1
