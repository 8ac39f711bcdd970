import CivicModel
import Testing
@testable import ReportReader

/// A mother's voice message transcribed in a support chat (round 109, r242) and an opinion column (round 110, r245).
/// Sentences of our own in those styles.
@Suite struct VoiceMessagesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aPronounOfOneGenderMeansTheNameOfThatGender() {
        let told = read("""
        Всем привет, это Гульмира, Гульмира Сапарова, мама Армана, Армана Сапарова.

        Оказалось, 12 марта 2025 года на него завели уголовное дело по статье 274 УК.
        """)
        #expect(told.first { $0.eventType == .criminalCaseOpened }?.persons == ["Арман Сапаров"])
        #expect(RussianParagraphReader.isFeminine(name: "Гульмира Сапарова") == true)
        #expect(RussianParagraphReader.isFeminine(name: "Арман Сапаров") == false)
        #expect(RussianParagraphReader.isFeminine(name: "Дана Ким") == nil)
    }

    @Test func aSpeakerIntroducingHerselfIsWhomHerMenyaMeans() {
        let told = read("""
        Чат поддержки — расшифровка голосового.
        Отправитель: Гульмира (мама Армана), 5 апреля 2025 г.
        Длительность: 4 мин.
        Расшифровала волонтёр Жанар.

        Алло, ну, записывается? Всем привет, это Гульмира, Гульмира Сапарова, мама Армана.

        А второго апреля меня саму вызвали в прокуратуру Тараза и вынесли мне предостережение.
        """)
        #expect(told.first { $0.eventType == .warning }?.persons == ["Гульмира Сапарова"])
    }

    @Test func whatATakenManHeldAndALawyerSetOffByCommas() {
        let detained = read("20 марта 2025 года Нурлана Бекова прямо с плакатом забрали в полицию в Таразе.")
        #expect(detained.first?.eventType == .detention)
        // ("забрали плакат": the poster taken, no one.)
        #expect(read("20 марта 2025 года в Таразе полицейские забрали плакат.").isEmpty)
        let appeal = read("Армана Сапарова арестовали 16 марта 2025 года в Таразе. Наш адвокат, Руслан Бекетович, подал жалобу, и 26 марта 2025 года областной суд жалобу оставил без удовлетворения.")
        #expect(appeal.last?.persons == ["Арман Сапаров"])
    }

    @Test func aProfessionOpeningTheSentenceIsNoName() {
        let told = read("Политологу Айдару Нуриеву из Шымкента в мае 2025 года запретили выезд за рубеж.")
        #expect(told.first?.persons == ["Айдар Нуриев"])
    }
}
