"""poster.last_printed_at: the last download not marked as a test print

Revision ID: a7c3e9d2f1b4
Revises: 8ddba5a80cdc
Create Date: 2026-12-01 22:50:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a7c3e9d2f1b4'
down_revision = '8ddba5a80cdc'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('poster', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_printed_at', sa.DateTime(), nullable=True))
    # Downloads before test prints could be marked all count as real prints.
    op.execute("UPDATE poster SET last_printed_at = printed_at")


def downgrade():
    with op.batch_alter_table('poster', schema=None) as batch_op:
        batch_op.drop_column('last_printed_at')
