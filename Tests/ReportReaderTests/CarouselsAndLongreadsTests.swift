import CivicModel
import Testing
@testable import ReportReader

/// A rights project's carousel of slides (round 66, r122: a town in capitals over each slide, a line introducing the person,
/// then entries "day — act" without a verb), an outlet's longread (r121), an urgent action (h241), a radio phone-in's
/// articles without their code (r120). Sentences of our own.
@Suite struct CarouselsAndLongreadsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func anOffenceArticleToldWithoutItsCode() {
        let opened = read("В марте 2026 года против блогера Ерлана Сапарова возбудили уголовное дело по статье 274, часть вторая.")
        #expect(opened.first?.legalProvisions.map { [$0.code.rawValue, $0.article, $0.part ?? "-"] } == [["criminal", "274", "2"]])
        let spoken = read("5 марта 2026 года суд дал Арману Бекову десять суток по 488-й, часть шестая.")
        #expect(spoken.first?.legalProvisions.map { [$0.code.rawValue, $0.article, $0.part ?? "-"] } == [["administrative", "488", "6"]])
        let ordinalFirst = read("6 марта 2026 года Асель Нурову оштрафовали на 50 МРП по 488-й, первая часть.")
        #expect(ordinalFirst.first?.legalProvisions.map(\.part) == ["1"])
        // Near misses: an article of a law, and an article the short list does not know, take no code.
        let law = read("7 марта 2026 года полиция задержала Даурена Оспанова, сославшись на статью 174 Закона о связи.")
        #expect(law.first?.legalProvisions.isEmpty == true)
        let unknown = read("8 марта 2026 года Даурена Оспанова оштрафовали на 20 МРП по статье 73.")
        #expect(unknown.first?.legalProvisions.isEmpty == true)
        // (A part after a comma that belongs to the next article stays that article's.)
        let chain = read("9 марта 2026 года суд приговорил Ержана Ахметова по ч. 1 ст. 174, ч. 2 ст. 274 УК РК к пяти годам лишения свободы.")
        #expect(chain.first?.legalProvisions.map { [$0.article, $0.part ?? "-"] } == [["174", "1"], ["274", "2"]])
    }

    @Test func aSlidesEntriesWithoutAVerbAreActsOfThePersonItIntroduces() {
        let slide = read("""
        ИТОГИ-2025 | СВОБОДА СЛОВА

        Слайд 3/8
        АКТОБЕ | ЯНВАРЬ
        Самат Ержанов — блогер, канал о коммунальных тарифах.
        Тема — цены на отопление.
        14 января — задержан у своего дома после эфира.
        16 января — 7 суток ареста по ч. 3 ст. 488 КоАП.
        04.2025 — уголовное дело по ч. 2 ст. 274 УК в отношении Самата Ержанова.
        Сентябрь — приговор Ержанову: 1 год ограничения свободы и 2 года запрета на журналистскую деятельность.
        """)
        #expect(slide.map(\.eventType) == [.detention, .administrativeArrest, .criminalCaseOpened, .conviction])
        #expect(slide.allSatisfy { $0.persons == ["Самат Ержанов"] })
        #expect(slide.allSatisfy { $0.locations == ["Aktobe"] })
        #expect(slide.map(\.date) == [day(2025, 1, 14), day(2025, 1, 16), try? PartialDate(year: 2025, month: 4), try? PartialDate(year: 2025, month: 9)])
        #expect(slide.last?.sanctions.map(\.kind) == [.restrictionOfFreedom, .banOnActivity])
    }

    @Test func aWarningNamedByItsNounAndThePersonsOwnTown() {
        let slide = read("""
        Итоги 2025 года

        Слайд 5/8
        Айгерим Нурмуханова — журналистка газеты «Дала таңы», Орал.
        17 июня — официальное предостережение прокуратуры о недопустимости нарушения закона о масс-медиа.
        """)
        #expect(slide.map(\.eventType) == [.warning])
        #expect(slide.first?.persons == ["Айгерим Нурмуханова"])
        #expect(slide.first?.locations == ["Uralsk"])
        #expect(slide.first?.date == day(2025, 6, 17))
    }

    @Test func aListOfKindsOfActsAndADayAHearingIsSetFor() {
        // A caption's list of what the slides tell is no act.
        let caption = read("Задержания, штрафы, обыск в редакции, приговор коллеге из Шымкента — итоги 2025 года.")
        #expect(caption.isEmpty)
        // "назначили на февраль 2026-го": the day a hearing is set for moves no story into its year.
        let set = read("""
        Итоги 2025 года

        12 мая — обыск у блогера Самата Ержанова в Шымкенте. Апелляцию назначили на февраль 2026-го.
        8 октября журналиста Армана Бекова задержали в Шымкенте.
        """)
        #expect(set.map(\.date) == [day(2025, 5, 12), day(2025, 10, 8)])
        // Near miss: a list's entry with a verb is still an act.
        let entry = read("20 сентября 2025 года — у здания суда задержаны пикетчики Бауыржан Алиев и Сауле Касымова.")
        #expect(entry.map(\.eventType) == [.detention])
    }

    @Test func sentToAnArrestAndACaseRegisteredFarFromItsNoun() {
        let sent = read("29 ноября 2025 года специализированный административный суд Туркестана отправил Ерлана Абдуллаева под административный арест на 10 суток.")
        #expect(sent.map(\.eventType) == [.administrativeArrest])
        let registered = read("Как следует из документов, уголовное дело против Нурлана Жумабаева по части 1 статьи 174 Уголовного кодекса было зарегистрировано в ЕРДР 3 октября 2025 года.")
        #expect(registered.map(\.eventType) == [.criminalCaseOpened])
        #expect(registered.first?.date == day(2025, 10, 3))
        // Near miss: a house arrest is the house arrest, not a sentence.
        let house = read("5 мая 2025 года суд отправил Ерлана Касымова под домашний арест на два месяца.")
        #expect(house.map(\.eventType) == [.houseArrest])
    }

    @Test func theGroupsOfficeIsTheInitiativesNamedBefore() {
        let office = read("""
        On 11 June 2025 the justice department refused to register Bereke Civic Initiative, which activist Marat Nurlanov founded in Oral.

        On 14 January 2026 officers detained Marat Nurlanov in Oral. The same day, officers searched the group's office and seized two laptops.
        """)
        #expect(office.map(\.eventType) == [.registrationDenied, .detention, .searchOfPremises])
        #expect(office.last?.organizations == ["Bereke Civic Initiative"])
    }
}

