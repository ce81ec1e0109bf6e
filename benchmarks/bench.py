"""The benchmark harness: `make bench` (full) and `make bench-quick` (CI, small data).

For each database (SQLite always; PostgreSQL when TAAWUN_BENCH_POSTGRES names a server) and each
scale, a subprocess measures every key request (median and p95 over repeated requests after a
warm-up, and its query count), the framework floor (the smallest Django view) and each request's
data floor (the raw SQL it fundamentally needs). The table reports ratios measured in one run:
large/small scale (scaling), page/raw SQL (overhead) and page/floor; exports report peak memory
and throughput against a raw cursor dump. Results go to benchmarks/results/<date>-<database>.md.
No timing is asserted anywhere: these are figures to read, not tests.
"""

import argparse
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"
RESULTS = ROOT / "benchmarks" / "results"


def database_env(database, scale):
    env = {**os.environ, "DEBUG": "false", "SECURE_SSL": "false", "LOG_LEVEL": "WARNING"}
    # Each database and scale keeps its own cache, emptied at each run: figures cached for one
    # dataset must never answer for another.
    cache_dir = VAR / f"cache-{database}-{scale}"
    if cache_dir.exists():
        import shutil

        shutil.rmtree(cache_dir)
    env["CACHE_DIR"] = str(cache_dir)
    env.pop("DATABASE_URL", None)
    if database == "sqlite":
        VAR.mkdir(parents=True, exist_ok=True)
        env["SQLITE_PATH"] = str(VAR / f"{scale}.sqlite3")
    else:
        base = os.environ["TAAWUN_BENCH_POSTGRES"].rstrip("/")
        server = base.rsplit("/", 1)[0]
        name = f"taawun_bench_{scale}"
        subprocess.run(
            ["psql", f"{server}/postgres", "-qc", f"CREATE DATABASE {name}"],
            capture_output=True,
            check=False,
        )
        env["DATABASE_URL"] = f"{server}/{name}"
    return env


def measure(database, scale, repeat, skip_exports, skip_iati=False):
    command = [
        sys.executable,
        str(ROOT / "benchmarks" / "measure.py"),
        "--scale",
        scale,
        "--repeat",
        str(repeat),
    ]
    if skip_exports:
        command.append("--skip-exports")
    if skip_iati:
        command.append("--skip-iati")
    result = subprocess.run(
        command, env=database_env(database, scale), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"measuring {database}/{scale} failed")
    return json.loads(result.stdout)


def ratio(a, b):
    return f"{a / b:.2f}" if b else "—"


