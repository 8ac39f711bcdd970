import CivicModel
import Testing
@testable import ReportReader

/// A relatives' group chat exported from a messenger (round 103, r222), a comment thread under a post (r224); a protocol
/// and a ruling reprinted in a post (round 104, r225) and a fundraising appeal for fines (r227). Sentences of our own in
/// those styles.
@Suite struct ChatsAndCommentThreadsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aChatsSenderIsWhomHerMenyaMeans() {
        let told = read("""
        [02.04.25, 09:10] Арман Тулеуов создал(а) группу «Семьи ребят»
        [02.04.25, 09:15] Арман Тулеуов: Всем привет. Напишите Жанне Бекетовой, она юрист, поможет.
        [03.04.25, 18:02] Дина Сапарова: меня сегодня вызвали в прокуратуру и дали подписать предостережение о недопустимости нарушения закона.
        """)
        // (An imperative opening a message is no given name: "Напишите Жанне Бекетовой".)
        #expect(!told.flatMap(\.persons).contains { $0.hasPrefix("Напишите") })
        let warning = told.first { $0.eventType == .warning }
        #expect(warning?.persons == ["Дина Сапарова"])
        #expect(warning?.date == day(2025, 4, 3))
    }

    @Test func aCommentsAuthorAndWhomSheAnswers() {
        let told = read("""
        Пост от 20 февраля 2025 года.

        Мадина Ержанова
        В Таразе то же самое было, активисту Болату Омарову дали 15 суток, где-то в январе.
        Нравится · Ответить · 3 ч

            Ержан Кайратов
            Мадина, поправлю: суд над Омаровым был 9 января этого года, дали 10 суток ареста по ч. 8 ст. 488 КоАП.
            Нравится · Ответить · 2 ч
        """)
        // (The reply's author and the one it answers are no one the arrest befell.)
        let arrests = told.filter { $0.eventType == .administrativeArrest }
        #expect(!arrests.isEmpty)
        #expect(arrests.allSatisfy { $0.persons == ["Болат Омаров"] })
        #expect(arrests.contains { $0.date == day(2025, 1, 9) })
    }

    @Test func anEmojiEndsASentence() {
        let sentences = SentenceSplitter.sentences(Array(Tokenizer.tokens(Array("Сегодня вы у меня на контроле 🙂 Дело прекратили в марте.".unicodeScalars)[...], base: 0)))
        #expect(sentences.count == 2)
        // (Not an emoji heading a post.)
        #expect(SentenceSplitter.sentences(Array(Tokenizer.tokens(Array("🧵 Aktobe, 15 March 2025.".unicodeScalars)[...], base: 0))).count == 1)
    }

    @Test func aCaseOpenedInSpokenWordsAndAYearInTwoFigures() {
        let told = read("Комментарий от 14 марта 2025 года. На блогера Дарию Кемелову в октябре 24-го завели уголовное дело по ст. 274 УК.")
        let opened = told.first { $0.eventType == .criminalCaseOpened }
        #expect(opened?.date == (try? PartialDate(year: 2024, month: 10)))
        #expect(opened?.persons == ["Дария Кемелова"])
    }

    @Test func aBodysActivitySuspendedIsTheBodyNamedBefore() {
        let told = read("""
        Ботагоз Ахметова
        Павлодар. Общественный фонд «Жасыл Дала», который помогал фермерам. В мае 2024 г. суд приостановил его деятельность на 3 месяца.
        """)
        let suspended = told.first { $0.eventType == .organizationSuspended }
        #expect(suspended?.organizations == ["Жасыл Дала"])
        #expect(suspended?.persons == [])
    }

    @Test func peopleWhoCameAnywayCameOnTheDayPlanned() {
        let told = read("""
        В 2025 году мы, волонтёры инициативной группы «Наш Талдыкорган», собирали подписи против тарифов. Поэтому на 21 сентября был \
        назначен мирный митинг в сквере у ДК строителей. Уведомление подал наш координатор Ерлан Жаксыбеков. 15 сентября акимат \
        города отказал в согласовании митинга. Никакого мероприятия в тот день не было.

        Люди всё равно пришли, около ста человек. Через полчаса полиция потребовала разойтись, митинг был разогнан. Полицейские \
        задержали 9 человек.
        """)
        let refused = told.first { $0.eventType == .assemblyRefused }
        #expect(refused?.date == day(2025, 9, 15))
        // (The notice's filer, beside the text's own group; a house of culture is no body.)
        #expect(refused?.persons == ["Ерлан Жаксыбеков"])
        #expect(!told.flatMap(\.organizations).contains("ДК"))
        #expect(told.first { $0.eventType == .assemblyDispersed }?.date == day(2025, 9, 21))
        #expect(told.first { $0.eventType == .detention }?.date == day(2025, 9, 21))
    }

    @Test func aPapersHeadDatesWhatItRecords() {
        let told = read("""
        г. Актобе                                   07.05.2025 г., 15 ч. 20 мин.

        Гр. Сатыбалдиев К.Е. задержан сотрудниками полиции и доставлен в УП г. Актобе в 14 ч. 10 мин.
        """)
        #expect(told.first { $0.eventType == .detention }?.date == day(2025, 5, 7))
        #expect(ReportReader.Session.dateLine(Array("г. Актобе   07.05.2025 г., 15 ч. 20 мин.".unicodeScalars)) == day(2025, 5, 7))
        // (Not a line with other words: "г. Актобе, протест 07.05.2025 г.")
        #expect(ReportReader.Session.dateLine(Array("г. Актобе, протест у акимата 07.05.2025 г.".unicodeScalars)) == nil)
    }
}

