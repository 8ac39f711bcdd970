import GRDB

extension SQLiteArchive {
    /// The schema's history: plain SQL, one migration per version. A shipped migration is never
    /// edited; a change is a new migration appended here.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-records-links-search-audit") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-search-words") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-attachments") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4-two-step-sign-in") { db in
            try db.execute(sql: "ALTER TABLE user_account ADD COLUMN totp_secret TEXT")
        }
        migrator.registerMigration("v5-recovery-codes") { db in
            // The digests of the unused recovery codes, separated by spaces.
            try db.execute(sql: "ALTER TABLE user_account ADD COLUMN recovery_codes TEXT NOT NULL DEFAULT ''")
        }
        return migrator
    }

    /// Records keep their queryable fields in columns and their whole JSON in `revision`; the
    /// record row points at its current revision, so the JSON is stored once. Links are tables of
    /// their own with foreign keys, so no link can dangle. Incidents are keyed by `seq`, which
    /// orders them by date (see `IncidentKey`); full-text search runs on `incident_fts`, whose
    /// content lives in `incident_search` as pre-folded words (see `SearchText`).
    static let v1 = """
        CREATE TABLE revision (
            seq INTEGER PRIMARY KEY,
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            number INTEGER NOT NULL,
            at REAL NOT NULL,
            user TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX revision_by_record ON revision(record_kind, record_id, seq);

        CREATE TABLE place (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            region_id TEXT REFERENCES place(id),
            name_words TEXT NOT NULL,
            revision INTEGER NOT NULL,
            revision_seq INTEGER NOT NULL REFERENCES revision(seq)
        );
        CREATE INDEX place_by_region ON place(region_id);

        CREATE TABLE source (
            id TEXT PRIMARY KEY NOT NULL,
            title TEXT NOT NULL,
            confidentiality INTEGER NOT NULL,
            name_words TEXT NOT NULL,
            revision INTEGER NOT NULL,
            revision_seq INTEGER NOT NULL REFERENCES revision(seq)
        );

        CREATE TABLE person (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            place_id TEXT REFERENCES place(id),
            confidentiality INTEGER NOT NULL,
            name_words TEXT NOT NULL,
            revision INTEGER NOT NULL,
            revision_seq INTEGER NOT NULL REFERENCES revision(seq)
        );
        CREATE INDEX person_by_place ON person(place_id);

        CREATE TABLE organization (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            place_id TEXT REFERENCES place(id),
            confidentiality INTEGER NOT NULL,
            name_words TEXT NOT NULL,
            revision INTEGER NOT NULL,
            revision_seq INTEGER NOT NULL REFERENCES revision(seq)
        );
        CREATE INDEX organization_by_place ON organization(place_id);

        CREATE TABLE incident (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            earliest_day TEXT,
            latest_day TEXT,
            year INTEGER,
            month TEXT,
            event_type TEXT NOT NULL,
            status TEXT NOT NULL,
            confidentiality INTEGER NOT NULL,
            summary_words TEXT NOT NULL,
            revision INTEGER NOT NULL,
            revision_seq INTEGER NOT NULL REFERENCES revision(seq)
        );

        CREATE TABLE incident_person (
            incident_seq INTEGER NOT NULL REFERENCES incident(seq) ON DELETE CASCADE ON UPDATE CASCADE,
            person_id TEXT NOT NULL REFERENCES person(id),
            role TEXT NOT NULL,
            PRIMARY KEY (incident_seq, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX incident_person_by_person ON incident_person(person_id);

        CREATE TABLE incident_organization (
            incident_seq INTEGER NOT NULL REFERENCES incident(seq) ON DELETE CASCADE ON UPDATE CASCADE,
            organization_id TEXT NOT NULL REFERENCES organization(id),
            role TEXT NOT NULL,
            PRIMARY KEY (incident_seq, organization_id)
        ) WITHOUT ROWID;
        CREATE INDEX incident_organization_by_organization ON incident_organization(organization_id);

        CREATE TABLE incident_place (
            incident_seq INTEGER NOT NULL REFERENCES incident(seq) ON DELETE CASCADE ON UPDATE CASCADE,
            place_id TEXT NOT NULL REFERENCES place(id),
            PRIMARY KEY (incident_seq, place_id)
        ) WITHOUT ROWID;
        CREATE INDEX incident_place_by_place ON incident_place(place_id);

        CREATE TABLE incident_provision (
            incident_seq INTEGER NOT NULL REFERENCES incident(seq) ON DELETE CASCADE ON UPDATE CASCADE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            article TEXT NOT NULL,
            part TEXT,
            PRIMARY KEY (incident_seq, position)
        ) WITHOUT ROWID;
        CREATE INDEX incident_provision_by_article ON incident_provision(code, article);

        CREATE TABLE incident_passage (
            incident_seq INTEGER NOT NULL REFERENCES incident(seq) ON DELETE CASCADE ON UPDATE CASCADE,
            position INTEGER NOT NULL,
            source_id TEXT NOT NULL REFERENCES source(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (incident_seq, position)
        ) WITHOUT ROWID;
        CREATE INDEX incident_passage_by_source ON incident_passage(source_id);

        CREATE TABLE incident_search (
            seq INTEGER PRIMARY KEY,
            summary TEXT NOT NULL,
            notes TEXT NOT NULL,
            public_text TEXT NOT NULL,
            restricted_text TEXT NOT NULL,
            confidential_text TEXT NOT NULL,
            facets TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE incident_fts USING fts5(
            summary, notes, public_text, restricted_text, confidential_text, facets,
            content = 'incident_search', content_rowid = 'seq',
            tokenize = 'unicode61 remove_diacritics 2', detail = 'column', columnsize = 0
        );

        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            revision INTEGER,
            before_revision_seq INTEGER REFERENCES revision(seq),
            after_revision_seq INTEGER REFERENCES revision(seq),
            before TEXT,
            after TEXT
        );
        CREATE INDEX audit_log_by_record ON audit_log(record_kind, record_id);
        CREATE INDEX audit_log_by_user ON audit_log(user);

        CREATE TABLE user_account (
            name TEXT PRIMARY KEY NOT NULL,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            created_at REAL NOT NULL,
            disabled INTEGER NOT NULL
        );
        """

    /// The terms of the full-text index's text columns, for searching a typed prefix as the exact
    /// terms it begins (see `SearchVocabulary`), filled with the terms an existing index holds.
    static let v2 = """
        CREATE TABLE search_word (term TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
        CREATE VIRTUAL TABLE temp.incident_fts_terms USING fts5vocab(main, incident_fts, 'col');
        INSERT OR IGNORE INTO search_word (term) SELECT term FROM temp.incident_fts_terms WHERE col <> 'facets';
        DROP TABLE temp.incident_fts_terms;
        """

    /// Files kept with incidents: the bytes once per SHA-256 in `attachment_content`, the records in
    /// `attachment` (an incident's id may move to another key when its day changes, so that link is checked
    /// when the transaction commits).
    static let v3 = """
        CREATE TABLE attachment_content (
            sha256 TEXT PRIMARY KEY NOT NULL,
            bytes BLOB NOT NULL
        );

        CREATE TABLE attachment (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            incident_id TEXT NOT NULL REFERENCES incident(id) DEFERRABLE INITIALLY DEFERRED,
            sha256 TEXT NOT NULL REFERENCES attachment_content(sha256),
            confidentiality INTEGER NOT NULL,
            name_words TEXT NOT NULL,
            revision INTEGER NOT NULL,
            revision_seq INTEGER NOT NULL REFERENCES revision(seq)
        );
        CREATE INDEX attachment_by_incident ON attachment(incident_id);
        CREATE INDEX attachment_by_content ON attachment(sha256);
        """
}
