"""service registration window

Revision ID: a7c3d9e1f205
Revises: 3b9d7c2e41a6
Create Date: 2026-12-01 22:30:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a7c3d9e1f205'
down_revision = '3b9d7c2e41a6'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.add_column(sa.Column('registration_opens', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('registration_closes', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('registration_yearly', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade():
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_column('registration_yearly')
        batch_op.drop_column('registration_closes')
        batch_op.drop_column('registration_opens')
