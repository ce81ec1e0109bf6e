"""Measure one database at one scale; print JSON. Run by benchmarks/bench.py in a subprocess
whose environment selects the database (SQLITE_PATH or DATABASE_URL).

Latency is server-side: the request goes through Django's full handler (middleware, view,
template, queries) in this process, without a network in between.
"""

import argparse
import csv
import io
import json
import os
import statistics
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "taawun.settings")
os.environ.setdefault("SECURE_SSL", "false")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

settings.ROOT_URLCONF = "benchmarks.urls"
settings.ALLOWED_HOSTS = ["testserver"]
settings.AXES_ENABLED = False
# Every case measures the page as rendered; the rows "from the cache" switch it on themselves.
settings.PUBLIC_PAGE_CACHE = False
# The manifest storage needs `collectstatic`; URLs of plain storage cost the same to build.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A FileField's callable storage (core.files.private_storage) read settings.STORAGES when the
# models loaded, which cached the storages before the line above: read them afresh.
from django.core.files.storage import storages  # noqa: E402

storages.__dict__.pop("backends", None)
storages._backends = None
storages._storages = {}


def timed(call, repeat, warmup):
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    return {"median_ms": statistics.median(samples), "p95_ms": p95}


def get(client, url):
    def call():
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        if response.streaming:
            for _ in response.streaming_content:
                pass
        else:
            response.content  # noqa: B018
        return response

    return call


def raw(sql_list):
    def call():
        with connection.cursor() as cursor:
            for sql, params in sql_list:
                cursor.execute(sql, params)
                cursor.fetchall()

    return call


def queries_of(call):
    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured)


def ensure_data(scale, seed):
    call_command("migrate", verbosity=0)
    from taawun.accounts.models import User
    from taawun.coordination.models import Committee
    from taawun.participation.models import Priority
    from taawun.partners.models import Partner
    from taawun.projects.models import Project

    if not Partner.objects.filter(name_fr__startswith="GEN-").exists():
        call_command("generate_dataset", scale=scale, seed=seed, stdout=sys.stderr)
    elif (
        not Committee.objects.filter(name_fr__startswith="GEN-").exists()
        or not Priority.objects.filter(title__startswith="GEN-").exists()
        or not Project.objects.filter(code__startswith="GEN-", pac_axis__isnull=False).exists()
    ):
        # A dataset generated before the generator made committees, priorities or the axes of
        # the action programme: made again,
        # without the representative of a previous run (its generated partner goes).
        User.objects.filter(username="bench-representative").delete()
        call_command("generate_dataset", scale=scale, seed=seed, replace=True, stdout=sys.stderr)


def french_slug(record):
    """The slug of the record's French page (a slug is in the page's language; another one
    answers a redirect)."""
    from django.utils import translation

    with translation.override("fr"):
        return record.slug


REPRESENTATIVE_HOME = "home (partner representative)"


def represented_partner():
    """The generated partner that is a party to the most agreements (then the first): the
    representative whose home has the most to show."""
    from django.db.models import Count

    from taawun.partners.models import Partner

    return (
        Partner.objects.filter(name_fr__startswith="GEN-")
        .annotate(n=Count("parties"))
        .order_by("-n", "pk")
        .first()
    )


def answered_priority():
    """The first generated published priority whose published answer links a public project
    (then the first published one): the public page with the whole chain to show."""
    from taawun.participation.models import Priority

    published = Priority.public_objects.filter(title__startswith="GEN-").order_by("pk")
    chained = published.filter(
        answer_published_at__isnull=False, links__project__is_public=True
    ).first()
    return chained or published.first()


