"""honest seed facts, where they come from, and the conversation guide (Leidraad)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 19:00:00

Facts shipped before this version claimed more than their sources: 1712 closed on public
holidays (not known), the CKG open day and night (only its crisis reception is), the VK's
phone line and evening/weekend standby missing, "tot 3 jaar" stored as 36 months where
"tot 18 jaar" is 215, and ten checklist texts drifted from the training deck's wording.
Each is corrected here only where the database still holds the value that was shipped: what
a coordinator changed stays as they wrote it. The new ``fact_source`` table says where each
shipped service's contact, hours and ages come from (seed_data/sources.json), and the guide
shipped with this version (seed_data/guide.json) is loaded into the new ``guide_section``
table.
"""

import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# (item key, column, as shipped before, as the deck says it)
CHECKLIST_WORDING = (
    ('doodsbedreiging', 'help', 'Ook een dreiging met suïcide door de pleger telt als doodsbedreiging.', 'Ook een dreiging met suïcide telt mee.'),
    ('seks-zonder-toestemming', 'help', 'Na recent seksueel geweld biedt het ZSG medische, psychologische en politionele hulp op één plek.', 'Het ZSG vangt slachtoffers van (hands-on) seksueel geweld op, met medische, psychologische en politionele diensten op één plek.'),
    ('wurging', 'help', 'Medische controle nodig, ook zonder zichtbare letsels', 'Schakel medische hulp in (check-up bij wurging).'),
    ('middelenmisbruik', 'text', 'Misbruik van alcohol, medicatie of drugs', 'Misbruik van middelen, zoals alcohol, medicatie of drugs'),
    ('eergerelateerd', 'text', 'Vermoeden van eergerelateerd geweld', 'Vermoeden van kans op eergerelateerd geweld'),
    ('lopende-procedure', 'text', 'Er lopen gerechtelijke procedures die het geweld afremmen', 'Er lopen justitiële procedures die effect hebben op het geweld'),
    ('band-kind-volwassene', 'text', 'Het kind heeft een band met een zorgende volwassene buiten het gezin', 'Er is betrokkenheid en steun voor het kind, bv. een band met een zorgende volwassene buiten het gezin'),
    ('band-kind-volwassene', 'help', 'Bijvoorbeeld een meter, nonkel, juf of zorgcoördinator.', 'Bijvoorbeeld een affectieve band met een meter, nonkel, juf of zorgcoördinator.'),
    ('plots-bang', 'text', 'Is zonder duidelijke reden plots bang, boos, verward of somber', 'Is zonder duidelijke reden plots bang, boos, verward of depressief'),
    ('gebruikt-middelen', 'text', 'Gebruikt alcohol of drugs', 'Gebruikt verdovende middelen, zoals alcohol of drugs'),
    ('huishouden', 'text', 'Doet heel veel, of net niets, in het huishouden', 'Doet veel, of net niets, in het huishouden'),
)

NOTE_1712_BEFORE = "Op feestdagen gesloten (te verifiëren)"
NOTE_1712 = "Op feestdagen: niet gekend (niet als gesloten behandelen; te verifiëren)"
NOTE_CKG_BEFORE = "Crisisopvang dag en nacht; andere modules op afspraak/uren onbekend"
NOTE_CKG = "De uren van de andere modules dan de crisisopvang zijn niet gekend"
NOTE_VK = (
    "Op werkdagen telefonisch bereikbaar (uren niet gekend); 's avonds en in het weekend een "
    "wachtdienst voor dringende situaties (bron: jeugdhulp.be, geraadpleegd op 2026-12-01)"
)


def _shipped(name: str) -> dict[str, Any] | None:
    """A file of seed_data/ as shipped with this version (None when it is not there)."""
    here = Path(__file__).resolve()
    for folder in (here.parents[2] / "seed_data", here.parents[3] / "seed_data"):
        path = folder / name
        if path.is_file():
            shipped: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return shipped
    return None


def _guide() -> list[dict[str, object]]:
    """The shipped guide's sections, in order."""
    shipped = _shipped("guide.json")
    if shipped is None:
        return []
    sections = shipped["sections"]
    return [
        {
            "key": s["key"], "position": i, "title": s["title"], "summary": s["summary"],
            "points": s["points"], "say": s["say"], "source": s["source"],
            "keywords": s["keywords"],
        }
        for i, s in enumerate(sections)
    ]


