"""opening hours by the month or every n weeks (iCalendar RRULE, as HSDS has them)

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-15 10:00:00

A window of ``schedule_window`` held every week. It may now hold on the first Monday of the
month, the last Friday, the second and fourth Tuesday (``ordinals``), or every n weeks or
months (``repeat_interval``) counted from a first day (``anchor``, HSDS's dtstart). Every
window there is stays as it was: every week.
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('schedule_window', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ordinals', sa.String(length=40), nullable=True))
        batch_op.add_column(
            sa.Column('repeat_interval', sa.Integer(), nullable=False, server_default='1')
        )
        batch_op.add_column(sa.Column('anchor', sa.Date(), nullable=True))


def downgrade() -> None:
    # The older version would read such a window as every week: a service open on the
    # first Monday would show open on every Monday. Without it, hours it cannot say stay
    # unknown, as they were before.
    op.execute(
        "DELETE FROM schedule_window WHERE ordinals IS NOT NULL OR repeat_interval <> 1 "
        "OR anchor IS NOT NULL"
    )
    # Not in batch mode: rebuilding the table on SQLite with foreign keys on is what 0004's
    # downgrade avoids too.
    op.execute("ALTER TABLE schedule_window DROP COLUMN anchor")
    op.execute("ALTER TABLE schedule_window DROP COLUMN repeat_interval")
    op.execute("ALTER TABLE schedule_window DROP COLUMN ordinals")
