import CivicModel
import Testing
@testable import ReportReader

/// A step of one person's case told without naming them ("the collegium quashed the conviction", "officers searched the flat
/// the same morning"): the people the last act befell, a few sentences back. The rule came from the misses of the whole
/// eval/own set, in English and in Russian; these are sentences of our own.
@Suite struct StepsOfACaseTests {
    @Test func anAppealDecidedWithoutANameIsOfTheOneConvicted() {
        let story = read("""
        On 3 May 2025 the Oral City Court sentenced blogger Serik Abenov to two years of restriction of freedom under \
        Article 274 of the Criminal Code. On 14 July 2025 the West Kazakhstan Regional Court upheld the verdict on appeal.
        """)
        #expect(story.map(\.eventType) == [.conviction, .other])
        #expect(story.last?.persons == ["Serik Abenov"])
    }

    @Test func aSearchTheSameMorningIsOfTheOneJustDetained() {
        let story = read("""
        On 9 April 2025 police detained journalist Aigerim Saparova at her home in Kostanay. Officers searched the flat the \
        same morning and took two phones and a laptop.
        """)
        #expect(story.map(\.eventType) == [.detention, .searchOfPremises])
        #expect(story.last?.persons == ["Aigerim Saparova"])
    }

    @Test func aClosedCaseAfterTheChargeIsTheirs() {
        let story = read("""
        On 2 March 2025 investigators in Taraz charged activist Nurlan Kemelov under Article 174 of the Criminal Code. In \
        June 2025 the investigator closed the case for lack of a crime.
        """)
        #expect(story.last?.eventType == .acquittalOrCaseClosed)
        #expect(story.last?.persons == ["Nurlan Kemelov"])
    }

    // MARK: Near misses

    @Test func aGroupSpokenOfIsNotTheOneNamedBefore() {
        let story = read("""
        On 5 May 2025 police in Aktobe detained activist Nurlan Kemelov. On 6 May 2025 investigators searched the homes of \
        eleven other participants.
        """)
        #expect(story.last?.persons == [])
    }

    @Test func aDecisionThatSpeaksOfNoCaseTakesNoOne() {
        // An act of another kind borrows people only in a sentence about the case (an appeal, a verdict, a complaint).
        let story = read("""
        On 3 May 2025 the Oral City Court fined blogger Serik Abenov 50 MCI. On 4 May 2025 the ministry restricted access \
        to the Oral Times website.
        """)
        #expect(!story.contains { $0.eventType == .other && $0.persons == ["Serik Abenov"] })
    }

    @Test func theOneNamedJustAfterTakesTheCaseBack() {
        // "Police opened a case. A has been questioned as a suspect.": the case's suspect, not the one of the act before.
        let story = read("""
        On 5 May 2025 police in Shymkent detained activist Nurlan Kemelov. On 8 May 2025 the city police opened a criminal \
        case under Article 400 of the Criminal Code over the rally. Aizhan Tolegenova has been questioned as a suspect.
        """)
        #expect(story.first { $0.eventType == .criminalCaseOpened }?.persons == ["Aizhan Tolegenova"])
    }

    @Test func anUndatedStepReachesOnlyTheSentenceBefore() {
        let far = read("""
        On 3 May 2025 the Oral City Court sentenced blogger Serik Abenov to two years of restriction of freedom. The family \
        moved to Aktobe. His sister opened a café there. Officers searched a flat in Aktobe and took two phones.
        """)
        #expect(far.last?.eventType == .searchOfPremises)
        #expect(far.last?.persons == [])
        let near = read("""
        On 3 May 2025 the Oral City Court sentenced blogger Serik Abenov to two years of restriction of freedom. Officers \
        searched a flat in Aktobe and took two phones.
        """)
        #expect(near.last?.persons == ["Serik Abenov"])
    }

    // MARK: Russian

    @Test func russianCaseClosedWithoutANameIsOfTheOneFined() {
        let story = read("""
        12 марта 2025 года суд Павлодара оштрафовал активистку Айгерим Сапарову на 50 МРП. В мае 2025 года дело \
        прекратили за отсутствием состава правонарушения.
        """)
        #expect(story.last?.eventType == .acquittalOrCaseClosed)
        #expect(story.last?.persons == ["Айгерим Сапарова"])
    }

    @Test func russianComplaintRejectedIsOfTheOneDetained() {
        let story = read("""
        3 апреля 2025 года в Атырау полиция задержала журналиста Нурлана Кемелова. 10 апреля 2025 года прокуратура города \
        оставила жалобу защиты без удовлетворения.
        """)
        #expect(story.last?.eventType == .other)
        #expect(story.last?.persons == ["Нурлан Кемелов"])
    }

    @Test func russianGroupIsNotTheOneNamedBefore() {
        let story = read("""
        3 апреля 2025 года в Атырау полиция задержала журналиста Нурлана Кемелова. 4 апреля 2025 года суд оштрафовал \
        ещё семерых задержанных.
        """)
        #expect(story.last?.persons == [])
    }
}
