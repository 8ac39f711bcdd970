import CivicModel
import Foundation
import Testing
@testable import ReportReader

/// Added 2 Dec 2026, fifteenth round (eval/own h38–h41): a table of court decisions in HTML, a news story dated by its
/// weekdays, a Freedom-in-the-World style chapter, a monthly report of numbered cases. Every text is written for the test.
@Suite struct NewsAndTablesTests {
    // Tables.

    @Test func anHTMLTableGivesOneIncidentPerRow() throws {
        let html = """
        <html><body><p>In 2026 the courts heard the cases below under Article 488 of the Code of Administrative Offences.</p>
        <table>
          <tr><th>#</th><th>Full name</th><th>Town</th><th>Decision date</th><th>Article</th><th>Penalty</th></tr>
          <tr>
            <td>1</td><td>Dana Serikbay</td><td>Pavlodar</td><td>4 June 2026</td><td>488 part 7</td><td><p>5 days of administrative arrest</p></td>
          </tr>
          <tr><td>2</td><td>Olzhas Tuleu</td><td>Ekibastuz</td><td>05.06.2026</td><td>488 part 6</td><td>fine of 30 MCI</td></tr>
        </table>
        <p>Both appealed.</p></body></html>
        """
        let document = try ReportDocument.from(data: Data(html.utf8), name: "cases.html")
        let incidents = ReportReader().read(document)
        #expect(incidents.count == 2)
        let arrest = try #require(incidents.first)
        #expect(arrest.eventType == .administrativeArrest)
        #expect(arrest.persons == ["Dana Serikbay"])
        #expect(arrest.locations == ["Pavlodar"])
        #expect(arrest.date == (try PartialDate(year: 2026, month: 6, day: 4)))
        #expect(arrest.legalProvisions.map(\.citation) == ["CoAO 488 part 7"])
        #expect(arrest.sanctions == [Sanction(kind: .administrativeArrest, days: 5)])
        // The passage is the row as the text holds it, from its first cell after the running number.
        let scalars = Array(document.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[arrest.start..<arrest.end])) == arrest.quote)
        #expect(arrest.quote.hasPrefix("Dana Serikbay\t"))
        let fine = incidents[1]
        #expect(fine.eventType == .fine && fine.persons == ["Olzhas Tuleu"] && fine.locations == ["Ekibastuz"])
        #expect(fine.sanctions == [Sanction(kind: .fine, amount: 30, currency: .mci)])
        #expect(fine.date == (try PartialDate(year: 2026, month: 6, day: 5)))
    }

    @Test func aMarkdownTableAndItsRuleRow() {
        let text = """
        Detentions in May 2026

        | Date | Name | Where | What happened |
        |------|------|-------|---------------|
        | 12 May 2026 | Aigerim Sapar | Kostanay | Detention at a picket |
        | 14 May 2026 | Yerbol Kassym | Rudny | Search of his flat |

        The list is not complete.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .searchOfPremises])
        #expect(incidents.map(\.persons) == [["Aigerim Sapar"], ["Yerbol Kassym"]])
        #expect(incidents.map(\.locations) == [["Kostanay"], ["Rudny"]])
    }

    @Test func aTableWithoutAHeaderIsReadCellByCell() {
        let text = "Cases of the week\n\nactivist Murat Beisen\tTaraz\t3 March 2026\tfined 15 MCI\n"
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.fine])
        #expect(incidents.first?.persons == ["Murat Beisen"])
        #expect(incidents.first?.locations == ["Taraz"])
    }

    @Test func aRussianTableIsReadByTheRussianRecognisers() throws {
        let html = """
        <html><body><p>Решения по статье 488 КоАП, май 2026 года.</p><table>
        <tr><th>№</th><th>ФИО</th><th>Город</th><th>Дата</th><th>Статья КоАП</th><th>Решение суда</th></tr>
        <tr><td>1</td><td>Аскар Нуров</td><td>Тараз</td><td>04.05.2026</td><td>488 ч. 7</td><td>7 суток административного ареста</td></tr>
        <tr><td>2</td><td>Дана Омарова</td><td>Кокшетау</td><td>05.05.2026</td><td>488 ч. 6</td><td>штраф 30 МРП</td></tr>
        </table></body></html>
        """
        let incidents = ReportReader().read(try ReportDocument.from(data: Data(html.utf8), name: "решения.html"))
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .fine])
        #expect(incidents.map(\.persons) == [["Аскар Нуров"], ["Дана Омарова"]])
        #expect(incidents.map(\.locations) == [["Taraz"], ["Kokshetau"]])
        #expect(incidents.map { $0.legalProvisions.map(\.citation) } == [["CoAO 488 part 7"], ["CoAO 488 part 6"]])
        #expect(incidents[1].sanctions == [Sanction(kind: .fine, amount: 30, currency: .mci)])
    }

    @Test func aHeaderRowAloneAndShortTabbedLinesGiveNothing() {
        #expect(read("Name\tCity\tDate\tSanction\n").isEmpty)
        // Two cells are no table.
        #expect(read("Almaty\t2026\n").isEmpty)
    }

    // News stories dated by weekdays.

    @Test func weekdaysCountFromTheDayOfPublication() throws {
        // 6 March 2026 is a Friday.
        let text = """
        March 6, 2026

        A court in Aktobe on Wednesday fined activist Saule Berik 40 monthly calculation indices for a picket. Yesterday, police in Aktobe detained her husband, Timur Berik. Last week, the authorities blocked the website of the outlet Aktobe Kun.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.fine, .detention, .other])
        #expect(incidents[0].date == (try PartialDate(year: 2026, month: 3, day: 4)))
        #expect(incidents[0].sanctions == [Sanction(kind: .fine, amount: 40, currency: .mci)])
        #expect(incidents[1].date == (try PartialDate(year: 2026, month: 3, day: 5)))
        #expect(incidents[2].date == (try PartialDate(year: 2026, month: 2)))
    }

    @Test func aWeekdayWithoutADayOfPublicationDatesNothing() {
        let incidents = read("Police in Aktobe on Wednesday detained activist Saule Berik.")
        #expect(incidents.map(\.eventType) == [.detention])
        #expect(incidents.first?.date == nil)
    }

    @Test func aDatelineGivesTheDayAndYieldsItsPlaceToTheActs() throws {
        // 12 March 2026 is a Thursday.
        let dated = read("ASTANA, 12 March 2026 — Police in Kokshetau on Tuesday detained activist Zhanar Kemel.")
        #expect(dated.first?.date == (try PartialDate(year: 2026, month: 3, day: 10)))
        #expect(dated.first?.locations == ["Kokshetau"])
        let undated = read("ASTANA -- A court in Kokshetau sentenced blogger Ruslan Tokayev to three years in prison on 2 March 2026.")
        #expect(undated.first?.locations == ["Kokshetau"])
    }

    @Test func aJudgeIsNoVictimAndARetellingAddsTheArticle() {
        let text = """
        On 3 May 2026, a court in Oral sentenced blogger Ruslan Tokayev to three years in prison.

        Judge Nurbol Amanov found Tokayev guilty of spreading false information under Article 274 of the Criminal Code.
        """
        let incidents = read(text)
        #expect(incidents.count == 1)
        #expect(incidents.first?.persons == ["Ruslan Tokayev"])
        #expect(incidents.first?.legalProvisions.map(\.citation) == ["CC 274"])
        #expect(incidents.first?.quote.hasSuffix("Criminal Code.") == true)
    }

    @Test func whatHappensOutsideTheCourthouseIsOfTheCourtsDay() throws {
        let text = """
        On 2 June 2026, a court in Semey sentenced activist Gulmira Sadvakas to two years of restricted freedom. She plans to appeal. Her lawyer called the verdict unjust.

        Outside the courthouse, police detained two of her supporters, Aset Omar and Dina Zhaks. Both were released a few hours later.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.conviction, .detention, .release])
        let day = try PartialDate(year: 2026, month: 6, day: 2)
        #expect(incidents.map(\.date) == [day, day, day])
        #expect(incidents[1].locations == ["Semey"])
    }

    // Words the round asked for.

    @Test func denialsReleasesAndAttacks() {
        #expect(read("On 4 May 2026, about forty pensioners gathered in Semey; no one was detained.").isEmpty)
        #expect(read("On 4 May 2026, police questioned five students in Semey; none of them was fined.").allSatisfy { $0.eventType != .fine })
        #expect(read("On 4 May 2026, police in Semey detained six students. All of them were let go by midnight.").map(\.eventType) == [.detention, .release])
        #expect(read("On 4 May 2026, unknown men slashed the tyres of journalist Aida Bek's car in Taraz.").map(\.eventType) == [.propertyAttack])
    }

    @Test func equipmentTakenUnlessASearchTookIt() {
        #expect(read("On 4 May 2026, police officers took the camera of reporter Aida Bek in Taraz.").map(\.eventType) == [.other])
        #expect(read("On 4 May 2026, police searched the flat of reporter Aida Bek in Taraz and seized her laptop.").map(\.eventType) == [.searchOfPremises])
    }

    @Test func aClauseAfterASemicolonKeepsItsPlaceAndDay() throws {
        let text = "In 2026, the authorities went on restricting protests. In May, police in Kostanay detained at least ten farmers; most were released the same day, but farmer Yerlan Auez was sentenced to 7 days of administrative arrest."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release, .administrativeArrest])
        let may = try PartialDate(year: 2026, month: 5)
        #expect(incidents.map(\.date) == [may, may, may])
        #expect(incidents.map(\.locations) == [["Kostanay"], ["Kostanay"], ["Kostanay"]])
    }

    @Test func aTermBeingServedIsNoSanctionOfTheAppeal() {
        let text = "In October 2026, the Supreme Court rejected the appeal of poet Asan Zhol, who is serving a six-year sentence."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.other])
        #expect(incidents.first?.sanctions == [])
    }

    @Test func aNumberedEntryHeadedByItsPlaceAndDay() throws {
        let text = """
        Monthly report: June 2026

        3. Pavlodar, 14 June. Activist Serik Zhan held a picket at the akimat. After twenty minutes he was detained and on 16 June fined 10 MCI.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine])
        #expect(incidents.map(\.date) == [try PartialDate(year: 2026, month: 6, day: 14), try PartialDate(year: 2026, month: 6, day: 16)])
        #expect(incidents.map(\.locations) == [["Pavlodar"], ["Pavlodar"]])
    }
}
