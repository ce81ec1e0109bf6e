"""Heavy public files built by the worker and sent from storage (core.published): the request
builds nothing; a file never built is a 503 with its build queued; a stale file is served while
the new one builds; after a change, the worker rebuilds what is kept ahead."""

import hashlib

import pytest
from django.http import HttpResponse
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from taawun.core import published
from taawun.core.caching import bump
from taawun.core.models import BuiltFile
from taawun.core.published import queue_build as QUEUE_BUILD
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def real_queue(monkeypatch):
    """Undo the suite's "build at once" (conftest): here the queue is what is tested."""
    monkeypatch.setattr(published, "queue_build", QUEUE_BUILD)


@pytest.fixture
def counted(monkeypatch):
    """A kind of file whose builds are counted and whose content says which build it is."""
    builds = []

    def build(key):
        builds.append(key)
        return HttpResponse(
            f"{key} build {len(builds)}".encode(),
            content_type="text/plain; charset=utf-8",
            headers={"Content-Disposition": f'inline; filename="{key}.txt"'},
        )

    # Only this kind: the application's files would be rebuilt too.
    monkeypatch.setattr(published, "KINDS", {"test": published.Kind(build, lambda: ["ahead"])})
    return builds


def run_queued():
    """What the worker does (`manage.py db_worker`): run each queued task, oldest first —
    the rebuild after a change is deferred by DELAY_SECONDS: its time has come."""
    ran = []
    for result in DBTaskResult.objects.order_by("enqueued_at"):
        ran.append(result.task.call(*result.task_result.args, **result.task_result.kwargs))
        result.delete()
    return ran


def queued_paths():
    return [result.task_path for result in DBTaskResult.objects.all()]


def test_a_file_never_built_is_503_and_its_build_queued_once(rf, counted):
    with translation.override("en"):
        first = published.serve(rf.get("/f"), "test", "one")
    assert first.status_code == 503 and first["Retry-After"] == "30"
    assert "being prepared" in first.content.decode()
    published.serve(rf.get("/f"), "test", "one")
    assert queued_paths() == ["taawun.core.published.build_file"]
    assert counted == []  # the requests built nothing
    run_queued()
    assert counted == ["one"]
    response = published.serve(rf.get("/f"), "test", "one")
    body = b"".join(response.streaming_content)
    assert response.status_code == 200 and body == b"one build 1"
    assert response["Content-Length"] == str(len(body))
    assert response["ETag"] == f'"{hashlib.sha256(body).hexdigest()}"'
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="one.txt"'
    assert response["Last-Modified"]
    row = BuiltFile.objects.get(kind="test", key="one")
    assert published.storage().exists(row.path) and row.size == len(body)


def test_the_reader_who_has_the_file_gets_304(rf, counted):
    published.build("test", "one")
    etag = published.serve(rf.get("/f"), "test", "one")["ETag"]
    again = published.serve(rf.get("/f", HTTP_IF_NONE_MATCH=etag), "test", "one")
    assert again.status_code == 304


def test_a_stale_file_is_served_while_the_new_one_builds(rf, counted):
    old = published.build("test", "one")
    bump()  # the data changed
    response = published.serve(rf.get("/f"), "test", "one")
    assert b"".join(response.streaming_content) == b"one build 1"
    assert counted == ["one"] and queued_paths() == ["taawun.core.published.build_file"]
    run_queued()
    fresh = BuiltFile.objects.get(kind="test", key="one")
    assert fresh.version > old.version
    assert b"".join(published.serve(rf.get("/f"), "test", "one").streaming_content) == (
        b"one build 2"
    )


def test_a_row_whose_file_is_gone_is_built_again(rf, counted):
    row = published.build("test", "one")
    published.storage().delete(row.path)  # a restore brings the rows back, not the files
    assert published.serve(rf.get("/f"), "test", "one").status_code == 503
    run_queued()
    assert published.serve(rf.get("/f"), "test", "one").status_code == 200


def test_after_a_change_the_worker_rebuilds_what_is_ahead_and_what_was_asked(
    counted, django_capture_on_commit_callbacks
):
    asked = published.build("test", "asked")
    with django_capture_on_commit_callbacks(execute=True):
        ProjectFactory(is_public=True)  # a change of the public data, committed
    assert "taawun.core.published.rebuild_files" in queued_paths()
    with django_capture_on_commit_callbacks(execute=True):
        ProjectFactory(is_public=True)  # the same burst: no second rebuild
    assert queued_paths().count("taawun.core.published.rebuild_files") == 1
    with django_capture_on_commit_callbacks(execute=True):  # the worker's commits
        run_queued()
    assert sorted(counted) == ["ahead", "asked", "asked"]
    assert BuiltFile.objects.get(kind="test", key="asked").version > asked.version
    assert not published.storage().exists(asked.path)  # the previous file is deleted


def test_a_failing_build_does_not_stop_the_others(monkeypatch, counted, caplog):
    def broken(key):
        raise RuntimeError("no")

    monkeypatch.setitem(published.KINDS, "broken", published.Kind(broken, lambda: ["x"]))
    built = published.rebuild_files.call()
    assert len(built) == 1 and counted == ["ahead"]
    assert "Building broken x failed" in caplog.text


def test_the_iati_file_is_served_from_storage_and_rebuilt_by_the_worker_after_a_change(
    client, django_capture_on_commit_callbacks
):
    """The issue's acceptance: the request only sends what the worker built."""
    project = ProjectFactory(is_public=True, title_fr="Éclairage public de Tamraght")
    assert client.get("/open-data/iati/activities.xml").status_code == 503
    run_queued()
    response = client.get("/open-data/iati/activities.xml")
    first = b"".join(response.streaming_content).decode()
    assert response.status_code == 200 and "Éclairage public de Tamraght" in first
    assert int(response["Content-Length"]) == len(first.encode())
    row = BuiltFile.objects.get(kind="iati", key="activities")
    with published.storage().open(row.path) as stored:
        assert stored.read().decode() == first

    with django_capture_on_commit_callbacks(execute=True):
        project.title_fr = "Éclairage public d'Aourir"
        project.save()
    stale = b"".join(client.get("/open-data/iati/activities.xml").streaming_content).decode()
    assert "Éclairage public de Tamraght" in stale  # the request did not build the new one
    run_queued()
    fresh = b"".join(client.get("/open-data/iati/activities.xml").streaming_content).decode()
    assert "Éclairage public d&apos;Aourir" in fresh or "Éclairage public d'Aourir" in fresh
    assert "Éclairage public de Tamraght" not in fresh


def test_the_command_builds_what_is_out_of_date(counted):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("build_files", stdout=out)
    assert counted == ["ahead"] and "1 file(s) built." in out.getvalue()
    call_command("build_files", stdout=out)
    assert counted == ["ahead"]  # current already
