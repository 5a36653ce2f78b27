"""The registry: official fees, completion times and requirements of public services."""
from __future__ import annotations

import os
from typing import Any

from flask import Flask


def create_app(test_config: dict[str, Any] | None = None, *,
               production: bool = False) -> Flask:
    """The app. `production` (wsgi.py) refuses to start without SECRET_KEY and
    PUBLIC_BASE_URL (raising config.ConfigurationError) instead of using development
    stand-ins."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object("registry.config.Config")
    app.config.from_pyfile("config.py", silent=True)
    if test_config:
        app.config.from_mapping(test_config)
    if not app.config.get("SQLALCHEMY_DATABASE_URI"):
        os.makedirs(app.instance_path, exist_ok=True)
        app.config["SQLALCHEMY_DATABASE_URI"] = (
            "sqlite:///" + os.path.join(app.instance_path, "registry.sqlite")
        )
    from registry import config, database, web

    config.finish(app.config, production)
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = database.engine_options(app.config)

    from registry.extensions import babel, csrf, db, limiter, login_manager, migrate

    db.init_app(app)
    with app.app_context():
        database.attach(app, db.engine)
    migrate.init_app(app, db, directory=os.path.join(os.path.dirname(__file__), "migrations"),
                     render_as_batch=True)
    babel.init_app(app, locale_selector=web.select_locale, timezone_selector=web.select_timezone)
    csrf.init_app(app)
    login_manager.init_app(app)
    # Flask-Limiter keeps the key prefix of the first app it served; every app counts
    # under its own RATELIMIT_KEY_PREFIX (a shared Redis may serve several deployments).
    limiter._key_prefix = app.config["RATELIMIT_KEY_PREFIX"]
    limiter.init_app(app)
    web.init_app(app)

    from registry.api import bp as api_bp
    from registry.api import docs_bp as api_docs_bp
    from registry.health import bp as health_bp
    from registry.hsds import bp as hsds_bp
    from registry.posters import bp as posters_bp
    from registry.public import bp as public_bp
    from registry.staff import bp as staff_bp

    app.register_blueprint(health_bp)
    app.register_blueprint(public_bp)
    app.register_blueprint(posters_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(api_docs_bp)
    app.register_blueprint(hsds_bp)
    app.register_blueprint(staff_bp, url_prefix="/staff")

    from registry.cli import register as register_cli

    register_cli(app)
    return app
