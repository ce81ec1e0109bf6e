"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def check_secret_key(app_configs, **kwargs):
    if settings.SECRET_KEY.startswith("insecure-"):
        return [
            Error(
                "SECRET_KEY is the development default.",
                hint="Set the SECRET_KEY environment variable to a long random value.",
                id="taawun.E001",
            )
        ]
    return []


@register(Tags.security)
def check_private_files(app_configs, **kwargs):
    """Private files must live where no URL serves them, and reach readers by a known way."""
    from pathlib import Path

    from .files import SERVERS

    errors = []
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    for name in ("MEDIA_ROOT", "STATIC_ROOT"):
        served = getattr(settings, name, None)
        if served and (
            private.is_relative_to(Path(served).resolve())
            or Path(served).resolve().is_relative_to(private)
        ):
            errors.append(
                Error(
                    f"PRIVATE_MEDIA_ROOT ({private}) overlaps {name}, which is served as it is.",
                    hint="Keep the private files in a folder of their own.",
                    id="taawun.E002",
                )
            )
    if settings.PRIVATE_MEDIA_SERVER not in SERVERS:
        errors.append(
            Error(
                f"PRIVATE_MEDIA_SERVER is {settings.PRIVATE_MEDIA_SERVER!r}.",
                hint='Set it to "nginx", "apache" or leave it empty.',
                id="taawun.E003",
            )
        )
    return errors
