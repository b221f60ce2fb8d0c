"""The schema each journal format defines: every row of ``sqlite_schema`` (type, name, table, SQL)
as the Alembic migrations make it. Generated from the migrations by
``tests/test_schema_guard.py::frozen_schema_source`` (a test fails when they differ), so that
checking a file's schema costs no migration run."""

from __future__ import annotations

OBJECTS: tuple[tuple[str, str, str, str | None], ...] = (
    ('index', 'ix_evidence_link_criterion', 'evidence_link', 'CREATE INDEX ix_evidence_link_criterion ON evidence_link (stage_id, criterion_id)'),  # 0
    ('index', 'ix_target_stage', 'target', 'CREATE INDEX ix_target_stage ON target (stage_id)'),  # 1
    ('index', 'sqlite_autoindex_alembic_version_1', 'alembic_version', None),  # 2
    ('index', 'sqlite_autoindex_checklist_tick_1', 'checklist_tick', None),  # 3
    ('index', 'sqlite_autoindex_criterion_record_1', 'criterion_record', None),  # 4
    ('index', 'sqlite_autoindex_evidence_chunk_1', 'evidence_chunk', None),  # 5
    ('index', 'sqlite_autoindex_evidence_link_1', 'evidence_link', None),  # 6
    ('index', 'sqlite_autoindex_reflection_1', 'reflection', None),  # 7
    ('index', 'sqlite_autoindex_verification_1', 'verification', None),  # 8
    ('table', 'alembic_version', 'alembic_version', 'CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)'),  # 9
    ('table', 'checklist_tick', 'checklist_tick', 'CREATE TABLE checklist_tick (\n\tstage_id VARCHAR(64) NOT NULL, \n\tchecklist_id VARCHAR(64) NOT NULL, \n\titem_id VARCHAR(64) NOT NULL, \n\tticked BOOLEAN NOT NULL, \n\tnote TEXT NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_checklist_tick PRIMARY KEY (stage_id, checklist_id, item_id)\n)'),  # 10
    ('table', 'criterion_record', 'criterion_record', 'CREATE TABLE criterion_record (\n\tid INTEGER NOT NULL, \n\tstage_id VARCHAR(64) NOT NULL, \n\tcriterion_id VARCHAR(64) NOT NULL, \n\tstate VARCHAR(16) NOT NULL, \n\tachieved_on DATE, \n\tnotes TEXT NOT NULL, \n\tnotes_private BOOLEAN NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_criterion_record PRIMARY KEY (id), \n\tCONSTRAINT uq_criterion_record_stage_id UNIQUE (stage_id, criterion_id)\n)'),  # 11
    ('table', 'evidence_chunk', 'evidence_chunk', 'CREATE TABLE evidence_chunk (\n\tevidence_id INTEGER NOT NULL, \n\tseq INTEGER NOT NULL, \n\tdata BLOB NOT NULL, \n\tCONSTRAINT pk_evidence_chunk PRIMARY KEY (evidence_id, seq), \n\tCONSTRAINT fk_evidence_chunk_evidence_id_evidence_item FOREIGN KEY(evidence_id) REFERENCES evidence_item (id) ON DELETE CASCADE\n)'),  # 12
    ('table', 'evidence_item', 'evidence_item', 'CREATE TABLE evidence_item (\n\tid INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tmedia_type VARCHAR(128) NOT NULL, \n\tsize INTEGER NOT NULL, \n\tsha256 VARCHAR(64) NOT NULL, \n\tadded_at DATETIME NOT NULL, \n\tprivate BOOLEAN NOT NULL, \n\tCONSTRAINT pk_evidence_item PRIMARY KEY (id)\n)'),  # 13
    ('table', 'evidence_link', 'evidence_link', 'CREATE TABLE evidence_link (\n\tevidence_id INTEGER NOT NULL, \n\tstage_id VARCHAR(64) NOT NULL, \n\tcriterion_id VARCHAR(64) NOT NULL, \n\tCONSTRAINT pk_evidence_link PRIMARY KEY (evidence_id, stage_id, criterion_id), \n\tCONSTRAINT fk_evidence_link_evidence_id_evidence_item FOREIGN KEY(evidence_id) REFERENCES evidence_item (id) ON DELETE CASCADE\n)'),  # 14
    ('table', 'journal_info', 'journal_info', 'CREATE TABLE journal_info (\n\tid INTEGER NOT NULL, \n\tjournal_uuid VARCHAR(36) NOT NULL, \n\towner TEXT NOT NULL, \n\tschool TEXT NOT NULL, \n\trole TEXT NOT NULL, \n\tframework_id VARCHAR(64) NOT NULL, \n\tframework_version VARCHAR(32) NOT NULL, \n\tframework_snapshot TEXT NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_journal_info PRIMARY KEY (id)\n)'),  # 15
    ('table', 'reflection', 'reflection', 'CREATE TABLE reflection (\n\tstage_id VARCHAR(64) NOT NULL, \n\ttext TEXT NOT NULL, \n\tprivate BOOLEAN NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_reflection PRIMARY KEY (stage_id)\n)'),  # 16
    ('table', 'target', 'target', 'CREATE TABLE target (\n\tid INTEGER NOT NULL, \n\tstage_id VARCHAR(64), \n\ttext TEXT NOT NULL, \n\tsuccess_criteria TEXT NOT NULL, \n\tdue_date DATE, \n\tstatus VARCHAR(16) NOT NULL, \n\treview_notes TEXT NOT NULL, \n\tprivate BOOLEAN NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_target PRIMARY KEY (id)\n)'),  # 17
    ('table', 'verification', 'verification', 'CREATE TABLE verification (\n\tid INTEGER NOT NULL, \n\tstage_id VARCHAR(64) NOT NULL, \n\trole_id VARCHAR(64) NOT NULL, \n\tname TEXT NOT NULL, \n\tcomment TEXT NOT NULL, \n\tverified_on DATE, \n\tstate VARCHAR(16) NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_verification PRIMARY KEY (id), \n\tCONSTRAINT uq_verification_stage_id UNIQUE (stage_id, role_id)\n)'),  # 18
    ('index', 'sqlite_autoindex_search_doc_1', 'search_doc', None),  # 19
    ('table', 'search_doc', 'search_doc', 'CREATE TABLE search_doc (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, stage_id TEXT, ref TEXT NOT NULL, UNIQUE (kind, ref))'),  # 20
    ('table', 'search_fts', 'search_fts', "CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"),  # 21
    ('table', 'search_fts_config', 'search_fts_config', "CREATE TABLE 'search_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID"),  # 22
    ('table', 'search_fts_content', 'search_fts_content', "CREATE TABLE 'search_fts_content'(id INTEGER PRIMARY KEY, c0)"),  # 23
    ('table', 'search_fts_data', 'search_fts_data', "CREATE TABLE 'search_fts_data'(id INTEGER PRIMARY KEY, block BLOB)"),  # 24
    ('table', 'search_fts_docsize', 'search_fts_docsize', "CREATE TABLE 'search_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB)"),  # 25
    ('table', 'search_fts_idx', 'search_fts_idx', "CREATE TABLE 'search_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID"),  # 26
    ('index', 'sqlite_autoindex_review_export_1', 'review_export', None),  # 27
    ('index', 'sqlite_autoindex_sign_off_1', 'sign_off', None),  # 28
    ('table', 'review_comment', 'review_comment', 'CREATE TABLE review_comment (\n\tid INTEGER NOT NULL, \n\texport_id VARCHAR(36) NOT NULL, \n\tstage_id VARCHAR(64) NOT NULL, \n\tcriterion_id VARCHAR(64) NOT NULL, \n\tauthor TEXT NOT NULL, \n\trole_id VARCHAR(64) NOT NULL, \n\ttext TEXT NOT NULL, \n\twritten_at DATETIME NOT NULL, \n\tCONSTRAINT pk_review_comment PRIMARY KEY (id)\n)'),  # 29
    ('table', 'review_export', 'review_export', 'CREATE TABLE review_export (\n\texport_id VARCHAR(36) NOT NULL, \n\texported_at DATETIME NOT NULL, \n\tstages TEXT NOT NULL, \n\timported_at DATETIME, \n\tCONSTRAINT pk_review_export PRIMARY KEY (export_id)\n)'),  # 30
    ('table', 'review_info', 'review_info', 'CREATE TABLE review_info (\n\tid INTEGER NOT NULL, \n\texport_id VARCHAR(36) NOT NULL, \n\tjournal_uuid VARCHAR(36) NOT NULL, \n\towner TEXT NOT NULL, \n\texported_at DATETIME NOT NULL, \n\tstages TEXT NOT NULL, \n\treviewer_name TEXT NOT NULL, \n\treviewer_role TEXT NOT NULL, \n\tCONSTRAINT pk_review_info PRIMARY KEY (id)\n)'),  # 31
    ('table', 'sign_off', 'sign_off', 'CREATE TABLE sign_off (\n\tid INTEGER NOT NULL, \n\texport_id VARCHAR(36) NOT NULL, \n\tstage_id VARCHAR(64) NOT NULL, \n\trole_id VARCHAR(64) NOT NULL, \n\tname TEXT NOT NULL, \n\toutcome VARCHAR(16) NOT NULL, \n\tcomment TEXT NOT NULL, \n\tsigned_at DATETIME NOT NULL, \n\tfingerprint VARCHAR(64) NOT NULL, \n\tCONSTRAINT pk_sign_off PRIMARY KEY (id), \n\tCONSTRAINT uq_sign_off_export_id UNIQUE (export_id, stage_id, role_id)\n)'),  # 32
    ('index', 'sqlite_autoindex_conversation_link_1', 'conversation_link', None),  # 33
    ('index', 'sqlite_autoindex_learning_agreement_1', 'learning_agreement', None),  # 34
    ('table', 'conversation', 'conversation', 'CREATE TABLE conversation (\n\tid INTEGER NOT NULL, \n\theld_on DATE NOT NULL, \n\twith_whom TEXT NOT NULL, \n\ttheir_role TEXT NOT NULL, \n\tkind VARCHAR(32) NOT NULL, \n\tfocus TEXT NOT NULL, \n\tnotes TEXT NOT NULL, \n\tagreed_actions TEXT NOT NULL, \n\tprivate BOOLEAN NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_conversation PRIMARY KEY (id)\n)'),  # 35
    ('table', 'conversation_link', 'conversation_link', 'CREATE TABLE conversation_link (\n\tconversation_id INTEGER NOT NULL, \n\tstage_id VARCHAR(64) NOT NULL, \n\tcriterion_id VARCHAR(64) NOT NULL, \n\tCONSTRAINT pk_conversation_link PRIMARY KEY (conversation_id, stage_id, criterion_id), \n\tCONSTRAINT fk_conversation_link_conversation_id_conversation FOREIGN KEY(conversation_id) REFERENCES conversation (id) ON DELETE CASCADE\n)'),  # 36
    ('table', 'learning_agreement', 'learning_agreement', 'CREATE TABLE learning_agreement (\n\tperson TEXT NOT NULL, \n\tground_rules TEXT NOT NULL, \n\tconfidentiality TEXT NOT NULL, \n\tboundaries TEXT NOT NULL, \n\tprivate BOOLEAN NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_learning_agreement PRIMARY KEY (person)\n)'),  # 37
    ('index', 'sqlite_autoindex_dimension_account_1', 'dimension_account', None),  # 38
    ('index', 'sqlite_autoindex_dimension_link_1', 'dimension_link', None),  # 39
    ('table', 'breakthrough', 'breakthrough', 'CREATE TABLE breakthrough (\n\tid INTEGER NOT NULL, \n\trecorded_on DATE NOT NULL, \n\twhat_changed TEXT NOT NULL, \n\tevidence TEXT NOT NULL, \n\tfeedback TEXT NOT NULL, \n\tCONSTRAINT pk_breakthrough PRIMARY KEY (id)\n)'),  # 40
    ('table', 'dimension_account', 'dimension_account', 'CREATE TABLE dimension_account (\n\tdimension_id VARCHAR(64) NOT NULL, \n\ttext TEXT NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_dimension_account PRIMARY KEY (dimension_id)\n)'),  # 41
    ('table', 'dimension_link', 'dimension_link', 'CREATE TABLE dimension_link (\n\tdimension_id VARCHAR(64) NOT NULL, \n\tkind VARCHAR(16) NOT NULL, \n\tref_id INTEGER NOT NULL, \n\tCONSTRAINT pk_dimension_link PRIMARY KEY (dimension_id, kind, ref_id)\n)'),  # 42
    ('table', 'journey_plan_change', 'journey_plan_change', 'CREATE TABLE journey_plan_change (\n\tid INTEGER NOT NULL, \n\tchanged_at DATETIME NOT NULL, \n\tchange TEXT NOT NULL, \n\treason TEXT NOT NULL, \n\tCONSTRAINT pk_journey_plan_change PRIMARY KEY (id)\n)'),  # 43
    ('table', 'journey_plan_item', 'journey_plan_item', 'CREATE TABLE journey_plan_item (\n\tid INTEGER NOT NULL, \n\tkind VARCHAR(16) NOT NULL, \n\ttext TEXT NOT NULL, \n\tdue_date DATE, \n\tdone BOOLEAN NOT NULL, \n\tCONSTRAINT pk_journey_plan_item PRIMARY KEY (id)\n)'),  # 44
    ('table', 'tla_journey', 'tla_journey', 'CREATE TABLE tla_journey (\n\tid INTEGER NOT NULL, \n\tfocus TEXT NOT NULL, \n\ttla_stage INTEGER NOT NULL, \n\tljmu_stage_id VARCHAR(64), \n\ttla_snapshot TEXT NOT NULL, \n\tcreated_at DATETIME NOT NULL, \n\tmodified_at DATETIME NOT NULL, \n\tCONSTRAINT pk_tla_journey PRIMARY KEY (id)\n)'),  # 45
    ('index', 'sqlite_autoindex_curee_tag_1', 'curee_tag', None),  # 46
    ('index', 'sqlite_autoindex_diamond_slot_1', 'diamond_slot', None),  # 47
    ('table', 'curee_tag', 'curee_tag', 'CREATE TABLE curee_tag (\n\tkind VARCHAR(16) NOT NULL, \n\tref VARCHAR(64) NOT NULL, \n\ttag_kind VARCHAR(16) NOT NULL, \n\ttag_id VARCHAR(64) NOT NULL, \n\tCONSTRAINT pk_curee_tag PRIMARY KEY (kind, ref, tag_kind, tag_id)\n)'),  # 48
    ('table', 'diamond_slot', 'diamond_slot', 'CREATE TABLE diamond_slot (\n\tstage_id VARCHAR(64) NOT NULL, \n\tslot INTEGER NOT NULL, \n\tchecklist_id VARCHAR(64) NOT NULL, \n\titem_id VARCHAR(64) NOT NULL, \n\tCONSTRAINT pk_diamond_slot PRIMARY KEY (stage_id, slot)\n)'),  # 49
    ('table', 'review_export', 'review_export', "CREATE TABLE review_export (\n\texport_id VARCHAR(36) NOT NULL, \n\texported_at DATETIME NOT NULL, \n\tstages TEXT NOT NULL, \n\timported_at DATETIME, kind VARCHAR(8) DEFAULT 'copy' NOT NULL, fingerprints TEXT DEFAULT '{}' NOT NULL, \n\tCONSTRAINT pk_review_export PRIMARY KEY (export_id)\n)"),  # 50
    ('table', 'sign_off', 'sign_off', 'CREATE TABLE "sign_off" (\n\tid INTEGER NOT NULL, \n\texport_id VARCHAR(36) NOT NULL, \n\tstage_id VARCHAR(64) NOT NULL, \n\trole_id VARCHAR(64) NOT NULL, \n\tname TEXT NOT NULL, \n\toutcome VARCHAR(16) NOT NULL, \n\tcomment TEXT NOT NULL, \n\tsigned_at DATETIME NOT NULL, \n\tfingerprint VARCHAR(64) NOT NULL, \n\tsource VARCHAR(16) DEFAULT \'review-copy\' NOT NULL, \n\trecord_id INTEGER, \n\tsignature TEXT, \n\tCONSTRAINT pk_sign_off PRIMARY KEY (id), \n\tCONSTRAINT uq_sign_off_export_id UNIQUE (export_id, stage_id, role_id), \n\tCONSTRAINT fk_sign_off_record_id_evidence_item FOREIGN KEY(record_id) REFERENCES evidence_item (id) ON DELETE SET NULL\n)'),  # 51
)

