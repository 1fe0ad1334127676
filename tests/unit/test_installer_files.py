"""The installer files that cannot be compiled here (no Windows in CI) are checked as text: the
Inno Setup script's required settings, both languages complete, the shipped Indonesian messages,
the version resource and the version guard of build.py."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "installer" / "kinerja.iss").read_text(encoding="utf-8")
ISL = ROOT / "installer" / "Indonesian.isl"


def _section(text: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert match, name
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def _build_module():
    sys.path.insert(0, str(ROOT / "installer"))
    spec = importlib.util.spec_from_file_location("kinerja_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_states_windows_10_x64_and_a_version_that_cannot_be_empty():
    setup = _section(ISS, "Setup")
    for line in ("MinVersion=10.0", "ArchitecturesAllowed=x64compatible", "ArchitecturesInstallIn64BitMode=x64compatible",
                 "PrivilegesRequired=lowest", "AppVersion={#AppVersion}", "UsePreviousAppDir=yes"):
        assert line in setup, line
    assert '#if AppVersion == ""\n  #error' in ISS


def test_upgrades_replace_the_program_folder_and_never_touch_the_data():
    assert _section(ISS, "InstallDelete") == ['Type: filesandordirs; Name: "{app}\\_internal"']
    assert "[UninstallDelete]" not in ISS.replace("; No [UninstallDelete]", "")
    assert "localappdata}\\KinerjaDesktop" not in ISS          # the data folder is never named as a target


def test_both_languages_have_every_custom_message_and_indonesian_is_shipped():
    languages = _section(ISS, "Languages")
    assert languages[0] == 'Name: "id"; MessagesFile: "compiler:Default.isl,Indonesian.isl"'
    messages = _section(ISS, "CustomMessages")
    keys = {lang: {m.split("=", 1)[0].split(".", 1)[1] for m in messages if m.startswith(lang + ".")} for lang in ("id", "en")}
    assert keys["id"] == keys["en"] and len(messages) == 2 * len(keys["id"])
    used = set(re.findall(r"\{cm:(\w+)", ISS))
    assert used <= keys["id"], used - keys["id"]


def test_the_demo_shortcut_is_an_unchecked_task():
    assert 'Name: "demoshortcut"; Description: "{cm:TaskDemo}"; GroupDescription: "{cm:TaskGroup}"; Flags: unchecked' in ISS
    demo = [line for line in _section(ISS, "Icons") if "--demo" in line]
    assert demo and all(line.endswith("Tasks: demoshortcut") for line in demo)


def test_signing_is_a_documented_optional_hook():
    assert "#ifdef Sign\nSignTool=kinerjasign\nSignedUninstaller=yes\n#endif" in ISS
    assert ISS.count("{#SignFlag}") == 2
    assert "KINERJA_SIGNTOOL" in (ROOT / "docs" / "install.md").read_text(encoding="utf-8")


def test_the_indonesian_messages_are_plain_ascii_and_cover_the_wizard():
    text = ISL.read_bytes().decode("ascii")
    assert "LanguageID=$0421" in text
    keys = {line.split("=", 1)[0] for line in text.splitlines() if "=" in line and not line.startswith(";")}
    for key in ("WelcomeLabel1", "WizardSelectDir", "WizardSelectTasks", "WizardReady", "WizardInstalling",
                "FinishedLabel", "ButtonNext", "ButtonBack", "ButtonInstall", "ButtonCancel", "ButtonFinish",
                "ExitSetupMessage", "WinVersionTooLowError", "OnlyOnTheseArchitectures", "SetupAppRunningError",
                "ConfirmUninstall", "UninstalledAll", "StatusExtractFiles"):
        assert key in keys, key
    assert "tidak dihapus" in text     # the uninstall question says the data stays


def test_build_refuses_an_empty_version_and_writes_the_version_resource(monkeypatch, tmp_path):
    build = _build_module()
    import kinerja_desktop

    monkeypatch.setattr(kinerja_desktop, "__version__", "")
    with pytest.raises(SystemExit, match="versi program '' tidak sah"):
        build.program_version()
    monkeypatch.setattr(kinerja_desktop, "__version__", "1.2.3")
    assert build.program_version() == "1.2.3"
    monkeypatch.setattr(build, "VERSION_FILE", tmp_path / "version_info.txt")
    build.write_version_resource("1.2.3")
    text = (tmp_path / "version_info.txt").read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3')" in text
    assert "VarStruct('Translation', [0x0421, 1200])" in text



def test_the_version_resource_is_the_expression_pyinstaller_evaluates(tmp_path, monkeypatch):
    """PyInstaller eval()s the file with its VSVersionInfo classes (Windows only), so it must be one
    Python expression calling them."""
    import ast

    build = _build_module()
    monkeypatch.setattr(build, "VERSION_FILE", tmp_path / "version_info.txt")
    build.write_version_resource("0.1.0")
    tree = ast.parse((tmp_path / "version_info.txt").read_text(encoding="utf-8"), mode="eval")
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call)}
    assert called == {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                      "VarFileInfo", "VarStruct"}