/// People a chat or a letter names by the given name alone before it names them in full (rounds 103–104, r222 and r225).
@Suite struct GivenNamesAloneTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aGivenNameAloneIsThePersonNamedInFullLater() {
        let told = read("""
        [05.05.25, 07:12] Жанар Оспанова: Сегодня утром Дархана забрали из дома, сказали на беседу.
        [06.05.25, 16:40] Бекзат Нуров: И по Дархану: сегодня следственный судья санкционировал арест на 2 месяца.
        [06.05.25, 16:45] Бекзат Нуров: Гаухар штраф 20 МРП по ч.1 ст.488, её отпустили из зала.
        [16.05.25, 10:02] Тимур Касенов: Вышел сегодня утром, 10 суток отсидел полностью.
        [20.05.25, 19:00] Бекзат Нуров: Центр «Адилет» признал Дархана Абенова политическим заключённым.
        """)
        #expect(told.first { $0.eventType == .detention }?.persons == ["Дархан Абенов"])
        #expect(told.first { $0.eventType == .detention }?.date == day(2025, 5, 5))
        #expect(told.first { $0.eventType == .pretrialDetention }?.persons == ["Дархан Абенов"])
        // (A fine without a verb in a list of outcomes; let go from the courtroom with it, no release.)
        #expect(told.first { $0.eventType == .fine }?.sanctions.first?.amount == 20)
        // (The sender's own "Вышел", with no subject.)
        #expect(told.filter { $0.eventType == .release }.map(\.persons) == [["Тимур Касенов"]])
    }

    @Test func aGivenNameAloneThatNoOneIsNamedWithIsLeftOut() {
        // (A lone "Ерлан" would be linked to whichever Ерлан an archive holds.)
        let told = read("Сообщение от 3 марта 2025 года. Сегодня утром Ерлана забрали из дома в Атырау.")
        #expect(told.first { $0.eventType == .detention }?.persons == [])
        // (Nor is a name in a monument's, a kinswoman beside the one it befell, or one named surname first.)
        let monument = read("2 февраля 2025 года у памятника Абаю в Алматы задержали активиста Ерлана Жаксыбекова.")
        #expect(monument.first { $0.eventType == .detention }?.persons == ["Ерлан Жаксыбеков"])
        let list = read("""
        1. Нурланова Айгерим Талгатовна, журналист.
        3 февраля 2025 г. сотрудники полиции провели обыск в квартире Айгерим в г. Аксай.
        """)
        #expect(list.first { $0.eventType == .searchOfPremises }?.persons == ["Нурланова Айгерим Талгатовна"])
    }
}

