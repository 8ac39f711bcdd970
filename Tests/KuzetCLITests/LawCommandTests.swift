import Foundation
import Testing
import LawBook

/// The law book's commands, run as a user runs them: `kuzet law`, `kuzet assembly check`, `kuzet registration check`.
@Suite struct LawCommandTests {
    func json(_ result: KuzetProcess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    func expectOneLineError(_ arguments: [String], mentioning words: String) throws {
        let result = try KuzetProcess.run(arguments)
        #expect(result.status != 0, "\(arguments) should fail")
        #expect(result.stdout.isEmpty, "nothing half-written on stdout: \(result.stdout)")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count == 1, "one-line error expected, got: \(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
    }

    // MARK: law mci

    @Test func mciFor2026() throws {
        let object = try json(try KuzetProcess.run(["law", "mci", "2026", "--json"]))
        #expect(object["year"] as? Int == 2026)
        #expect(object["mci_kzt"] as? Int == 4325)
        #expect(object["source"] as? String == "MO-01")
        let exact = try KuzetProcess.run(["law", "mci", "2026", "--json"])
        #expect(exact.stdout == "{\"basis\":\"stated\",\"mci_kzt\":4325,\"source\":\"MO-01\",\"year\":2026}\n")
        let text = try KuzetProcess.run(["law", "mci", "2026"])
        #expect(text.stdout.hasPrefix("MCI 2026: 4325 KZT"))
    }

    @Test func mciForAYearNoSourceStatesIsAnError() throws {
        try expectOneLineError(["law", "mci", "2019", "--json"], mentioning: "not stated")
        try expectOneLineError(["law", "mci", "twenty"], mentioning: "not a year")
    }

    // MARK: law article

    @Test func coao488InForceIn2026() throws {
        let object = try json(try KuzetProcess.run(["law", "article", "CoAO 488", "--on", "2026-05-10", "--json"]))
        #expect(object["code"] as? String == "administrative")
        #expect(object["article"] as? String == "488")
        #expect((object["title"] as? String)?.contains("peaceful assemblies") == true)
        #expect((object["source"] as? String)?.contains("SX-20") == true)
        let sanctions = try #require(object["sanctions"] as? [[String: Any]])
        #expect(sanctions.contains { $0["applies_to"] as? String == "individual" && $0["kind"] as? String == "fine" && $0["max_mci"] as? Int == 70 && $0["max_kzt"] as? Int == 302_750 })
        #expect(sanctions.contains { $0["applies_to"] as? String == "individual" && $0["kind"] as? String == "administrative_arrest" && $0["max_days"] as? Int == 25 })
        #expect(sanctions.contains { $0["applies_to"] as? String == "legal_entity" && $0["max_mci"] as? Int == 150 })
    }

    @Test func theOldCodeAnswersForDatesBefore2015() throws {
        let text = try KuzetProcess.run(["law", "article", "CC 145", "--on", "2010-06-01"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("inviolability of housing"))
        let new = try KuzetProcess.run(["law", "article", "CC 145", "--on", "2016-06-01"])
        #expect(new.stdout.contains("equality"))
    }

    @Test func badCitationsAndUnknownArticlesAreErrors() throws {
        try expectOneLineError(["law", "article", "XYZ 12"], mentioning: "unknown code")
        try expectOneLineError(["law", "article", "CC 9999", "--on", "2020-01-01"], mentioning: "not in Kuzet's data")
        try expectOneLineError(["law", "article", "CC 174", "--on", "2020-13-01"], mentioning: "does not exist")
    }

    // MARK: law show

    @Test func showBrowsesLawsRulesAndTheCalendar() throws {
        let laws = try KuzetProcess.run(["law", "show", "laws"])
        #expect(laws.status == 0 && laws.stdout.contains("assembly-law-2020"))
        let law = try KuzetProcess.run(["law", "show", "law", "constitution-2026"])
        #expect(law.stdout.contains("from 2026-07-01"))
        let assembly = try KuzetProcess.run(["law", "show", "assembly"])
        #expect(assembly.stdout.contains("notification") && assembly.stdout.contains("PA-47"))
        let calendar = try KuzetProcess.run(["law", "show", "calendar", "2026"])
        #expect(calendar.stdout.contains("2026-03-09  International Women's Day (moved from a weekend)"))
        let recs = try KuzetProcess.run(["law", "show", "recommendations", "--json"])
        #expect(recs.status == 0 && recs.stdout.contains("\"iccpr_article\":\"Art. 21\""))
        try expectOneLineError(["law", "show", "gossip"], mentioning: "unknown subject")
        try expectOneLineError(["law", "show", "law", "no-such-law"], mentioning: "no law")
    }

    @Test func showSaysWhereAFactComesFrom() throws {
        let book = LawBook.standard
        let fee = try #require(book.registrationRules.fees.first)
        let id = try #require(fee.source.first)
        let fact = try KuzetProcess.run(["law", "show", "fact", id.lowercased()])
        #expect(fact.status == 0)
        #expect(fact.stdout.hasPrefix(id + "  "))
        for file in try #require(book.factIndex.fact(id)).documents { #expect(fact.stdout.contains("[\(file)]")) }
        #expect(fact.stdout.contains("Cited by: ") && fact.stdout.contains("registration.yaml · \(fee.id)"))
        let sources = try KuzetProcess.run(["law", "show", "sources"])
        #expect(sources.stdout.split(separator: "\n").count == book.factIndex.documents.count)
        try expectOneLineError(["law", "show", "fact", "ZZ-0"], mentioning: "no fact 'ZZ-0'")
        try expectOneLineError(["law", "show", "fact"], mentioning: "fact ID")
    }

    // MARK: assembly check

    let picket = ["assembly", "check", "--form", "picket", "--date", "2026-03-27", "--start", "12:00", "--end", "13:00",
                  "--filed", "2026-03-20", "--participants", "1", "--organizer-age", "30", "--organizer-citizen", "true"]

    @Test func aPicketUnderThe2020Law() throws {
        let object = try json(try KuzetProcess.run(picket + ["--json"]))
        #expect(Set(object.keys) == ["law", "procedure", "filing_deadline", "filed_in_time", "decision_due", "deemed_consent",
                                     "national_law", "international_standards"])
        #expect(object["procedure"] as? String == "notification")
        #expect(object["filing_deadline"] as? String == "2026-03-22")
        #expect(object["filed_in_time"] as? Bool == true)
        #expect(object["decision_due"] as? String == "2026-03-23")
        #expect(object["deemed_consent"] as? Bool == true)
        let rules = try #require(object["national_law"] as? [[String: Any]])
        #expect(rules.contains { $0["rule"] as? String == "pa2020-picket-one-person" && $0["holds"] as? Bool == true })
        #expect(rules.contains { $0["rule"] as? String == "pa2020-day-count-reading" && $0["holds"] as? Bool == false })
        for rule in rules { #expect(Set(rule.keys) == ["rule", "holds", "explanation", "source"]) }
        let standards = try #require(object["international_standards"] as? [[String: Any]])
        #expect(standards.contains { $0["standard"] as? String == "no-prior-authorization" && $0["holds"] as? Bool == true })
    }

    @Test func aDecisionReceivedMakesDeemedConsentNull() throws {
        let object = try json(try KuzetProcess.run(picket + ["--decision", "2026-03-21:refused", "--json"]))
        #expect(object["deemed_consent"] is NSNull)
    }

    @Test func theSameDayUnderThe1995LawNeedsPermission() throws {
        let result = try KuzetProcess.run(["assembly", "check", "--form", "picket", "--date", "2016-05-21", "--start", "12:00",
                                           "--end", "13:00", "--filed", "2016-05-05"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Law No. 2126"))
        #expect(result.stdout.contains("Procedure: authorization"))
    }

    @Test func badAssemblyInputGetsAOneLineError() throws {
        func args(form: String = "picket", date: String = "2026-03-27", start: String = "12:00", end: String = "13:00",
                  filed: String = "2026-03-20") -> [String] {
            ["assembly", "check", "--form", form, "--date", date, "--start", start, "--end", end, "--filed", filed, "--json"]
        }
        try expectOneLineError(args(form: "parade"), mentioning: "unknown form 'parade'")
        try expectOneLineError(args(date: "2026-02-30"), mentioning: "2026-02-30 does not exist")
        try expectOneLineError(args(start: "14:00"), mentioning: "is not after start time")
        try expectOneLineError(args(filed: "2026-03-28"), mentioning: "is after the assembly date")
        try expectOneLineError(args(start: "noon"), mentioning: "not a time")
        try expectOneLineError(["assembly", "check", "--form", "picket", "--date", "2026-03-27"], mentioning: "missing --start")
        try expectOneLineError(args() + ["--decision", "2026-03-21:maybe"], mentioning: "unknown decision outcome")
        try expectOneLineError(args() + ["--organizer-citizen", "perhaps"], mentioning: "not true or false")
    }

    // MARK: registration check

    @Test func aLocalPublicAssociationIn2026() throws {
        let object = try json(try KuzetProcess.run(["registration", "check", "--form", "public-association", "--level", "local",
                                                    "--regions", "1", "--members", "10", "--year", "2026", "--json"]))
        #expect(Set(object.keys) == ["holds", "fee_mci", "fee_kzt", "requirements"])
        #expect(object["holds"] as? Bool == true)
        #expect(object["fee_mci"] as? Double == 6.5)
        #expect(object["fee_kzt"] as? Double == 28112.5)
    }

    @Test func aReligiousAssociationShortOfMembersFails() throws {
        let object = try json(try KuzetProcess.run(["registration", "check", "--form", "religious-association", "--level", "regional",
                                                    "--members", "499", "--year", "2026", "--json"]))
        #expect(object["holds"] as? Bool == false)
        let reqs = try #require(object["requirements"] as? [[String: Any]])
        #expect(reqs.contains { $0["rule"] as? String == "ra-min-members" && $0["holds"] as? Bool == false })
    }

    @Test func badRegistrationInputGetsAOneLineError() throws {
        try expectOneLineError(["registration", "check", "--form", "club", "--level", "local"], mentioning: "unknown form 'club'")
        try expectOneLineError(["registration", "check", "--form", "public-association", "--level", "galactic"], mentioning: "unknown level")
        try expectOneLineError(["registration", "check", "--form", "public-association", "--level", "national", "--regions", "25"], mentioning: "regions")
        try expectOneLineError(["registration", "check", "--form", "public-association"], mentioning: "missing --level")
    }

    // MARK: registration foreign-funding

    @Test func foreignFundsForLegalAssistanceMustBeReported() throws {
        let object = try json(try KuzetProcess.run(["registration", "foreign-funding", "--activity", "legal-assistance",
                                                    "--amount", "5000", "--received", "2026-02-01", "--json"]))
        #expect(object["reporting_required"] as? Bool == true)
        let duties = try #require(object["duties"] as? [[String: Any]])
        #expect(duties.contains { ($0["explanation"] as? String)?.contains("017.00f") == true })
        let treaty = try json(try KuzetProcess.run(["registration", "foreign-funding", "--activity", "information",
                                                    "--amount", "5000", "--received", "2026-02-01", "--treaty", "--json"]))
        #expect(treaty["reporting_required"] as? Bool == false)
        try expectOneLineError(["registration", "foreign-funding", "--activity", "sports", "--amount", "5", "--received", "2026-02-01"],
                               mentioning: "unknown activity")
        try expectOneLineError(["registration", "foreign-funding", "--activity", "information", "--amount", "lots", "--received", "2026-02-01"],
                               mentioning: "not an amount")
    }

    @Test func showGivesReadableRegistrationAndForeignFundingRules() throws {
        let reg = try KuzetProcess.run(["law", "show", "registration"])
        #expect(reg.status == 0 && reg.stdout.contains("Religious associations: local 50, regional 500, national 5000"))
        let ff = try KuzetProcess.run(["law", "show", "foreign-funding"])
        #expect(ff.status == 0 && ff.stdout.contains("reports every quarter"))
    }
}
