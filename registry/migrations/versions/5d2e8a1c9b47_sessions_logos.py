"""session epochs; uploaded logos instead of logo URLs

Revision ID: 5d2e8a1c9b47
Revises: 2049a131c1da
Create Date: 2026-12-01 19:00:00.000000

Region logos were addresses fetched at print time; they are dropped (nothing may be
fetched) and are uploaded again as files.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5d2e8a1c9b47'
down_revision = '2049a131c1da'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'logo',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('mimetype', sa.String(length=40), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('uploaded_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_logo')),
    )
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_epoch', sa.Integer(), server_default='0',
                                      nullable=False))
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.add_column(sa.Column('logo_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_region_logo_id_logo'), 'logo', ['logo_id'],
                                    ['id'], ondelete='SET NULL')
        batch_op.drop_column('logo_url')
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.add_column(sa.Column('logo_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_agency_logo_id_logo'), 'logo', ['logo_id'],
                                    ['id'], ondelete='SET NULL')


def downgrade():
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_agency_logo_id_logo'), type_='foreignkey')
        batch_op.drop_column('logo_id')
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.add_column(sa.Column('logo_url', sa.String(length=500), nullable=True))
        batch_op.drop_constraint(batch_op.f('fk_region_logo_id_logo'), type_='foreignkey')
        batch_op.drop_column('logo_id')
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('session_epoch')
    op.drop_table('logo')
