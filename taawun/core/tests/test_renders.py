"""One render per document and data version, however many ask at once (core.renders)."""

import threading
import time

import pytest
from django.core.cache import cache

from taawun.core import renders


class Counting:
    """A render that counts its calls and takes `seconds`, or waits for `release`."""

    def __init__(self, content=b"%PDF-1", seconds=0.3, release=None):
        self.calls = 0
        self.content = content
        self.seconds = seconds
        self.release = release
        self.started = threading.Event()

    def __call__(self):
        self.calls += 1
        self.started.set()
        if self.release is not None:
            assert self.release.wait(10)
        else:
            time.sleep(self.seconds)
        return self.content


def in_threads(count, call):
    results = [None] * count

    def run(index):
        results[index] = call()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    return results


def test_six_readers_at_once_start_one_render_and_all_get_its_file():
    build = Counting()
    results = in_threads(6, lambda: renders.rendered("doc", build, version=7))
    assert build.calls == 1
    assert {(r.content, r.version, r.stale) for r in results} == {(b"%PDF-1", 7, False)}


def test_the_next_reader_of_the_same_version_gets_the_kept_file():
    build = Counting(seconds=0)
    for _ in range(3):
        assert renders.rendered("doc", build, version=7).content == b"%PDF-1"
    assert build.calls == 1


def test_a_reader_during_the_render_of_a_newer_version_gets_the_previous_file():
    renders.rendered("doc", Counting(b"old", seconds=0), version=7)
    release = threading.Event()
    newer = Counting(b"new", release=release)
    renderer = threading.Thread(target=renders.rendered, args=("doc", newer), kwargs={"version": 8})
    renderer.start()
    assert newer.started.wait(5)
    again = Counting(b"other")
    result = renders.rendered("doc", again, version=8)
    assert (result.content, result.version, result.stale) == (b"old", 7, True)
    assert again.calls == 0
    release.set()
    renderer.join(10)
    assert renders.rendered("doc", again, version=8) == renders.Rendered(b"new", 8, False)
    assert (newer.calls, again.calls) == (1, 0)


def test_a_reader_without_a_previous_file_waits_for_the_render():
    release = threading.Event()
    first = Counting(b"first", release=release)
    renderer = threading.Thread(target=renders.rendered, args=("doc", first), kwargs={"version": 3})
    renderer.start()
    assert first.started.wait(5)
    threading.Timer(0.5, release.set).start()
    second = Counting(b"second")
    result = renders.rendered("doc", second, version=3)
    renderer.join(10)
    assert (result.content, result.stale, first.calls, second.calls) == (b"first", False, 1, 0)


def test_the_wait_is_bounded():
    cache.add("render:doc:v3:lock", "someone else", 60)
    started = time.monotonic()
    assert renders.rendered("doc", Counting(), version=3, wait=0.5) is None
    assert time.monotonic() - started < 3


def test_a_failed_render_frees_the_lock_for_the_next_reader():
    def broken():
        raise RuntimeError("WeasyPrint fell over")

    with pytest.raises(RuntimeError):
        renders.rendered("doc", broken, version=4)
    build = Counting(seconds=0)
    assert renders.rendered("doc", build, version=4, wait=0).content == b"%PDF-1"
    assert build.calls == 1


def test_versions_years_and_languages_are_kept_apart():
    build = Counting(seconds=0)
    renders.rendered("annual-report:2025:ar", build, version=1)
    renders.rendered("annual-report:2025:fr", build, version=1)
    renders.rendered("annual-report:2024:ar", build, version=1)
    renders.rendered("annual-report:2025:ar", build, version=2)
    assert build.calls == 4
