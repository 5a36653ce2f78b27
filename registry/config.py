"""Defaults first; the environment overrides them; instance/config.py overrides both."""
import os
from typing import Any


def database_url(raw: str | None) -> str | None:
    """Use psycopg 3 for PostgreSQL URLs that name no driver (Heroku-style included)."""
    if not raw:
        return None
    for prefix in ("postgres://", "postgresql://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix):]
    return raw


def host_list(raw: str | None) -> list[str] | None:
    """TRUSTED_HOSTS=layanan.example.go.id,localhost -> the names Flask accepts as Host."""
    names = [name.strip() for name in (raw or "").split(",") if name.strip()]
    return names or None


class Config:
    # Required in production (wsgi.py); development falls back to DEVELOPMENT_SECRET_KEY.
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = database_url(os.environ.get("DATABASE_URL"))
    # Seconds to wait for a connection, and for one statement (0 = no statement limit).
    DATABASE_CONNECT_TIMEOUT = float(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
    DATABASE_STATEMENT_TIMEOUT = float(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "5"))
    # Seconds a client is asked to wait (Retry-After) when the database is unavailable.
    OUTAGE_RETRY_AFTER = 30
    BABEL_DEFAULT_LOCALE = "id"
    BABEL_DEFAULT_TIMEZONE = "Asia/Jakarta"
    LANGUAGES = ("id", "en")
    # The region shown at "/" when a deployment hosts more than one.
    DEFAULT_REGION = os.environ.get("DEFAULT_REGION")
    # Scheme and host of every absolute link (API, QR codes), e.g. https://layanan.go.id.
    # Required in production; development links point at DEVELOPMENT_BASE_URL instead.
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL")
    DEVELOPMENT_BASE_URL = os.environ.get("DEVELOPMENT_BASE_URL", "http://127.0.0.1:5000")
    # Where a tap on an address goes: an https:// map search with {query} where the
    # address goes (URL-encoded by services/contact.py).
    MAP_SEARCH_URL = os.environ.get("MAP_SEARCH_URL",
                                    "https://www.openstreetmap.org/search?query={query}")
    # How many proxies in front of the app set X-Forwarded-For/-Proto/-Host/-Port/-Prefix;
    # 0 ignores those headers (anyone could send them).
    TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
    # Poster PDF cache and batch files; default: <instance>/posters.
    POSTER_DIR = os.environ.get("POSTER_DIR")
    # Processes a web batch may use to lay out posters (the CLI takes --jobs).
    POSTER_BATCH_WORKERS = int(os.environ.get("POSTER_BATCH_WORKERS", "1"))
    # The poster PDF cache is pruned, oldest files first, when it grows beyond this.
    POSTER_CACHE_MAX_MB = float(os.environ.get("POSTER_CACHE_MAX_MB", "200"))
    # A Redis server (redis://host:6379/0) whose RQ queue POSTER_QUEUE carries web poster
    # batches to `flask posters worker` processes; unset: batches run in the web process.
    QUEUE_URL = os.environ.get("QUEUE_URL")
    POSTER_QUEUE = os.environ.get("POSTER_QUEUE", "registry-posters")
    # Page sizes of the HSDS routes (/api/v1 declares its own in api/params.py).
    API_PAGE_SIZE = 20
    API_MAX_PAGE_SIZE = 100
    # Requests to /api/v1 allowed per client address (flask-limiter syntax).
    API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "600 per minute")
    # Host names requests may use; any other Host is a 400. Unset: any well-formed host
    # (development on 127.0.0.1 or localhost); set it in production.
    TRUSTED_HOSTS = host_list(os.environ.get("TRUSTED_HOSTS"))
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None
    # Staff sessions end 8 hours after login however busy (not sliding), and after 30
    # minutes without a request; there is no "remember me" cookie.
    PERMANENT_SESSION_LIFETIME = 8 * 3600
    SESSION_IDLE_TIMEOUT = 30 * 60
    REMEMBER_COOKIE_DURATION = 0
    # Failed logins are counted here; use Redis when several workers or hosts serve.
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_KEY_PREFIX = os.environ.get("RATELIMIT_KEY_PREFIX", "registry")
    RATELIMIT_HEADERS_ENABLED = True  # Retry-After on a 429
    # Failed logins allowed per client address, and per account (whatever the address).
    LOGIN_RATE_LIMIT = os.environ.get("LOGIN_RATE_LIMIT", "10 per minute")
    LOGIN_ACCOUNT_RATE_LIMIT = os.environ.get("LOGIN_ACCOUNT_RATE_LIMIT",
                                              "10 per 15 minutes")
    # Uploads (import files) larger than this are refused with a 413 page.
    MAX_CONTENT_LENGTH = 5 * 1024 * 1024
    # Experience reports one address may send per service per day (a shared connection,
    # e.g. an MPP's public wifi, may need more).
    FEEDBACK_DAILY_LIMIT = int(os.environ.get("FEEDBACK_DAILY_LIMIT", "1"))
    # Rendered public pages and API answers: in this process unless CACHE_URL names a
    # Redis (redis://host:6379/0) that every worker and server shares. Entries end after
    # CACHE_TTL seconds at most (0 turns the cache off), at midnight region time, and at
    # once when published content changes. Without Redis, workers of one machine learn
    # of a change through CACHE_GENERATION_FILE (default instance/cache-generation).
    CACHE_URL = os.environ.get("CACHE_URL")
    CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "registry:cache:")
    CACHE_TTL = int(os.environ.get("CACHE_TTL", "600"))
    CACHE_MAX_ENTRIES = int(os.environ.get("CACHE_MAX_ENTRIES", "2000"))
    CACHE_GENERATION_FILE = os.environ.get("CACHE_GENERATION_FILE")
    # Browsers and proxies may keep a public page or API answer this long, then serve it
    # while they fetch it again for this much longer: after a publication, nobody sees
    # the old standard more than HTTP_MAX_AGE + HTTP_STALE_WHILE_REVALIDATE seconds.
    HTTP_MAX_AGE = int(os.environ.get("HTTP_MAX_AGE", "60"))
    HTTP_STALE_WHILE_REVALIDATE = int(os.environ.get("HTTP_STALE_WHILE_REVALIDATE", "30"))
    # "Now" for pages, caches and due dates: None is the system clock; tests set a
    # callable returning an aware UTC datetime (services/clock.py).
    CLOCK = None
    # Import files waiting for confirmation; None means instance/uploads.
    IMPORT_UPLOAD_FOLDER = os.environ.get("IMPORT_UPLOAD_FOLDER")


