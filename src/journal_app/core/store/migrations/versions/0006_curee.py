"""format 6: CUREE principle and skill tags, Diamond 9

Revision ID: 0006_curee
Revises: 0005_tla_journey
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_curee"
down_revision: str | None = "0005_tla_journey"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "curee_tag",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("tag_kind", sa.String(length=16), nullable=False),
        sa.Column("tag_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("kind", "ref", "tag_kind", "tag_id", name=op.f("pk_curee_tag")),
    )
    op.create_table(
        "diamond_slot",
        sa.Column("stage_id", sa.String(length=64), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("stage_id", "slot", name=op.f("pk_diamond_slot")),
    )


def downgrade() -> None:
    op.drop_table("diamond_slot")
    op.drop_table("curee_tag")
