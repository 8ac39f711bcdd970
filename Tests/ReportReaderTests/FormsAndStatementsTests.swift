import CivicModel
import Testing
@testable import ReportReader

/// A shadow report with endnotes (round 99, h330), a diaspora newsletter (h331), a police press office's weekend summary
/// with a rights group's reply (r212), trial monitors' filled-in forms (r211); an election mission's interim report (round
/// 100, h334), a student paper's investigation (h335), a Facebook list of detainees (r213), a court's review of its case
/// law (r214) and parents' letter to a ministry (r215). Sentences of our own in those styles.
@Suite struct FormsAndStatementsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func numberedNeighbourhoodsAreNoDays() {
        let told = read("""
        Вчера, 14 марта 2026 года, в Актау прошла акция. По данным центра, 14 марта с полудня до 14:00 в 5-м и 7-м микрорайонах и \
        в районе 9-го и 11-го микрорайонов Актау был отключён мобильный интернет. В тот же день у здания полиции была задержана \
        журналистка Мадина Жусупова.
        """)
        #expect(told.first { $0.eventType == .internetShutdown }?.date == day(2026, 3, 14))
        #expect(told.first { $0.eventType == .detention }?.date == day(2026, 3, 14))
    }

    @Test func aGatheringsSceneDatesTheNextParagraphsActs() {
        let russian = read("""
        В субботу, 14 марта 2026 года, у здания акимата г. Актау собралась группа граждан. Акция была организована объединением «Мұнайшы үні».

        Сотрудники полиции потребовали прекратить противоправные действия. Несанкционированное мероприятие было пресечено. \
        12 участников доставлены в Управление полиции г. Актау.
        """)
        let dispersal = russian.first { $0.eventType == .assemblyDispersed }
        #expect(dispersal?.date == day(2026, 3, 14))
        #expect(dispersal?.organizations == ["Мұнайшы үні"])
        // (The participants detained after it are the organiser's crowd.)
        let detention = russian.first { $0.eventType == .detention }
        #expect(detention?.date == day(2026, 3, 14))
        #expect(detention?.organizations == ["Мұнайшы үні"])
        let english = read("""
        On 14 March 2026 about 30 residents gathered outside the akimat in Aktau. The rally was organised by the movement "Oyan Aktau".

        Police dispersed the rally. Twelve participants were detained and taken to the Aktau police department.
        """)
        #expect(english.first { $0.eventType == .detention }?.date == day(2026, 3, 14))
        #expect(english.first { $0.eventType == .detention }?.organizations == ["Oyan Aktau"])
        // (A paragraph that tells a day and no gathering sets no scene for the next.)
        let background = read("""
        On 5 March 2026 the assembly law was amended in Astana.

        Police detained the blogger Arman Serikov in Aktau.
        """)
        #expect(background.first { $0.eventType == .detention }?.date == nil)
    }

    @Test func anInitialTheCommentNamesGetsTheName() {
        let told = read("""
        16 марта 2026 года специализированный административный суд г. Актау признал гражданина Ж. виновным по ч. 6 ст. 488 КоАП \
        и подверг его административному аресту сроком на 10 суток.

        Юрист центра считает, что сводка полиции неполна. «„Гражданин Ж.“ из сводки — это Ерлан Жаксыбеков, бывший нефтяник, \
        который три года добивается пересмотра тарифов», — сказала она.
        """)
        #expect(told.first { $0.eventType == .administrativeArrest }?.persons == ["Ерлан Жаксыбеков"])
        // (A place after "из" is no part of the name: "блогер из Кандыагаша Дархан Калиев".)
        #expect(NamedInitials.identity(of: "К.", in: "«Гражданин К.» — это блогер из Кандыагаша Дархан Калиев.") == "Дархан Калиев")
        #expect(NamedInitials.identity(of: "K.", in: "The \"citizen K.\" of the statement is the blogger Darkhan Kaliyev.") == "Darkhan Kaliyev")
        #expect(NamedInitials.identity(of: "K.", in: "Mr K. was detained and then fined.") == nil)
        // (A paragraph is looked at only when it writes one of the initials' letters as an initial.)
        #expect(NamedInitials.writesAnInitial(of: ["Ж"], in: Array("«Гражданин Ж.» из сводки".unicodeScalars)[...]))
        #expect(!NamedInitials.writesAnInitial(of: ["Ж"], in: Array("Собрание у ТЦ «МЖ.» прошло мирно.".unicodeScalars)[...]))
        #expect(!NamedInitials.writesAnInitial(of: [], in: Array("Ж. Иванов".unicodeScalars)[...]))
    }

    @Test func aFilledInFormIsOneHearing() {
        let form = read("""
        АНКЕТА № 2
        Дата: 19.03.2025
        Суд: Специализированный административный суд г. Уральска
        Подсудимый (лицо, привлекаемое к ответственности): Тлеубаева Айгерим Муратовна, блогер
        Статья: ч. 6 ст. 488 КоАП РК
        Решение: административный арест сроком на 10 (десять) суток.
        """)
        #expect(form.count == 1)
        #expect(form.first?.eventType == .administrativeArrest)
        #expect(form.first?.date == day(2025, 3, 19))
        #expect(form.first?.persons == ["Тлеубаева Айгерим Муратовна"])
        // (A label's aside names who the person is: "(осуждённый)" is no verdict; the appeal rejected is the card's person's,
        // not of the one convicted in the card before.)
        let cards = read("""
        АНКЕТА № 3
        Дата: 02.04.2025
        Подсудимый: Жаксыбеков Нурлан Амангельдинович
        Решение: признан виновным; назначен штраф в размере 100 МРП.

        АНКЕТА № 4
        Дата: 09.04.2025
        Подсудимый (осуждённый): Есенова Гульнар Бекетовна, журналист
        Решение: апелляционная жалоба защиты оставлена без удовлетворения, приговор – без изменения.
        """)
        #expect(!cards.contains { $0.eventType == .conviction })
        #expect(cards.first { $0.eventType == .fine }?.persons == ["Жаксыбеков Нурлан Амангельдинович"])
        #expect(cards.first { $0.eventType == .other }?.persons == ["Есенова Гульнар Бекетовна"])
        #expect(cards.first { $0.eventType == .other }?.date == day(2025, 4, 9))
    }

    @Test func aNoticeTheAkimatDidNotAgreeToFarBefore() {
        let told = read("Уведомление о пикете, поданное Сериковым и его женой, акимат г. Актобе не согласовал 3 февраля 2025 года, сославшись на ремонт.")
        #expect(told.map(\.eventType) == [.assemblyRefused])
        #expect(told.first?.date == day(2025, 2, 3))
        // (The long participle describes a gathering; it tells no refusal.)
        #expect(read("3 февраля 2025 года у акимата г. Актобе прошёл пикет, не согласованный с местными властями.").isEmpty)
    }

    @Test func aListOfDetaineesLineByLine() {
        let told = read("""
        Вчера, 16 ноября 2025 года, в Алматы и Шымкенте полиция задерживала участников акции.

        1) Серик Жанузаков, 52 года, инженер. Задержан у сквера, когда разворачивал плакат. 17.11 Медеуский районный суд — 15 суток \
        административного ареста по ч. 3 ст. 488 КоАП.

        6) Бауыржан Тилеуов, 38 лет, предприниматель, один из администраторов городского чата инициативы. Задержан 16.11 у здания \
        акимата Шымкента. 17 ноября полиция Шымкента зарегистрировала в ЕРДР досудебное расследование в отношении Бауыржана по \
        ч. 1 ст. 400 УК РК.
        """)
        let arrest = told.first { $0.eventType == .administrativeArrest }
        #expect(arrest?.persons == ["Серик Жанузаков"])
        #expect(arrest?.date == day(2025, 11, 17))
        #expect(told.first { $0.eventType == .detention && $0.date == day(2025, 11, 16) && $0.locations == ["Shymkent"] }?.persons == ["Бауыржан Тилеуов"])
        let investigation = told.first { $0.eventType == .criminalCaseOpened }
        #expect(investigation?.persons == ["Бауыржан Тилеуов"])
        #expect(investigation?.date == day(2025, 11, 17))
    }

    @Test func studentsExpelled() {
        let english = read("On 2 April 2025 the rector signed an order expelling Dana Seitkali, Timur Zhaksylykov and Madina Orazbek.")
        #expect(english.first?.eventType == .other)
        #expect(english.first?.persons.count == 3)
        let russian = read("""
        Айдос Кенжебаев был задержан 15 марта 2025 года. Уже 20-го числа, когда Айдос ещё отбывал арест, приказом ректора он был \
        отчислен с третьего курса.
        """)
        let expelled = russian.first { $0.eventType == .other }
        #expect(expelled?.date == day(2025, 3, 20))
        // (A day of the month before the one told is no later day of it.)
        let earlier = read("Айдос Кенжебаев был задержан 15 марта 2025 года. Ещё 5-го числа его отчислили с третьего курса.")
        #expect(earlier.first { $0.eventType == .other }?.date != day(2025, 3, 5))
    }

    @Test func countsOverTimeAreNoActs() {
        #expect(read("By our own count, at least 37 people were detained across Kazakhstan in February 2025 over pickets and posts.").isEmpty)
        #expect(read("According to the foundation, at least 17 journalists and bloggers have been summoned to police since the beginning of January 2025.").isEmpty)
        #expect(read("In 2024 the akimats received 318 notifications of rallies and pickets and rejected 201 of them.").isEmpty)
        // (A crowd on the day told stays an act: "since the early morning" is no period.)
        let crowd = read("On 17 November 2024 at least 23 people were taken to police stations in buses that had been parked near the square in Almaty since the early morning.")
        #expect(crowd.map(\.eventType) == [.detention])
    }

    @Test func subjectedToAWarning() {
        let told = read("Постановлением суда от 11 февраля 2025 года Досжанов Т.Б. за участие в несогласованном собрании подвергнут предупреждению по части 1 статьи 488 КоАП.")
        #expect(told.map(\.eventType) == [.warning])
        #expect(told.first?.date == day(2025, 2, 11))
    }
}
