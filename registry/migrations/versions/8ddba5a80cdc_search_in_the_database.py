"""search in the database: a search document per service (SQLite FTS5; PostgreSQL
full-text search with pg_trgm for typos), filled from the existing services

Revision ID: 8ddba5a80cdc
Revises: eef3c5b19209
Create Date: 2026-12-01 22:45:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '8ddba5a80cdc'
down_revision = 'eef3c5b19209'
branch_labels = None
depends_on = None


def upgrade():
    from registry.services.search import reindex_all

    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.create_table(
            'search_service',
            sa.Column('service_id', sa.Integer(),
                      sa.ForeignKey('service.id', ondelete='CASCADE'), primary_key=True),
            sa.Column('region_id', sa.Integer(),
                      sa.ForeignKey('region.id', ondelete='CASCADE'), nullable=False),
            sa.Column('listed', sa.Boolean(), nullable=False),
            sa.Column('name_words', sa.Text(), nullable=False),
            sa.Column('body_words', sa.Text(), nullable=False),
            sa.Column('phrases', sa.Text(), nullable=False),
            sa.Column('document', postgresql.TSVECTOR(), nullable=False),
        )
        op.create_index('ix_search_service_document', 'search_service', ['document'],
                        postgresql_using='gin')
        op.create_index('ix_search_service_region_id', 'search_service', ['region_id'])
        op.create_table('search_term', sa.Column('word', sa.Text(), primary_key=True))
        op.execute("CREATE INDEX ix_search_term_trigram ON search_term "
                   "USING gin (word gin_trgm_ops)")
    else:
        # The service id is the rowid; `scope` holds the region ("r12") and "listed".
        op.execute("CREATE VIRTUAL TABLE search_service USING fts5(scope, name, body, "
                   "phrases UNINDEXED)")
        op.execute("CREATE VIRTUAL TABLE search_term USING fts5(word, tokenize='trigram')")
    reindex_all(bind)


def downgrade():
    op.execute("DROP TABLE search_term")
    op.execute("DROP TABLE search_service")
