"""The concurrent load run (issue 16): the application under gunicorn on the database that
DATABASE_URL names (PostgreSQL at national scale: `TAAWUN_BENCH_POSTGRES`'s
taawun_bench_national, made by `make bench`), N clients on loopback for a fixed time mixing
portal pages, the API and a few officers' writes (benchmarks/load/locustfile.py, locust in
headless mode), then the same clients on the framework floor view. Prints and writes
benchmarks/results/<date>-load-<database>.md: throughput, p50/p95/p99 and errors of each run,
and the application's throughput as a share of the floor's. No figure is asserted.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/taawun_bench_national \\
        .venv/bin/python benchmarks/load/run.py --users 20 --seconds 60 --workers 3
"""

import argparse
import csv
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def prepare(env):
    """The officer the clients sign in as, and a few public records to read."""
    script = (
        "import django, os; django.setup()\n"
        "from taawun.accounts.models import User\n"
        "from taawun.partners.models import Partner\n"
        "from taawun.projects.models import Project\n"
        "user, _ = User.objects.update_or_create(username='load-officer', "
        "defaults={'role': 'officer', 'is_active': True})\n"
        "user.set_password(os.environ['LOAD_PASSWORD']); user.save()\n"
        "print(','.join(str(pk) for pk in Project.public_objects.order_by('pk')"
        ".values_list('pk', flat=True)[:200:4]))\n"
        "print(','.join(str(pk) for pk in Partner.objects.filter(archived_at__isnull=True)"
        ".order_by('pk').values_list('pk', flat=True)[:40:2]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if result.returncode:
        raise SystemExit(result.stderr)
    projects, partners = result.stdout.strip().splitlines()[-2:]
    return projects, partners


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer")


def run_locust(env, host, users, seconds, classes, prefix):
    command = [
        str(BIN / "locust"),
        "-f",
        str(ROOT / "benchmarks" / "load" / "locustfile.py"),
        "--headless",
        "--only-summary",
        "-u",
        str(users),
        "-r",
        str(users),
        "-t",
        f"{seconds}s",
        "--host",
        host,
        "--csv",
        prefix,
        *classes,
    ]
    subprocess.run(command, env=env, cwd=ROOT, check=False, capture_output=True)
    with open(f"{prefix}_stats.csv", newline="") as handle:
        return list(csv.DictReader(handle))


def row_line(row):
    return (
        f"| {row['Name']} | {row['Request Count']} | {row['Failure Count']} | "
        f"{float(row['Requests/s']):.1f} | {row['50%']} | {row['95%']} | {row['99%']} |"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    password = secrets.token_urlsafe(16)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.load.settings",
        "DEBUG": "false",
        "SECURE_SSL": "false",
        "LOG_LEVEL": "WARNING",
        "LOAD_PASSWORD": password,
        "PYTHONPATH": str(ROOT),
    }
    database = "postgresql" if env.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    projects, partners = prepare(env)
    env.update(LOAD_PROJECTS=projects, LOAD_PARTNERS=partners)
    host = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "taawun.wsgi",
            "-w",
            str(args.workers),
            "-b",
            f"127.0.0.1:{args.port}",
            "--access-logfile",
            "/dev/null",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        wait_for(host + "/healthz")
        with tempfile.TemporaryDirectory() as work:
            mixed = run_locust(
                env, host, args.users, args.seconds, ["Reader", "Officer"], f"{work}/mixed"
            )
            floor = run_locust(env, host, args.users, args.seconds, ["FloorUser"], f"{work}/floor")
    finally:
        server.terminate()
        server.wait(timeout=30)
    total = next(row for row in mixed if row["Name"] == "Aggregated")
    floor_total = next(row for row in floor if row["Name"] == "Aggregated")
    share = float(total["Requests/s"]) / float(floor_total["Requests/s"] or 1)
    lines = [
        f"# Taawun load run — {database}, {date.today().isoformat()}",
        "",
        f"gunicorn with {args.workers} sync workers on this machine ({os.cpu_count()} cores, "
        f"shared with the load generator), {args.users} concurrent clients on loopback for "
        f"{args.seconds} s each run (locust headless; benchmarks/load/locustfile.py): nine "
        "readers in ten (portal pages, anonymous, from the page cache when it holds them; the "
        "API), one officer in ten (workspace list, a partner's form saved as it is). Then the "
        "same clients on the framework floor view. Times in ms.",
        "",
        "| request | requests | errors | per second | p50 | p95 | p99 |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *(row_line(row) for row in mixed),
        "",
        "Framework floor, same clients:",
        "",
        "| request | requests | errors | per second | p50 | p95 | p99 |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *(row_line(row) for row in floor if row["Name"] == "Aggregated"),
        "",
        f"Throughput of the mixed load: **{100 * share:.0f}% of the floor's**; errors "
        f"{total['Failure Count']} of {total['Request Count']}; p99 {total['99%']} ms.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    name = f"{date.today().isoformat()}-load-{database}-{args.users}-clients.md"
    out = ROOT / "benchmarks" / "results" / name
    out.write_text(text)


if __name__ == "__main__":
    main()
