import CivicModel
import Testing
@testable import ReportReader

/// The thirty-eighth round of unseen reports (a bar association's newsletter, a law clinic's case digest, a radio
/// programme's article; in Russian a newspaper's court column and an NGO's half-year section on associations by region):
/// the rules their misses asked for, in sentences of our own.
@Suite struct CourtColumnsTests {
    @Test func aStorysFirstSentenceOpeningWithItsDayDoesNotDateTheText() {
        let text = "On 29 September 2025 Aliya Bekova wrote to the akimat of Oral.\n\nOn 5 October police detained Aliya Bekova."
        #expect(read(text).first?.date == day(2025, 10, 5))
        // A line that dates the text still does: "Published on …".
        let published = "Published on 14 May 2025 by the editors\n\nOn Monday police in Oral detained Aliya Bekova."
        #expect(read(published).first?.date == day(2025, 5, 12))
    }

    @Test func aPlannedDayIsNoDayThatPassedAndTheNoticesRefusalIsOfWhoFiledIt() {
        let text = """
        Digest, issued January 2026

        On 29 September 2025 Aliya Bekova and Marat Oskenov notified the akimat of Oral of a rally, to be held on 5 October. On 3 October the akimat replied that the rally was "not agreed".

        About 40 people gathered on 5 October regardless. Police detained Aliya Bekova.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.assemblyRefused, .detention])
        #expect(incidents.map(\.date) == [day(2025, 10, 3), day(2025, 10, 5)])
        #expect(incidents.first?.persons == ["Aliya Bekova", "Marat Oskenov"])
    }

    @Test func damagesAPersonsStandingAndACorrection() {
        let damages = read("On 19 September 2023 a court in Almaty ordered editor Saule Tokayeva to pay 3 million tenge in moral damages to an official.")
        #expect(damages.map(\.eventType) == [.other])
        #expect(damages.first?.sanctions.first?.kind == .other)
        // A fine ordered paid is still a fine.
        #expect(read("On 19 September 2023 a court in Almaty ordered Saule Tokayeva to pay 50 MCI.").map(\.eventType) == [.fine])
        let standing = read("On 27 May 2024 the bar association of Aktobe suspended lawyer Dana Omarova's membership for six months.")
        #expect(standing.map(\.eventType) == [.other])
        #expect(read("On 3 June 2024 a court in Almaty suspended the activities of the Adal Kenes foundation for three months.").map(\.eventType)
                == [.organizationSuspended])
        let correction = "Editor's note: An earlier version of this article said that a court in Aktau ordered the detention of Aliya Nurbek on 9 July 2023."
        #expect(read(correction).isEmpty)
    }

    @Test func aWeekdayBesideADayTellsItsYearInRussian() {
        let text = """
        «Степной вестник», пятница, 14 марта 2025 года

        Цифры недели: в 2024 году суды области рассмотрели 180 дел по статье 488 КоАП.

        В понедельник, 24 февраля, полиция задержала у акимата Атырау пенсионера Болата Сериккалиева.
        """
        #expect(read(text).first?.date == day(2025, 2, 24))
    }

    @Test func aQualifiedWeekdayCountsFromTheDayOfWriting() {
        let text = """
        Выпуск от 14 марта 2025 года

        3 марта в Уральске задержали активиста Ерлана Жубанова.

        В минувший понедельник суд Жанаозена арестовал на 10 суток нефтяника Нурбола Сапиева.
        """
        #expect(read(text).last?.date == day(2025, 3, 10))
    }

    @Test func finesAndWarningsToldByOtherVerbs() {
        let text = """
        В ноябре 2023 года Гульнару Ермекову из Уральска уже штрафовали на 10 МРП.

        25 февраля 2025 года суд Атырау рассмотрел дело пенсионерки Асель Нуртаевой: она отделалась штрафом в 20 МРП.

        26 февраля 2025 года её соседка Дана Омарова отделалась предупреждением.
        """
        #expect(read(text).map(\.eventType) == [.fine, .fine, .warning])
    }

    @Test func aReleaseWithoutChargesAndDaysCountedInHours() {
        let text = "20 марта 2024 года в Шымкенте задержали бухгалтера фонда Мадину Саркулову. Спустя 72 часа её отпустили без предъявления обвинения."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release])
        #expect(incidents.last?.date == day(2024, 3, 23))
    }

    @Test func aChargeToldJustAfterTheArrestIsThatCases() {
        let text = "7 марта 2024 года следственный суд Астаны санкционировал арест активистов Бахыта Оразова и Мейрама Жунусбекова. Оба обвиняются по части 2 статьи 405 УК."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.pretrialDetention])
        #expect(incidents.first?.legalProvisions.map(\.article) == ["405"])
        // Told on its own, far from any act of theirs, a charge is an act.
        #expect(read("В мае 2024 года блогеру Аскару Нурпеисову из Актау предъявлено обвинение по статье 274 УК.").map(\.eventType) == [.charged])
    }

    @Test func russianActsOfThisRound() {
        #expect(read("С 10 по 14 мая 2024 года за активисткой Айнур Кадыровой в Актау повсюду следовал автомобиль без номеров.").map(\.eventType) == [.surveillance])
        #expect(read("11 марта 2025 года областной суд Атырау заменил Салтанат Бисеновой штраф предупреждением.").map(\.eventType) == [.other])
        let border = "18 февраля 2024 года в аэропорту Алматы пограничники не выпустили Асем Жумагулову на рейс в Вильнюс, где она должна была выступить на конференции."
        #expect(read(border).map(\.eventType) == [.travelRestriction])
        // A modal that governs the act still makes it none: "могут задержать".
        #expect(read("18 февраля 2024 года юристы предупредили, что активистов могут задержать у акимата Алматы.").isEmpty)
        #expect(read("Допустим, 5 мая 2024 года вас доставили в отдел полиции Алматы «для беседы».").isEmpty)
    }
}
