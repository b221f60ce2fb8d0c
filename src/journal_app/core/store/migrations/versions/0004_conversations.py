"""format 4: learning conversations, their links to criteria, and learning agreements

Revision ID: 0004_conversations
Revises: 0003_review
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_conversations"
down_revision: str | None = "0003_review"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conversation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("with_whom", sa.Text(), nullable=False),
        sa.Column("their_role", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("focus", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("agreed_actions", sa.Text(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation")),
    )
    op.create_table(
        "learning_agreement",
        sa.Column("person", sa.Text(), nullable=False),
        sa.Column("ground_rules", sa.Text(), nullable=False),
        sa.Column("confidentiality", sa.Text(), nullable=False),
        sa.Column("boundaries", sa.Text(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("person", name=op.f("pk_learning_agreement")),
    )
    op.create_table(
        "conversation_link",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.String(length=64), nullable=False),
        sa.Column("criterion_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversation.id"],
                                name=op.f("fk_conversation_link_conversation_id_conversation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("conversation_id", "stage_id", "criterion_id", name=op.f("pk_conversation_link")),
    )


def downgrade() -> None:
    for table in ("conversation_link", "learning_agreement", "conversation"):
        op.drop_table(table)
