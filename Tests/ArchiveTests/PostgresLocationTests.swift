import ArchivePostgres
import Testing

@Suite("PostgreSQL URLs")
struct PostgresLocationTests {
    @Test func parsesAFullURL() throws {
        let location = try PostgresLocation(url: "postgres://monitor:s%40cret@db.example.org:6543/kuzet?sslmode=require")
        #expect(location.username == "monitor")
        #expect(location.password == "s@cret")
        #expect(location.host == "db.example.org")
        #expect(location.port == 6543)
        #expect(location.database == "kuzet")
        #expect(location.tls == .require)
        #expect(location.description == "postgres://monitor@db.example.org:6543/kuzet")
    }

    @Test func defaultsThePortAndAcceptsThePostgresqlScheme() throws {
        let location = try PostgresLocation(url: "postgresql://monitor@localhost/archive")
        #expect(location.port == 5432)
        #expect(location.password == nil)
        #expect(location.tls == .disable)
    }

    @Test(arguments: [
        "kuzet.sqlite", "postgres://localhost/kuzet", "postgres://user@host", "postgres://user@host/db?sslmode=maybe",
        "postgres://user@host/db?color=blue",
    ])
    func refusesIncompleteURLs(_ url: String) {
        #expect(throws: (any Error).self) { try PostgresLocation(url: url) }
    }

    @Test func recognisesPostgresLocations() {
        #expect(PostgresLocation.isPostgresURL("postgres://u@h/d"))
        #expect(PostgresLocation.isPostgresURL("POSTGRESQL://u@h/d"))
        #expect(!PostgresLocation.isPostgresURL("archive/postgres.sqlite"))
    }

    @Test func hidesThePasswordInMessages() {
        #expect(!PostgresLocation.redacted("postgres://u:topsecret@h/d").contains("topsecret"))
    }
}
