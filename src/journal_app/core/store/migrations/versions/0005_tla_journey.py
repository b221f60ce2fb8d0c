"""format 5: the TLA learning journey (plan with its changes, dimension accounts and links, breakthroughs)

Revision ID: 0005_tla_journey
Revises: 0004_conversations
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_tla_journey"
down_revision: str | None = "0004_conversations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tla_journey",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("focus", sa.Text(), nullable=False),
        sa.Column("tla_stage", sa.Integer(), nullable=False),
        sa.Column("ljmu_stage_id", sa.String(length=64), nullable=True),
        sa.Column("tla_snapshot", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tla_journey")),
    )
    op.create_table(
        "journey_plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_plan_item")),
    )
    op.create_table(
        "journey_plan_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_plan_change")),
    )
    op.create_table(
        "dimension_account",
        sa.Column("dimension_id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("dimension_id", name=op.f("pk_dimension_account")),
    )
    op.create_table(
        "dimension_link",
        sa.Column("dimension_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("dimension_id", "kind", "ref_id", name=op.f("pk_dimension_link")),
    )
    op.create_table(
        "breakthrough",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("what_changed", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breakthrough")),
    )


def downgrade() -> None:
    for table in ("breakthrough", "dimension_link", "dimension_account", "journey_plan_change",
                  "journey_plan_item", "tla_journey"):
        op.drop_table(table)