def participation_cases():
    """The participation pages: priorities (public list, a priority's page, the workspace's
    moderation queue), the register of requests for information and the petitions."""
    priority = answered_priority()
    # the workspace's queue: awaiting moderation first, then the newest; new reports counted
    pending_first = "CASE WHEN p.moderation = 'pending' THEN 0 ELSE 1 END"
    return [
        (
            "priority list, page 1",
            "/fr/priorities/",
            [
                (
                    "SELECT COUNT(*) FROM participation_priority WHERE moderation = 'published'",
                    [],
                ),
                (
                    "SELECT p.id, p.title, p.published_at, p.supports_count, p.paper_supports, "
                    "p.answer_state, l.name_fr, d.name_fr FROM participation_priority p "
                    "JOIN territory_locality l ON l.id = p.locality_id "
                    "JOIN territory_domain d ON d.id = p.domain_id "
                    "WHERE p.moderation = 'published' ORDER BY p.published_at DESC, p.id DESC LIMIT 20",
                    [],
                ),
            ],
        ),
        (
            "priority detail",
            f"/fr/priorities/{priority.pk}/{french_slug(priority)}/",
            [
                (
                    "SELECT p.*, l.name_fr, d.name_fr FROM participation_priority p "
                    "JOIN territory_locality l ON l.id = p.locality_id "
                    "JOIN territory_domain d ON d.id = p.domain_id WHERE p.id = %s",
                    [priority.pk],
                ),
                (
                    "SELECT pp.kind, pr.* FROM participation_priorityproject pp "
                    "JOIN projects_project pr ON pr.id = pp.project_id "
                    "WHERE pp.priority_id = %s AND pr.is_public ORDER BY pp.id",
                    [priority.pk],
                ),
                (
                    "SELECT i.* FROM projects_indicator i JOIN participation_priorityproject pp "
                    "ON pp.project_id = i.project_id WHERE pp.priority_id = %s",
                    [priority.pk],
                ),
            ],
        ),
        (
            "information requests register",
            "/fr/information-requests/",
            [
                (
                    "SELECT COUNT(*), SUM(CASE WHEN state = 'received' THEN 1 ELSE 0 END), "
                    "SUM(CASE WHEN state = 'received' AND due_on < %s THEN 1 ELSE 0 END), "
                    "SUM(CASE WHEN state IN ('answered', 'partly', 'refused') "
                    "AND answered_on <= due_on THEN 1 ELSE 0 END), "
                    "SUM(CASE WHEN extended THEN 1 ELSE 0 END) FROM participation_informationrequest",
                    [date.today().isoformat()],
                ),
                (
                    "SELECT reference, received_on, due_on, extended, state, answered_on, urgent, "
                    "refusal_ground, public_summary_fr FROM participation_informationrequest "
                    "ORDER BY received_on DESC, number DESC LIMIT 30",
                    [],
                ),
            ],
        ),
        (
            "petition list",
            "/fr/petitions/",
            [
                (
                    "SELECT COUNT(*) FROM participation_petition WHERE state <> 'withdrawn'",
                    [],
                ),
                (
                    "SELECT p.id, p.reference, p.title, p.state, p.deposited_on, COUNT(s.id) "
                    "FROM participation_petition p LEFT JOIN participation_petitionsignature s "
                    "ON s.petition_id = p.id WHERE p.state <> 'withdrawn' "
                    "GROUP BY p.id, p.reference, p.title, p.state, p.deposited_on "
                    "ORDER BY p.deposited_on DESC, p.number DESC LIMIT 30",
                    [],
                ),
            ],
        ),
        (
            "priority moderation queue, page 1 (council)",
            "/fr/manage/participation/",
            [
                (
                    "SELECT COUNT(*), SUM(CASE WHEN moderation = 'pending' THEN 1 ELSE 0 END) "
                    "FROM participation_priority",
                    [],
                ),
                (
                    "SELECT p.id, p.title, p.moderation, p.answer_state, l.name_fr, d.name_fr, "
                    "(SELECT COUNT(*) FROM participation_priorityflag f WHERE f.priority_id = p.id "
                    "AND f.created_at > p.moderated_at) FROM participation_priority p "
                    "JOIN territory_locality l ON l.id = p.locality_id "
                    "JOIN territory_domain d ON d.id = p.domain_id "
                    f"ORDER BY {pending_first}, p.created_at DESC, p.id DESC LIMIT 50",
                    [],
                ),
            ],
        ),
    ]


