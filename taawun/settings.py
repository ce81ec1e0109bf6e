"""Settings for Taawun, read from environment variables (see README, "Configuration").

Grouped by concern: Django, security, i18n, storage, mail, third party, Taawun's own."""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    return int(os.environ.get(name, str(default)))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Django: applications, requests, database, cache, accounts, logging -----------------------
DEBUG = env_bool("DEBUG", False)
# The fallback key only exists so `make demo` and the tests run without configuration;
# production refuses to start with it (see the check in taawun.core.checks).
SECRET_KEY = os.environ.get("SECRET_KEY", "insecure-development-key-change-me")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_htmx",
    "django_filters",
    "django_countries",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "django_tasks_db",
    "taawun.core",
    "taawun.accounts",
    "taawun.territory",
    "taawun.partners",
    "taawun.finance",
    "taawun.agreements",
    "taawun.projects",
    "taawun.coordination",
    "taawun.council",
    "taawun.participation",
    "taawun.grants",
    "taawun.knowledge",
    "taawun.funding",
    "taawun.reports",
    "taawun.portal",
    "taawun.opendata",
    "taawun.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
    "taawun.core.caching.PublicValidatorsMiddleware",
    "taawun.core.caching.PublicPageCacheMiddleware",
]

ROOT_URLCONF = "taawun.urls"
WSGI_APPLICATION = "taawun.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "taawun.territory.context_processors.commune",
            ],
        },
    },
]

# Database: SQLite by default (WAL, busy timeout), PostgreSQL when DATABASE_URL says so.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    if DATABASES["default"]["ENGINE"].endswith("postgresql"):
        # The planner's price of a random read against a sequential one: PostgreSQL's default
        # (4) is a spinning disk's; on solid-state storage, 1.1. With 4, the national map's
        # box of 1,200 places read all 100,000 projects to join them (31 ms, not 6).
        DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
            f"-c random_page_cost={float(os.environ.get('PG_RANDOM_PAGE_COST', '1.1'))}"
        )
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "var" / "taawun.sqlite3")),
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                # WAL with synchronous=FULL: every commit is fsynced before it is acknowledged,
                # so an acknowledged write survives a power loss, not only a crash of the
                # process (NORMAL would lose the last commits on power loss).
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                ),
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every process: the data version (taawun.core.caching) and the figures
# kept under it must be the same for all workers. Files on one machine; Redis for several.
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
        }
    )
}

# Anonymous portal pages served whole from that cache, per address and data version
# (taawun.core.caching.PublicPageCacheMiddleware).
PUBLIC_PAGE_CACHE = env_bool("PUBLIC_PAGE_CACHE", True)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "taawun.accounts.permissions.RoleBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "reports:dashboard"
LOGOUT_REDIRECT_URL = "portal:home"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # WeasyPrint and fontTools narrate every PDF at INFO level; axes every sign-in.
    "loggers": {
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}


# --- Background work: django.tasks on the database queue (`manage.py db_worker` runs it) -------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# The portal's address, for what is made outside a request (the annual report's PDFs rendered
# ahead link their projects and agreements there).
SITE_URL = os.environ.get("SITE_URL", "http://localhost:8000")


# --- Security: hosts, HTTPS, cookies, content security policy ------------------------------
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Behind a TLS-terminating proxy set SECURE_SSL=true.
SECURE_SSL = env_bool("SECURE_SSL", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = SECURE_SSL
SESSION_COOKIE_SECURE = SECURE_SSL
CSRF_COOKIE_SECURE = SECURE_SSL
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if SECURE_SSL else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_SSL
SECURE_HSTS_PRELOAD = SECURE_SSL
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Strict policy: only our own files. No page has an inline script, so scripts need no nonce
# (a nonce would buy nothing over 'self' and would make every page's body unique, which
# forbids caching whole public pages: taawun.core.caching).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}


# --- i18n: Arabic first, Morocco's clock (zone data from the tzdata package) -----------------
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", _("Arabic")), ("fr", _("French")), ("en", _("English"))]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [BASE_DIR / "taawun" / "locale"]
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True
FORMAT_MODULE_PATH = ["taawun.core.formats"]


# --- Storage: static files (WhiteNoise), public and private uploaded files ----------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
# Public uploads (the commune's logo): served as they are at MEDIA_URL.
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Private uploads (agreement documents, photos of project news): under no URL at all; only the
# views that check the reader send them (taawun.core.files.private_file_response), either
# themselves or, in production, through the web server's internal redirect:
# "nginx" (X-Accel-Redirect to PRIVATE_MEDIA_INTERNAL_URL, an `internal` location),
# "apache" (X-Sendfile with the file's path, mod_xsendfile), "" (the application streams it).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
# The heavy public files the worker builds after a change (IATI, whole datasets, the annual
# report's PDFs: taawun.core.published), sent by their views from there.
BUILT_FILES_ROOT = Path(os.environ.get("BUILT_FILES_ROOT", BASE_DIR / "var" / "built"))
PRIVATE_MEDIA_SERVER = os.environ.get("PRIVATE_MEDIA_SERVER", "").strip().lower()
PRIVATE_MEDIA_INTERNAL_URL = os.environ.get("PRIVATE_MEDIA_INTERNAL_URL", "/private-media/")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},  # public
    "private": {"BACKEND": "taawun.core.files.PrivateStorage"},
    "built": {"BACKEND": "taawun.core.files.BuiltFilesStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
# Leaflet and its marker clusters come from the xstatic packages, served as our own files.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "taawun.core.staticfinders.XStaticFinder",
]


