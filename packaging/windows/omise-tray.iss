; Inno Setup script for Omise Tray: a per-user install (no administrator rights needed).
; `scripts/build` on Windows runs it (packaging/build.py, when iscc.exe is on PATH) after
; making dist\omise-tray\ and build\icons\omise-tray.ico, passing the package's version:
;   iscc /DMyAppVersion=X.Y.Z packaging\windows\omise-tray.iss

#ifndef MyAppVersion
  #error Pass the version: iscc /DMyAppVersion=X.Y.Z packaging\windows\omise-tray.iss
#endif
#define AppName "Omise Tray"
#define AppExe "omise-tray.exe"
; Must equal omise_tray.autostart.BUNDLE_ID: the frozen launcher sets it as the process's
; AppUserModelID, and Windows shows notifications only for an ID that a Start-menu
; shortcut carries.
#define AppUserModelID "co.omise.OmiseTray"
; Must equal omise_tray.autostart.RUN_VALUE_NAME, so the app's own "start at login"
; switch and this installer's task are one and the same setting.
#define RunValueName "Omise Tray"

[Setup]
AppId={{6C1E3F2A-9B7D-4E58-A0C4-3D2F8B61E7A9}
AppName={#AppName}
AppVersion={#MyAppVersion}
AppVerName={#AppName} {#MyAppVersion}
AppPublisher={#AppName} contributors
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=omise-tray-{#MyAppVersion}-windows-x64-setup
SetupIconFile=build\icons\omise-tray.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The tray app keeps running after its window closes; let Setup close it before replacing files.
CloseApplications=yes
RestartApplications=no

[Tasks]
Name: "startatlogin"; Description: "Start {#AppName} in the tray when I sign in"; Flags: unchecked

[Files]
Source: "dist\omise-tray\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; \
  AppUserModelID: "{#AppUserModelID}"; Comment: "Omise balances in the system tray"

[Registry]
; The same value the app writes from its settings (HKCU Run, per user); removed on uninstall
; whether it was set here or from inside the app.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; \
  ValueName: "{#RunValueName}"; ValueData: """{app}\{#AppExe}"" --minimized"; \
  Flags: uninsdeletevalue; Tasks: startatlogin
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; \
  ValueName: "{#RunValueName}"; Flags: dontcreatekey uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName} now"; \
  Flags: nowait postinstall skipifsilent
