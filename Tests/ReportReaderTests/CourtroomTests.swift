import CivicModel
import Testing
@testable import ReportReader

/// What happens in and around a trial besides its verdict: a penalty cut on appeal, a trial opened with its court between,
/// a courtroom closed to the press. From the misses of the whole eval/own set, in sentences of our own.
@Suite struct CourtroomTests {
    @Test func aPenaltyCutOnAppeal() {
        let cut = read("On 2 June 2025 the Kostanay Regional Court cut the fine of blogger Arman Seitov to 20 MCI on appeal.")
        #expect(cut.map(\.eventType) == [.other])
        #expect(cut.first?.persons == ["Arman Seitov"])
        let russian = read("2 июня 2025 года областной суд снизил штраф блогеру Арману Сеитову до 20 МРП.")
        #expect(russian.map(\.eventType) == [.other])
        #expect(russian.first?.persons == ["Арман Сеитов"])
    }

    @Test func aTrialOpenedWithItsCourtBetween() {
        #expect(read("The trial of Arman Seitov at the Kostanay City Court No. 1 began on 4 March 2025.").map(\.eventType) == [.other])
        #expect(read("Суд над Арманом Сеитовым начался 4 марта 2025 года в городском суде Костаная.").map(\.eventType) == [.other])
        // Near miss: a judge who began something else.
        #expect(read("Судья Арман Сеитов начал работу в Костанае 4 марта 2025 года.").isEmpty)
    }

    @Test func aCourtroomClosedToThePress() {
        let kept = read("On 7 April 2025 bailiffs at the Taraz City Court refused to let the reporter Dana Kassymova and her cameraman into the courtroom.")
        #expect(kept.map(\.eventType) == [.other])
        #expect(kept.first?.persons == ["Dana Kassymova"])
        #expect(read("On 7 April 2025 the judge banned reporter Dana Kassymova from filming the hearing.").map(\.eventType) == [.other])
        #expect(read("7 апреля 2025 года приставы не пустили корреспондента Дану Касымову в зал суда.").map(\.eventType) == [.other])
        #expect(read("7 апреля 2025 года судья запретил корреспонденту Дане Касымовой вести видеосъёмку.").map(\.eventType) == [.other])
        // Near miss: let into the courtroom, no act.
        #expect(read("7 апреля 2025 года приставы пустили корреспондента Дану Касымову в зал суда.").isEmpty)
    }
}
