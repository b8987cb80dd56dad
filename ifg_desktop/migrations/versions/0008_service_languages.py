"""languages a service is reached in; the service's web address is called url in the trail

Revision ID: 0008
Revises: 0007
Create Date: 2027-02-02 09:00:00

``service_language`` holds one row per language of a service (HSDS ``language``: an ISO 639
code, directory/spoken_languages.py). The index by code answers "which services speak
Arabic" without reading every service; the primary key answers "which languages does this
one speak". No service gets a language here: nobody said which ones they speak.

The service's web address is ``url`` in the model and in HSDS, and now in the application
too: the trail's entries that named it "website" are renamed, so its history reads on.

On PostgreSQL the new table tells the open windows of its changes, as every table of 0006.
"""

from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# Copied, not imported, from 0006: a migration must not change when the code does.
_NOTIFY = (
    "CREATE TRIGGER ifg_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
    "ON service_language FOR EACH STATEMENT EXECUTE FUNCTION ifg_wegwijzer_notify_change()"
)


def _rename_in_trail(old: str, new: str) -> None:
    op.execute(
        sa.text(
            "UPDATE audit_entry SET field_name = :new "
            "WHERE field_name = :old AND resource_type = 'service'"
        ).bindparams(old=old, new=new)
    )


def upgrade() -> None:
    op.create_table(
        'service_language',
        sa.Column('service_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ['service_id'], ['service.id'],
            name=op.f('fk_service_language_service_id_service'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('service_id', 'code', name=op.f('pk_service_language')),
    )
    op.create_index('ix_service_language_code', 'service_language', ['code', 'service_id'])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_NOTIFY)
    _rename_in_trail("website", "url")


def downgrade() -> None:
    _rename_in_trail("url", "website")
    op.drop_index('ix_service_language_code', table_name='service_language')
    op.drop_table('service_language')
