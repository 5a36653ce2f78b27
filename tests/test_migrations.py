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


def test_the_migration_stores_the_parts_publication_would_store(app):
    """Existing published versions get exactly what a publication stores today."""
    from flask_migrate import downgrade, upgrade
    from sqlalchemy import select

    from registry.models import StandardVersion
    from registry.services.standards import PUBLISHED_STATES

    def stored() -> dict[int, object]:
        db.session.expire_all()
        return {v.id: v.published_parts for v in db.session.scalars(
            select(StandardVersion).where(StandardVersion.status.in_(PUBLISHED_STATES)))}

    with app.app_context():
        published = stored()
        assert len(published) > 10 and all(published.values())
        db.session.remove()
        downgrade(revision="c4e8f2a6b913-1")  # to just before the parts were stored
        upgrade()
        assert stored() == published
