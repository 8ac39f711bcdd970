import CivicModel
import Testing
@testable import ReportReader

/// Trial observation forms (round 80, h275), an embassy's monthly cable (h276), a student op-ed (h277), a site's news feed
/// (r155), relatives' complaint to a prosecutor (r156) and observers' report on an assembly (r157). Sentences of our own.
@Suite struct CablesFormsAndTimelinesTests {
    @Test func aCablesReferencesMarkingsAndSummary() {
        let cable = read("""
        SUBJECT: KAZAKHSTAN: MARCH 2025 HUMAN RIGHTS ROUNDUP

        REF: A) ASTANA 0211 B) 24 ASTANA 1987

        1. (SBU) Summary: Courts jailed picketers and prosecutors opened another criminal case against a journalist. End Summary.

        2. (SBU) On March 4, police in Taraz detained activist Arman Dosov. Investigators searched the office of the outlet Jer News on the 11th.
        """)
        #expect(cable.map(\.eventType) == [.detention, .searchOfPremises])
        // (The references' numbers are no year; the roundup's month is what "the 11th" is of.)
        #expect(cable.map(\.date) == [day(2025, 3, 4), day(2025, 3, 11)])
        #expect(cable.allSatisfy { !$0.organizations.contains("SBU") })
    }

    @Test func aMastheadsDateLineDatesTheWeekdays() {
        let oped = read("""
        THE CAMPUS LANTERN
        Student Newspaper of Taraz State University
        Issue 27 | Friday, April 18, 2025

        Last Tuesday, police detained students Arman Dosov and Zhanar Temirbekova at a sit-in on the square in Taraz.
        """)
        #expect(oped.first?.date == day(2025, 4, 15))
    }

    @Test func aQuotedNamesClosingCommaAndAReviewedVerdictsDay() {
        let expelled = read("On 3 December 2024 the rector's office expelled Arman Dosov, who ran the Telegram channel \"Kampus Kuldi,\" for a meme.")
        #expect(expelled.first?.organizations == ["Kampus Kuldi"])
        let form = read("""
        FORM 5
        Hearing date: 9 September 2025
        Remarks: The appeal board rejected the appeal of Arman Dosov and upheld the verdict of 24 June in full.
        """)
        #expect(form.first?.date == day(2025, 9, 9))
    }

    @Test func aReportsCompilationDayAndItsTimelinesHeading() {
        let report = read("""
        ОТЧЁТ
        о наблюдении за мирным собранием в г. Таразе 16 марта 2025 года

        Составлен: 10 апреля 2025 г.

        2. ХРОНОМЕТРАЖ (16 марта 2025 г.)

        12:05 — Сотрудники полиции задержали организатора собрания Армана Досова.

        3. ПОСЛЕДУЮЩИЕ СОБЫТИЯ

        2 апреля 2025 года полиция возбудила в отношении Досова уголовное дело. 3 апреля в квартире Досова в Таразе провели обыск.
        """)
        #expect(report.map(\.eventType) == [.detention, .criminalCaseOpened, .searchOfPremises])
        #expect(report.map(\.date) == [day(2025, 3, 16), day(2025, 4, 2), day(2025, 4, 3)])
    }

    @Test func aPlaceAfterItsKindAbbreviatedIsNoOne() {
        let attack = read("22 марта 2025 года неизвестные лица избили Армана Досова у ворот его дома в п. Подстепное Теректинского района.")
        #expect(attack.first?.persons == ["Арман Досов"])
        #expect(read("13 марта 2025 года мужчина ударил по руке журналистку Жанар Темирбекову у акимата Тараза.").first?.eventType == .physicalAttack)
    }
}

/// A think tank's brief (round 81, h278), an award speech (h279), a travel advice page (h280), a lawyer's year in a post
/// (r158), a mission's brief in shorthand (r159) and a news article on a trial (r160). Sentences of our own.
@Suite struct SpeechesAndBriefsTests {
    @Test func daysAndMonthsAgoCountBackFromTheDayOfWriting() {
        let speech = read("""
        Published: 28 May 2026

        Two days ago, police in Taraz detained Arman Dosov. Three weeks ago a court in Taraz fined Zhanar Temirbekova 20 MCI.
        """)
        #expect(speech.map(\.date) == [day(2026, 5, 26), try? PartialDate(year: 2026, month: 5)])
        #expect(DateRecognizer.published(at: 2, in: tokens("two days ago")) != nil)
        // Not a count beyond what a report places an act by ("jailed 30 days ago" is told by its day), nor years.
        #expect(DateRecognizer.published(at: 5, in: tokens("He was jailed 30 days ago")) == nil)
        #expect(DateRecognizer.published(at: 5, in: tokens("He was jailed two years ago")) == nil)
    }

    @Test func aBriefsShorthandAndItsHeadingsInCapitals() {
        let brief = read("""
        I. ОБЩАЯ ОБСТАНОВКА

        14.01.2025 в Таразе задержан активист Арман Досов. На след. день суд Тараза назначил А. Досову 10 сут. адм. ареста по ч. 3 ст. 488 КоАП.

        III.
        ОЦЕНКА

        Приведённые случаи подтверждают тенденции: отказ в регистрации независимых НПО.
        """)
        #expect(brief.map(\.date) == [day(2025, 1, 14), day(2025, 1, 15)])
        #expect(brief.allSatisfy { $0.organizations.isEmpty })
    }
}

/// A lawyer's post (round 82, h281), a trial tracker (h282), conference abstracts (h283), a police briefing (r161), a review
/// of appeal rulings (r162) and a relative's post (r163). Sentences of our own.
@Suite struct TrackersAndReviewsTests {
    @Test func whatIsDeclaredAnExtremistOrganisationIsABody() {
        let banned = read("In November 2024, the Taraz City Court declared Jasyl Qala an \"extremist\" organisation and banned its activities.")
        #expect(banned.first?.organizations == ["Jasyl Qala"])
    }

    @Test func aWorkersTradeBeforeHisNameIsNoPartOfIt() {
        let review = read("Нефтяник Арман Досов 27 декабря 2024 года приговорён судом Тараза к году ограничения свободы по ч. 2 ст. 400 УК.")
        #expect(review.first?.persons == ["Арман Досов"])
    }
}
