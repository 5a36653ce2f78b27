"""The Alembic migrations build exactly the schema the models describe."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from registry.extensions import db
from registry.services.search import is_search_table


def include_name(name, type_, parent_names):
    return type_ != "table" or not is_search_table(name)


def test_migrations_match_models(empty_app):
    with empty_app.app_context(), db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False,
                                                          "include_name": include_name})
        assert compare_metadata(context, db.metadata) == []


def test_downgrade_to_base_and_upgrade_again(empty_app):
    from flask_migrate import downgrade, upgrade

    with empty_app.app_context():
        downgrade(revision="base")
        upgrade()
        assert "standard_version" in db.inspect(db.engine).get_table_names()