def _service_schedule(key: str) -> str:
    return f"service_id = (SELECT id FROM service WHERE key = '{key}')"


def upgrade() -> None:
    guide_section = op.create_table('guide_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('points', sa.JSON(), nullable=False),
    sa.Column('say', sa.JSON(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('keywords', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guide_section')),
    sa.UniqueConstraint('key', name=op.f('uq_guide_section_key'))
    )
    op.bulk_insert(guide_section, _guide())

    op.create_table('fact_source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('fact', sa.String(length=20), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('to_verify', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_fact_source_service_id_service'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fact_source')),
    sa.UniqueConstraint('service_id', 'fact', name=op.f('uq_fact_source_service_id'))
    )
    with op.batch_alter_table('fact_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fact_source_service_id'), ['service_id'], unique=False)

    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.add_column(sa.Column('always_open_part', sa.String(length=120), nullable=True))

    bind = op.get_bind()
    sources = _shipped("sources.json")
    for key, facts in (sources or {}).get("services", {}).items():  # the shipped services'
        for fact, value in facts.items():
            bind.execute(
                # Not for a service a coordinator has changed: the shipped source may no
                # longer be where its facts come from.
                sa.text("INSERT INTO fact_source (service_id, fact, source, to_verify, note) "
                        "SELECT id, :fact, :source, :to_verify, :note FROM service "
                        "WHERE key = :key AND NOT EXISTS (SELECT 1 FROM audit_entry a "
                        "WHERE a.resource_type = 'service' AND a.resource_id = service.key)"),
                {"key": key, "fact": fact, "source": value["source"],
                 "to_verify": bool(value["to_verify"]), "note": value.get("note")},
            )
    changed: set[str] = set()

    def run(service: str, sql: str, **params: object) -> None:
        if bind.execute(sa.text(sql), params).rowcount:
            changed.add(service)

    run("1712",
        "UPDATE schedule SET closed_on_public_holidays = NULL, note = :note "
        f"WHERE {_service_schedule('1712')} AND closed_on_public_holidays = :yes AND note = :old",
        note=NOTE_1712, yes=True, old=NOTE_1712_BEFORE)
    run("ckg",
        "UPDATE schedule SET always_open = :no, closed_on_public_holidays = NULL, note = :note, "
        "always_open_part = 'crisisopvang' "
        f"WHERE {_service_schedule('ckg')} AND always_open = :yes AND note = :old "
        "AND NOT EXISTS (SELECT 1 FROM schedule_window w WHERE w.schedule_id = schedule.id)",
        note=NOTE_CKG, no=False, yes=True, old=NOTE_CKG_BEFORE)
    run("vk",
        "INSERT INTO schedule (service_id, always_open, by_appointment, "
        "closed_on_public_holidays, timezone, note) "
        "SELECT s.id, :no, :no, NULL, 'Europe/Brussels', :note FROM service s "
        "WHERE s.key = 'vk' AND NOT EXISTS (SELECT 1 FROM schedule x WHERE x.service_id = s.id)",
        note=NOTE_VK, no=False)
    for key in ("kind-en-gezin", "zorggarantie-jonge-kind"):  # "tot 3 jaar": 35 months
        run(key, "UPDATE service SET maximum_age_months = 35 "
            "WHERE key = :key AND maximum_age_months = 36", key=key)
    if changed:  # other windows and the editor see a newer version
        bind.execute(
            sa.text("UPDATE service SET version = version + 1, updated_at = CURRENT_TIMESTAMP "
                    "WHERE key IN :keys").bindparams(sa.bindparam("keys", expanding=True)),
            {"keys": sorted(changed)},
        )
    for key, column, before, after in CHECKLIST_WORDING:
        bind.execute(
            sa.text(f'UPDATE checklist_item SET "{column}" = :after '
                    f'WHERE key = :key AND "{column}" = :before'),
            {"key": key, "before": before, "after": after},
        )


def downgrade() -> None:
    # The corrected facts stay: putting a claim back that its source does not make would
    # only make the data wrong again.
    op.drop_table('fact_source')
    op.drop_table('guide_section')
    # Not in batch mode: rebuilding ``schedule`` on SQLite would drop the old table, and with
    # foreign keys on (as the application connects) every window and date went with it.
    op.execute("ALTER TABLE schedule DROP COLUMN always_open_part")
