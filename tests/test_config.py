"""Configuration: defaults, environment, instance/config.py."""
from registry import create_app
from registry.config import database_url


def test_postgres_urls_use_psycopg3():
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("postgresql://u@h:5432/db") == "postgresql+psycopg://u@h:5432/db"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"
    assert database_url(None) is None


def test_default_database_is_sqlite_in_instance_folder():
    app = create_app({"SQLALCHEMY_DATABASE_URI": None})
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("instance/registry.sqlite")
    assert app.config["BABEL_DEFAULT_LOCALE"] == "id"

