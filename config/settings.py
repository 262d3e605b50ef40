"""Settings for the Rule of Law Academy platform.

Every value comes from the environment. The defaults are the embedded development setup:
SQLite file, eager Celery, console e-mail, local-memory cache, media on local disk.
With DEBUG=0 the site refuses to start without SECRET_KEY and ALLOWED_HOSTS.
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").exists():
    environ.Env.read_env(BASE_DIR / ".env")

# --- Core --------------------------------------------------------------------------------

DEBUG = env.bool("DEBUG", default=True)

if DEBUG:
    SECRET_KEY = env("SECRET_KEY", default="development-only-insecure-key-do-not-use-in-production")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
else:
    SECRET_KEY = env("SECRET_KEY", default="")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
    if not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")

SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")
# H5P packages hold other people's JavaScript: it runs only on this other host name, which
# shares no cookies with the site (in development, the other loopback name).
H5P_CONTENT_ORIGIN = env("H5P_CONTENT_ORIGIN", default="http://localhost:8000").rstrip("/")
H5P_CONTENT_HOST = urlsplit(H5P_CONTENT_ORIGIN).hostname
if urlsplit(SITE_URL).hostname == H5P_CONTENT_HOST:
    raise ImproperlyConfigured("H5P_CONTENT_ORIGIN must use another host name than SITE_URL.")
if H5P_CONTENT_HOST not in ALLOWED_HOSTS and "*" not in ALLOWED_HOSTS:
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, H5P_CONTENT_HOST]
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# Refused forms get the site's 403 page; other refusals reach templates/403.html through
# Django's own handler403.
CSRF_FAILURE_VIEW = "config.views.csrf_failure"

INSTALLED_APPS = [
    "accounts",
    "cms",
    "academy",
    "certificates",
    "mentorship",
    "reports",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "simple_history",
    "allauth",
    "allauth.account",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]
# The benchmark's baseline page type, for benchmark runs only (`make bench` sets it): when
# installed, editors meet it among the page types of the explorer and the reports.
BENCHMARK = env.bool("BENCHMARK", default=False)
if BENCHMARK:
    INSTALLED_APPS.insert(INSTALLED_APPS.index("reports") + 1, "bench")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise (static files come compressed ahead of time), before everything that
    # writes the body; see its docstring for what it leaves uncompressed and why (BREACH).
    "config.middleware.TokenFreeGZipMiddleware",
    "academy.h5p.middleware.ContentHostMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.SiteCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: a cached page returns from here and still passes every header-setting one above.
    "cms.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data --------------------------------------------------------------------------------

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# Opening a PostgreSQL connection per request costs more than half the throughput of a page.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0 if DEBUG else 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# Whole public pages for anonymous visitors (cms/page_cache.py); 0 turns the cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)

# --- Accounts ----------------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
# Whether an address belongs to a member of a human-rights network is itself sensitive:
# sign-up and password reset never say whether an e-mail is registered.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = env("EMAIL_SUBJECT_PREFIX", default="[Rule of Law Academy] ")
ACCOUNT_FORMS = {"change_password": "accounts.allauth_forms.ChangePasswordForm"}
# Every limiter of the project is allauth's; it counts in the default cache, which must be
# shared by every app server in production (CACHE_URL; the deploy check accounts.W001 says so).
ACCOUNT_RATE_LIMITS = {
    # Every password check counts here: the site's and the admin's sign-in, re-authentication,
    # the current password of a password change or an account deletion
    # (accounts.services.authenticate).
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    # Per address asked for: a person never needs six reset mails an hour; a mail-bomb does.
    "reset_password": "20/m/ip,5/h/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    # Failed certificate look-ups by serial and surname, per visitor and per serial
    # (certificates.services.look_up_certificate); the QR link is never limited.
    "certificate_lookup_failed": "10/10m/ip,20/h/key",
}
# Behind a load balancer every request comes from its address. With N trusted proxies in front
# of the app, the limiters take the client's address from the Nth X-Forwarded-For entry from
# the right (what our own proxies appended; what a client writes in is further left).
# 0: the socket address. The app servers must then be reachable through the proxies only.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# --- E-mail ------------------------------------------------------------------------------

vars().update(env.email("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Rule of Law Academy <info@lprc.kz>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Languages ---------------------------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("kk", "Қазақша"),
]
# locale/vendor holds Kazakh for third-party messages whose packages ship none.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "vendor"]
# Django ships no date formats for Kazakh; ours are in core/formats/kk/formats.py.
FORMAT_MODULE_PATH = ["core.formats"]
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Wagtail's admin has no Kazakh catalogue; Kazakh-speaking editors work in Russian or English.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("ru", "Русский")]

# --- Static and media --------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# npm packages reach the static files here, never from a CDN.
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Certificate PDFs and H5P packages: no URL, never published by the web server; views that
# check who asks serve them (core.storage).
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")
if Path(PRIVATE_MEDIA_ROOT).resolve().is_relative_to(Path(MEDIA_ROOT).resolve()):
    raise ImproperlyConfigured("PRIVATE_MEDIA_ROOT must be outside MEDIA_ROOT.")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "core.storage.PrivateFileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env.bool("STATIC_MANIFEST", default=not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail -----------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Rule of Law Academy"
# The admin signs in through the site's sign-in limiter, and keeps no password reset or
# password change of its own: the site's (allauth's) are rate-limited, never say whether an
# address is registered, and count a wrong current password as a failed sign-in.
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # No PostgreSQL dictionary exists for Kazakh; one neutral configuration serves all three.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents are always downloaded, never opened in the site's origin (a PDF or text file
# shown inline could carry script or phishing content under our address).
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Celery ------------------------------------------------------------------------------

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
# Read so that a test worker can consume a private queue, child tasks included.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A task whose worker dies mid-way runs again (every task is idempotent), never lost. A pool
# process killed (out of memory, SIGKILL): its worker puts the message back at once (a task
# that kills its process every time comes back every time: the log shows WorkerLostError).
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# A whole worker killed: Redis keeps the messages it had not acknowledged, and a worker hands
# them out again once they are this old (at its start, else in its sweep every ~100 s). Keep it
# above the longest task and the longest retry countdown, or those run twice.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "mentor-weekly-digest": {
        "task": "mentorship.tasks.send_weekly_digests",
        "schedule": crontab(hour=7, minute=0, day_of_week="monday"),
    },
}

# --- Security ----------------------------------------------------------------------------

X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp, through config.middleware.SiteCSPMiddleware). The public
# site runs no inline script at all; style attributes are allowed (Wagtail's responsive
# embeds size their frame with one), style elements are not. Video embeds come from these
# hosts only.
EMBED_FRAME_HOSTS = env.list(
    "EMBED_FRAME_HOSTS",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
MEDIA_ORIGINS = [MEDIA_URL] if MEDIA_URL.startswith("http") else []
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "media-src": ["'self'", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_FRAME_HOSTS, H5P_CONTENT_ORIGIN],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# The Wagtail admin writes inline scripts (inline panels, date pickers) and styles without a
# nonce, so its pages get their own policy; it still loads nothing from another origin and
# may only be framed by itself (the live preview).
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *MEDIA_ORIGINS],
    "font-src": ["'self'", "data:"],
    "frame-ancestors": ["'self'"],
}
# Nothing is fetched from another site: no Gravatar avatars, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Wagtail runs its search-index and reference-index tasks through django-tasks,
        # which logs every task at INFO.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # WeasyPrint reports every rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
        # Eager Celery (the embedded default) logs every task it runs.
        "celery.app.trace": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