def cases():
    """(name, url, raw SQL floor) for each key request, chosen deterministically from the data."""
    from taawun.agreements.lifecycle import PUBLISHED
    from taawun.coordination.models import Committee
    from taawun.partners.models import Partner
    from taawun.projects.models import Project, ProjectLocation

    project = Project.public_objects.filter(locations__isnull=False).order_by("pk").first()
    committee = Committee.objects.filter(name_fr__startswith="GEN-").order_by("pk").first()
    place = ProjectLocation.objects.filter(project=project).first()
    partner = Partner.public_objects.filter(name_fr__startswith="GEN-").order_by("pk").first()
    public = Project.public_objects.filter(status="2").count()
    deep_page = max(1, (public + 19) // 20 - 1)
    lat, lon = float(place.latitude), float(place.longitude)
    bbox = f"{lon - 0.5},{lat - 0.5},{lon + 0.5},{lat + 0.5}"
    # About the size of one commune (Aourir spans ~0.1°): as many points at either scale.
    small_bbox = f"{lon - 0.05},{lat - 0.05},{lon + 0.05},{lat + 0.05}"
    stages = tuple(sorted(PUBLISHED))
    in_stages = ",".join(["%s"] * len(stages))
    q = "%route%"
    return [
        (
            "public home",
            "/fr/",
            [
                (
                    "SELECT COUNT(*) FROM partners_partner WHERE is_public AND archived_at IS NULL",
                    [],
                ),
                (
                    "SELECT COUNT(*), SUM(budget), SUM(secured_mad) FROM projects_project WHERE is_public",
                    [],
                ),
            ],
        ),
        (
            "project list, filtered, page 1",
            "/fr/projects/?status=2",
            [
                ("SELECT COUNT(*) FROM projects_project WHERE is_public AND status = '2'", []),
                (
                    "SELECT id, code, title_fr, budget, secured_mad FROM projects_project "
                    "WHERE is_public AND status = '2' ORDER BY code LIMIT 20",
                    [],
                ),
            ],
        ),
        (
            f"project list, filtered, page {deep_page}",
            f"/fr/projects/?status=2&page={deep_page}",
            [
                ("SELECT COUNT(*) FROM projects_project WHERE is_public AND status = '2'", []),
                (
                    "SELECT id, code, title_fr, budget, secured_mad FROM projects_project "
                    f"WHERE is_public AND status = '2' ORDER BY code LIMIT 20 OFFSET {20 * (deep_page - 1)}",
                    [],
                ),
            ],
        ),
        (
            "project detail",
            f"/fr/projects/{project.pk}/{french_slug(project)}/",
            [
                ("SELECT * FROM projects_project WHERE id = %s", [project.pk]),
                ("SELECT * FROM projects_transaction WHERE project_id = %s", [project.pk]),
                ("SELECT * FROM projects_indicator WHERE project_id = %s", [project.pk]),
            ],
        ),
        (
            "partner detail",
            f"/fr/partners/{partner.pk}/{french_slug(partner)}/",
            [
                ("SELECT * FROM partners_partner WHERE id = %s", [partner.pk]),
                (
                    "SELECT a.id FROM agreements_agreement a JOIN agreements_party p ON p.agreement_id = a.id "
                    f"WHERE p.partner_id = %s AND a.is_public AND a.stage IN ({in_stages})",
                    [partner.pk, *stages],
                ),
            ],
        ),
        (
            "agreement register",
            "/fr/agreements/",
            [
                (
                    f"SELECT COUNT(*) FROM agreements_agreement WHERE is_public AND stage IN ({in_stages})",
                    list(stages),
                ),
                (
                    "SELECT id, reference, title_fr FROM agreements_agreement WHERE is_public AND stage IN "
                    f"({in_stages}) ORDER BY council_date DESC, id DESC LIMIT 20",
                    list(stages),
                ),
            ],
        ),
        (
            "map GeoJSON, bounding box",
            f"/api/v1/projects/geojson/?bbox={bbox}",
            [
                (
                    "SELECT l.latitude, l.longitude, p.id, p.code FROM projects_projectlocation l "
                    "JOIN projects_project p ON p.id = l.project_id WHERE p.is_public AND "
                    "l.latitude BETWEEN %s AND %s AND l.longitude BETWEEN %s AND %s",
                    [lat - 0.5, lat + 0.5, lon - 0.5, lon + 0.5],
                ),
            ],
        ),
        (
            "map GeoJSON, a commune-sized box",
            f"/api/v1/projects/geojson/?bbox={small_bbox}",
            [
                (
                    "SELECT l.latitude, l.longitude, p.id, p.code FROM projects_projectlocation l "
                    "JOIN projects_project p ON p.id = l.project_id WHERE p.is_public AND "
                    "l.latitude BETWEEN %s AND %s AND l.longitude BETWEEN %s AND %s",
                    [lat - 0.05, lat + 0.05, lon - 0.05, lon + 0.05],
                ),
            ],
        ),
        *wide_map_cases(lat, lon),
        (
            "API project list",
            "/api/v1/projects/",
            [
                ("SELECT COUNT(*) FROM projects_project WHERE is_public", []),
                ("SELECT * FROM projects_project WHERE is_public ORDER BY id LIMIT 50", []),
            ],
        ),
        (
            "API partner list",
            "/api/v1/partners/",
            [
                (
                    "SELECT COUNT(*) FROM partners_partner WHERE is_public AND archived_at IS NULL",
                    [],
                ),
                (
                    "SELECT * FROM partners_partner WHERE is_public AND archived_at IS NULL "
                    "ORDER BY id LIMIT 50",
                    [],
                ),
            ],
        ),
        (
            "text search",
            "/fr/projects/?q=route",
            [
                (
                    "SELECT COUNT(*) FROM projects_project WHERE is_public AND (title_fr LIKE %s OR "
                    "title_ar LIKE %s OR code LIKE %s)",
                    [q, q, q],
                ),
                (
                    "SELECT id, code, title_fr FROM projects_project WHERE is_public AND (title_fr LIKE %s "
                    "OR title_ar LIKE %s OR code LIKE %s) ORDER BY code LIMIT 20",
                    [q, q, q],
                ),
            ],
        ),
        (
            # "إعادة تأهيل" as most people type it on a phone: no hamza, ha for ta marbuta
            "text search, Arabic as typed",
            "/fr/projects/?q=" + quote("اعاده تاهيل"),
            [
                (
                    "SELECT COUNT(*) FROM projects_project WHERE is_public AND (title_ar LIKE %s)",
                    ["%إعادة تأهيل%"],
                ),
                (
                    "SELECT id, code, title_fr FROM projects_project WHERE is_public AND "
                    "title_ar LIKE %s ORDER BY code LIMIT 20",
                    ["%إعادة تأهيل%"],
                ),
            ],
        ),
        (
            "committee detail with its meetings (council)",
            f"/fr/manage/coordination/{committee.pk}/",
            [
                ("SELECT * FROM coordination_committee WHERE id = %s", [committee.pk]),
                ("SELECT * FROM coordination_membership WHERE committee_id = %s", [committee.pk]),
                ("SELECT * FROM coordination_meeting WHERE committee_id = %s", [committee.pk]),
            ],
        ),
        (
            "overdue action items, page 1 (council)",
            "/fr/manage/coordination/actions/?overdue=1",
            [
                (
                    "SELECT COUNT(*) FROM coordination_actionitem WHERE status NOT IN "
                    "('done', 'cancelled') AND due_on < %s",
                    [date.today().isoformat()],
                ),
                (
                    "SELECT a.id, a.title_fr, a.due_on, c.name_fr, p.name_fr "
                    "FROM coordination_actionitem a "
                    "JOIN coordination_committee c ON c.id = a.committee_id "
                    "LEFT JOIN partners_partner p ON p.id = a.owner_partner_id "
                    "WHERE a.status NOT IN ('done', 'cancelled') AND a.due_on < %s "
                    "ORDER BY a.due_on, a.id LIMIT 50",
                    [date.today().isoformat()],
                ),
            ],
        ),
        (
            "API public meeting list",
            "/api/v1/meetings/",
            [
                (
                    "SELECT COUNT(*) FROM coordination_meeting m JOIN coordination_committee c "
                    "ON c.id = m.committee_id WHERE m.visibility = 'public' AND c.is_public",
                    [],
                ),
                (
                    "SELECT m.* FROM coordination_meeting m JOIN coordination_committee c "
                    "ON c.id = m.committee_id WHERE m.visibility = 'public' AND c.is_public "
                    "ORDER BY m.starts_at DESC, m.id LIMIT 50",
                    [],
                ),
            ],
        ),
        (
            # the same URL as a representative: reports.workplace.home_context, its own agreements
            REPRESENTATIVE_HOME,
            "/fr/manage/",
            [
                (
                    "SELECT a.* FROM agreements_agreement a JOIN agreements_party p "
                    "ON p.agreement_id = a.id WHERE p.partner_id = %s ORDER BY a.id LIMIT 10",
                    [represented_partner().pk],
                ),
            ],
        ),
        (
            "dashboard (council)",
            "/fr/manage/",
            [
                (
                    "SELECT COUNT(*), SUM(budget), SUM(planned_mad), SUM(committed_mad), "
                    "SUM(disbursed_mad), SUM(spent_mad), SUM(secured_mad), SUM(commune_mad) "
                    "FROM projects_project",
                    [],
                ),
            ],
        ),
        *participation_cases(),
        *alignment_cases(),
    ]


def wide_map_cases(lat, lon):
    """The ±0.5° box of "map GeoJSON, bounding box" as the map asks it, with its zoom: below a
    street's zoom and with many places, the server's clusters (core.geo.grid_clusters). The
    floor is that one grouped query."""
    from taawun.core.geo import cell_degrees

    box = (lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5)
    cases = []
    for zoom in (6, 9, 12):
        cell = cell_degrees(zoom, box)
        grouped = (
            "SELECT FLOOR(CAST(l.longitude AS DOUBLE PRECISION) / %s) x, "
            "FLOOR(CAST(l.latitude AS DOUBLE PRECISION) / %s) y, COUNT(*), MIN(l.longitude), "
            "MIN(l.latitude), MAX(l.longitude), MAX(l.latitude), "
            "AVG(CAST(l.longitude AS DOUBLE PRECISION)), AVG(CAST(l.latitude AS DOUBLE PRECISION)) "
            "FROM projects_projectlocation l JOIN projects_project p ON p.id = l.project_id "
            "WHERE p.is_public AND l.latitude BETWEEN %s AND %s AND l.longitude BETWEEN %s AND %s "
            "GROUP BY x, y ORDER BY x, y"
        )
        cases.append(
            (
                f"map, wide box at zoom {zoom}",
                f"/api/v1/projects/geojson/?bbox={','.join(map(str, box))}&zoom={zoom}",
                [(grouped, [cell, cell, box[1], box[3], box[0], box[2]])],
            )
        )
    return cases


def alignment_cases():
    """The alignment matrix (reports.alignment): the workspace's, with the partners interested
    in each axis, and the portal's aggregates. The floor is its two largest aggregates: the
    partners' obligations and the projects, grouped by axis."""
    floor = [
        (
            "SELECT a.pac_axis_id, SUM(o.mad_value), COUNT(DISTINCT a.id), "
            "COUNT(DISTINCT p.partner_id), MIN(o.due_date) FROM agreements_obligation o "
            "JOIN agreements_party p ON p.id = o.party_id "
            "JOIN agreements_agreement a ON a.id = p.agreement_id GROUP BY a.pac_axis_id",
            [],
        ),
        (
            "SELECT pac_axis_id, COUNT(*), SUM(budget), SUM(CASE WHEN budget > secured_mad "
            "THEN budget - secured_mad ELSE 0 END) FROM projects_project GROUP BY pac_axis_id",
            [],
        ),
    ]
    return [
        ("alignment matrix (council)", "/fr/manage/alignment/", floor),
        ("alignment matrix, public", "/fr/report/alignment/", floor),
    ]


def deep_page_cases(signed_in, anonymous, repeat, warmup):
    """Deep page / first page (issue 16, target <= 1.2 at national scale): the filtered
    workspace project list and the API list, each at page 1 and at its last-but-one page.
    Steady, as most readers get them (the count and the row keys kept under the data version),
    and just after a change (the version moved before each request: page 1 counts again, a deep
    page also reads its list's keys once). Signed in and through the API: no whole-page cache
    answers for the view."""
    from django.core.cache import cache

    from taawun.core.caching import KEY, data_version
    from taawun.projects.models import Project

    def changed(call):
        def run():
            cache.set(KEY, data_version() + 1, None)
            call()

        return run

    workspace = (Project.objects.filter(status="2").count() + 24) // 25
    api = (Project.public_objects.count() + 49) // 50
    lists = [
        ("workspace project list, filtered", signed_in, "/fr/manage/projects/?status=2", workspace),
        ("API project list", anonymous, "/api/v1/projects/", api),
    ]
    result = {}
    for name, client, url, pages in lists:
        deep = max(1, pages - 1)
        first_page, deep_page = (
            get(client, url),
            get(client, f"{url}{'&' if '?' in url else '?'}page={deep}"),
        )
        fresh = max(3, repeat // 3)
        result[name] = {
            "page": deep,
            "first": timed(first_page, repeat, warmup),
            "deep": timed(deep_page, repeat, warmup),
            "first_after_change": timed(changed(first_page), fresh, 1),
            "deep_after_change": timed(changed(deep_page), fresh, 1),
        }
    return result


def search_after_change_cases(anonymous, repeat):
    """The text searches of the table just after a change (the version moved before each
    request): a long list of matches is then counted and its keys read again, where the table's
    rows are those of a reader arriving after someone else."""
    from django.core.cache import cache

    from taawun.core.caching import KEY, data_version

    result = {}
    for name, url, _sql in cases():
        if not name.startswith("text search"):
            continue
        call = get(anonymous, url)

        def changed(call=call):
            cache.set(KEY, data_version() + 1, None)
            call()

        result[name] = timed(changed, max(3, repeat // 3), 1)
    return result


def export_case(client, repeat):
    """CSV export of every transaction: time, peak Python memory, and the raw cursor floor."""
    columns = (
        "SELECT p.code, t.type, t.date, pr.name_fr, t.amount, t.currency, t.rate, "
        "t.mad_value, t.description_ar, t.description_fr, t.description_en "
        "FROM projects_transaction t "
        "JOIN projects_project p ON p.id = t.project_id "
        "JOIN partners_partner pr ON pr.id = t.provider_id"
    )
    from taawun.projects.models import Transaction

    rows = Transaction.objects.count()

    def page():
        response = client.get("/fr/manage/projects/transactions/export.csv")
        if response.status_code != 200:
            raise RuntimeError(f"export answered {response.status_code}")
        for _ in response.streaming_content:
            pass

    def dump():
        sink = io.StringIO()
        writer = csv.writer(sink)
        with connection.cursor() as cursor:
            cursor.execute(columns)
            while batch := cursor.fetchmany(5000):
                writer.writerows(batch)
                sink.seek(0)
                sink.truncate()

    tracemalloc.start()
    page()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    page_time = timed(page, repeat, 0)
    dump_time = timed(dump, repeat, 0)
    return {
        "rows": rows,
        "page": page_time,
        "raw": dump_time,
        "peak_mb": peak / 1_048_576,
        "throughput_ratio": dump_time["median_ms"] / page_time["median_ms"],
    }


CACHED_PAGES = ["/fr/", "/fr/projects/", "/ar/partners/"]


def cached_page_cases(anonymous, repeat, warmup):
    """Anonymous portal pages served whole from the shared cache (core.caching): the first
    request renders and keeps the page, the timed ones are answered before the view."""
    settings.PUBLIC_PAGE_CACHE = True
    try:
        cases = {}
        for url in CACHED_PAGES:
            call = get(Client(), url)
            call()
            cases[url] = {**timed(call, repeat, warmup), "queries": queries_of(call)}
        return cases
    finally:
        settings.PUBLIC_PAGE_CACHE = False


def built_file_cases(anonymous, repeat, warmup, skip_iati):
    """Heavy files (core.published): what the worker spends building one (time, peak Python
    memory) and what a download costs, sent from storage."""
    from taawun.core import published

    names = [("dataset", "projects.csv", "/open-data/projects.csv")]
    if not skip_iati:
        names.append(("iati", "activities", "/open-data/iati/activities.xml"))
    cases = {}
    for kind, key, url in names:
        tracemalloc.start()
        started = time.perf_counter()
        row = published.build(kind, key)
        build_ms = (time.perf_counter() - started) * 1000
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        download = get(anonymous, url)
        cases[url] = {
            "build_ms": build_ms,
            "peak_mb": peak / 1_048_576,
            "size_mb": row.size / 1_048_576,
            "download": timed(download, repeat, warmup),
            "queries": queries_of(download),
        }
    return cases


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--skip-exports", action="store_true")
    parser.add_argument(
        "--skip-iati", action="store_true", help="skip the IATI file (minutes at national scale)"
    )
    args = parser.parse_args()
    ensure_data(args.scale, args.seed)
    from taawun.accounts.models import User

    council, _ = User.objects.get_or_create(username="bench-council", defaults={"role": "council"})
    representative, _ = User.objects.update_or_create(
        username="bench-representative",
        defaults={"role": "partner", "partner": represented_partner()},
    )
    anonymous, signed_in, represented = Client(), Client(), Client()
    signed_in.force_login(council)
    represented.force_login(representative)
    result = {"scale": args.scale, "database": connection.vendor, "cases": {}}
    result["floor"] = timed(get(anonymous, "/bench/floor/"), args.repeat * 2, args.warmup)
    for name, url, sql in cases():
        client = signed_in if url.startswith("/fr/manage/") else anonymous
        if name == REPRESENTATIVE_HOME:
            client = represented
        call = get(client, url)
        call()
        result["cases"][name] = {
            "url": url,
            **timed(call, args.repeat, args.warmup),
            "queries": queries_of(call),
            "raw": timed(raw(sql), args.repeat, args.warmup),
        }
    result["deep_pages"] = deep_page_cases(signed_in, anonymous, args.repeat, args.warmup)
    result["search_after_change"] = search_after_change_cases(anonymous, args.repeat)
    if not args.skip_exports:
        result["csv_export"] = export_case(signed_in, max(1, args.repeat // 10))
    result["cached_pages"] = cached_page_cases(anonymous, args.repeat, args.warmup)
    result["files"] = built_file_cases(anonymous, args.repeat, args.warmup, args.skip_iati)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
