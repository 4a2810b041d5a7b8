; Inno Setup script of the WaterPlanner installer for Windows (Inno Setup 6.1 or later).
;
; Installs the bundle built by packaging\build_bundle.py for the current user, without
; administrator rights: the program in %LOCALAPPDATA%\Programs\WaterPlanner, a Start-menu
; entry, .wplan files opening in WaterPlanner (HKCU\Software\Classes), and an uninstaller
; (Settings > Apps, or the Start menu). Build, from the checkout's root, after the bundle:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\waterplanner.iss
;
; The installer lands in build\bundle\installer\. See packaging\README.md (Windows).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\bundle\dist\waterplanner"
#endif
#define AppName "WaterPlanner"
#define GuiExe "waterplanner-gui.exe"
#define ProgId "WaterPlanner.Scenario"

[Setup]
; the AppId ties upgrades and the uninstaller together: never change it
AppId={{48008DBC-3E4F-4F30-BD0E-89A931D53CE5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=WaterPlanner developers
; per user, no administrator: {autopf} is then %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\build\bundle\installer
OutputBaseFilename=waterplanner-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\waterplanner.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
en.AssociateTask=Open .wplan scenario files with WaterPlanner
ru.AssociateTask=Открывать файлы сценариев .wplan в WaterPlanner
en.ScenarioFile=WaterPlanner scenario
ru.ScenarioFile=Сценарий WaterPlanner

[Tasks]
Name: "associate"; Description: "{cm:AssociateTask}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; a new version's libraries replace the old ones whole (no stale files of an older build)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Plan reservoir releases"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER in a per-user install: Software\Classes there is the user's own
Root: HKA; Subkey: "Software\Classes\.wplan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.wplan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ScenarioFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".wplan"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; the user's copy of the compiled kernels (waterplanner\frozen.py); settings and recovery
; copies in %LOCALAPPDATA%\waterplanner stay, as the planner's own data
Type: filesandordirs; Name: "{localappdata}\waterplanner\cache"
