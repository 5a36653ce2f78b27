"""Entry point for production: `gunicorn wsgi:app`.

The app starts in production mode: without SECRET_KEY or PUBLIC_BASE_URL it refuses,
and gunicorn stops with that one line instead of serving with development stand-ins.
"""
from gunicorn.errors import AppImportError

from registry import create_app
from registry.config import ConfigurationError

try:
    app = create_app(production=True)
except ConfigurationError as error:
    raise AppImportError(str(error)) from None