DEVELOPMENT_SECRET_KEY = "dev-only-change-me"
REQUIRED_IN_PRODUCTION = ("SECRET_KEY", "PUBLIC_BASE_URL")


class ConfigurationError(Exception):
    """The app cannot start with these settings; the message is one line for the log."""


def finish(config: dict[str, Any], production: bool) -> None:
    """Check production settings; fill in the development ones."""
    config["PRODUCTION"] = production
    if production:
        missing = [name for name in REQUIRED_IN_PRODUCTION if not config.get(name)]
        if missing:
            raise ConfigurationError(
                "registry: refusing to start in production without " + " and ".join(missing)
                + f" (set {'them' if len(missing) > 1 else 'it'} in the environment or "
                "instance/config.py; see README)")
    else:
        config["SECRET_KEY"] = config.get("SECRET_KEY") or DEVELOPMENT_SECRET_KEY
    base = config.get("PUBLIC_BASE_URL")
    if base is not None:
        if not base.startswith(("https://", "http://")) or "/" in base.split("//", 1)[1] \
                .rstrip("/"):
            raise ConfigurationError(
                f"registry: PUBLIC_BASE_URL must be a scheme and host such as "
                f"https://layanan.example.go.id, not {base[:80]!r}")
        config["PUBLIC_BASE_URL"] = base.rstrip("/")
    map_search = str(config.get("MAP_SEARCH_URL") or "")
    if not map_search.startswith("https://") or map_search.count("{query}") != 1 or any(
            c.isspace() or c in "\"'<>" for c in map_search):
        raise ConfigurationError(
            "registry: MAP_SEARCH_URL must be an https:// address with one {query}, such as "
            f"https://www.openstreetmap.org/search?query={{query}}, not {map_search[:80]!r}")
