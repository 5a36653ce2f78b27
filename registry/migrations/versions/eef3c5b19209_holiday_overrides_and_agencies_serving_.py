"""holiday overrides and agencies serving on cuti bersama

Revision ID: eef3c5b19209
Revises: 15a1f0e8c2d4
Create Date: 2026-12-01 18:43:09.939841

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'eef3c5b19209'
down_revision = '15a1f0e8c2d4'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('holiday_override',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_holiday_override_region_id_region'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_override')),
    sa.UniqueConstraint('region_id', 'day', name=op.f('uq_holiday_override_region_id'))
    )
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.add_column(sa.Column('serves_on_cuti_bersama', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))



def downgrade():
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_column('serves_on_cuti_bersama')

    op.drop_table('holiday_override')
