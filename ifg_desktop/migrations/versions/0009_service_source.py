"""what an import read each service from, so that the same file again is not read twice

Revision ID: 0009
Revises: 0008
Create Date: 2027-02-02 10:00:00

``service_source`` keeps, per service an import wrote (or found unchanged while writing
others), a digest of the HSDS document it came from, with the service's version, its
organization (a digest) and themes as they were then. A later import of the same document,
into a service still at that version, skips reading, checking and comparing it: it is
unchanged. Nothing is filled in here: the next import that writes fills it.

On PostgreSQL the new table tells the open windows of its changes, as every table of 0006.
"""

from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# Copied, not imported, from 0006: a migration must not change when the code does.
_NOTIFY = (
    "CREATE TRIGGER ifg_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
    "ON service_source FOR EACH STATEMENT EXECUTE FUNCTION ifg_wegwijzer_notify_change()"
)


def upgrade() -> None:
    op.create_table(
        'service_source',
        sa.Column('service_id', sa.Integer(), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('organization', sa.String(length=64), nullable=True),
        sa.Column('themes', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ['service_id'], ['service.id'],
            name=op.f('fk_service_source_service_id_service'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('service_id', name=op.f('pk_service_source')),
    )
    op.create_index(
        op.f('ix_service_source_digest'), 'service_source', ['digest'], unique=False
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_NOTIFY)


def downgrade() -> None:
    op.drop_index(op.f('ix_service_source_digest'), table_name='service_source')
    op.drop_table('service_source')
