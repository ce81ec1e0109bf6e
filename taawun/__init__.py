"""Taawun. Importing the package first points zoneinfo at the `tzdata` package.

Morocco's clock changed for good on 2026-09-20 (Africa/Casablanca at UTC+00:00, IANA tzdata
2026c); the system's zone files on a server may be older. An empty search path makes zoneinfo
read the zone data of the `tzdata` package (a dependency, kept current by uv.lock) in every
process: the settings module lives in this package, so the server (wsgi, asgi), every
manage.py command, the workers and the tests all import this first.
"""

import zoneinfo

zoneinfo.reset_tzpath(to=[])
zoneinfo.ZoneInfo.clear_cache()
