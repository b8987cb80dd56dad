"""coordinator mode: the audit trail, archiving, the coordinator password

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 16:00:00

Archiving is a timestamp of its own (``service.archived_at``), not a status: the status
keeps its meaning while a service is archived, so restoring it is exact.
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resource_type', sa.String(length=40), nullable=False),
    sa.Column('resource_id', sa.String(length=80), nullable=False),
    sa.Column('resource_version', sa.Integer(), nullable=True),
    sa.Column('field_name', sa.String(length=80), nullable=False),
    sa.Column('previous_value', sa.Text(), nullable=True),
    sa.Column('replacement_value', sa.Text(), nullable=True),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('last_action_date', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_action_type', sa.Enum('create', 'update', 'archive', 'restore', 'verify', 'revert', 'password', name='auditaction', native_enum=False, length=20), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_last_action_date'), ['last_action_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_resource_id'), ['resource_id'], unique=False)

    op.create_table('coordinator_secret',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_coordinator_secret_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coordinator_secret'))
    )
    # ADD COLUMN needs no table copy, even in batch mode on SQLite.
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_column('archived_at')
    op.drop_table('coordinator_secret')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_resource_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_last_action_date'))
    op.drop_table('audit_entry')
