"""published parts on the version row: a published version's requirements, steps, fee lines
and legal bases stored with it, so a public page reads them without a query per kind

Revision ID: c4e8f2a6b913
Revises: a7c3d9e1f205
Create Date: 2026-12-01 23:45:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'c4e8f2a6b913'
down_revision = 'a7c3d9e1f205'
branch_labels = None
depends_on = None

# The part tables as this revision knows them (PART_FIELDS of the models at this point).
PARTS = {
    "requirements": sa.table(
        "requirement", sa.column("id", sa.Integer), sa.column("version_id", sa.Integer),
        sa.column("position", sa.Integer), sa.column("text", sa.Text),
        sa.column("text_en", sa.Text)),
    "steps": sa.table(
        "procedure_step", sa.column("id", sa.Integer), sa.column("version_id", sa.Integer),
        sa.column("position", sa.Integer), sa.column("text", sa.Text),
        sa.column("text_en", sa.Text), sa.column("actor", sa.String),
        sa.column("actor_en", sa.String), sa.column("duration_value", sa.Integer),
        sa.column("duration_unit", sa.String)),
    "fee_lines": sa.table(
        "fee_line", sa.column("id", sa.Integer), sa.column("version_id", sa.Integer),
        sa.column("position", sa.Integer), sa.column("kind", sa.String),
        sa.column("label", sa.String), sa.column("label_en", sa.String),
        sa.column("amount", sa.BigInteger), sa.column("amount_max", sa.BigInteger),
        sa.column("unit", sa.String), sa.column("unit_en", sa.String),
        sa.column("formula", sa.Text), sa.column("formula_en", sa.Text),
        sa.column("regulation", sa.String), sa.column("incidental", sa.Boolean),
        sa.column("formula_expression", sa.String), sa.column("formula_inputs", sa.JSON),
        sa.column("billing_document", sa.String), sa.column("payment_channels", sa.JSON)),
    "legal_bases": sa.table(
        "legal_basis", sa.column("id", sa.Integer), sa.column("version_id", sa.Integer),
        sa.column("position", sa.Integer), sa.column("title", sa.Text),
        sa.column("url", sa.String)),
}


def upgrade():
    with op.batch_alter_table('standard_version', schema=None) as batch_op:
        batch_op.add_column(sa.Column('published_parts', sa.JSON(), nullable=True))
    version = sa.table("standard_version", sa.column("id", sa.Integer),
                       sa.column("status", sa.String),
                       sa.column("published_parts", sa.JSON))
    bind = op.get_bind()
    published = list(bind.scalars(sa.select(version.c.id).where(
        version.c.status.in_(("published", "superseded")))))
    stored = {vid: {name: [] for name in PARTS} for vid in published}
    for name, table in PARTS.items():
        rows = bind.execute(sa.select(table).order_by(table.c.version_id, table.c.position,
                                                      table.c.id)).mappings()
        for row in rows:
            if row["version_id"] in stored:
                stored[row["version_id"]][name].append(
                    {key: value for key, value in row.items() if key != "version_id"})
    for vid, parts in stored.items():
        bind.execute(version.update().where(version.c.id == vid)
                     .values(published_parts=parts))


def downgrade():
    with op.batch_alter_table('standard_version', schema=None) as batch_op:
        batch_op.drop_column('published_parts')