/// A court's ruling on an administrative case (round 67, r123), a Facebook post updated over a week (r124), a law clinic's
/// case digest (h243), a journalist's monthly newsletter (h244); and round 65's phone-in (r120). Sentences of our own.
@Suite struct RulingsAndNewslettersTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aRulingsOperativePartIsOfItsHeadersDayAndTown() {
        let ruling = read("""
        ПОСТАНОВЛЕНИЕ
        по делу об административном правонарушении

        20 апреля 2026 года                                        город Шымкент

        Суд, рассмотрев материалы дела в отношении:

        Касымова Ерлана Маратовича, 01.02.1990 г.р., ранее привлекавшегося к административной ответственности;
        Нуровой Асель Бековны, 03.04.1995 г.р.;
        Бекова Данияра Ериковича, 05.06.1988 г.р.,

        УСТАНОВИЛ:

        18.04.2026 г. Касымов Е.М. и Нурова А.Б. были задержаны у здания акимата.
        Из справки ИЦ следует, что постановлением суда от 02.10.2025 г. Касымов Е.М. был подвергнут административному аресту сроком на 5 суток.

        На основании изложенного, руководствуясь статьями 741, 742 КоАП, суд

        ПОСТАНОВИЛ:

        Касымова Ерлана Маратовича признать виновным по ч. 6 ст. 488 КоАП и подвергнуть административному аресту сроком на 10 суток, исчисляя срок с 18.04.2026 г.
        Нуровой Асель Бековне по ч. 2 ст. 488 КоАП объявить предупреждение.
        Производство по делу в отношении Бекова Данияра Ериковича прекратить за отсутствием состава административного правонарушения.
        """)
        #expect(ruling.map(\.eventType) == [.detention, .administrativeArrest, .administrativeArrest, .warning, .acquittalOrCaseClosed])
        #expect(ruling.map(\.date) == [day(2026, 4, 18), day(2025, 10, 2), day(2026, 4, 20), day(2026, 4, 20), day(2026, 4, 20)])
        #expect(ruling.suffix(3).allSatisfy { $0.locations == ["Shymkent"] })
        #expect(ruling.last?.persons == ["Беков Данияр Ерикович"])
    }

    @Test func aPressReleasesDatelineIsNoRulingsHeader() {
        // Near miss: a town after a comma, not set apart by spaces, dates no decisions.
        let release = read("""
        15 сентября 2025 г., г. Актобе

        13 сентября около 12:00 полиция задержала Ерлана Касымова у здания акимата.
        """)
        #expect(release.map(\.date) == [day(2025, 9, 13)])
    }

    @Test func aDayOfTheMonthByItsOrdinalAlone() {
        let newsletter = read("""
        Steppe Notes
        Mar 4, 2026

        On the 3rd, police detained activist Nurlan Serikov in Oral. On the evening of the 21st two men attacked blogger Dina Asanova in Atyrau. She lives on the 3rd floor.
        """)
        #expect(newsletter.map(\.date) == [day(2026, 3, 3), day(2026, 2, 21)])
    }

    @Test func theClientOfACaseDigest() {
        let digest = read("""
        Case 4
        Client: Yerlan Sadykov, a labour activist from Zhanaozen.
        Proceedings: On 9 December 2025 the akimat refused to agree to his meeting. On 16 December 2025 two unidentified men attacked the client near his home.
        """)
        #expect(digest.map(\.eventType) == [.assemblyRefused, .physicalAttack])
        #expect(digest.allSatisfy { $0.persons == ["Yerlan Sadykov"] })
    }

    @Test func aYearInAClauseAboutSomethingElse() {
        let convicted = read("""
        Almaty, 1 March 2026

        Last Tuesday a court in Semey convicted activist Marat Sultanov for membership of the Zhana Kun movement, which a court declared extremist in 2023, and sentenced him to two years of restriction of freedom.
        """)
        #expect(convicted.first(where: { $0.eventType == .conviction })?.date == day(2026, 2, 24))
    }

    @Test func takenAwayTheWeekBeforeLastAndARallysDay() {
        let taken = read("""
        Эфир 24 марта 2026 года

        Его в позапрошлую субботу забрали прямо с площади, брата моего, Ерлана Сапарова.
        А на днях акимат Шымкента отказал Ерлану Сапарову в митинге на Первое мая.
        """)
        #expect(taken.map(\.eventType) == [.detention, .assemblyRefused])
        #expect(taken.first?.date == day(2026, 3, 14))
        #expect(taken.last?.date?.month == 3)
        // Near misses: a phone taken, an anniversary, and why a search was made tell no act.
        #expect(read("14 марта 2026 года у Ерлана Сапарова забрали телефон.").allSatisfy { $0.eventType != .detention })
        #expect(read("«Сегодня ровно год, как меня забрали у подъезда», — пишет Ерлан Сапаров 3 марта 2026 года.").isEmpty)
        #expect(read("UPD от 16 марта 2026 года:\nТеперь понятно, зачем был обыск у Ерлана Сапарова.").isEmpty)
    }
}

