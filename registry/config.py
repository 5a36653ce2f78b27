"""Defaults first; the environment overrides them; instance/config.py overrides both."""
import os


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
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-change-me")
    SQLALCHEMY_DATABASE_URI = database_url(os.environ.get("DATABASE_URL"))
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    BABEL_DEFAULT_LOCALE = "id"
    BABEL_DEFAULT_TIMEZONE = "Asia/Jakarta"
    LANGUAGES = ("id", "en")
    # The region shown at "/" when a deployment hosts more than one.
    DEFAULT_REGION = os.environ.get("DEFAULT_REGION")
    # Absolute links (API, QR codes) use this when set, else the request's host.
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL")
    # Poster PDF cache and batch files; default: <instance>/posters.
    POSTER_DIR = os.environ.get("POSTER_DIR")
    # Processes a web batch may use to lay out posters (the CLI takes --jobs).
    POSTER_BATCH_WORKERS = int(os.environ.get("POSTER_BATCH_WORKERS", "1"))
    API_PAGE_SIZE = 20
    API_MAX_PAGE_SIZE = 100
    # Host names requests may use; any other Host is a 400. Unset: any well-formed host
    # (development on 127.0.0.1 or localhost); set it in production.
    TRUSTED_HOSTS = host_list(os.environ.get("TRUSTED_HOSTS"))
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None
    # Staff sessions end after a working day; there is no "remember me" cookie.
    PERMANENT_SESSION_LIFETIME = 8 * 3600
    REMEMBER_COOKIE_DURATION = 0
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    LOGIN_RATE_LIMIT = os.environ.get("LOGIN_RATE_LIMIT", "5 per minute")
    # Uploads (import files) larger than this are refused with a 413 page.
    MAX_CONTENT_LENGTH = 5 * 1024 * 1024
    # Experience reports one address may send per service per day (a shared connection,
    # e.g. an MPP's public wifi, may need more).
    FEEDBACK_DAILY_LIMIT = int(os.environ.get("FEEDBACK_DAILY_LIMIT", "1"))
    # Import files waiting for confirmation; None means instance/uploads.
    IMPORT_UPLOAD_FOLDER = os.environ.get("IMPORT_UPLOAD_FOLDER")