# --- Mail ----------------------------------------------------------------------------------
# E-mail: the console while developing (and in the demo); SMTP otherwise, to a local
# mail relay unless EMAIL_HOST names another.
if DEBUG and not os.environ.get("EMAIL_HOST"):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ.get("EMAIL_HOST", "localhost"),
                "port": env_int("EMAIL_PORT", 25),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", False),
            },
        }
    }
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "taawun@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL


# --- Third party: django-axes, django-filter, REST framework, drf-spectacular ---------------
# Login throttling: five failures lock the username+address pair for an hour.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# The filters' empty choice reads like the forms' one (translated), not as a row of dashes.
FILTERS_EMPTY_CHOICE_LABEL = _("- Select an option -")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["taawun.accounts.permissions.RolePermission"],
    "DEFAULT_PAGINATION_CLASS": "taawun.core.pagination.ApiPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Taawun API",
    "DESCRIPTION": (
        "Decentralized cooperation of the commune: partners, agreements, projects, "
        "coordination, participation, grants, exchange of expertise and funding.\n\n"
        "## Changes\n\n"
        "**1.1.0 (December 2026)** — `GET /api/v1/projects/` gives each project's summary "
        "(codes, titles, status, domains, axis, dates, owner, budget and money, progress) and "
        "`detail`, the address of its whole record: places, participants, agreements, "
        "transactions, milestones and indicators are read from `/api/v1/projects/{id}/`, "
        "unchanged. The `q` filters match Arabic as it is typed (with or without hamza, ta "
        "marbuta or ha, diacritics, tatweel; Arabic-Indic digits) and Latin without regard "
        "to case or accents. The maps (`/api/v1/projects/geojson/`, "
        "`/api/v1/priorities/geojson/`) take the map's `zoom`: below a street's zoom, a box "
        "with many places is answered with clusters (`cluster: true`, `count`, `bounds`), "
        "coarser for a box wider than a screen (the `zoom` parameter says how far); without "
        "`zoom`, points as before."
    ),
    "VERSION": "1.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    # The GeoJSON answers of projects and priorities share these: one name each in the schema.
    "ENUM_NAME_OVERRIDES": {
        "FeatureTypeEnum": ["Feature"],
        "FeatureCollectionTypeEnum": ["FeatureCollection"],
        # Calls for projects: names of their own, not the generic StateEnum another API would take.
        "ProjectStatusEnum": "taawun.projects.choices.ActivityStatus",
        "CallStateEnum": "taawun.grants.choices.CallState",
        "ApplicantKindEnum": "taawun.grants.choices.ApplicantKind",
        # The exchange of expertise and funding opportunities, likewise.
        "PartnerKindEnum": "taawun.partners.choices.PartnerKind",
        "MissionKindEnum": "taawun.knowledge.choices.MissionKind",
        "MissionStateEnum": "taawun.knowledge.choices.MissionState",
        "ReplicationStateEnum": "taawun.knowledge.choices.ReplicationState",
        "OpportunityStateEnum": "taawun.funding.choices.OpportunityState",
    },
}


# --- Taawun's own -----------------------------------------------------------------------------
# The commune's identity: the defaults a fresh install starts from; the workspace
# edits them afterwards (territory.CommuneProfile).
COMMUNE_NAME = os.environ.get("COMMUNE_NAME", "Aourir")
# The reporting organisation of the IATI files while the profile names none; the default is a
# placeholder, a commune publishes under its own registered identifier (e.g. MA-COA-…).
COMMUNE_IATI_ID = os.environ.get("COMMUNE_IATI_ID", "") or "XI-IATI-TAAWUN"
# Uploaded spreadsheets for imports.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 5 * 1024 * 1024)
IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 5000)
# Documents attached to agreements: signed scans, annexes, proofs.
DOCUMENT_MAX_BYTES = env_int("DOCUMENT_MAX_BYTES", 20 * 1024 * 1024)
# Photos of project news.
PHOTO_MAX_BYTES = env_int("PHOTO_MAX_BYTES", 5 * 1024 * 1024)
# An agreement waiting longer than this in one stage appears among the alerts.
AGREEMENT_STUCK_DAYS = env_int("AGREEMENT_STUCK_DAYS", 60)
# Law 113-14: the council's ordinary sessions open in these months (February, May, October).
COUNCIL_ORDINARY_MONTHS = (2, 5, 10)

