"""Crash safety: the server is killed with SIGKILL in the middle of a stream of writes; after a
restart every write it acknowledged is there, whole, and nothing half-written is.

A real server (manage.py runserver --noreload) in its own process on a SQLite file in WAL mode
(synchronous=FULL, see the settings and the README); an officer creates partners through the
API, one request after another, until the process is killed between or during requests."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

requests = pytest.importorskip("requests")

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow
PASSWORD = "crash-test-password-2026"
ACKNOWLEDGED_BEFORE_KILL = 25


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database):
    return {
        **os.environ,
        "DEBUG": "true",
        "SECRET_KEY": "crash-test-secret-key-not-for-production",
        "SQLITE_PATH": str(database),
        "CACHE_DIR": str(database.parent / "cache"),
        "MEDIA_ROOT": str(database.parent / "media"),
        "PRIVATE_MEDIA_ROOT": str(database.parent / "private"),
        "DATABASE_URL": "",
        "REDIS_URL": "",
    }


def manage(database, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(database),
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )


def start_server(database, port):
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=environment(database),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return process
        except requests.ConnectionError:
            time.sleep(0.2)
    process.kill()
    raise AssertionError("the server did not start")


def signed_in(port):
    session = requests.Session()
    base = f"http://127.0.0.1:{port}"
    session.get(f"{base}/en/accounts/login/", timeout=10)
    response = session.post(
        f"{base}/en/accounts/login/",
        data={
            "username": "crash-officer",
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": f"{base}/en/accounts/login/"},
        timeout=10,
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    session.headers["X-CSRFToken"] = session.cookies["csrftoken"]
    session.headers["Referer"] = f"{base}/"
    return session


def write_stream(session, port, acknowledged, stop):
    """POST partners one after another; remember each one the server answered 201 to."""
    number = 0
    while not stop.is_set():
        number += 1
        name = f"Crash partner {number:05d}"
        try:
            response = session.post(
                f"http://127.0.0.1:{port}/api/v1/partners/",
                json={
                    "kind": "association",
                    "name_fr": name,
                    "name_ar": f"شريك {number}",
                    "country": "MA",
                    "city": "Aourir",
                    "status": "prospect",
                    "description_fr": "x" * 2000,
                },
                timeout=10,
            )
        except requests.RequestException:
            return
        if response.status_code == 201:
            acknowledged.append(name)
        else:
            raise AssertionError(f"{response.status_code}: {response.text[:300]}")


def test_every_acknowledged_write_survives_a_sigkill(tmp_path):
    database = tmp_path / "crash.sqlite3"
    manage(database, "migrate", "--noinput")
    manage(
        database,
        "shell",
        "-c",
        "from taawun.accounts.models import User; "
        f"User.objects.create_user('crash-officer', password='{PASSWORD}', role='officer')",
    )
    pragmas = manage(
        database,
        "shell",
        "-c",
        "from django.db import connection; c = connection.cursor(); "
        "print(c.execute('PRAGMA journal_mode').fetchone()[0], "
        "c.execute('PRAGMA synchronous').fetchone()[0])",
    )
    assert pragmas.stdout.split()[-2:] == ["wal", "2"]  # 2 = FULL
    port = free_port()
    server = start_server(database, port)
    acknowledged, stop = [], threading.Event()
    try:
        session = signed_in(port)
        writer = threading.Thread(target=write_stream, args=(session, port, acknowledged, stop))
        writer.start()
        deadline = time.monotonic() + 120
        while len(acknowledged) < ACKNOWLEDGED_BEFORE_KILL and time.monotonic() < deadline:
            time.sleep(0.01)
        # Mid-stream: the writer is sending the next request while the process dies.
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
        stop.set()
        writer.join(timeout=20)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
    assert len(acknowledged) >= ACKNOWLEDGED_BEFORE_KILL

    # The database as the crash left it: intact, with every acknowledged partner whole.
    raw = sqlite3.connect(database)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = raw.execute(
        "SELECT id, name_fr, description_fr FROM partners_partner WHERE name_fr LIKE 'Crash partner %'"
    ).fetchall()
    history = {
        row[0]
        for row in raw.execute(
            "SELECT id FROM partners_historicalpartner WHERE name_fr LIKE 'Crash partner %'"
        )
    }
    raw.close()
    stored = {name for _, name, _ in rows}
    assert set(acknowledged) <= stored, sorted(set(acknowledged) - stored)[:5]
    # No half-written record: each partner complete and with its history (one transaction).
    assert all(description == "x" * 2000 for _, _, description in rows)
    assert {pk for pk, _, _ in rows} <= history
    # At most the one request in flight was committed without its answer reaching the client.
    assert len(stored - set(acknowledged)) <= 1

    # Restarted, the server answers with the same partners.
    server = start_server(database, port)
    try:
        session = signed_in(port)
        listed = session.get(
            f"http://127.0.0.1:{port}/api/v1/partners/",
            params={"q": "Crash partner", "page_size": 1000},
            timeout=30,
        )
        assert listed.status_code == 200
        payload = listed.json()
        assert payload["count"] == len(stored)
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
