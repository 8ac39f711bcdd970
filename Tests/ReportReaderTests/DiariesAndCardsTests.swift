import CivicModel
import Testing
@testable import ReportReader

/// The forty-sixth round of unseen reports (an MP's inquiry with the ministry's reply, a press conference's transcript, a
/// court watch's minutes, a detainee's letters, a speech at an OSCE meeting, a calendar of hearings; in Russian a press
/// conference and a picket organiser's diary): the rules their misses asked for, in sentences of our own.
@Suite struct DiariesAndCardsTests {
    @Test func aDatelineOnTheLastLineOfAHeadingDatesTheText() {
        let text = """
        TRANSCRIPT

        Briefing of the Free Word Initiative
        Kostanay, 9 May 2025, 15:00

        HEAD: Last Friday police detained activist Madi Serikov in Kostanay.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2025, 5, 2)])
    }

    @Test func lastWeekdayIsNeverTheDayOfWritingNorOneAfterTheDayToldLast() {
        // "Last Wednesday" in a text of a Wednesday is a week before it.
        #expect(read("Taraz, 14 May 2025 — Last Wednesday a court fined activist Madi Serikov 20 MCI.").map(\.date) == [day(2025, 5, 7)])
        // With no day of writing, "last Friday" does not count on from the day told before.
        let story = read("A court convicted activist Aru Bekova on 4 June 2024.\n\nLast Friday police detained activist Madi Serikov in Taraz.")
        #expect(story.map(\.date) == [day(2024, 6, 4), nil])
        // A weekday told alone dates the act of the next sentence.
        #expect(read("Taraz, 15 May 2025\n\nSo last Friday they came again. And they were detained outside the akimat, five women.").map(\.date)
                == [day(2025, 5, 9)])
    }

    @Test func aDaySpokenInWordsWithItsMonth() {
        let incidents = read("Aktobe, 20 June 2025\n\nOn the fourth of June police detained activist Madi Serikov. On June the ninth a court fined him 30 MCI.")
        #expect(incidents.map(\.date) == [day(2025, 6, 4), day(2025, 6, 9)])
    }

    @Test func aStatementsOwnRecognitionAndARefusalReceived() {
        let incidents = read("""
        Shymkent, 3 March 2025

        The mothers went to the akimat of Shymkent with their notice of a meeting, and on the twentieth of February they got \
        a written refusal. Today our group recognises blogger Madi Serikov as a political prisoner.
        """)
        #expect(incidents.map(\.eventType) == [.assemblyRefused, .politicalPrisonerRecognized])
        #expect(incidents.map(\.date) == [day(2025, 2, 20), day(2025, 3, 3)])
    }

    @Test func aQuestionAfterASpeakersNameAndAMotionAreNoActs() {
        let text = """
        Oral, 2 April 2025

        ASKAR NURLY (Steppe Radio): One more thing — when was he detained, before or after the march?

        On 1 April 2025 the defence moved to transfer activist Madi Serikov to house arrest. The court refused.
        """
        #expect(read(text).filter { [.detention, .houseArrest].contains($0.eventType) }.isEmpty)
    }

    @Test func aRulingFiningSomeoneIsAFine() {
        let incidents = read("Aktobe, 22 January 2025\n\nAt 12:10 the judge announced a ruling fining activist Aru Bekova 15 MCI for contempt of court.")
        #expect(incidents.map(\.eventType) == [.fine])
        #expect(incidents.first?.persons == ["Aru Bekova"])
        // A law that would fine people fines no one.
        #expect(read("Astana, 22 January 2025\n\nThe draft law fining protesters was debated in parliament.").isEmpty)
    }

    @Test func aYearInARelativeClauseIsNoYearOfTheStory() {
        let text = """
        Vienna, 5 November 2024

        In Taraz, where the memory of the riots of 2006 still weighs on every gathering, police detained activist Madi Serikov \
        on 14 October. Aru Bekova was sentenced on 2 September for joining the Free Steppe movement, which a court banned in 2018.
        """
        let incidents = read(text)
        #expect(incidents.filter { $0.eventType != .organizationBanned }.map(\.date) == [day(2024, 10, 14), day(2024, 9, 2)])
    }

    @Test func aRussianDiarysEntryDatesWhatItTellsAndCountsBackFromItsDay() {
        let text = """
        Записи за апрель 2025 года.

        21 апреля, понедельник

        Вчера полиция задержала активиста Мадия Серикова. В пятницу, 18-го, суд оштрафовал активистку Аружан Бекову на 20 МРП. \
        А в среду акимат отказал нам в пикете.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine, .assemblyRefused])
        #expect(incidents.map(\.date) == [day(2025, 4, 20), day(2025, 4, 18), day(2025, 4, 16)])
    }

    @Test func aRussianLettersHeadingIsTheDayItsYesterdayCountsFrom() {
        let text = """
        ПИСЬМА ИЗ СИЗО

        Письмо 1. СИЗО, Актобе, 2 мая 2024 г.

        «Пишу коротко, всё хорошо.»

        Письмо 2. СИЗО, Актобе, 16 мая 2024 г.

        «Вчера следователь предъявил активисту Мадию Серикову новое обвинение.»
        """
        #expect(read(text).map(\.date) == [day(2024, 5, 15)])
    }

    @Test func russianDaysInWordsAndDaysOfTheMonthAlone() {
        let words = read("Актобе, 20 марта 2025 года\n\nВ воскресенье, второго марта, полиция задержала активиста Мадия Серикова.")
        #expect(words.map(\.date) == [day(2025, 3, 2)])
        // "в прошлую среду" in a text of a Wednesday: a week before.
        let past = read("Актобе, 19 марта 2025 года\n\nВ прошлую среду суд приговорил активиста Мадия Серикова к двум годам ограничения свободы.")
        #expect(past.map(\.date) == [day(2025, 3, 12)])
        // "17-го" alone is a day of the month being written in; "11-го микрорайона" is a district.
        let alone = read("Актобе, 20 марта 2025 года\n\nАктивиста Мадия Серикова задержали 17-го у акимата. Его доставили в отдел 11-го микрорайона.")
        #expect(alone.map(\.date) == [day(2025, 3, 17)])
        // Such a day keeps the story's town.
        let town = read("Актобе, 20 марта 2025 года\n\n13 марта суд Уральска оставил арест активиста Мадия Серикова в силе. Он вышел на свободу 14-го.")
        #expect(town.last?.eventType == .release && town.last?.date == day(2025, 3, 14))
        #expect(town.last?.locations == ["Uralsk"])
    }

    @Test func aRussianCardsDayAndVerblessOutcome() {
        let text = """
        Календарь заседаний на март 2025 года.

        05.03 (ср), 15:30
        Суд: Специализированный административный суд г. Уральска
        Лицо: Мадий Сериков, активист
        Статья: ч. 1 ст. 488 КоАП (в редакции до 2023 г.)
        Итог: штраф 30 МРП.

        07.03 (пт), 09:00
        Лицо: Аружан Бекова, журналистка
        Итог: 10 суток административного ареста.

        11.03 (вт), 11:00
        Подсудимый: Ержан Айтов
        Итог: оправдательный приговор.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.fine, .administrativeArrest, .acquittalOrCaseClosed])
        #expect(incidents.map(\.date) == [day(2025, 3, 5), day(2025, 3, 7), day(2025, 3, 11)])
        #expect(incidents.map(\.locations) == [["Uralsk"], [], []])
    }

    @Test func aRussianCardsPluralLabelNamesEveryDefendant() {
        let text = """
        Календарь заседаний на март 2025 года.

        04.03 (вт), 10:00
        Подсудимые: Мадий Сериков (38 лет), Аружан Бекова (29 лет)
        Итог: по 2 года ограничения свободы каждому и штраф 100 МРП.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.conviction])
        #expect(incidents.first?.persons == ["Мадий Сериков", "Аружан Бекова"])
        #expect(incidents.first?.date == day(2025, 3, 4))
    }
}
