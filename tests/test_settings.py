"""The settings module: every environment variable it reads is in the README's configuration
table, and the limits the README lists can be set from the environment."""

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = ROOT / "taawun" / "settings.py"
READ = re.compile(r"""(?:os\.environ(?:\.get)?[\[(]|env_(?:bool|int|list)\()\s*["']([A-Z_]+)["']""")


def read_settings():
    """A fresh copy of taawun/settings.py, evaluated with the current environment."""
    spec = importlib.util.spec_from_file_location("fresh_settings", SETTINGS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_environment_variable_is_in_the_readme_table():
    names = set(READ.findall(SETTINGS.read_text()))
    assert {"SECRET_KEY", "DATABASE_URL", "IMPORT_MAX_ROWS", "MAP_TILES_URL"} <= names
    table = {
        line for line in (ROOT / "README.md").read_text().splitlines() if line.startswith("| `")
    }
    missing = sorted(name for name in names if not any(f"`{name}`" in row for row in table))
    assert not missing, f"environment variables missing from the README's table: {missing}"


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("IMPORT_MAX_BYTES", "1048576", 1048576),
        ("IMPORT_MAX_ROWS", "200", 200),
        ("DOCUMENT_MAX_BYTES", "1000", 1000),
        ("PHOTO_MAX_BYTES", "2000", 2000),
        ("AGREEMENT_STUCK_DAYS", "30", 30),
        ("SECURE_HSTS_SECONDS", "600", 600),
        ("MAP_TILES_URL", "https://tiles.example.org/{z}/{x}/{y}.png", None),
        ("COMMUNE_IATI_ID", "MA-COA-1234", None),
    ],
)
def test_a_setting_comes_from_the_environment(monkeypatch, variable, value, expected):
    monkeypatch.setenv(variable, value)
    assert getattr(read_settings(), variable) == (value if expected is None else expected)


def test_without_the_environment_the_defaults_hold(monkeypatch):
    for variable in ("IMPORT_MAX_BYTES", "IMPORT_MAX_ROWS", "COMMUNE_IATI_ID", "MAP_TILES_URL"):
        monkeypatch.delenv(variable, raising=False)
    fresh = read_settings()
    assert (fresh.IMPORT_MAX_BYTES, fresh.IMPORT_MAX_ROWS) == (5 * 1024 * 1024, 5000)
    assert fresh.COMMUNE_IATI_ID == "XI-IATI-TAAWUN"
    assert fresh.MAP_TILES_URL == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert fresh.LOGGING["loggers"]["weasyprint"] == {"level": "WARNING"}
