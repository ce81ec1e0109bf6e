"""Morocco's clock: Africa/Casablanca is UTC+01:00 until 2026-09-20 and UTC+00:00 for good after
(IANA tzdata 2026c). The application reads the zone data of the `tzdata` package, not the
system's (taawun/__init__.py), so a machine with older data still shows the right time."""

import datetime
import subprocess
import sys
import zoneinfo
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

SUMMER = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)
WINTER = datetime.datetime(2026, 12, 3, 12, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("moment", "hours"),
    [(SUMMER, 1), (WINTER, 0)],
    ids=["2026-06-01 +01:00", "2026-12-03 +00:00"],
)
def test_casablanca_offset_comes_from_the_tzdata_package(moment, hours):
    zone = zoneinfo.ZoneInfo("Africa/Casablanca")
    assert moment.astimezone(zone).utcoffset() == datetime.timedelta(hours=hours)

    assert settings.TIME_ZONE == "Africa/Casablanca"
    local = timezone.localtime(moment)
    assert local.utcoffset() == datetime.timedelta(hours=hours)
    assert local.hour == 12 + hours


def test_zoneinfo_reads_no_system_directory():
    """An empty search path makes zoneinfo fall back to the tzdata package, in every process
    that imports taawun (server, commands, tests, workers)."""
    assert zoneinfo.TZPATH == ()


@pytest.mark.slow
def test_a_management_command_in_its_own_process_reads_the_same_clock(tmp_path):
    """What `manage.py shell -c` prints, as the server and the scheduled commands would."""
    root = Path(__file__).resolve().parents[1]
    code = (
        "import datetime, zoneinfo; print(datetime.datetime(2026, 12, 3, 12, "
        "tzinfo=zoneinfo.ZoneInfo('Africa/Casablanca')).utcoffset())"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "SQLITE_PATH": str(tmp_path / "x.sqlite3")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0:00:00"
