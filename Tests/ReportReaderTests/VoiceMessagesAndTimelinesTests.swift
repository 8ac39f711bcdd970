import CivicModel
import Testing
@testable import ReportReader

/// An OSCE media-freedom report (round 101, h336), a timeline graphic's captions (h338), a prosecutor's press release
/// (r216), a district paper's column (r217), a witness's voice messages to a chat (r218); an encyclopedia's list of the
/// prosecuted (round 102, h339) and a channel's chronology with emoji (r220). Sentences of our own in those styles.
@Suite struct VoiceMessagesAndTimelinesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aVoiceMessageIsOfItsStampsDay() {
        let told = read("""
        [Голосовое 2 | 15.03.2025, 09:17]
        Так, продолжаю. Митинг разогнали в пятницу… нет, стоп, это было в четверг, тринадцатого, я путаю. Полицейский кричал: \
        «Собрание не согласовано, граждане, расходитесь, иначе будете задержаны».

        [Голосовое 5 | 16.03.2025, 22:40]
        Руслана Байжанова, который снимал всё это, сегодня вечером избили у подъезда в Уральске.
        """)
        // (The day the speaker takes back is not the act's.)
        #expect(told.first { $0.eventType == .assemblyDispersed }?.date == day(2025, 3, 13))
        // (An officer's order to disperse refuses no notice, and a threat detains no one.)
        #expect(!told.contains { $0.eventType == .assemblyRefused || $0.eventType == .detention })
        #expect(told.first { $0.eventType == .physicalAttack }?.date == day(2025, 3, 16))
        #expect(RussianParagraphReader.isAMessageStamp(Tokenizer.tokens(Array("[Голосовое 7 | 19.03.2025, 18:30]".unicodeScalars)[...], base: 0)))
        #expect(!RussianParagraphReader.isAMessageStamp(Tokenizer.tokens(Array("[неразб.]".unicodeScalars)[...], base: 0)))
    }

    @Test func aSpeakersWordsOfDoubtAndHerFriendsByName() {
        let told = read("""
        13 марта 2025 года в Уральске задержали Асель Жумагалиеву и Гульнару Исмагулову. Полицейские начали оттеснять людей к остановке.
        14 марта Асель оштрафовали на тридцать МРП, это, если я правильно считаю, где-то сто восемнадцать тысяч тенге.
        19 марта следственный суд санкционировал арест Гульнары на два месяца.
        24 марта Нурлан Кошербаев в Уральске отсидел свои десять суток.
        """)
        #expect(told.first { $0.eventType == .assemblyDispersed }?.date == day(2025, 3, 13))
        #expect(told.first { $0.eventType == .fine }?.persons == ["Асель Жумагалиева"])
        #expect(told.first { $0.eventType == .pretrialDetention }?.persons == ["Гульнара Исмагулова"])
        #expect(told.contains { $0.eventType == .release && $0.persons == ["Нурлан Кошербаев"] })
    }

    @Test func aCaseOpenedFarAfterItsArticle() {
        let told = read("17 марта 2025 года ей сказали, что уголовное дело против неё по части второй статьи 274 УК, ну, распространение заведомо ложной информации, возбуждено ещё в субботу.")
        #expect(told.map(\.eventType) == [.criminalCaseOpened])
    }

    @Test func aTimelinesCaptionsInThePresent() {
        let told = read("""
        Jan 16, 2025: Almaty. Specialised inter-district admin. court gives A. Tleuzhanova 10 days' admin. arrest under AOC 488(6).

        Feb 21, 2025: Aktobe. City akimat refuses to approve the notice for an 8 March environmental rally by the "Taza Aqtobe" group.

        Mar 8, 2025: Astana. Police kettle the women's march of the initiative "Qyz Dauysy".

        2 Apr 2025: Semey. Investigative judge remands blogger Yerlan Mukhametzhanov in custody.

        May 27, 2025: Oral. City court No. 2 sentences Daniyar Seitkali to 2 yrs of restriction of freedom.
        """)
        #expect(told.first { $0.eventType == .administrativeArrest }?.legalProvisions.first?.code == .administrative)
        // (The day a notice is for, told as the rally's, is not the refusal's.)
        #expect(told.first { $0.eventType == .assemblyRefused }?.date == day(2025, 2, 21))
        #expect(told.first { $0.eventType == .assemblyDispersed }?.date == day(2025, 3, 8))
        #expect(told.first { $0.eventType == .pretrialDetention }?.persons == ["Yerlan Mukhametzhanov"])
        #expect(told.first { $0.eventType == .conviction }?.date == day(2025, 5, 27))
    }

    @Test func aChannelsShortLines() {
        let fine = read("""
        🔹 10 апр. 2025, Семей
        Специализированный административный суд Семея оштрафовал Раису Кимову на 50 МРП по ч. 1 ст. 488 КоАП.
        """)
        #expect(fine.first?.date == day(2025, 4, 10))
        let kept = read("29 марта 2025 года правозащитнице Динаре Есимовой не дали вылететь из Алматы в Стамбул.")
        #expect(kept.map(\.eventType) == [.travelRestriction])
    }

    @Test func aCountToADayAndAMeasureReplaced() {
        #expect(read("According to the prosecutors, by 1 November 2025 police had detained 214 people nationwide in connection with the protests.").isEmpty)
        // (A count of the dead is not the count of an act: the dispersal stays.)
        let history = read("In January 2022, troops fired on demonstrators in Almaty, and the authorities later said 238 people had been killed across the country.")
        #expect(!history.isEmpty)
        let replaced = read("On 10 March 2025 the investigating judge in Oral replaced Nurlan Zhaksybekov's pre-trial detention with house arrest.")
        #expect(replaced.map(\.eventType) == [.houseArrest])
        #expect(read("On 16 December 2024 the Representative wrote to the authorities in Oral, noting that pre-trial detention should remain an exceptional measure.").isEmpty)
    }
}