def table(database, small, large):
    s, big_scale = small["scale"], large["scale"]
    lines = [
        f"# Taawun benchmark — {database}, {date.today().isoformat()}",
        "",
        f"Scales: **{s}** and **{big_scale}** (`manage.py generate_dataset`). Server-side latency in ms "
        "(median and p95 over repeated requests after warm-up), queries per request, and ratios "
        "measured in this run. Framework floor (smallest Django view): "
        f"{small['floor']['median_ms']:.2f} ms ({s}), {large['floor']['median_ms']:.2f} ms ({big_scale}).",
        "",
        f"| request | {s} median | {big_scale} median | {big_scale} p95 | queries {s}/{big_scale} | {big_scale}/{s} | "
        f"page/raw SQL ({big_scale}) | page/floor ({big_scale}) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, big in large["cases"].items():
        key = (
            name
            if name in small["cases"]
            else next(
                (
                    k
                    for k in small["cases"]
                    if k.split(",")[0] == name.split(",")[0] and "page" in k and "page 1" not in k
                ),
                None,
            )
        )
        little = small["cases"].get(key) if key else None
        lines.append(f"| {name} | {little['median_ms']:.2f} | " if little else f"| {name} | — | ")
        lines[-1] += (
            f"{big['median_ms']:.2f} | {big['p95_ms']:.2f} | "
            f"{little['queries'] if little else '—'}/{big['queries']} | "
            f"{ratio(big['median_ms'], little['median_ms']) if little else '—'} | "
            f"{ratio(big['median_ms'], big['raw']['median_ms'])} | "
            f"{ratio(big['median_ms'], large['floor']['median_ms'])} |"
        )
    for name, fresh in large.get("search_after_change", {}).items():
        little = small.get("search_after_change", {}).get(name)
        lines.append("")
        lines.append(
            f"{name.capitalize()}, the first request after a change: "
            f"{little['median_ms']:.2f} ms ({s}), {fresh['median_ms']:.2f} ms ({big_scale}), "
            f"{big_scale}/{s} **{ratio(fresh['median_ms'], little['median_ms'])}**."
            if little
            else f"{name.capitalize()}, the first request after a change ({big_scale}): "
            f"{fresh['median_ms']:.2f} ms."
        )
    for label, run in ((s, small), (big_scale, large)):
        for name, d in run.get("deep_pages", {}).items():
            steady = ratio(d["deep"]["median_ms"], d["first"]["median_ms"])
            fresh = ratio(d["deep_after_change"]["median_ms"], d["first_after_change"]["median_ms"])
            lines.append("")
            lines.append(
                f"Deep page / first page, {name} ({label}): page {d['page']:,} "
                f"{d['deep']['median_ms']:.2f} ms / page 1 {d['first']['median_ms']:.2f} ms = "
                f"**{steady}**; the first request after a change {fresh} "
                f"({d['deep_after_change']['median_ms']:.2f} / "
                f"{d['first_after_change']['median_ms']:.2f} ms)."
            )
        if "csv_export" in run:
            e = run["csv_export"]
            lines.append("")
            lines.append(
                f"CSV export of all {e['rows']:,} transactions ({label}): "
                f"{e['page']['median_ms']:.0f} ms, raw cursor dump {e['raw']['median_ms']:.0f} ms, "
                f"throughput {100 * e['throughput_ratio']:.0f}% of the raw dump, "
                f"peak Python memory {e['peak_mb']:.1f} MB."
            )
        floor = run["floor"]["median_ms"]
        for url, c in run.get("cached_pages", {}).items():
            lines.append("")
            lines.append(
                f"Anonymous page from the cache, {url} ({label}): {c['median_ms']:.2f} ms, "
                f"{c['queries']} queries, **{ratio(c['median_ms'], floor)}× the floor**."
            )
        for url, f in run.get("files", {}).items():
            lines.append("")
            lines.append(
                f"Built file {url} ({label}, {f['size_mb']:.1f} MB): built by the worker in "
                f"{f['build_ms']:.0f} ms (peak Python memory {f['peak_mb']:.1f} MB); a download "
                f"from storage {f['download']['median_ms']:.2f} ms, {f['queries']} queries, "
                f"{ratio(f['download']['median_ms'], floor)}× the floor."
            )
    lines += map_box_ratios(small) + map_box_ratios(large)
    return "\n".join(lines) + "\n"


def map_box_ratios(run):
    """The wide map boxes (without a zoom, then at each zoom) against the commune-sized box of
    the same run: what asking with the map's zoom saves."""
    base = run["cases"].get("map GeoJSON, a commune-sized box")
    wide = [
        (name, case)
        for name, case in run["cases"].items()
        if name == "map GeoJSON, bounding box" or name.startswith("map, wide box")
    ]
    if not base or not wide:
        return []
    ratios = "; ".join(
        f"{name} {ratio(case['median_ms'], base['median_ms'])}" for name, case in wide
    )
    return ["", f"Map, the wide box / the commune-sized box ({run['scale']}): {ratios}."]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--quick",
        action="store_true",
        help="small data and a few requests (CI); no timing is asserted",
    )
    parser.add_argument("--repeat", type=int, help="requests per measure (default 30, quick 3)")
    parser.add_argument(
        "--database",
        choices=["sqlite", "postgresql"],
        help="only this database (default: SQLite, and PostgreSQL when configured)",
    )
    parser.add_argument(
        "--skip-iati",
        action="store_true",
        help="leave out the IATI file, which takes minutes at national scale",
    )
    args = parser.parse_args()
    scales = ["commune", "district"] if args.quick else ["commune", "national"]
    repeat = args.repeat or (3 if args.quick else 30)
    databases = ["sqlite"]
    if os.environ.get("TAAWUN_BENCH_POSTGRES"):
        databases.append("postgresql")
    if args.database:
        databases = [args.database]
    RESULTS.mkdir(parents=True, exist_ok=True)
    for database in databases:
        runs = [
            measure(database, scale, repeat, skip_exports=False, skip_iati=args.skip_iati)
            for scale in scales
        ]
        text = table(database, *runs)
        print(text)
        if not args.quick:
            (RESULTS / f"{date.today().isoformat()}-{database}.md").write_text(text)


if __name__ == "__main__":
    main()
