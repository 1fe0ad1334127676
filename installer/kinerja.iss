; Inno Setup script: installs the PyInstaller folder build for the current user (no admin rights
; needed at an OPD office), with a start-menu entry and an uninstaller. User data (the database in
; %LOCALAPPDATA%\KinerjaDesktop) is never removed by the uninstaller.
#define AppVersion GetEnv("KINERJA_VERSION")

[Setup]
AppId={{8C1F4E52-3A57-4B7E-9D0B-5E0D4C2A7312}
AppName=Kinerja Desktop
AppVersion={#AppVersion}
AppPublisher=Bappelitbangda Kabupaten Soppeng
DefaultDirName={localappdata}\Programs\Kinerja Desktop
DefaultGroupName=Kinerja Desktop
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=KinerjaDesktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\kinerja.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\Kinerja\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Kinerja Desktop"; Filename: "{app}\Kinerja.exe"
Name: "{group}\Kinerja Desktop (data demo)"; Filename: "{app}\Kinerja.exe"; Parameters: "--demo"
Name: "{userdesktop}\Kinerja Desktop"; Filename: "{app}\Kinerja.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Buat ikon di desktop"; Flags: unchecked

[Run]
Filename: "{app}\Kinerja.exe"; Description: "Jalankan Kinerja Desktop"; Flags: nowait postinstall skipifsilent