/// An akimat's reply listing the notices it refused (round 105, r230), an Instagram carousel (r228), a handout (h348), a
/// press-freedom chapter (round 106, h353), a round table's transcript (r232), a lawyer's post (r233). Sentences of our own.
@Suite struct RepliesAndCarouselsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aListOfNoticesAndTheirRefusals() {
        let told = read("""
        1. Заявление Кусаинова Т. М. от 03.06.2025 о проведении митинга в г. Актобе. Акиматом г. Актобе 09.06.2025 отказано в согласовании.

        2. Уведомление Жумабаевой А. С. от 10.06.2025 о проведении пикета в г. Актобе. Заявителю 16.06.2025 организатору направлен \
        ответ о несогласовании в связи с несоответствием места.
        """)
        let refusals = told.filter { $0.eventType == .assemblyRefused }
        #expect(refusals.map(\.date) == [day(2025, 6, 9), day(2025, 6, 16)])
        // (The paper filed is no part of its filer's name; the body in the instrumental is no person.)
        #expect(refusals.map(\.persons) == [["Т. М. Кусаинов"], ["А. С. Жумабаева"]])
    }

    @Test func aCountOfRefusalsIsNoRefusal() {
        let told = read("В 2025 году в акиматы поступило 310 уведомлений о проведении собраний, из них 95 не были согласованы.")
        #expect(!told.contains { $0.eventType == .assemblyRefused })
        let practice = read("15 мая 2025 года мы спросили чиновника, не считает ли он, что отказы в согласовании митингов подталкивают людей к протестам.")
        #expect(!practice.contains { $0.eventType == .assemblyRefused })
    }

    @Test func aBodySuspendedByARulingAndACaseSuspendedIsNone() {
        let told = read("Павлодар: экологическое ОО «Таза Ертис», которое спорит с заводом, 12.04.2025 приостановлено решением суда на три месяца.")
        #expect(told.first { $0.eventType == .organizationSuspended }?.organizations == ["Таза Ертис"])
        let proceedings = read("12.04.2025 производство по делу активиста приостановлено решением суда.")
        #expect(!proceedings.contains { $0.eventType == .organizationSuspended })
        let own = read("On 3 May 2025 police searched the newsroom of Steppe Times in Atyrau. Steppe Times has since suspended publication of its investigations.")
        #expect(!own.contains { $0.eventType == .organizationSuspended })
    }

    @Test func pushedIntoAVanAndSeatedInACarAfter() {
        let pushed = read("16 декабря 2024 г. в Алматы трое мужчин в штатском затолкали в микроавтобус активиста Ерлана Сейткали.")
        #expect(pushed.first { $0.eventType == .detention }?.persons == ["Ерлан Сейткали"])
        let told = read("13 марта 2025 года в Уральске полицейские задержали Ерлана Жаксылыкова. Его посадили в машину и увезли в УП.")
        #expect(told.filter { $0.eventType == .detention }.count == 1)
    }

    @Test func theyAreTheCrowdTheSentenceCounts() {
        let told = read("""
        12 марта 2025 года акимат Караганды отказал группе «Таза Су» в согласовании митинга, запланированного на 16 марта. Ранее         активистку Алию Серикову оштрафовали.

        В назначенный день около 40 сторонников группы все же вышли на площадь, однако полиция оцепила их и вынудила разойтись.
        """)
        let dispersed = told.first { $0.eventType == .assemblyDispersed }
        #expect(dispersed?.date == day(2025, 3, 16))
        // ("их" is the forty, not the activist named before.)
        #expect(dispersed?.persons == [])
        #expect(RussianParagraphReader.countsPeople(tokens("около 40 сторонников группы вышли")))
        #expect(!RussianParagraphReader.countsPeople(tokens("через несколько часов их отпустили")))
    }

    @Test func aNotificationNotAgreed() {
        let told = read("Activist Nurlan Saparbayev filed a notice for a rally. On 4 March 2024 the akimat of Oral informed him that his notification had not been agreed.")
        #expect(told.first { $0.eventType == .assemblyRefused }?.date == day(2024, 3, 4))
    }
}
