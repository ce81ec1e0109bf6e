"""The application's settings for the load run (benchmarks/load/run.py): its URLs plus the
framework floor, no login throttling (one account signs in many times at once)."""

from taawun.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
AXES_ENABLED = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# The manifest storage needs `collectstatic`; the plain storage builds the same URLs.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
