"""structured fee formulas and payment channels

Revision ID: 3b9d7c2e41a6
Revises: a7c3e9d2f1b4
Create Date: 2026-12-01 22:25:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3b9d7c2e41a6'
down_revision = 'a7c3e9d2f1b4'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('fee_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('formula_expression', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('formula_inputs', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('billing_document', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('payment_channels', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('fee_line', schema=None) as batch_op:
        batch_op.drop_column('payment_channels')
        batch_op.drop_column('billing_document')
        batch_op.drop_column('formula_inputs')
        batch_op.drop_column('formula_expression')
