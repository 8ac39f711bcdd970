import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import RecordLinking
import Testing
@testable import WebApp

/// The incident form documents who, where and with what sanction: names become links to records.
@Suite("The incident form")
struct IncidentFormTests {
    /// The fields of a complete form, with the given people, places and sanctions.
    static func fields(persons: String, organizations: String = "", places: String = "Almaty", sanctions: String = "",
                       perpetrators: [String] = [], rights: [String] = []) -> [(String, String)] {
        [("summary", "Two picketers detained outside the akimat"), ("date", "2022-03-10"), ("type", "administrative_arrest"),
         ("status", "verified"), ("confidentiality", "restricted"), ("articles", "CoAO 488"), ("places", places),
         ("persons", persons), ("organizations", organizations), ("sanctions", sanctions), ("notes", ""), ("choices", "1")]
            + perpetrators.map { ("perpetrator", $0) } + rights.map { ("right", $0) }
    }

    @Test("A new incident links people across spellings, creates the ones the archive lacks, and keeps sanctions and choices")
    func create() async throws {
        let (app, archive) = try await WebFixture.app()
        let location = try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let form = try await browser.get("/incidents/new")
            #expect(form.text.contains(#"name="persons""#))
            #expect(form.text.contains(#"name="sanctions""#))
            #expect(form.text.contains(#"value="police""#))
            let response = try await browser.post("/incidents/new", form: Self.fields(
                persons: "Aygerim Testova\nDana Newperson (witness)", organizations: "test movement\nExample district akimat (perpetrator)",
                places: "Oral, Almaty", sanctions: "administrative arrest, 10 days\nfine, 20 MCI",
                perpetrators: ["police", "court"], rights: ["assembly"]))
            #expect(response.status == .seeOther)
            let location = response.headers[.location] ?? ""
            let page = try await browser.get(location)
            #expect(page.text.contains("Aigerim Testova"))
            #expect(page.text.contains("Dana Newperson"))
            #expect(page.text.contains("administrative arrest, 10 days"))
            #expect(page.text.contains("Uralsk"))
            return location
        }
        let id = Incident.ID(String(location.dropFirst("/incidents/".count)))
        let stored = try #require(try await archive.fetch(Incident.self, id: id, as: .everything))
        #expect(stored.persons.first == PersonLink("per-public"))
        #expect(stored.persons.count == 2 && stored.persons[1].role == .witness)
        let newPerson = try #require(try await archive.fetch(Person.self, id: stored.persons[1].personID, as: .everything))
        #expect(newPerson.name == "Dana Newperson")
        // A person first named in a restricted incident is no more visible than the incident.
        #expect(newPerson.confidentiality == .restricted)
        #expect(stored.organizations.first == OrganizationLink("org-public"))
        #expect(stored.organizations.last?.role == .perpetrator)
        #expect(stored.places.map(\.rawValue) == ["pla-uralsk", "pla-almaty"])
        // Uralsk came from the gazetteer, with its region.
        #expect(try await archive.fetch(Place.self, id: "pla-uralsk", as: .everything)?.regionID != nil)
        #expect(stored.sanctions == [Sanction(kind: .administrativeArrest, days: 10), Sanction(kind: .fine, amount: 20, currency: .mci)])
        #expect(stored.perpetrators == [.police, .court])
        #expect(stored.rightsAffected == [.assembly])
        #expect(try await archive.auditLog(AuditQuery(recordID: newPerson.id.rawValue)).first?.user == "editor")
    }

    @Test("A place nobody knows, a sanction that cannot be read or a name that fits two people is refused, and nothing is written")
    func refused() async throws {
        let (app, archive) = try await WebFixture.app()
        try await archive.write(ArchiveBatch(persons: [Person(id: "per-serik-1", name: "Serik Example"), Person(id: "per-serik-2", name: "Serik Otherov")]),
                                by: .system)
        let persons = try await archive.count(Person.self, as: .everything)
        let incidents = try await archive.count(Incident.self, as: .everything)
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let place = try await browser.post("/incidents/new", form: Self.fields(persons: "Dana Newperson", places: "Atlantis"))
            #expect(place.status == .badRequest)
            #expect(place.text.contains("&#39;Atlantis&#39; is neither a place of the gazetteer nor of the archive") || place.text.contains("'Atlantis' is neither"))
            #expect(place.text.contains("Dana Newperson"))
            let sanction = try await browser.post("/incidents/new", form: Self.fields(persons: "Dana Newperson", sanctions: "jail for a while"))
            #expect(sanction.status == .badRequest)
            #expect(sanction.text.contains("unknown sanction kind"))
            #expect(sanction.text.contains("jail for a while"))
            let ambiguous = try await browser.post("/incidents/new", form: Self.fields(persons: "Serik"))
            #expect(ambiguous.status == .badRequest)
            #expect(ambiguous.text.contains("Serik Example (per-serik-1)"))
            #expect(ambiguous.text.contains("Serik Otherov (per-serik-2)"))
            // The identifier, or the full name, settles it.
            let settled = try await browser.post("/incidents/new", form: Self.fields(persons: "per-serik-2\nSerik Example (witness)"))
            #expect(settled.status == .seeOther)
        }
        #expect(try await archive.count(Person.self, as: .everything) == persons)
        #expect(try await archive.count(Incident.self, as: .everything) == incidents + 1)
    }

    @Test("The edit form shows linked records by name with their roles, and saving it unchanged changes no link")
    func roundTrip() async throws {
        let archive = try await WebFixture.makeArchive()
        var incident = try #require(try await archive.fetch(Incident.self, id: "inc-public", as: .everything))
        incident.perpetrators = [.court]
        incident.rightsAffected = [.expression]
        incident.organizations = [OrganizationLink("org-public", role: .perpetrator)]
        let values = try await IncidentForm.values(incident, names: RecordNames(archive: archive, viewer: .everything), sources: [])
        #expect(values["persons"] as? String == "Aigerim Testova\nHidden Witness (witness)")
        #expect(values["organizations"] as? String == "Test Movement (perpetrator)")
        #expect(values["sanctions"] as? String == "fine, 50 MCI")
        #expect(values["places"] as? String == "Almaty")

        var fields: [String] = []
        for name in ["summary", "date", "articles", "places", "persons", "organizations", "sanctions", "notes"] {
            fields.append("\(name)=\((values[name] as? String ?? "").addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
        }
        fields += ["type=fine", "status=verified", "confidentiality=public", "choices=1", "perpetrator=court", "right=expression"]
        var edited = incident
        var linker = try await RecordLinker(archive: archive)
        try IncidentForm.apply(FormData.urlEncoded(fields.joined(separator: "&")), to: &edited, linker: &linker)
        #expect(edited == incident)
        #expect(linker.newPersons.isEmpty && linker.newOrganizations.isEmpty && linker.newPlaces.isEmpty)
    }

    @Test("A form that does not send the people, places or sanctions leaves them as they are")
    func partialForm() async throws {
        let archive = try await WebFixture.makeArchive()
        let incident = try #require(try await archive.fetch(Incident.self, id: "inc-public", as: .everything))
        var edited = incident
        var linker = try await RecordLinker(archive: archive)
        try IncidentForm.apply(FormData.urlEncoded("summary=Shorter&type=fine&status=verified&confidentiality=public"), to: &edited, linker: &linker)
        #expect(edited.summary == "Shorter")
        #expect(edited.persons == incident.persons && edited.places == incident.places && edited.sanctions == incident.sanctions)
    }

    @Test("A role in brackets is read off the name; other brackets stay part of it")
    func roles() {
        #expect(IncidentForm.nameAndRole("Dana Example (witness)") == ("Dana Example", ParticipantRole.witness))
        #expect(IncidentForm.nameAndRole("Almaty police ( Perpetrator )") == ("Almaty police", ParticipantRole.perpetrator))
        #expect(IncidentForm.nameAndRole("Union (Almaty branch)") == ("Union (Almaty branch)", ParticipantRole.victim))
    }

    @Test("A pasted passage is found in its source and cited by its offsets; a passage ticked for removal leaves")
    func passages() async throws {
        let archive = try await WebFixture.makeArchive()
        let sources = try await archive.list(Source.self, matching: nil, as: .everything, limit: 10, offset: 0)
        let incident = try #require(try await archive.fetch(Incident.self, id: "inc-public", as: .everything))
        var linker = try await RecordLinker(archive: archive)
        func apply(_ fields: String) throws -> Incident {
            var edited = incident
            try IncidentForm.apply(FormData.urlEncoded("summary=S&type=fine&status=verified&confidentiality=public&" + fields),
                                   to: &edited, linker: &linker, sources: sources)
            return edited
        }
        // The fixture's text says "On the fifth of March a blogger was fined"; the paste breaks the line.
        let cited = try apply("source=src-public&quote=" + "On the fifth of March\na blogger".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        let added = try #require(cited.passages.last)
        #expect(cited.passages.count == incident.passages.count + 1)
        let text = WebFixture.publicSourceText
        #expect(added.quote == "On the fifth of March a blogger")
        #expect(text.unicodeScalars.slice(added.start, added.end) == "On the fifth of March a blogger")
        // Twice in the text, not in it, or without a source: refused.
        #expect(throws: ModelError.self) { try apply("source=src-public&quote=test%20report") }
        #expect(throws: ModelError.self) { try apply("source=src-public&quote=acquitted") }
        #expect(throws: ModelError.self) { try apply("quote=a%20blogger") }
        // Removing the first passage keeps the others.
        #expect(try apply("dropPassage=0").passages == Array(incident.passages.dropFirst()))
    }

    @Test("Editing from the review queue returns to the queue; a foreign address to return to is ignored")
    func backToTheQueue() async throws {
        let (app, _) = try await WebFixture.app()
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.signIn("editor")
            let queue = try await browser.get("/review")
            #expect(queue.text.contains("/incidents/inc-proposed/edit?back=%2Freview"))
            let form = try await browser.get("/incidents/inc-proposed/edit?back=%2Freview")
            #expect(form.text.contains(#"<input type="hidden" name="back" value="/review">"#))
            let fields: [(String, String)] = [("revision", "1"), ("summary", "Proposed warning, corrected"), ("type", "warning"),
                                              ("status", "proposed"), ("confidentiality", "public")]
            let saved = try await browser.post("/incidents/inc-proposed/edit", form: fields + [("back", "/review")])
            #expect(saved.headers[.location] == "/review")
            let foreign = try await browser.post("/incidents/inc-proposed/edit", form: [("revision", "2")] + fields.dropFirst() + [("back", "https://example.org/")])
            #expect(foreign.headers[.location] == "/incidents/inc-proposed")
        }
    }
}

