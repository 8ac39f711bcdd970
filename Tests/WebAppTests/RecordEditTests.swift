import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// Editors keep people and organisations in order: new records, edits, merges of duplicates, deletions.
@Suite("Editing people and organisations")
struct RecordEditTests {
    @Test("A new person is saved with spellings and a place by name; a stale edit is refused and keeps the text")
    func createAndEdit() async throws {
        let (app, archive) = try await WebFixture.app()
        let location = try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            #expect(try await browser.get("/persons").text.contains(#"href="/persons/new""#))
            let created = try await browser.post("/persons/new", form: [
                ("name", "Nurlan Example"), ("aliases", "Nurlan Eksampl\n\nNurlan Example"), ("occupation", "journalist"),
                ("place", "Oral"), ("description", "Reporter for a regional weekly."), ("confidentiality", "restricted")])
            #expect(created.status == .seeOther)
            let location = created.headers[.location] ?? ""
            let page = try await browser.get(location)
            #expect(page.text.contains("Nurlan Example"))
            #expect(page.text.contains("Also written: Nurlan Eksampl"))
            #expect(page.text.contains("Uralsk"))
            let bad = try await browser.post(location + "/edit", form: [("revision", "1"), ("name", ""), ("confidentiality", "restricted")])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("a name is required"))
            let saved = try await browser.post(location + "/edit", form: [("revision", "1"), ("name", "Nurlan Example"), ("occupation", "blogger"),
                                                                            ("confidentiality", "restricted")])
            #expect(saved.status == .seeOther)
            let stale = try await browser.post(location + "/edit", form: [("revision", "1"), ("name", "Nurlan Stale"), ("confidentiality", "restricted")])
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("Nurlan Stale"))
            #expect(stale.text.contains("Open the current version"))
            return location
        }
        let id = Person.ID(String(location.dropFirst("/persons/".count)))
        let stored = try #require(try await archive.fetch(Person.self, id: id, as: .everything))
        #expect(stored.occupation == .blogger)
        #expect(stored.aliases.isEmpty)
        #expect(stored.placeID == nil)
        #expect(stored.revision == 2)
        #expect(try await archive.auditLog(AuditQuery(recordID: id.rawValue)).allSatisfy { $0.user == "editor" })
    }

    @Test("A person's page offers likely duplicates to an editor, and merging one moves its incidents here")
    func merge() async throws {
        let (app, archive) = try await WebFixture.app()
        try await archive.write(ArchiveBatch(
            persons: [Person(id: "per-dup", name: "Aygerim Testowa")],
            incidents: [Incident(id: "inc-dup", date: try PartialDate(iso: "2022-07-01"), eventType: .warning, summary: "A warning to a blogger",
                                 places: ["pla-almaty"], persons: [PersonLink("per-dup")], status: .verified)]), by: .system)
        try await app.test(.router) { client in
            var visitor = Browser(client)
            let anonymous = try await visitor.get("/persons/per-public")
            #expect(!anonymous.text.contains("Merge"))
            #expect(!anonymous.text.contains("/persons/per-public/edit"))

            var browser = Browser(client)
            try await browser.signIn("editor")
            let page = try await browser.get("/persons/per-public")
            #expect(page.text.contains(#"action="/persons/per-dup/merge""#))
            #expect(page.text.contains("/persons/per-public/edit"))
            let unknown = try await browser.post("/persons/per-dup/merge", form: [("into", "Nobody Atall")])
            #expect(unknown.status == .badRequest)
            let levels = try await browser.post("/persons/per-secret/merge", form: [("into", "per-public")])
            #expect(levels.status == .badRequest)
            let merged = try await browser.post("/persons/per-dup/merge", form: [("into", "per-public")])
            #expect(merged.status == .seeOther)
            #expect(merged.headers[.location] == "/persons/per-public")
            #expect(try await browser.get("/persons/per-public").text.contains("A warning to a blogger"))
            #expect(try await browser.get("/persons/per-dup").status == .notFound)
        }
        #expect(try await archive.fetch(Incident.self, id: "inc-dup", as: .everything)?.persons == [PersonLink("per-public")])
        #expect(try await archive.fetch(Person.self, id: "per-public", as: .everything)?.aliases == ["Aygerim Testova", "Aygerim Testowa"])
        #expect(try await archive.fetch(Person.self, id: "per-secret", as: .everything) != nil)
    }

    @Test("An organisation's legal status history is edited line by line; an unreadable line is refused")
    func organisationHistory() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let form = try await browser.get("/organizations/org-public/edit")
            #expect(form.text.contains(#"name="statusHistory""#))
            let bad = try await browser.post("/organizations/org-public/edit", form: [
                ("revision", "1"), ("name", "Test Movement"), ("kind", "movement"), ("confidentiality", "public"),
                ("statusHistory", "2019-05 registered\nsometime banned for good")])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("sometime banned for good"))
            let good = try await browser.post("/organizations/org-public/edit", form: [
                ("revision", "1"), ("name", "Test Movement"), ("kind", "movement"), ("confidentiality", "public"),
                ("statusHistory", "2019-05 registered\n2021-02-10 banned_extremist: a court's ruling")])
            #expect(good.status == .seeOther)
            let page = try await browser.get("/organizations/org-public")
            #expect(page.text.contains("banned extremist — a court&#39;s ruling") || page.text.contains("banned extremist — a court's ruling"))
        }
        let stored = try #require(try await archive.fetch(Organization.self, id: "org-public", as: .everything))
        #expect(stored.statusHistory == [OrganizationStatusChange(date: try PartialDate(iso: "2019-05"), status: .registered),
                                         OrganizationStatusChange(date: try PartialDate(iso: "2021-02-10"), status: .bannedExtremist, note: "a court's ruling")])
        #expect(StatusHistoryLine.write(stored.statusHistory[1]) == "2021-02-10 banned_extremist: a court's ruling")
    }

    @Test("Deleting asks for a confirmation, then removes the record from its incidents")
    func delete() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            #expect(try await browser.get("/organizations/org-public/edit").text.contains("1 incident(s)"))
            let unconfirmed = try await browser.post("/organizations/org-public/delete", form: [])
            #expect(unconfirmed.status == .badRequest)
            #expect(try await archive.fetch(Organization.self, id: "org-public", as: .everything) != nil)
            let deleted = try await browser.post("/organizations/org-public/delete", form: [("confirm", "yes")])
            #expect(deleted.status == .seeOther)
            #expect(deleted.headers[.location] == "/organizations")
        }
        #expect(try await archive.fetch(Organization.self, id: "org-public", as: .everything) == nil)
        #expect(try await archive.fetch(Incident.self, id: "inc-aktobe", as: .everything)?.organizations == [])
    }

    @Test("A village the gazetteer lacks is added with its region and coordinates, then named in an incident")
    func newPlace() async throws {
        let (app, archive) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            #expect(try await browser.get("/places").text.contains(#"href="/places/new""#))
            let unknown = try await browser.post("/incidents/new", form: IncidentFormTests.fields(persons: "", places: "Testovka"))
            #expect(unknown.status == .badRequest)
            #expect(unknown.text.contains("add the place to the archive first"))
            let far = try await browser.post("/places/new", form: [("name", "Testovka"), ("kind", "village"), ("region", "pla-almaty-region"),
                                                                   ("latitude", "10.5"), ("longitude", "76.9")])
            #expect(far.status == .badRequest)
            #expect(far.text.contains("is not a point in Kazakhstan"))
            let regionless = try await browser.post("/places/new", form: [("name", "Testovka"), ("kind", "village"), ("region", "")])
            #expect(regionless.status == .badRequest)
            let created = try await browser.post("/places/new", form: [("name", "Testovka"), ("aliases", "Testowka"), ("kind", "village"),
                                                                       ("region", "pla-almaty-region"), ("latitude", "43,35"), ("longitude", "77.1")])
            #expect(created.status == .seeOther)
            #expect(created.headers[.location] == "/places/pla-testovka")
            let again = try await browser.post("/places/new", form: [("name", "Testovka"), ("kind", "village"), ("region", "pla-almaty-region")])
            #expect(again.status == .badRequest)
            #expect(again.text.contains("exists already"))
            let named = try await browser.post("/incidents/new", form: IncidentFormTests.fields(persons: "", places: "Testowka"))
            #expect(named.status == .seeOther)
            // A place in use is kept.
            let delete = try await browser.post("/places/pla-testovka/delete", form: [("confirm", "yes")])
            #expect(delete.status == .conflict)
        }
        let place = try #require(try await archive.fetch(Place.self, id: "pla-testovka", as: .everything))
        #expect(place.regionID == "pla-almaty-region")
        #expect(place.latitude == 43.35 && place.longitude == 77.1)
        // The region came from the gazetteer with the village.
        #expect(try await archive.fetch(Place.self, id: "pla-almaty-region", as: .everything)?.name == "Almaty Region")
        #expect(try await archive.incidents(matching: IncidentQuery(placeIDs: ["pla-testovka"]), as: .everything).total == 1)
    }

    @Test("Likely duplicates are listed in groups; keeping one merges the others into it")
    func duplicateGroups() async throws {
        let (app, archive) = try await WebFixture.app()
        try await archive.write(ArchiveBatch(persons: [Person(id: "per-dup", name: "Aygerim Testowa"), Person(id: "per-dup-2", name: "Aigerim Testova")]),
                                by: .system)
        try await app.test(.router) { client in
            var viewer = Browser(client)
            try await viewer.signIn("viewer")
            #expect(try await viewer.get("/duplicates").status == .forbidden)
            var browser = Browser(client)
            try await browser.signIn("editor")
            #expect(try await browser.get("/persons").text.contains(#"href="/duplicates""#))
            let page = try await browser.get("/duplicates")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"name="member" value="per-dup""#))
            #expect(page.text.contains(#"name="member" value="per-dup-2""#))
            #expect(page.text.contains(#"name="keep" value="per-public""#))
            #expect(!page.text.contains("per-secret"))
            let merged = try await browser.post("/duplicates", form: [("kind", "person"), ("keep", "per-public"), ("member", "per-public"),
                                                                      ("member", "per-dup"), ("member", "per-dup-2")])
            #expect(merged.status == .seeOther)
            #expect(merged.headers[.location] == "/persons/per-public")
            #expect(try await browser.get("/duplicates").text.contains("No likely duplicates"))
            let mixed = try await browser.post("/duplicates", form: [("kind", "person"), ("keep", "per-public"), ("member", "per-secret")])
            #expect(mixed.status == .badRequest)
        }
        #expect(try await archive.count(Person.self, as: .everything) == 2)
    }
}

