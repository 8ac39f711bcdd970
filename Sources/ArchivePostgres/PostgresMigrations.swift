/// The archive's schema, as numbered migrations applied in order and recorded in `schema_migrations`.
/// A migration is never edited once shipped; changes come as a new one.
enum PostgresMigrations {
    struct Migration: Sendable {
        let version: Int
        let name: String
        let statements: [String]
        /// Whether the incidents' search vectors are recomputed afterwards (when what they hold changed).
        var rebuildsSearch = false
    }

    static let all: [Migration] = [
        Migration(version: 1, name: "records, links, revisions, audit log and users", statements: [
            """
            CREATE TABLE places (
                id text COLLATE "C" PRIMARY KEY,
                revision integer NOT NULL,
                body text NOT NULL,
                sort_name text COLLATE "C" NOT NULL,
                names tsvector NOT NULL,
                region_id text COLLATE "C" REFERENCES places (id) DEFERRABLE INITIALLY DEFERRED
            )
            """,
            "CREATE INDEX places_region ON places (region_id)",
            "CREATE INDEX places_names ON places USING gin (names)",
            "CREATE INDEX places_sort ON places (sort_name, id)",
            """
            CREATE TABLE sources (
                id text COLLATE "C" PRIMARY KEY,
                revision integer NOT NULL,
                body text NOT NULL,
                sort_name text COLLATE "C" NOT NULL,
                names tsvector NOT NULL,
                confidentiality smallint NOT NULL
            )
            """,
            "CREATE INDEX sources_names ON sources USING gin (names)",
            "CREATE INDEX sources_sort ON sources (sort_name, id)",
            """
            CREATE TABLE persons (
                id text COLLATE "C" PRIMARY KEY,
                revision integer NOT NULL,
                body text NOT NULL,
                sort_name text COLLATE "C" NOT NULL,
                names tsvector NOT NULL,
                confidentiality smallint NOT NULL,
                place_id text COLLATE "C" REFERENCES places (id) DEFERRABLE INITIALLY DEFERRED
            )
            """,
            "CREATE INDEX persons_place ON persons (place_id)",
            "CREATE INDEX persons_names ON persons USING gin (names)",
            "CREATE INDEX persons_sort ON persons (sort_name, id)",
            """
            CREATE TABLE organizations (
                id text COLLATE "C" PRIMARY KEY,
                revision integer NOT NULL,
                body text NOT NULL,
                sort_name text COLLATE "C" NOT NULL,
                names tsvector NOT NULL,
                confidentiality smallint NOT NULL,
                place_id text COLLATE "C" REFERENCES places (id) DEFERRABLE INITIALLY DEFERRED
            )
            """,
            "CREATE INDEX organizations_place ON organizations (place_id)",
            "CREATE INDEX organizations_names ON organizations USING gin (names)",
            "CREATE INDEX organizations_sort ON organizations (sort_name, id)",
            """
            CREATE TABLE incidents (
                id text COLLATE "C" PRIMARY KEY,
                revision integer NOT NULL,
                body text NOT NULL,
                sort_name text COLLATE "C" NOT NULL,
                names tsvector NOT NULL,
                confidentiality smallint NOT NULL,
                status text NOT NULL,
                event_type text NOT NULL,
                earliest_day text COLLATE "C",
                latest_day text COLLATE "C",
                year text,
                month text,
                search_public tsvector NOT NULL,
                search_restricted tsvector NOT NULL,
                search_confidential tsvector NOT NULL
            )
            """,
            "CREATE INDEX incidents_names ON incidents USING gin (names)",
            "CREATE INDEX incidents_sort ON incidents (sort_name, id)",
            "CREATE INDEX incidents_date_desc ON incidents ((COALESCE(latest_day, '0000')) DESC, id)",
            "CREATE INDEX incidents_date_asc ON incidents ((COALESCE(earliest_day, '9999')), id)",
            "CREATE INDEX incidents_search_public ON incidents USING gin (search_public)",
            "CREATE INDEX incidents_search_restricted ON incidents USING gin (search_restricted)",
            "CREATE INDEX incidents_search_confidential ON incidents USING gin (search_confidential)",
            "CREATE INDEX incidents_event_type ON incidents (event_type)",
            "CREATE INDEX incidents_status ON incidents (status)",
            """
            CREATE TABLE incident_places (
                incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                place_id text COLLATE "C" NOT NULL REFERENCES places (id) DEFERRABLE INITIALLY DEFERRED,
                PRIMARY KEY (incident_id, place_id)
            )
            """,
            "CREATE INDEX incident_places_place ON incident_places (place_id)",
            """
            CREATE TABLE incident_persons (
                incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                person_id text COLLATE "C" NOT NULL REFERENCES persons (id) DEFERRABLE INITIALLY DEFERRED,
                PRIMARY KEY (incident_id, person_id)
            )
            """,
            "CREATE INDEX incident_persons_person ON incident_persons (person_id)",
            """
            CREATE TABLE incident_organizations (
                incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                organization_id text COLLATE "C" NOT NULL REFERENCES organizations (id) DEFERRABLE INITIALLY DEFERRED,
                PRIMARY KEY (incident_id, organization_id)
            )
            """,
            "CREATE INDEX incident_organizations_organization ON incident_organizations (organization_id)",
            """
            CREATE TABLE incident_sources (
                incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                source_id text COLLATE "C" NOT NULL REFERENCES sources (id) DEFERRABLE INITIALLY DEFERRED,
                PRIMARY KEY (incident_id, source_id)
            )
            """,
            "CREATE INDEX incident_sources_source ON incident_sources (source_id)",
            """
            CREATE TABLE incident_provisions (
                incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                provision text COLLATE "C" NOT NULL,
                PRIMARY KEY (incident_id, provision)
            )
            """,
            "CREATE INDEX incident_provisions_provision ON incident_provisions (provision)",
            """
            CREATE TABLE revisions (
                record_kind text NOT NULL,
                record_id text COLLATE "C" NOT NULL,
                number integer NOT NULL,
                at timestamptz NOT NULL,
                username text NOT NULL,
                body text NOT NULL,
                PRIMARY KEY (record_kind, record_id, number)
            )
            """,
            """
            CREATE TABLE audit_log (
                sequence bigserial PRIMARY KEY,
                at timestamptz NOT NULL,
                username text NOT NULL,
                action text NOT NULL,
                record_kind text NOT NULL,
                record_id text COLLATE "C" NOT NULL,
                revision integer,
                before text,
                after text
            )
            """,
            "CREATE INDEX audit_log_record ON audit_log (record_kind, record_id, sequence)",
            "CREATE INDEX audit_log_user ON audit_log (username, sequence)",
            """
            CREATE TABLE users (
                name text COLLATE "C" PRIMARY KEY,
                role text NOT NULL,
                password_hash text NOT NULL,
                created_at timestamptz NOT NULL,
                disabled boolean NOT NULL
            )
            """,
        ]),
        // Facet tokens in the search vectors, and empty vectors above an incident's level: a search is one GIN lookup.
        Migration(version: 2, name: "facet tokens in the search vectors", statements: [], rebuildsSearch: true),
        // Every word in any search vector, so that a typed prefix becomes the exact words it begins (see
        // `PostgresArchive.expansions(of:)`): GIN intersects exact entries' posting lists quickly, where a prefix entry gathers
        // every match into a bitmap first (and loses precision past work_mem, costing rechecks on the rows).
        Migration(version: vocabularyVersion, name: "search vocabulary", statements: [
            "CREATE TABLE search_lexemes (lexeme text COLLATE \"C\" PRIMARY KEY)",
            """
            INSERT INTO search_lexemes SELECT DISTINCT w FROM incidents, unnest(tsvector_to_array(search_confidential)) AS w
            WHERE left(w, 1) <> '~' ON CONFLICT DO NOTHING
            """,
        ]),
        // Files kept with incidents: the bytes once per SHA-256, the records as every other kind.
        Migration(version: 4, name: "attachments", statements: [
            "CREATE TABLE attachment_contents (sha256 text COLLATE \"C\" PRIMARY KEY, bytes bytea NOT NULL)",
            """
            CREATE TABLE attachments (
                id text COLLATE "C" PRIMARY KEY,
                revision integer NOT NULL,
                body text NOT NULL,
                sort_name text COLLATE "C" NOT NULL,
                names tsvector NOT NULL,
                confidentiality smallint NOT NULL,
                incident_id text COLLATE "C" NOT NULL REFERENCES incidents (id) DEFERRABLE INITIALLY DEFERRED,
                sha256 text COLLATE "C" NOT NULL REFERENCES attachment_contents (sha256) DEFERRABLE INITIALLY DEFERRED
            )
            """,
            "CREATE INDEX attachments_incident ON attachments (incident_id)",
            "CREATE INDEX attachments_content ON attachments (sha256)",
            "CREATE INDEX attachments_names ON attachments USING gin (names)",
            "CREATE INDEX attachments_sort ON attachments (sort_name, id)",
        ]),
        Migration(version: 5, name: "two-step sign-in", statements: ["ALTER TABLE users ADD COLUMN totp_secret text"]),
        Migration(version: 6, name: "recovery codes", statements: ["ALTER TABLE users ADD COLUMN recovery_codes text[] NOT NULL DEFAULT '{}'"]),
        // Narrow incident rows. A search reads one heap row per match (to count it and sort it by date), and PostgreSQL
        // visits the whole page for each. Rows of about 2 KB (the JSON body and three search vectors, compressed in
        // place) put three or four on a page; moved out to the TOAST table they leave rows of about 250 bytes, thirty
        // to a page, and a search that matches 34,000 incidents visits 21,000 pages instead of 32,000, all in
        // shared buffers. The search vectors are read from TOAST only when a match must be checked again (lossy
        // bitmaps, prefix terms). CLUSTER rewrites the rows stored before, in date order (newest first).
        Migration(version: 7, name: "narrow incident rows", statements: [
            "ALTER TABLE incidents SET (toast_tuple_target = 128)",
            "CLUSTER incidents USING incidents_date_desc",
        ]),
    ]

    /// The migration that creates `search_lexemes`; search rebuilds of earlier migrations run before it exists.
    static let vocabularyVersion = 3
}
