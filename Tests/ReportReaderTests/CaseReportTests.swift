import CivicModel
import Testing
@testable import ReportReader

/// Added 2 Dec 2026, sixteenth round (eval/own h42–h45): a trial-monitoring report, a case history, a news feature, a list
/// of political prisoners as a Markdown table. Every text is written for the test.
@Suite struct CaseReportTests {
    @Test func aTrialMonitoringReportFollowsItsDefendant() throws {
        let text = """
        TRIAL MONITORING NOTE
        Case of Ruslan Omarov (Kostanay City Court)

        1. Between 3 March and 9 May 2026, our monitors attended nine hearings. Mr Omarov was charged with "inciting social discord" under Article 174 of the Criminal Code.

        2. At the hearing on 3 March, the judge refused the defence's motion to hear a linguist.

        3. On 9 May 2026, the court found Mr Omarov guilty and sentenced him to four years in prison.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.charged, .other, .conviction])
        // A span of dates is no day of the acts after it.
        #expect(incidents[0].date == nil)
        #expect(incidents.map(\.persons) == [["Ruslan Omarov"], ["Ruslan Omarov"], ["Ruslan Omarov"]])
        // The conviction is under the article of the charge.
        #expect(incidents[2].legalProvisions.map(\.citation) == ["CC 174"])
    }

    @Test func aCaseHistoryKeepsToItsPersonAndCourt() throws {
        let text = """
        Aigerim Tulen, 41, is an activist in Taldykorgan.

        On 2 March 2026, an investigator declared her a suspect under Part 1 of Article 274 of the Criminal Code.

        On 4 March 2026, the investigating judge of the Taldykorgan City Court placed her under house arrest. On 30 April the same court extended the house arrest until 30 June.

        On 3 June 2026, the court sentenced Tulen to one year of restricted freedom. Her lawyer, Daniyar Sapar, filed an appeal.

        On 20 July 2026, the Zhetysu Regional Court upheld the verdict.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.criminalCaseOpened, .houseArrest, .houseArrest, .conviction, .other])
        #expect(incidents.allSatisfy { $0.persons == ["Aigerim Tulen"] })
        // "until 30 June" ends the term; the act is of 30 April, in the court named before.
        #expect(incidents[2].date == (try PartialDate(year: 2026, month: 4, day: 30)))
        #expect(incidents[2].locations == ["Taldykorgan"])
        #expect(incidents[3].locations == ["Taldykorgan"])
        #expect(incidents[3].legalProvisions.map(\.citation) == ["CC 274 part 1"])
        #expect(incidents[4].locations == ["Zhetysu Region"])
    }

    @Test func aNicknameAndARoleWithAnAge() {
        let nickname = read("On 5 May 2026, police in Aktobe detained the rapper Askar \"Bala\" Nurov.")
        #expect(nickname.first?.persons == ["Askar Nurov"])
        let role = read("On 5 May 2026, Dias Omar sang at a rally in Oral. On 6 May 2026, a court sentenced the 24-year-old singer to 10 days of administrative arrest.")
        #expect(role.map(\.eventType) == [.administrativeArrest])
        #expect(role.first?.persons == ["Dias Omar"])
        // A role word that describes a group's kind is no reference: "the feminist initiative".
        #expect(read("On 8 March 2026, Dana Ali spoke at a meeting. On 9 March 2026, the akimat refused a request by the feminist initiative Qyz Dauysy to hold a march.").first?.persons == [])
    }

    @Test func anOrganisationInApposition() {
        let incidents = read("On 10 March 2026, officers searched the office of the miners' union, Kenshi Birligi, and seized its files.")
        #expect(incidents.map(\.eventType) == [.searchOfPremises])
        #expect(incidents.first?.organizations == ["Kenshi Birligi"])
        // A person in apposition stays a person.
        #expect(read("On 10 March 2026, a member of the union, Aigul Bekova, was detained in Ekibastuz.").first?.persons == ["Aigul Bekova"])
    }

    @Test func removedFromTheCourtroom() {
        #expect(read("On 19 May 2026, the judge removed activist Bolat Zhan from the courtroom.").map(\.eventType) == [.other])
    }
}

/// Added 2 Dec 2026, seventeenth round (eval/own h46–h49): a defender's case page with dated headlines, a press-freedom
/// alert with a title-case dateline, a digest of emoji-bulleted lines, a database's records of labelled lines.
@Suite struct RecordsAndTimelinesTests {
    @Test func aTimelineOfDatedHeadlines() throws {
        let text = """
        Case History: Nazira Sapar

        9 May 2026
        Defender Nazira Sapar released under travel ban

        The Oskemen City Court changed Nazira Sapar's pre-trial detention to a ban on leaving the city.

        2 April 2026
        Defender Nazira Sapar detained

        Police detained Nazira Sapar at her office in Oskemen and searched it.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.travelRestriction, .detention, .searchOfPremises])
        #expect(incidents.map(\.date) == [try PartialDate(year: 2026, month: 5, day: 9), try PartialDate(year: 2026, month: 4, day: 2),
                                          try PartialDate(year: 2026, month: 4, day: 2)])
    }

    @Test func aTitleCaseDatelineAndAnAttackThatTookACamera() throws {
        // 4 March 2026 is a Wednesday.
        let text = "New York, March 4, 2026 — On Monday evening, two men attacked reporter Dauren Seit in Shymkent. They punched him and took his camera."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.physicalAttack])
        #expect(incidents.first?.date == (try PartialDate(year: 2026, month: 3, day: 2)))
    }

    @Test func emojiBulletsWithTheirPlaceAsALabel() throws {
        let text = """
        Daily digest, 15 March 2026

        🔴 Aktau: activist Murat Esen detained at a picket (15.03.2026). Released after 3 hours.
        🟡 Uralsk: akimat refused the notification of a party branch for a rally on 22 March (13.03.2026).
        - Taraz: court fined blogger Ilyas Nur 20 MCI (14.03.2026).
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release, .assemblyRefused, .fine])
        #expect(incidents.map(\.locations) == [["Aktau"], ["Aktau"], ["Uralsk"], ["Taraz"]])
        // The refusal is of the day in brackets, not of the rally's day.
        #expect(incidents[2].date == (try PartialDate(year: 2026, month: 3, day: 13)))
        #expect(incidents[1].persons == ["Murat Esen"])
    }

    @Test func aDatabasesRecordOfLabelledLines() throws {
        let text = """
        Date: 07/04/2026
        Type of violation: Arrest
        Journalist: Aruzhan Sadyk
        Outlet: Qostanai Times
        Place: Kostanay
        Description: Police detained the reporter at a farmers' protest and fined her 30 MCI under Article 456-2 of the Code of Administrative Offences.

        Date: 28/04/2026
        Outlet: Dala Media
        Place: Almaty
        Description: The ministry restricted access to the outlet's website.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine, .other])
        #expect(incidents[0].persons == ["Aruzhan Sadyk"] && incidents[0].locations == ["Kostanay"])
        #expect(incidents[0].date == (try PartialDate(year: 2026, month: 4, day: 7)))
        #expect(incidents[1].legalProvisions.map(\.citation) == ["CoAO 456-2"])
        #expect(incidents[2].organizations == ["Dala Media"] && incidents[2].locations == ["Almaty"])
    }

    @Test func peopleHeldAsAClassAreNoAct() {
        #expect(read("Since 2020 she has advised families of people held in the city's pre-trial detention centre in Aktobe.").isEmpty)
    }
}
