import CivicModel
import Testing
@testable import ReportReader

/// A lawyer's notes of prison visits (round 71, r131: entries headed by a day and a place), a petition with its author's
/// updates (r132), a news explainer with an editor's note (h252). Sentences of our own.
@Suite struct NotesAndPetitionsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aVisitsHeadingOfADayAndAPlaceDatesItsEntry() {
        let notes = read("""
        Записки адвоката

        Ерлан Сапаров — активист из Семея. Постановлением суда 20 ноября 2025 года он был взят под стражу.

        14 февраля. СИЗО №2, Семей.

        Вчера Ерлану Сапарову предъявили новое обвинение по ч. 2 ст. 174 УК.

        3 марта. СИЗО №2, Семей.

        Рассказал, что 27 февраля Ерлана Сапарова водворили в ШИЗО на 10 суток.
        """)
        #expect(notes.map(\.eventType) == [.pretrialDetention, .charged, .other])
        // (The entry's day is of the year after the story's last one, and its "вчера" counts from it.)
        #expect(notes.map(\.date) == [day(2025, 11, 20), day(2026, 2, 13), day(2026, 2, 27)])
        #expect(notes[1].locations == ["Semey"])
    }

    @Test func anUpdateComesAfterWhatItUpdates() {
        let petition = read("""
        Петиция в защиту активистов

        • Март 2023 г. — акимат Тараза отказал группе «Талас үні» в согласовании митинга.
        • 11 марта 2026 г. — неизвестные прокололи шины автомобиля Бақытжана Оспанова.

        По подсчётам правозащитников, только за 2025 год по этой статье было начато более 60 досудебных расследований.

        Обновление от 3 апреля: Вчера суд Тараза приговорил Ержана Сейтова к трём годам ограничения свободы.
        """)
        #expect(petition.map(\.eventType) == [.assemblyRefused, .propertyAttack, .conviction])
        #expect(petition.map(\.date) == [try? PartialDate(year: 2023, month: 3), day(2026, 3, 11), day(2026, 4, 2)])
    }

    @Test func anEditorsNoteTellsNoActAndAClocksZoneIsNoPlace() {
        let note = read("This article was updated on 12 March 2026 at 18:40 Astana time to include new details on the criminal case and the travel ban.")
        #expect(note.isEmpty)
        let zone = read("On 12 March 2026 at 18:40 Astana time police detained Dana Sultan in Atyrau.")
        #expect(zone.first?.locations == ["Atyrau"])
    }
}
