"""search in the database: one document per distinct service (SQLite FTS5; PostgreSQL
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
    postgres = bind.dialect.name == "postgresql"
    if postgres:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.create_table(
            'search_kind',
            sa.Column('id', sa.Integer(), primary_key=True),
            sa.Column('key', sa.String(40), nullable=False, unique=True),
            sa.Column('name_words', sa.Text(), nullable=False),
            sa.Column('body_words', sa.Text(), nullable=False),
            sa.Column('phrases', sa.Text(), nullable=False),
            sa.Column('document', postgresql.TSVECTOR(), nullable=False),
        )
        op.create_index('ix_search_kind_document', 'search_kind', ['document'],
                        postgresql_using='gin')
        op.create_table('search_term', sa.Column('word', sa.Text(), primary_key=True))
        op.execute("CREATE INDEX ix_search_term_trigram ON search_term "
                   "USING gin (word gin_trgm_ops)")
    else:
        # A kind's id is its FTS5 rowid; search_kind_key finds it by its document's hash.
        op.create_table(
            'search_kind_key',
            sa.Column('id', sa.Integer(), primary_key=True),
            sa.Column('key', sa.String(40), nullable=False, unique=True),
        )
        op.execute("CREATE VIRTUAL TABLE search_kind USING fts5(name, body, "
                   "phrases UNINDEXED)")
        op.execute("CREATE VIRTUAL TABLE search_term USING fts5(word, tokenize='trigram')")
    op.create_table(
        'search_service',
        sa.Column('service_id', sa.Integer(), sa.ForeignKey('service.id', ondelete='CASCADE'),
                  primary_key=True),
        sa.Column('region_id', sa.Integer(), sa.ForeignKey('region.id', ondelete='CASCADE'),
                  nullable=False),
        sa.Column('kind_id', sa.Integer(), nullable=False),
        sa.Column('listed', sa.Boolean(), nullable=False),
    )
    op.create_index('ix_search_service_kind_region', 'search_service', ['kind_id', 'region_id'])
    reindex_all(bind)


def downgrade():
    op.drop_table('search_service')
    op.execute("DROP TABLE search_term")
    op.execute("DROP TABLE search_kind")
    if op.get_bind().dialect.name != "postgresql":
        op.drop_table('search_kind_key')
