"""format 7: the review as a fillable PDF form, and where each sign-off came from

Revision ID: 0007_review_form
Revises: 0006_curee
Create Date: 2026-11-29

``review_export`` records what kind of file was sent (a review copy or a PDF form) and the
fingerprint of each stage as exported, so a sign-off returned on a form is sealed against the
content the mentor saw. ``sign_off`` records where it came from (a review copy, a PDF form, a
paper sheet), the evidence item kept as its record (the returned PDF or the scan of the
sheet) and, for a digitally signed form, the signature's details.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_review_form"
down_revision: str | None = "0006_curee"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("review_export") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=8), nullable=False, server_default="copy"))
        batch.add_column(sa.Column("fingerprints", sa.Text(), nullable=False, server_default="{}"))
    with op.batch_alter_table("sign_off") as batch:
        batch.add_column(sa.Column("source", sa.String(length=16), nullable=False, server_default="review-copy"))
        batch.add_column(sa.Column("record_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("signature", sa.Text(), nullable=True))
        batch.create_foreign_key(op.f("fk_sign_off_record_id_evidence_item"), "evidence_item",
                                 ["record_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("sign_off") as batch:
        batch.drop_constraint(op.f("fk_sign_off_record_id_evidence_item"), type_="foreignkey")
        batch.drop_column("signature")
        batch.drop_column("record_id")
        batch.drop_column("source")
    with op.batch_alter_table("review_export") as batch:
        batch.drop_column("fingerprints")
        batch.drop_column("kind")