/// A podcast with a lawyer (round 68, h246), a quarterly report on associations (r125), a blogger's stream (r126), a UPR
/// submission (h245). Sentences of our own.
@Suite struct PodcastsAndQuarterlyReportsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aPodcastsCasesToldBackwardsFromItsDay() {
        let episode = read("""
        Recorded 4 February 2026 · Published 9 February 2026

        LAWYER: Since the 2020 law, and the amendments after January 2022, a notification should be enough for a picket.

        LAWYER: Back in October, on the twelfth, police put him in a car and drove Marat Serikov to the district department. In December the prosecutor's office issued an official warning to Dina Aliyeva. At the end of January the investigator closed Dina's case for lack of corpus delicti.
        """)
        #expect(episode.map(\.eventType) == [.detention, .warning, .acquittalOrCaseClosed])
        #expect(episode.map(\.date) == [day(2025, 10, 12), try? PartialDate(year: 2025, month: 12), try? PartialDate(year: 2026, month: 1)])
    }

    @Test func aStreamsTimeCodesAndTheMonthItsStoryGoesOnIn() {
        let stream = read("""
        Расшифровка эфира от 18 мая 2026 года

        [00:00] Всем привет, друзья!

        [01:10] Началось всё в конце марта. Мне, Данияру Жумабекову, вручили официальное предостережение.

        [04:20] В середине апреля суд оштрафовал Асель Нурланову на сто семьдесят тысяч тенге, это больше сорока МРП.
        """)
        #expect(stream.map(\.eventType) == [.warning, .fine])
        #expect(stream.first?.date == (try? PartialDate(year: 2026, month: 3)))
        #expect(stream.last?.sanctions.map(\.amount) == [170_000])
    }

    @Test func aBodyNamedAfterItsDescriptionAndItsShortForm() {
        let report = read("""
        ОП «Кен-Тау» (Караганда)

        11 июня 2026 года суд ликвидировал отраслевой профсоюз работников горнодобывающей промышленности «Кен-Тау».
        9 июня 2026 года прокуратура вынесла ОФ «Дала мұрасы» официальное предостережение.
        """)
        #expect(report.map(\.eventType) == [.organizationBanned, .warning])
        #expect(report.map(\.organizations) == [["Кен-Тау"], ["Дала мұрасы"]])
    }

    @Test func aYearInAParticiplesClauseDatesNoAct() {
        let detained = read("""
        Отчёт за II квартал 2026 года

        22 апреля в Уральске задержан активист Алибек Тажибаев, которого подозревают в участии в деятельности движения «Тәуелсіз үн», признанного судом экстремистским в 2024 году.
        """)
        #expect(detained.first?.date == day(2026, 4, 22))
    }
}
