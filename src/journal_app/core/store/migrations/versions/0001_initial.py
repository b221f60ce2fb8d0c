"""initial schema

Revision ID: 0001_initial
Revises: (none)
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001_initial'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('checklist_tick',
    sa.Column('stage_id', sa.String(length=64), nullable=False),
    sa.Column('checklist_id', sa.String(length=64), nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('ticked', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('stage_id', 'checklist_id', 'item_id', name=op.f('pk_checklist_tick'))
    )
    op.create_table('criterion_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.String(length=64), nullable=False),
    sa.Column('criterion_id', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('achieved_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('notes_private', sa.Boolean(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion_record')),
    sa.UniqueConstraint('stage_id', 'criterion_id', name=op.f('uq_criterion_record_stage_id'))
    )
    op.create_table('evidence_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(length=128), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_item'))
    )
    op.create_table('journal_info',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('journal_uuid', sa.String(length=36), nullable=False),
    sa.Column('owner', sa.Text(), nullable=False),
    sa.Column('school', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('framework_id', sa.String(length=64), nullable=False),
    sa.Column('framework_version', sa.String(length=32), nullable=False),
    sa.Column('framework_snapshot', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_info'))
    )
    op.create_table('reflection',
    sa.Column('stage_id', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('stage_id', name=op.f('pk_reflection'))
    )
    op.create_table('target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.String(length=64), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('success_criteria', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('review_notes', sa.Text(), nullable=False),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target'))
    )
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.create_index('ix_target_stage', ['stage_id'], unique=False)

    op.create_table('verification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.String(length=64), nullable=False),
    sa.Column('role_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('modified_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verification')),
    sa.UniqueConstraint('stage_id', 'role_id', name=op.f('uq_verification_stage_id'))
    )
    op.create_table('evidence_chunk',
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence_item.id'], name=op.f('fk_evidence_chunk_evidence_id_evidence_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('evidence_id', 'seq', name=op.f('pk_evidence_chunk'))
    )
    op.create_table('evidence_link',
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.String(length=64), nullable=False),
    sa.Column('criterion_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence_item.id'], name=op.f('fk_evidence_link_evidence_id_evidence_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('evidence_id', 'stage_id', 'criterion_id', name=op.f('pk_evidence_link'))
    )
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.create_index('ix_evidence_link_criterion', ['stage_id', 'criterion_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('evidence_link', schema=None) as batch_op:
        batch_op.drop_index('ix_evidence_link_criterion')

    op.drop_table('evidence_link')
    op.drop_table('evidence_chunk')
    op.drop_table('verification')
    with op.batch_alter_table('target', schema=None) as batch_op:
        batch_op.drop_index('ix_target_stage')

    op.drop_table('target')
    op.drop_table('reflection')
    op.drop_table('journal_info')
    op.drop_table('evidence_item')
    op.drop_table('criterion_record')
    op.drop_table('checklist_tick')
