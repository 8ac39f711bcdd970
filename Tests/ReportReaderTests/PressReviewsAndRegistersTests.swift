import CivicModel
import Testing
@testable import ReportReader

/// A bar's disciplinary bulletin (round 95, h318), an investor's due-diligence note (h320), a daily press review (r199); an
/// embassy's alert (round 96, h321), a case register exported with semicolons (h322), a family's retelling of a prisoner's
/// letter (r201) and an ombudsman's report (r202). Sentences of our own in those styles.
@Suite struct PressReviewsAndRegistersTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aWrittenWarningIssuedToAnAdvocate() {
        let told = read("On 14.04.2025 in Aktobe the Commission issued advocate Saule Ermekova a written warning.")
        #expect(told.map(\.eventType) == [.warning])
        #expect(told.first?.persons == ["Saule Ermekova"])
        // (A formal warning, with a role word between, too.)
        #expect(read("On 14.04.2025 the prosecutor issued journalist Arman Dosov a formal warning.").map(\.eventType) == [.warning])
    }

    @Test func aLicenceTerminatedIsAnActOnItsHolder() {
        let told = read("The licence of M. Sarsenov was terminated by the economic court of Taraz on 10.06.2025.")
        #expect(told.map(\.eventType) == [.other])
        #expect(told.first?.date == day(2025, 6, 10))
        // (A lawsuit against the lawyer's own standing befalls the lawyer, not the client the pronoun means.)
        let suit = read("""
        Blogger Dana Ermekova was charged on 2 May 2025 in Taraz.
        In June 2025 the justice department sued to revoke the licence of her advocate, Bolat Sarsenov, after he spoke to the press.
        """)
        #expect(suit.last?.persons == ["Bolat Sarsenov"])
        // (Her lawyer named in a sentence about her is still not whom the act befell.)
        let counsel = read("On 3 May 2025 police in Taraz detained Dana Ermekova; her lawyer, Bolat Sarsenov, was not allowed in.")
        #expect(counsel.first?.persons == ["Dana Ermekova"])
    }

    @Test func anAcronymInBracketsStandsForItsBody() {
        let told = read("""
        On 2 March 2025 police in Oral detained members of the Zhaiyq Independent Drivers' Union (ZIDU).
        On 5 March 2025 the court suspended ZIDU for three months.
        """)
        // (Where it is given, the acronym is no second body.)
        #expect(told.map(\.organizations) == [["Zhaiyq Independent Drivers' Union"], ["Zhaiyq Independent Drivers' Union"]])
        // (Letters that are not the name's initials stand for nothing.)
        let other = read("""
        On 2 March 2025 police in Oral detained members of the Zhaiyq Independent Drivers' Union (ZKT).
        On 5 March 2025 the court suspended ZKT for three months.
        """)
        #expect(other.last?.organizations != ["Zhaiyq Independent Drivers' Union"])
    }

    @Test func aScheduledWordPastACommaDoesNotMakeTheDayAnAppointment() {
        let told = read("The akimat of Satpayev rejected the notification on 11.03.2025, citing scheduled repairs at the square.")
        #expect(told.first?.date == day(2025, 3, 11))
        // (Before a comma it still does: the hearing's day is not the act's.)
        let hearing = read("Arman Dosov was charged in Taraz; his hearing on 11.03.2025 scheduled for the morning was postponed.")
        #expect(hearing.first?.date != day(2025, 3, 11))
    }

    @Test func aPressReviewsItemHeadingIsNotRead() {
        let review = read("""
        ГЛАВНОЕ ЗА СУТКИ

        «Уральская неделя»: «Пикет закончился арестом»
        В понедельник, 13 октября 2025 года, полицейские задержали жителя Уральска Марата Сеитова у здания акимата.

        «Степной вестник»: «Апелляция Жумабаева отклонена»
        7 октября 2025 года областной суд оставил без изменения приговор активисту Азамату Жумабаеву.
        """)
        // (The heading in capitals names no body, and no headline is read as the item's act or names its people.)
        #expect(review.allSatisfy { $0.organizations.isEmpty })
        #expect(review.map(\.eventType) == [.detention, .other])
        #expect(review.last?.persons == ["Азамат Жумабаев"])
        #expect(review.last?.quote.hasPrefix("7 октября") == true)
    }

    @Test func aCaseHadBeenOpened() {
        let told = read("Marat Seitov was sentenced in Karaganda on 20 January 2026. His case had been opened in October 2025, after he posted a video.")
        #expect(told.map(\.eventType) == [.conviction, .criminalCaseOpened])
        #expect(told.last?.date == (try? PartialDate(year: 2025, month: 10)))
    }

    @Test func aBodyAnnouncingItsOwnActDatesIt() {
        let told = read("The Taraz police announced on February 3, 2026 that it had opened a criminal investigation into a video by blogger Dana Ermekova.")
        #expect(told.first?.eventType == .criminalCaseOpened)
        #expect(told.first?.date == day(2026, 2, 3))
        // (The author of the work is whom the investigation is against; a byline's "By" names no one acted on.)
        #expect(told.first?.persons == ["Dana Ermekova"])
        // (A lawyer saying something on a day still does not date the act.)
        let said = read("Dana Ermekova was detained in Taraz, her lawyer said on 3 February 2026.")
        #expect(said.first?.date == nil)
    }

    @Test func mobileDataCut() {
        let told = read("Mobile data services in central Taraz were cut from 11:00 to 18:00 on 17 January 2026.")
        #expect(told.map(\.eventType) == [.internetShutdown])
    }

    @Test func aSemicolonRegistersNotesAreReadSentenceBySentence() {
        let register = read("""
        For comparison, the desk logged 12 cases in 2024.

        date;name;city;article;outcome;notes
        03.02.2025;Arman Dosov;Taraz;AOC art. 488 part 10;10 days admin arrest;Police detained Arman Dosov on 3 February near the akimat. The next day the city court ordered 10 days of administrative arrest.
        14.02.25;-;Aralsk;-;mobile internet cut;Mobile internet stopped working across Aralsk on 14 February.
        Mar 2025;Dana Ermekova;Astana;CC art. 174 part 1;recognised political prisoner;A coalition recognised her as a political prisoner. She was sentenced on 14 November 2024 to five years in prison.
        """)
        let acts = register.map { "\($0.eventType.rawValue) \($0.date.map { "\($0)" } ?? "-")" }
        // (A note's day without its year is of the row's year, not of the last year the text named.)
        // (The note gives the arrest its own day, the day after the detention the date column holds.)
        #expect(acts.contains("detention 2025-02-03"))
        #expect(acts.contains("administrative_arrest 2025-02-04"))
        // (A date column's year of two figures.)
        #expect(acts.contains("internet_shutdown 2025-02-14"))
        // (A conviction the note dates, beside the row's recognition.)
        #expect(acts.contains("conviction 2024-11-14"))
        #expect(acts.contains("political_prisoner_recognized 2025-03"))
        #expect(!acts.contains { $0.hasSuffix("2024-02-03") || $0.hasSuffix("2024-02-14") })
    }

    @Test func aRelativeByKinIsWhoseStoryTheFamilyTells() {
        let post = read("""
        Нурлан Ахметов осуждён 3 сентября 2024 года Уральским городским судом на пять лет лишения свободы.
        В январе 2025 года правозащитный центр «Адилет» признал брата политическим заключённым.
        """)
        #expect(post.last?.eventType == .politicalPrisonerRecognized)
        #expect(post.last?.persons == ["Нурлан Ахметов"])
    }

    @Test func aColonysReprimandIsAWarning() {
        let told = read("5 февраля 2025 года администрация колонии объявила Нурлану Ахметову выговор.")
        #expect(told.map(\.eventType) == [.warning])
        // (An employer's reprimand is no act of the state.)
        #expect(read("5 февраля 2025 года директор школы объявил Дине Садыковой выговор.").isEmpty)
    }

    @Test func aDetentionFoundLawfulIsAComplaintTurnedDown() {
        let told = read("Жалоба Динары Садыковой рассмотрена прокуратурой Алматы, которая письмом от 29.12.2025 признала задержание законным.")
        #expect(told.map(\.eventType) == [.other])
        #expect(told.first?.date == day(2025, 12, 29))
    }

    @Test func theDetaineeAndAHabitAreNoDetention() {
        #expect(read("17 марта 2025 года омбудсмен указал на отсутствие сведений о разъяснении задержанному его прав.").isEmpty)
        #expect(read("В 2025 году органы полиции по-прежнему применяют доставление к участникам мирных акций.").isEmpty)
    }
}
