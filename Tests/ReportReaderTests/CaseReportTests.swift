import CivicModel
import Foundation
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

/// Added 2 Dec 2026, eighteenth round (eval/own h50–h52): a joint UPR submission, a monitor's first-person notes, a news
/// page with its site's furniture around the story.
@Suite struct SubmissionsAndPagesTests {
    @Test func countedCasesAreNoIncident() {
        #expect(read("Between January 2024 and June 2026, our members documented 143 cases in which protesters were fined or placed under administrative arrest.").isEmpty)
    }

    @Test func aUnionWhoseMembersNameAnActor() {
        let incidents = read("On 9 February 2026, the justice department of Atyrau Region refused to register the Independent Union of Railway Service Workers.")
        #expect(incidents.first?.organizations == ["Independent Union of Railway Service Workers"])
    }

    @Test func takenToThePoliceAndTheNextDayOfASentenceWithoutAnAct() throws {
        let text = """
        I watched the hearing in Taraz in 2025.

        On the morning of 22 September, two officers took her to the police station. Aigul Temir spent the night there. The next day, the judge heard her case in twenty minutes. He fined Temir 20 MCI.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine])
        #expect(incidents.map(\.date) == [try PartialDate(year: 2025, month: 9, day: 22), try PartialDate(year: 2025, month: 9, day: 23)])
    }

    @Test func aNewsPageWithoutItsFurnitureAndALeadThatCountsThePeople() throws {
        let html = """
        <html><body><header><a href="/">Oskemen Online</a> | <a href="/news">News</a></header>
        <nav><a href="/a">Akimat of Oskemen promises repairs</a></nav>
        <article><h1>Two activists fined</h1><div class="date">11.06.2026, 14:32</div>
        <p>Two activists who picketed the akimat were fined on Wednesday.</p>
        <p>The city court fined Aset Omar and Dana Bek 40 MCI each under Article 488 of the CoAO.</p></article>
        <div class="comments"><p>Guest: police in Oskemen detained my brother too!</p></div>
        <footer>© Oskemen Online</footer></body></html>
        """
        let document = try ReportDocument.from(data: Data(html.utf8), name: "page.html")
        #expect(!document.text.contains("Guest") && !document.text.contains("repairs"))
        let incidents = ReportReader().read(document)
        #expect(incidents.map(\.eventType) == [.fine])
        #expect(incidents.first?.persons == ["Aset Omar", "Dana Bek"])
        #expect(incidents.first?.date == (try PartialDate(year: 2026, month: 6, day: 10)))
        #expect(incidents.first?.sanctions == [Sanction(kind: .fine, amount: 40, currency: .mci)])
    }
}

/// Added 2 Dec 2026, nineteenth round (eval/own h53–h55): a spokesperson's statement, a thematic chapter with cases in
/// brackets, an NGO's press release.
@Suite struct StatementsTests {
    @Test func actsNamedByNounsInAList() throws {
        let text = """
        Statement on the sentencing of journalist Dana Serik, and other cases of concern, issued today by the spokesperson of the Union

        Brussels, 14 October 2026

        We are concerned by the sentencing of journalist Dana Serik to five years in prison by the Kostanay regional court on 12 October, by the detention of her colleague Arman Bolat on 9 October and the blocking of the news portal Tobol Info.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.conviction, .detention, .other])
        #expect(incidents.map(\.persons) == [["Dana Serik"], ["Arman Bolat"], []])
        #expect(incidents.map(\.date) == [try PartialDate(year: 2026, month: 10, day: 12), try PartialDate(year: 2026, month: 10, day: 9), nil])
        #expect(incidents[2].organizations == ["Tobol Info"])
        #expect(incidents[0].sanctions == [Sanction(kind: .imprisonment, years: 5)])
    }

    @Test func duringTheYearAndAccusedOf() throws {
        #expect(read("Report for 2025. In Petropavl, the akimat refused all notifications filed by the group Zhana Jol during the year.").first?.date == (try PartialDate(year: 2025)))
        #expect(read("On 3 May 2026, investigators accused him of calling for riots under article 274 of the Criminal Code. Activist Bolat Seit was in Aktau.").isEmpty == false)
    }

    @Test func aRelativeNamedByTheGivenName() {
        let incidents = read("On 15 May 2026, unknown men broke the windows of the car of activist Serik Omarov's brother, Yerbolat, in Aktau.")
        #expect(incidents.map(\.eventType) == [.propertyAttack])
        #expect(incidents.first?.persons == ["Yerbolat Omarov"])
        let wife = read("On 15 May 2026, police in Aktau questioned Serik Omarov's wife, Aigul, about his posts.")
        #expect(wife.first?.persons == ["Aigul Omarova"])
    }
}

/// Added 2 Dec 2026, twentieth round (eval/own h56–h58): a Markdown chronicle with bold dates, a news story listing
/// who was detained, an urgent action's update with a record of labelled lines.
@Suite struct ChronicleTests {
    @Test func amongThoseDetainedAndWhatEachWasGiven() throws {
        // 16 March 2026 is a Monday.
        let text = """
        By staff reporter, March 16, 2026

        Among those detained at Saturday's picket in Kostanay were two activists, Aidos Berik and Dana Seit. Berik was later fined 30 MCI, and Seit was released without charge, their lawyer said on Sunday.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine, .release])
        #expect(incidents[0].date == (try PartialDate(year: 2026, month: 3, day: 14)))
        #expect(incidents[0].persons == ["Aidos Berik", "Dana Seit"])
        #expect(incidents[1].persons == ["Aidos Berik"] && incidents[2].persons == ["Dana Seit"])
        // The day the lawyer spoke is no act's.
        #expect(incidents[1].date == nil)
    }

    @Test func aRallyRefusedToAnAssociationNamedBeforeWhomItGathers() {
        let incidents = read("On 11 March 2026 in Shymkent, the akimat refused to agree a rally of the Ana Uni mothers' association.")
        #expect(incidents.map(\.eventType) == [.assemblyRefused])
        #expect(incidents.first?.organizations == ["Ana Uni"])
    }
}
