"""format 3: mentor review copies, comments and sign-offs

Revision ID: 0003_review
Revises: 0002_search
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_review"
down_revision: str | None = "0002_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('review_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('export_id', sa.String(length=36), nullable=False),
    sa.Column('stage_id', sa.String(length=64), nullable=False),
    sa.Column('criterion_id', sa.String(length=64), nullable=False),
    sa.Column('author', sa.Text(), nullable=False),
    sa.Column('role_id', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_comment'))
    )
    op.create_table('review_export',
    sa.Column('export_id', sa.String(length=36), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('stages', sa.Text(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('export_id', name=op.f('pk_review_export'))
    )
    op.create_table('review_info',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('export_id', sa.String(length=36), nullable=False),
    sa.Column('journal_uuid', sa.String(length=36), nullable=False),
    sa.Column('owner', sa.Text(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('stages', sa.Text(), nullable=False),
    sa.Column('reviewer_name', sa.Text(), nullable=False),
    sa.Column('reviewer_role', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_info'))
    )
    op.create_table('sign_off',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('export_id', sa.String(length=36), nullable=False),
    sa.Column('stage_id', sa.String(length=64), nullable=False),
    sa.Column('role_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_off')),
    sa.UniqueConstraint('export_id', 'stage_id', 'role_id', name=op.f('uq_sign_off_export_id'))
    )


def downgrade() -> None:
    for table in ("sign_off", "review_info", "review_export", "review_comment"):
        op.drop_table(table)
