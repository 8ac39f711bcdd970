import CivicModel
import Foundation
import Testing
@testable import ReportReader

/// An encyclopaedia article's infobox (round 107, h354), a video's script with voice and captions (r236), a post signed
/// only at its foot (round 108, r238; round 104, r226), a lawyer's motion naming an expert (r239), a crowd map's reports
/// and a quiz's answer key (h358, h359). Sentences of our own in those styles.
@Suite struct ScriptsAndSignaturesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func anInfoboxsTallyIsNoActAndItsSpanNoDayOfWriting() {
        let told = read("""
        Date: 2 February – 9 March 2025
        Location: Atyrau Region
        Arrested: 41 (police figure)[1]
        Convicted: 2

        On 14 May 2025 the court sentenced Marat Dossanov to four years. The regional court rejected his appeal on 3 October.
        """)
        #expect(!told.contains { $0.eventType == .detention || $0.eventType == .administrativeArrest })
        // (The infobox's "9 March 2025" is the end of the protests, not the day of writing: 3 October is of 2025.)
        #expect(told.contains { $0.eventType == .other && $0.date == day(2025, 10, 3) })
        // A card's day after its label is still an act: "Detained: 12 March 2025".
        #expect(read("Detained: 12 March 2025, Askar Nurov, in Oral.").contains { $0.eventType == .detention })
    }

    @Test func whatAProsecutedVideoSaidIsNoAct() {
        let told = read("On 3 June 2025 police in Aktobe opened a criminal case against blogger Sanzhar Alimov over a post in which he wrote that a worker had died in custody.")
        #expect(told.map(\.eventType) == [.criminalCaseOpened])
        #expect(read("On 3 June 2025 a detained worker died in custody in Aktobe.").contains { $0.eventType == .other })
    }

    @Test func aNegatedFineAndAnAkimatThatDidNotApprove() {
        #expect(!read("On 2 December 2025 the court in Taraz heard the case of Aigul Sadykova. The court imposed no fine.").contains { $0.eventType == .fine })
        let refused = read("On 7 April 2025 the Taraz akimat did not approve the notice filed by the group Jer Ana for a march on 12 April.")
        #expect(refused.first?.eventType == .assemblyRefused)
        #expect(refused.first?.organizations == ["Jer Ana"])
    }

    @Test func aVideoScriptsVoiceAndCaptions() {
        let told = read("""
        Черновик от 10.06.2025

        ГОЛОС: Пятого марта активистку Асель Жумабаеву задержали на пикете в Таразе.
        НАДПИСЬ НА ЭКРАНЕ: Тараз, 05.03 🚓
        ГОЛОС ЗА КАДРОМ: На следующий день суд дал ей 7 суток ареста по ч. 3 ст. 488 КоАП.
        """)
        // (The voice's label is no organisation; the caption between its lines does not part her from "ей".)
        #expect(!told.flatMap(\.organizations).contains { $0.lowercased().contains("голос") })
        let arrest = told.first { $0.eventType == .administrativeArrest }
        #expect(arrest?.persons == ["Асель Жумабаева"])
        #expect(arrest?.date == day(2025, 3, 6))
    }

    @Test func aCountOverMonthsOrTheCountryIsNoAct() {
        let header = "Черновик от 10.06.2025.\n\n"
        #expect(read(header + "По нашим данным, с марта по май по стране задержали не меньше сорока человек.").isEmpty)
        #expect(read(header + "В апреле по всей стране задержали 45 человек.").isEmpty)
        #expect(read(header + "12 марта в Таразе задержали около 40 человек.").contains { $0.eventType == .detention })
    }

    @Test func aPostSignedAtItsFoot() {
        let told = read("""
        Ухожу из редакции. Объясню почему.

        14 марта 2025 года меня задержали у здания суда в Актобе и продержали в отделе шесть часов.

        Спасибо всем.

        Ерлан Мухамедов, Актобе
        """)
        #expect(told.first { $0.eventType == .detention }?.persons == ["Ерлан Мухамедов"])
        // Read from a file in blocks, the foot is read first as well.
        let post = "Ухожу из редакции.\n\n14 марта 2025 года меня задержали в Актобе.\n\nЕрлан Мухамедов, Актобе\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kuzet-signed-\(UUID().uuidString).txt")
        try? post.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var streamed: [ProposedIncident] = []
        try? ReportReader().readText(fileAt: file.path, blockSize: 16) { streamed.append($0) }
        #expect(streamed.first?.persons == ["Ерлан Мухамедов"])
        // A closing above the name, "Ваш Ерлан.", is no second signer.
        let letter = read("Меня задержали 14 марта 2025 года в Актобе.\n\nВаш Ерлан.\nЕрлан Мухамедов\n")
        #expect(letter.first?.persons == ["Ерлан Мухамедов"])
        // An interview's byline with its verb, several signers, a relative's signature: no one "я" means throughout.
        #expect(read("— Меня задержали 14 марта 2025 года в Актобе.\n\nБеседовала Алия Сеитова\n").first?.persons.isEmpty == true)
        #expect(Signature.signer(of: Array("Текст.\n\nАлия Сеитова\nЕрлан Мухамедов\n".unicodeScalars)[...]) == nil)
        #expect(Signature.signer(of: Array("Текст.\n\nАлия Мухамедова, сестра Ерлана\n".unicodeScalars)[...]) == nil)
    }

    @Test func aLawyersClientAndTheExpertSheNames() {
        let told = read("""
        Ходатайство защитника Нурланова Б. К. в интересах подсудимого Сагиева Арсена Маратовича.

        03.02.2025 по месту жительства моего подзащитного в г. Таразе проведён обыск. После обыска Сагиев был задержан.
        Обвинение предъявлено ему 20 февраля 2025 г., после получения заключения эксперта Ибраевой Д. С.
        """)
        #expect(!told.flatMap(\.persons).contains { $0.contains("Ибраев") })
        #expect(told.first { $0.eventType == .searchOfPremises }.map { !$0.persons.contains { $0.contains("Нурланов") } } == true)
    }

    @Test func aCrowdMapsReports() {
        let told = read("On 9 April 2025 police stopped a minibus on the road to Semey and took off activist Nurzhan Beisenov.")
        #expect(told.first?.eventType == .detention)
        #expect(told.first?.persons == ["Nurzhan Beisenov"])
        #expect(read("On 9 April 2025 in Semey he took off his coat.").isEmpty)
        // A report's title field with no one named and no day: the description below tells it.
        #expect(read("Title: Semey activist recognised as political prisoner").isEmpty)
        let recognised = read("On 2 June 2025 the group recognised Ainur Saparova, a Semey teacher held on charges of inciting discord since March, as a political prisoner.")
        #expect(recognised.first?.eventType == .politicalPrisonerRecognized)
        #expect(recognised.first?.persons == ["Ainur Saparova"])
    }

    @Test func anEncyclopaediasCardAndTheOthersBesidesThoseNamed() {
        // (A verbal noun opening the card's next line is no given name.)
        let card = read("Обвиняемые — Б. Сейтов, Г. Мамырова\nОбвинение — ч. 2 ст. 274 УК РК\nАпелляция — отклонена (12.03.2026)\n")
        #expect(!card.flatMap(\.persons).contains { $0.contains("Обвинение") })
        let detained = read("""
        2 мая 2025 года около 50 человек собрались у акимата в Таразе. Полиция задержала лидера группы Асета Бекова, его помощницу Дану Ким и ещё не менее 12 участников.
        """)
        #expect(detained.first { $0.eventType == .detention }?.persons == ["Асет Беков", "Дана Ким"])
        // ("не выпустили … как свидетеля по моему делу": someone else's act in the writer's case.)
        let letter = read("""
        Пишу из СИЗО. Меня арестовали 3 марта 2025 года в Таразе.

        Передайте Нурлану Есенову привет. Дина пишет, что 9 марта 2025 года его не выпустили в Бишкек из аэропорта Тараза: ему запрещён выезд как свидетелю по моему делу.

        Ваш Ерлан.
        Ерлан Мухамедов
        """)
        #expect(letter.first { $0.eventType == .travelRestriction }?.persons == ["Нурлан Есенов"])
        #expect(letter.first { $0.eventType == .administrativeArrest || $0.eventType == .pretrialDetention || $0.eventType == .detention }?.persons == ["Ерлан Мухамедов"])
    }

    @Test func anEcoMovementCallsTheRallyRefused() {
        let told = read("""
        Черновик от 10.06.2025.

        Экодвижение «Таза Өзен» хотело провести митинг первого мая. 24 апреля акимат Тараза отказал в согласовании митинга.
        """)
        #expect(told.first { $0.eventType == .assemblyRefused }?.organizations == ["Таза Өзен"])
    }
}
