import CivicModel
import Testing
@testable import ReportReader

@Suite struct ReportReaderTests {
    @Test func oneIncidentPerActWithItsFacts() throws {
        let text = "On 3rd May 2022, the Specialised Administrative Court in Pavlodar sentenced activists Ruslan Abenov and Gulnara Sadykova to seven days of administrative detention."
        let incidents = read(text)
        let incident = try #require(incidents.first)
        #expect(incidents.count == 1)
        #expect(incident.eventType == .administrativeArrest)
        #expect(incident.date?.iso == "2022-05-03")
        #expect(incident.persons == ["Ruslan Abenov", "Gulnara Sadykova"])
        #expect(incident.locations == ["Pavlodar"])
        #expect(incident.sanctions == [Sanction(kind: .administrativeArrest, days: 7)])
        #expect(incident.quote == text)
        #expect(incident.start == 0 && incident.end == text.unicodeScalars.count)
    }

    @Test func aDetentionAndALaterSentenceAreTwoIncidents() {
        let text = """
        Blogger Timur Dzhaksybekov was detained by police on 2nd June 2020. On 10th June 2020, a court in Aktau sentenced Dzhaksybekov to two years of restriction of freedom under Article 274 of the Criminal Code.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .conviction])
        #expect(incidents.map { $0.date?.iso } == ["2020-06-02", "2020-06-10"])
        #expect(incidents.allSatisfy { $0.persons == ["Timur Dzhaksybekov"] })
        #expect(incidents.last?.legalProvisions.map(\.citation) == ["CC 274"])
        #expect(incidents.last?.sanctions == [Sanction(kind: .restrictionOfFreedom, years: 2)])
    }

    @Test func pronounsAndYearlessDatesTakeTheirContext() {
        let text = """
        Aigerim Tulegenova is a journalist from Shymkent. On 4th March 2019 she was fined 120,000 KZT.

        On 9th April, she was detained again.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.fine, .detention])
        #expect(incidents.map(\.persons) == [["Aigerim Tulegenova"], ["Aigerim Tulegenova"]])
        #expect(incidents.last?.date?.iso == "2019-04-09")
        #expect(incidents.first?.locations == ["Shymkent"])
    }

    @Test func aFollowingSentenceAddsSanctionsToTheAct() {
        let text = "On 8th July 2021, a court in Taraz sentenced activist Yerbol Kassymov to one year of restriction of freedom. He was also banned from political activities for three years."
        let incidents = read(text)
        #expect(incidents.count == 1)
        #expect(incidents.first?.sanctions == [Sanction(kind: .restrictionOfFreedom, years: 1), Sanction(kind: .banOnActivity, years: 3)])
        #expect(incidents.first?.end == text.unicodeScalars.count)
    }

    @Test func generalStatementsAreNotIncidents() {
        let text = """
        Under the law, organisers can be fined or detained for up to ten days. Police usually detain participants before a rally starts. More than 200 people were charged last year.
        """
        #expect(read(text).isEmpty)
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let text = "Заголовок 🇰🇿 — “Report”.\n\nOn 1st May 2020, activist Saule Bekova was detained in Almaty."
        let incident = try #require(read(text).first)
        let slice = String(String.UnicodeScalarView(Array(text.unicodeScalars)[incident.start..<incident.end]))
        #expect(slice == incident.quote)
        #expect(incident.quote.hasPrefix("On 1st May 2020"))
    }

    @Test func jsonHasTheDesignKeysInOrder() throws {
        let incident = try #require(read("On 2nd May 2020, activist Saule Bekova was detained in Almaty.").first)
        let json = incident.json()
        let keys = ["source", "date", "date_precision", "event_type", "persons", "organizations", "locations",
                    "legal_provisions", "sanctions", "quote", "start", "end", "confidence"]
        let positions = keys.map { json.range(of: "\"\($0)\":")?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(json.contains("\"date_precision\":\"day\""))
    }
}