# --- Participation (Law 09-08 for residents' accounts) ---
# The receipt number of the CNDP's acknowledgement of the declaration of the processing of
# residents' accounts, shown in the information notice of every form that collects their data.
CNDP_DECLARATION_NUMBER = os.environ.get("CNDP_DECLARATION_NUMBER", "")
# The notice residents accept at sign-up: a new text gets a new version.
PARTICIPATION_NOTICE_VERSION = "2026-12"
# The key of the hash kept instead of a national ID number (never the number): set it apart
# from SECRET_KEY in production, and never change it (two hashes of one number must match).
NATIONAL_ID_KEY = os.environ.get("NATIONAL_ID_KEY", SECRET_KEY)
# The level of verification each action needs (participation.choices.Level: 1 e-mail
# confirmed, 2 verified in person at the commune office).
PARTICIPATION_LEVELS = {"propose": 1, "support": 1}
# A confirmation link lasts this long; an account never confirmed is deleted after it.
RESIDENT_CONFIRMATION_DAYS = env_int("RESIDENT_CONFIRMATION_DAYS", 7)
# A closed request for information keeps its requester's name and contact this long, a decided,
# withdrawn or deliberated petition its proxy and signatories' names (manage.py
# purge_personal_data erases them; the register and the counts stay).
INFORMATION_REQUEST_RETENTION_DAYS = env_int("INFORMATION_REQUEST_RETENTION_DAYS", 365)
PETITION_RETENTION_DAYS = env_int("PETITION_RETENTION_DAYS", 365)
# A grant convention's tranches: (share of the grant in %, condition), e.g. half at signature
# and half once the final report is accepted (wave2-research.md §1.5; a common practice).
GRANT_TRANCHES = [(50, "signature"), (50, "final_report")]
# The reports a grant owes: (kind, days after the project's end it is due).
GRANT_REPORTS = [("final", 90), ("financial", 90)]
# An exchange mission's report is due this many days after its return (wave2-research.md §4.2).
MISSION_REPORT_DAYS = env_int("MISSION_REPORT_DAYS", 30)
# A funding opportunity matches a project only if its next deadline leaves this many days to
# prepare the bid (wave2-research.md §4.4).
FUNDING_PREPARATION_DAYS = env_int("FUNDING_PREPARATION_DAYS", 30)
# Supports of a priority are open this many days from its publication.
PRIORITY_SUPPORT_DAYS = env_int("PRIORITY_SUPPORT_DAYS", 90)
# From this many supports (online and on paper) the commune owes a public answer within
# PRIORITY_ANSWER_DAYS of the priority's publication.
PRIORITY_ANSWER_THRESHOLD = env_int("PRIORITY_ANSWER_THRESHOLD", 50)
PRIORITY_ANSWER_DAYS = env_int("PRIORITY_ANSWER_DAYS", 60)
# Petitions to the council (Organic Law 113-14, art. 123; numbers unverified, see wave2-research):
# signatures needed below and from PETITION_POPULATION_LIMIT inhabitants, and with arrondissements.
PETITION_THRESHOLDS = (100, 200)
PETITION_POPULATION_LIMIT = 35000
PETITION_ARRONDISSEMENTS = False
PETITION_THRESHOLD_ARRONDISSEMENTS = 400
# The bureau's reasoned refusal is notified within this many days of the deposit.
PETITION_DECISION_DAYS = env_int("PETITION_DECISION_DAYS", 90)
# Abuse limits: (how many, per how many seconds), per address for sign-up, per account else.
PARTICIPATION_RATES = {
    "sign-up": (5, 3600),
    "propose": (5, 86400),
    "support": (60, 3600),
    "request": (5, 3600),
    "flag": (10, 3600),
}
# The map's background tiles (the pages work without them); a local tile server, for example.
MAP_TILES_URL = os.environ.get("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
# The credit another tile server requires, shown as plain text (OpenStreetMap's is built in).
# MAP_TILES_URL="" draws the commune's own outline and places alone, with no tile server.
MAP_TILES_ATTRIBUTION = os.environ.get("MAP_TILES_ATTRIBUTION", "")
