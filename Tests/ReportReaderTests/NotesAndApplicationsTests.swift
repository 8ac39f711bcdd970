import CivicModel
import Testing
@testable import ReportReader

/// A lawyer's phone notes (round 113, r252), an akimat's reply listing refused notices (r253), a carousel post (r254), a
/// fellowship letter with its fellows' names in capitals (h374), a union's complaint with its defined term (round 114, r256),
/// and what rounds 111–112 left (r247, r250, r251, h367, h370, h371). Sentences of our own in those styles.
@Suite struct NotesAndApplicationsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func namesThatLookLikeTownsAndTermsThatLookLikeNames() {
        // "Сатпаевой" after a given name is a surname, not the town of Satpayev.
        let fined = read("16 сентября 2025 года в Уральске Гульнаре Сатпаевой суд назначил штраф 50 МРП.")
        #expect(fined.first?.persons.first?.hasPrefix("Гульнар") == true)
        #expect(fined.first?.locations == ["Uralsk"])
        // A body's defined term written with a capital is no part of a name, and names the body wherever it is used.
        let union = read("""
        Независимый профсоюз нефтяников «Еңбек Жолы» (далее – Профсоюз) создан в 2019 году.

        14 марта 2025 года суд г. Актау оштрафовал председателя Профсоюза Жаксылыкова Ерлана Муратовича на 100 МРП.

        4 июня 2025 года полиция провела обыск в офисе Профсоюза в Жанаозене.

        5 августа 2025 года областной суд оставил без удовлетворения жалобу Профсоюза на постановление о приостановлении деятельности.
        """)
        #expect(union.first { $0.eventType == .fine }?.persons == ["Жаксылыков Ерлан Муратович"])
        #expect(union.first { $0.eventType == .searchOfPremises }?.organizations == ["Еңбек Жолы"])
        // (The suspension an appeal is against was told before: no suspension that day.)
        #expect(!union.contains { $0.eventType == .organizationSuspended })
        #expect(union.contains { $0.eventType == .other && $0.date == day(2025, 8, 5) })
        // "История …" titles a story; its person is no "История Айгерим".
        let story = read("История Айгерим Токтарбаевой из Уральска. 12 марта 2024 года задержали Айгерим Токтарбаеву.")
        #expect(story.first?.persons == ["Айгерим Токтарбаева"])
    }

    @Test func refusalsWardsAndFinesTheCommonWayRound() {
        let refused = read("Уведомление подавалось на 5 октября 2025 года, и 26.09.2025 акимат Уральска вновь отказал группе, указав на ремонт.")
        #expect(refused.first?.eventType == .assemblyRefused)
        let fined = read("19.09.2025 в Таразе суд наложил на Гульнару Есимову и Мираса Абенова штрафы в размере 100 МРП каждому.")
        #expect(fined.first?.persons.count == 2)
        let warned = read("В феврале 2025 г. прокуратура г. Уральска объявила жене Нурлана, Сейткалиевой Айгерим Маратовне, предостережение.")
        #expect(warned.first?.eventType == .warning)
        // A refusal to open a case over a beating is no case opened.
        let declined = read("30 октября 2025 г. прокуратура области отказала в начале досудебного расследования.")
        #expect(declined.first?.eventType == .other)
        // (Nor is a fine a reason names: "ограничение наложил исполнитель из-за неоплаченного штрафа".)
        #expect(read("25 октября 2025 года в Алматы ограничение наложил судебный исполнитель из-за неоплаченного штрафа.").allSatisfy { $0.eventType != .fine })
        // What one index is worth is no penalty.
        let note = read("5 марта 2025 года суд в Уральске назначил Маржан Тулегеновой штраф 30 МРП. Для справки: 1 МРП в 2025 году — 3 932 тенге.")
        #expect(note.first?.sanctions.count == 1)
        #expect(note.first?.persons == ["Маржан Тулегенова"])
    }

    @Test func aLawyersNotesAndAnAkimatsReply() {
        let notes = read("""
        ДЕЛА 2025 — рабочее

        ————————
        1) Ержан Байгабылов, Актобе — ч.1 ст.174 УК
        14.01.25 — Ержана задержали у подъезда.
        16 янв — следств. судья г.Актобе санкционировал содержание под стражей на 2 мес.
        Экспертиза — методика 2012 г., вопросы поставлены некорректно.
        11/03 следователь прекратил дело за отсутствием состава.
        """)
        #expect(notes.first { $0.eventType == .pretrialDetention }?.persons == ["Ержан Байгабылов"])
        // (A methodology's year is no year of the story.)
        #expect(notes.first { $0.eventType == .acquittalOrCaseClosed }?.date == day(2025, 3, 11))
        let reply = read("""
        Сведения об отказах в согласовании:

        1. Заявитель: Бекмуханов Е. К., инициативная группа «Таза Жайық». Форма: митинг. Дата подачи: 01.03.2025. Решение от 06.03.2025 — отказано в связи с проведением мероприятия.

        2. Заявитель: Жаксылыков М. Т. Форма: собрание. Дата подачи: 08.09.2025. Решение от 11.09.2025 — отказано, так как на площадке ремонт.
        """)
        let refusals = reply.filter { $0.eventType == .assemblyRefused }
        #expect(refusals.map(\.date) == [day(2025, 3, 6), day(2025, 9, 11)])
        #expect(refusals.last?.persons.last?.hasSuffix("Жаксылыков") == true)
        // (A count of refusals over a year is no refusal of a day.)
        #expect(read("Форма: митинг. В 2024 году в области было отказано в проведении 11 из 13 заявленных собраний.").isEmpty)
    }

    @Test func aFellowsNameInCapitalsAndWhatTheyAreCalledBelowIt() {
        let letter = read("""
        Letter to our donors, 27 February 2026

        1. AIGERIM ZHAKSYLYKOVA, journalist, Oral

        Aigerim edits an independent outlet in Oral.

        - 14 March 2025: The Oral city police opened a criminal case against her under Article 274 of the Criminal Code.
        """)
        #expect(letter.first { $0.eventType == .criminalCaseOpened }?.persons == ["Aigerim Zhaksylykova"])
        // (Not a transcript's speaker: "GAUKHAR BEKOVA (Ulan FM): …".)
        #expect(ParagraphReader.nameInCapitals(Tokenizer.tokens(Array("GAUKHAR BEKOVA (Ulan FM): Was that the court?".unicodeScalars)[...], base: 0)[...]) == nil)
    }

    @Test func englishTimelinesLastYearAndOrdersToLeave() {
        let dispersed = read("On January 18, 2025 about fifteen people stood with posters in Almaty. Police surrounded them, took the posters and ordered everyone to leave.")
        #expect(dispersed.contains { $0.eventType == .assemblyDispersed })
        let weekly = read("""
        Hotline weekly summary, 10-16 March 2025

        On 12 March 2025 a caller from Taraz phoned the hotline. Tokhtarov, a blogger, was sentenced in October last year by the Taraz City Court to five years in prison.
        """)
        #expect(weekly.first { $0.eventType == .conviction }?.date == (try? PartialDate(year: 2024, month: 10)))
        // So does "текущего года" count from the latest year written, when the text gives no day of publication.
        let bulletin = read("Бюллетень суда, выпуск за март 2025 года. В 2024 году по статье 405 осуждены 12 человек. 5 февраля текущего года суд Темиртау осудил Ерлана Бекова.")
        #expect(bulletin.first { $0.eventType == .conviction }?.date == day(2025, 2, 5))
        let appeal = read("06.05.2025 – Karaganda Regional Court rejects Serikov's appeal against the house arrest.")
        #expect(appeal.map(\.eventType) == [.other])
    }
}
