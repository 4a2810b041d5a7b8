"""What installs the program on a desktop: the Linux menu entry, AppStream metadata and file
type, the icon, and the Windows installer script — consistent with each other and with the
program (its id, version, executables and file extension)."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from waterplanner import __version__
from waterplanner.ui.app import APP_ID

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
ICONS = REPO / "resources" / "icons"
ISS = REPO / "packaging" / "windows" / "waterplanner.iss"
MIME_TYPE = "application/x-waterplanner-scenario"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_starts_the_program_on_a_file() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "waterplanner %f"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert MIME_TYPE in entry["MimeType"].split(";")


def test_the_file_type_is_the_one_the_menu_entry_opens() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    [mime] = root.findall("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.wplan"]


def test_the_appstream_metadata_names_the_program_and_this_version() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "waterplanner"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    versions = [r.get("version") for r in root.findall("releases/release")]
    assert versions[0] == __version__, "add this version's <release> to the metainfo file"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_accepts_the_metadata() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain",
                           str(LINUX / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_menu_entry() -> None:
    done = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout


def test_the_linux_installer_puts_each_file_under_the_desktop_names() -> None:
    script = (LINUX / "install.sh").read_text(encoding="utf-8")
    assert "ID=" + APP_ID in script
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.mime.xml",
                 "waterplanner.svg", "waterplanner.png"):
        assert name.replace(APP_ID, "$ID") in script
    assert subprocess.run(["sh", "-n", str(LINUX / "install.sh")], check=False).returncode == 0


def test_the_icon_is_a_square_svg_with_its_renderings() -> None:
    svg = ET.parse(ICONS / "waterplanner.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"
    png = (ICONS / "waterplanner.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (ICONS / "waterplanner.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides


def test_the_window_has_the_icon(qapp) -> None:
    from waterplanner.ui.app import application_icon
    icon = application_icon()
    assert not icon.isNull()
    assert icon.pixmap(64, 64).width() == 64


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_the_windows_installer_is_per_user_with_menu_entry_association_and_uninstaller() -> None:
    s = iss_sections()
    setup = dict(line.split("=", 1) for line in s["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["ChangesAssociations"] == "yes"
    assert "Uninstallable" not in setup or setup["Uninstallable"] == "yes"
    assert any(line.startswith('Name: "{autoprograms}') and "{#GuiExe}" in line
               for line in s["Icons"])
    registry = " ".join(s["Registry"])
    assert "Root: HKA" in registry and "HKLM" not in registry
    assert r"Software\Classes\.wplan" in registry
    assert r'shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""' in registry
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8")))
    assert defines["GuiExe"] == "waterplanner-gui.exe"
    assert defines["AppVersion"] == __version__
    bundle = (ISS.parent / defines["BundleDir"].replace("\\", "/")).resolve()
    assert bundle == REPO / "build" / "bundle" / "dist" / "waterplanner"
