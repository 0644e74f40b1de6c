; BounceBack's Windows installer (Inno Setup 6).
;
; Written for the GitHub Actions job in .github/workflows/installers.yml; it was not built or run
; on the machine where it was written. From the repository root, after
; `pyinstaller packaging/bounceback.spec` has produced dist\bounceback\:
;
;   iscc /DAppVersion=<version> packaging\windows\bounceback.iss
;
; The version is never written here: it comes from bounceback/__init__.py through the build
; (python -c "import bounceback; print(bounceback.__version__)"). Optionally pass
; /DAppNumericVersion=a.b.c.d for the setup file's own Windows version resource, which accepts
; numbers only (a PEP 440 version such as 1.0rc1 does not fit it).
;
; Paths below are relative to this file (Inno Setup's default SourceDir).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<version> packaging\windows\bounceback.iss
#endif

#define AppName "BounceBack"
#define AppExe "bounceback.exe"
#define CliExe "bounceback-cli.exe"
#define FrozenDir "..\..\dist\bounceback"

; SourcePath is this file's folder, so the check holds whatever folder iscc is started from.
#ifnexist AddBackslash(SourcePath) + FrozenDir + "\" + AppExe
  #error dist\bounceback\bounceback.exe is missing: run pyinstaller packaging/bounceback.spec first
#endif
; The console twin is what `bounceback-cli export ...` runs; without it the subcommands are
; unreachable on Windows (the window's exe has no console), so its absence is worth a warning.
#ifnexist AddBackslash(SourcePath) + FrozenDir + "\" + CliExe
  #pragma warning "dist\bounceback\bounceback-cli.exe is missing: the subcommands will have no console"
#endif

[Setup]
; The AppId identifies BounceBack to Windows across versions, so an upgrade replaces the old
; install instead of sitting beside it. Never change it. (The doubled brace escapes the GUID.)
AppId={{48B1E661-721B-41E8-93BF-A4973D29ECCA}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The BounceBack developers
AppComments=A private companion for the weeks after a job rejection.
#ifdef AppNumericVersion
VersionInfoVersion={#AppNumericVersion}
#endif
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}

; Per user: no administrator rights, nothing outside the user's profile. The program goes to
; %LOCALAPPDATA%\Programs\BounceBack; the user's data lives elsewhere, in %LOCALAPPDATA%\BounceBack
; (appdirs' user data folder, see bounceback/paths.py), which this installer never touches.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes

; PyInstaller builds for the machine it runs on: the CI runner is 64-bit.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or later.
MinVersion=10.0

SetupIconFile=..\icons\bounceback.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=bounceback_{#AppVersion}_x64-setup
; Files in use (BounceBack still open) are closed through the Restart Manager, asked first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: bounceback.exe (the window), bounceback-cli.exe (the same program
; with a console, for the subcommands: export, backup, check ...) and _internal\.
Source: "{#FrozenDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "A private companion for the weeks after a job rejection"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; There is deliberately no [UninstallDelete] section. The uninstaller removes exactly what
; [Files] and [Icons] installed, all of it under {app} and the shortcuts. The user's journal,
; applications, backups, settings and logs stay in %LOCALAPPDATA%\BounceBack, so uninstalling
; (or upgrading) never loses a word of what they wrote; deleting that folder is their choice.