# For each format version, the OBJECTS it has.
BY_VERSION: dict[int, tuple[int, ...]] = {
    1: (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18),
    2: (0, 1, 2, 3, 4, 5, 6, 7, 19, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 17, 18),
    3: (0, 1, 2, 3, 4, 5, 6, 7, 27, 19, 28, 8, 9, 10, 11, 12, 13, 14, 15, 16, 29, 30, 31, 20, 21, 22, 23, 24, 25, 26, 32, 17, 18),
    4: (0, 1, 2, 3, 33, 4, 5, 6, 34, 7, 27, 19, 28, 8, 9, 10, 35, 36, 11, 12, 13, 14, 15, 37, 16, 29, 30, 31, 20, 21, 22, 23, 24, 25, 26, 32, 17, 18),
    5: (0, 1, 2, 3, 33, 4, 38, 39, 5, 6, 34, 7, 27, 19, 28, 8, 9, 40, 10, 35, 36, 11, 41, 42, 12, 13, 14, 15, 43, 44, 37, 16, 29, 30, 31, 20, 21, 22, 23, 24, 25, 26, 32, 17, 45, 18),
    6: (0, 1, 2, 3, 33, 4, 46, 47, 38, 39, 5, 6, 34, 7, 27, 19, 28, 8, 9, 40, 10, 35, 36, 11, 48, 49, 41, 42, 12, 13, 14, 15, 43, 44, 37, 16, 29, 30, 31, 20, 21, 22, 23, 24, 25, 26, 32, 17, 45, 18),
    7: (0, 1, 2, 3, 33, 4, 46, 47, 38, 39, 5, 6, 34, 7, 27, 19, 28, 8, 9, 40, 10, 35, 36, 11, 48, 49, 41, 42, 12, 13, 14, 15, 43, 44, 37, 16, 29, 50, 31, 20, 21, 22, 23, 24, 25, 26, 51, 17, 45, 18),
}
