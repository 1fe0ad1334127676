; Inno Setup 6.3+ script of Kinerja Desktop: installs the PyInstaller one-folder build
; (dist\Kinerja, two programs: Kinerja.exe = the window, kinerja-cli.exe = the console commands)
; for the current user, without administrator rights (an OPD office rarely has them).
;
; Built by installer/build.py on Windows:  ISCC /DAppVersion=<N.N.N> [/DSign /Skinerjasign=...] kinerja.iss
; The user's data (databases, backups, log, settings) lives in %LOCALAPPDATA%\KinerjaDesktop and
; the registry (QSettings), never under {app}: neither an upgrade nor the uninstaller touches it.
; Not compiled in CI (no Windows there); docs/install.md has the line-by-line review.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 atau lebih baru diperlukan (ArchitecturesAllowed=x64compatible)
#endif
#ifndef AppVersion
  #define AppVersion GetEnv("KINERJA_VERSION")
#endif
#if AppVersion == ""
  #error Versi program kosong: jalankan installer/build.py (ia memberi /DAppVersion=N.N.N)
#endif
#define Bundle "..\dist\Kinerja"
#if !FileExists(Bundle + "\Kinerja.exe") || !FileExists(Bundle + "\kinerja-cli.exe")
  #error dist\Kinerja belum dibangun: jalankan python installer/build.py
#endif
; Code signing (optional): with /DSign the setup, the uninstaller and both programs are signed
; through the sign tool named "kinerjasign", defined on the ISCC command line, e.g.
;   /Skinerjasign="signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f"
; (build.py passes it from the environment variable KINERJA_SIGNTOOL; see docs/install.md).
#ifdef Sign
  #define SignFlag "sign"
#else
  #define SignFlag ""
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{8C1F4E52-3A57-4B7E-9D0B-5E0D4C2A7312}
AppName=Kinerja Desktop
AppVersion={#AppVersion}
AppVerName=Kinerja Desktop {#AppVersion}
AppPublisher=Bappelitbangda Kabupaten Soppeng
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Kinerja Desktop
VersionInfoDescription=Pemasangan Kinerja Desktop
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Kinerja Desktop
UsePreviousAppDir=yes
DefaultGroupName=Kinerja Desktop
DisableProgramGroupPage=yes
CloseApplications=yes
RestartApplications=no
OutputDir=..\dist
OutputBaseFilename=KinerjaDesktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\kinerja.ico
UninstallDisplayIcon={app}\Kinerja.exe
UninstallDisplayName=Kinerja Desktop {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
#ifdef Sign
SignTool=kinerjasign
SignedUninstaller=yes
#endif

[Languages]
; Indonesian.isl (in this folder) is read after Default.isl: an untranslated message stays English.
Name: "id"; MessagesFile: "compiler:Default.isl,Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.TaskDesktop=Buat ikon di desktop
en.TaskDesktop=Create a desktop icon
id.TaskDemo=Pintasan data demo Kabupaten Soppeng (untuk pelatihan; tidak perlu di kantor yang memakai data sungguhan)
en.TaskDemo=Shortcut to the Kabupaten Soppeng demo data (for training; not needed in an office with real data)
id.TaskGroup=Pintasan tambahan:
en.TaskGroup=Additional shortcuts:
id.DemoShortcut=Kinerja Desktop (data demo)
en.DemoShortcut=Kinerja Desktop (demo data)
id.RunProgram=Jalankan Kinerja Desktop
en.RunProgram=Start Kinerja Desktop
id.UninstallShortcut=Hapus Kinerja Desktop
en.UninstallShortcut=Uninstall Kinerja Desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:TaskDesktop}"; GroupDescription: "{cm:TaskGroup}"; Flags: unchecked
Name: "demoshortcut"; Description: "{cm:TaskDemo}"; GroupDescription: "{cm:TaskGroup}"; Flags: unchecked

[InstallDelete]
; A clean upgrade: the previous build's modules and libraries go before the new ones are copied
; (a stale module left in _internal could be imported by the new version). Only {app} is
; touched; the user's data is elsewhere (%LOCALAPPDATA%\KinerjaDesktop).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\Kinerja.exe"; DestDir: "{app}"; Flags: ignoreversion {#SignFlag}
Source: "{#Bundle}\kinerja-cli.exe"; DestDir: "{app}"; Flags: ignoreversion {#SignFlag}
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Kinerja Desktop"; Filename: "{app}\Kinerja.exe"
Name: "{group}\{cm:DemoShortcut}"; Filename: "{app}\Kinerja.exe"; Parameters: "--demo"; Tasks: demoshortcut
Name: "{group}\{cm:UninstallShortcut}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Kinerja Desktop"; Filename: "{app}\Kinerja.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Kinerja.exe"; Description: "{cm:RunProgram}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what [Files] and [Icons] installed, so the
; databases, backups and log in %LOCALAPPDATA%\KinerjaDesktop always stay.
