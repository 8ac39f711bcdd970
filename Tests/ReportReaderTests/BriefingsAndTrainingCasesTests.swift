import CivicModel
import Testing
@testable import ReportReader

/// A grant proposal, a travel risk assessment and a prize nomination (round 115: h378–h380), a training module with numbered
/// cases, a reader's letter and a hotline's shift log (r258–r260); a country-of-origin extract with its sources as notes, a
/// forum thread and a coalition's agenda (round 116: h381–h383), a lesson plan, a discharge summary and a deputy's inquiry
/// (r261–r263). Sentences of our own in those styles.
@Suite struct BriefingsAndTrainingCasesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aBodyCalledByItsKindAlone() {
        // "the Bureau's office" after "the Qorgau Kukyk Bureau": that bureau.
        let bureau = read("""
        Aisha Temirova founded the Qorgau Kukyk Bureau in 2016 to give free legal help in Atyrau.

        On 9 July 2025, police officers searched the Bureau's office in Atyrau and took three computers.
        """)
        #expect(bureau.first?.eventType == .searchOfPremises)
        #expect(bureau.first?.organizations == ["Qorgau Kukyk Bureau"])
        // In Russian, "издание" after "интернет-издания «Жаркын Жол»": that outlet.
        let outlet = read("""
        10 февраля 2026 года полиция Костаная возбудила уголовное дело в отношении журналиста интернет-издания «Жаркын Жол» Аскара Ибраева. 12.02.2026 в редакции издания прошёл обыск.
        """)
        #expect(outlet.first { $0.eventType == .searchOfPremises }?.organizations == ["Жаркын Жол"])
    }

    @Test func aDayInsideTheMonthJustTold() {
        // A month told with its year, then a day of that month without one: that month, even in a text issued the next
        // year, where a look back would put the day in the year of issue.
        let days = read("""
        Issued: 20 February 2026

        In November 2025 a court in Aktau fined the activist Bolat Yessenov 30 MCI. In March 2025 police in Semey opened a criminal case against the editor Kanat Umarov. Officers searched his flat on 26 March.
        """)
        #expect(days.first { $0.eventType == .searchOfPremises }?.date == day(2025, 3, 26))
        // (A day of another month still counts on from the look back: "In March 2025 … on 23 January" is the next January.)
        let later = read("""
        Issued: 20 February 2026

        In November 2025 a court in Aktau fined the activist Bolat Yessenov 30 MCI. In March 2025 police in Semey opened a criminal case against the editor Kanat Umarov. Officers searched his flat on 23 January.
        """)
        #expect(later.first { $0.eventType == .searchOfPremises }?.date == day(2026, 1, 23))
    }

    @Test func aNoteCitingANewsSourceDoesNotMoveADayCountedInTheText() {
        let extract = read("""
        3.1 On 2 April 2025, police in Taraz detained the activist Nursultan Omarov outside the akimat.[2] Two days later, a court in Taraz sentenced him to 10 days of administrative arrest.[2] Police detained six other protesters that evening.[3]

        SOURCES
        [2] Taraz News, 7 April 2025.
        [3] Aulie Online, 3 April 2025.
        """)
        #expect(extract.first { $0.eventType == .administrativeArrest }?.date == day(2025, 4, 4))
    }

    @Test func numberedCasesAndHeadingsAboveTheirText() {
        // A training module's case heading places the acts below it; its headline words tell no act of their own.
        let cases = read("""
        Кейс 1. Кызылорда: задержание и арест

        18 мая 2025 г. сотрудники полиции задержали активиста Ерболата Нургалиева у здания акимата. На следующий день суд назначил ему 7 суток ареста.

        Кейс 2. Талдыкорган: отказ и вытеснение с площади

        Инициативная группа подала уведомление о митинге. 2 июня 2025 года акимат отказал в согласовании.
        """)
        #expect(cases.first { $0.eventType == .detention }?.locations == ["Kyzylorda"])
        #expect(cases.first { $0.eventType == .assemblyRefused }?.locations == ["Taldykorgan"])
        #expect(cases.allSatisfy { $0.date != nil })
        let english = read("""
        Module 2: practice

        Case 3. Pavlodar: a blogger fined

        On 14 June 2025 a court fined the blogger Dauren Akhmetov 20 MCI.
        """)
        #expect(english.first?.locations == ["Pavlodar"])
        // An agenda item's heading on its own line above its briefing: the briefing tells the act.
        let agenda = read("""
        4.2 Kostanay – editor sentenced over posts
        Briefing: On 3 March 2025 a court in Kostanay sentenced the editor Serik Zhunusov to two years of restriction of freedom.
        """)
        #expect(agenda.count == 1)
        #expect(agenda.first?.date == day(2025, 3, 3))
    }

    @Test func wordsStressedInCapitalsAreNoBodies() {
        let advice = read("""
        On 5 May 2025 police in Almaty detained the blogger Arman Suleimenov. If you are detained, do NOT sign anything and ask for a lawyer.
        """)
        #expect(advice.count == 1)
        #expect(advice.allSatisfy { $0.organizations.isEmpty })
    }

    @Test func theOutcomeOfAHearingAfterAColon() {
        let english = read("""
        Police detained Timur Bekov in Aktobe on 4 May 2025.

        The same court heard Bekov's case on 12 May, a week after his release: a fine of 40 MCI under Article 488, part 2.
        """)
        #expect(english.first { $0.eventType == .fine }?.persons == ["Timur Bekov"])
        #expect(english.first { $0.eventType == .fine }?.date == day(2025, 5, 12))
        // In Russian, and a day counted from something else told beside the day written describes that day.
        let russian = read("""
        4 мая 2025 года в Актобе был задержан Тимур Беков.

        Дело Бекова тот же суд рассмотрел 12 мая, на следующий день после освобождения: штраф 40 МРП по части 2 статьи 488 КоАП.
        """)
        #expect(russian.first { $0.eventType == .fine }?.date == day(2025, 5, 12))
        #expect(russian.first { $0.eventType == .fine }?.persons == ["Тимур Беков"])
        // (Not a hearing's outcome: "Ruling: the court heard …" with no colon before the fine stays as it was.)
        #expect(read("On 12 May 2025 the court heard the case of Timur Bekov and postponed it.").allSatisfy { $0.eventType != .fine })
    }

    @Test func aComplaintNotRegisteredIsNoRegistrationDenied() {
        let english = read("On 15 April 2025 the regional prosecutor's office refused to register his complaint of torture.")
        #expect(english.first?.eventType == .other)
        let russian = read("Заявление о пытках, поданное 28 марта, осталось без ответа: 15 апреля 2025 года прокуратура области отказала в его регистрации.")
        #expect(russian.first?.eventType == .other)
        // (A body refused its registration still is.)
        #expect(read("12 февраля 2025 года департамент юстиции отказал в регистрации общественному объединению «Ак Жайык».").first?.eventType == .registrationDenied)
        #expect(read("On 12 February 2025 the justice department refused to register the Ak Zhaiyk association.").first?.eventType == .registrationDenied)
    }

    @Test func anIntakeFormTellsOfItsPersonAndTheirFamily() {
        let form = read("""
        АНКЕТА ПЕРВИЧНОГО ПРИЁМА

        1. Фамилия, имя, отчество: Тасмагамбетов Арман Болатович
        2. Год рождения: 1985

        7. Привлекались ли Вы ранее к ответственности?
        Ответ: В июне 2024 г. был оштрафован на 20 МРП по ч. 1 ст. 488 КоАП РК за пикет в Костанае.

        8. Опишите задержание.
        Ответ: 14.01.2025 около 12:00 сотрудники полиции задержали его у здания акимата в Костанае.

        9. Состав семьи: супруга Тасмагамбетова Айжан Маратовна, брат Тасмагамбетов Ерлан Болатович.
        Ответ (брат): 19.02.2025 суд г. Костаная оштрафовал Ерлана на 50 МРП по ч. 3 ст. 488 КоАП РК.
        Ответ (супруга): 07.03.2025 прокуратура г. Костаная вынесла Айжан официальное предостережение.
        """)
        #expect(form.first { $0.date == (try? PartialDate(year: 2024, month: 6)) }?.persons == ["Тасмагамбетов Арман Болатович"])
        #expect(form.first { $0.eventType == .detention }?.persons == ["Тасмагамбетов Арман Болатович"])
        #expect(form.first { $0.date == day(2025, 2, 19) }?.persons == ["Тасмагамбетов Ерлан Болатович"])
        #expect(form.first { $0.eventType == .warning }?.persons == ["Тасмагамбетова Айжан Маратовна"])
        // A file of several cards, each with its own name field, gives each card's acts to its own person.
        let cards = read("""
        ФИО: Сапаров Ерболат Маратович
        Задержан: 19 января 2024 года

        ФИО: Нургалиева Асель Каировна
        Задержана: 6 марта 2024 года
        """)
        #expect(cards.map(\.persons) == [["Сапаров Ерболат Маратович"], ["Нургалиева Асель Каировна"]])
    }

    @Test func aTravellersWordsForWhatHappened() {
        let post = read("""
        On 9 March 2025 police in Atyrau detained Dana Seitova, the coordinator of Ak Bota. On the evening of 14 July 2025, two men beat up Ruslan Amirov, a reporter, in Atyrau. Dana was let out of the Atyrau detention centre on the morning of 24 March 2025. On 12 March 2025 her friend Kamila Orynbayeva got a fine of 30 MCI in Atyrau.
        """)
        #expect(post.contains { $0.eventType == .physicalAttack && $0.persons == ["Ruslan Amirov"] })
        #expect(post.contains { $0.eventType == .release && $0.date == day(2025, 3, 24) })
        #expect(post.contains { $0.eventType == .fine && $0.persons == ["Kamila Orynbayeva"] })
        // The day a notice was filed is not the day of its refusal, told after it.
        let refused = read("The group had filed a notification with the akimat of Atyrau on 20 February 2025 and got a refusal on 27 February.")
        #expect(refused.first?.eventType == .assemblyRefused)
        #expect(refused.first?.date == day(2025, 2, 27))
        // Who tells what befell someone else is not whom it befell; who tells of herself is.
        let told = read("Dana Seitova later told me that police had detained Marat Bekov in Atyrau on 3 April 2025.")
        #expect(told.first?.persons == ["Marat Bekov"])
        let herself = read("Dana Seitova told monitors that she was detained in Atyrau on 3 April 2025.")
        #expect(herself.first?.persons == ["Dana Seitova"])
    }

    @Test func aBodyWritingToItsMembers() {
        let chronicle = read("""
        QAZYNA AZAMAT PUBLIC FOUNDATION
        Aktobe

        Dear members, this is what happened to the Foundation this year. Our director Saltanat Ermekova received the letters.

        3 March 2025. Inspectors of the tax department began an unscheduled tax audit of the Foundation.

        14 April 2025. The administrative court of Aktobe fined the Foundation 100 MCI for a late report on foreign funds.

        20 May 2025. The regional court rejected our appeal.

        10 June 2025. At 7 a.m. six officers searched our office and seized four computers.
        """)
        #expect(chronicle.first { $0.date == day(2025, 3, 3) }?.eventType == .other)
        #expect(chronicle.first { $0.eventType == .fine }?.organizations == ["QAZYNA AZAMAT PUBLIC FOUNDATION"])
        #expect(chronicle.first { $0.eventType == .fine }?.persons == [])
        #expect(chronicle.first { $0.date == day(2025, 5, 20) }?.organizations == ["QAZYNA AZAMAT PUBLIC FOUNDATION"])
        #expect(chronicle.first { $0.date == day(2025, 5, 20) }?.persons == [])
        #expect(chronicle.first { $0.eventType == .searchOfPremises }?.organizations == ["QAZYNA AZAMAT PUBLIC FOUNDATION"])
        // (The body acting is not acted on: "the Centre appealed", before a verb of its own.)
        let acting = read("""
        The Zhol Legal Centre represents the public foundation Ak Niet. On 30 April 2025 the Centre appealed, and on 2 May 2025 police detained Ak Niet's director Bolat Seitov.
        """)
        #expect(acting.first { $0.eventType == .detention }?.organizations.contains("Zhol Legal Centre") == false)
    }

    @Test func aLawyersTimeSheetByMatter() {
        let sheet = read("""
        TIME SHEET AND INVOICE No. 05/2025

        To: Qorgau Legal Aid Fund
        From: an advocate of the Almaty City Bar Association

        Matter 2025-11. Daulet Sarsenov (civic activist, Almaty)

        05.05.2025 - 3 h. Called out to the police department. The client had been detained on the evening of 4 May by patrol officers in Almaty.

        16.05.2025 - 1 h. Met Mr Sarsenov at the gate of the detention centre; he was let out at 10:00 on 15 May.

        20.05.2025 - 2 h. The city court rejected our appeal on 20 May.
        """)
        #expect(sheet.first { $0.eventType == .detention }?.persons == ["Daulet Sarsenov"])
        #expect(sheet.first { $0.eventType == .release }?.date == day(2025, 5, 15))
        // (The fund the sheet is addressed to is not the writer: "our appeal" is not the fund's.)
        #expect(sheet.allSatisfy { !$0.organizations.contains("Qorgau Legal Aid Fund") })
    }

    @Test func aReviewAndAnAppealOfOneOfTwo() {
        // A book review's title names whose story it tells: its "его" far from any other man named.
        let review = read("""
        РЕЦЕНЗИЯ

        «Двадцать шагов»: тюремная хроника Бахыта Оспанова

        Рецензент: Динара Ахметова

        Часть первая. Весной 2024 года автор, тогда редактор телеграм-канала, опубликовал расследование. 15 марта 2024 года его задержали сотрудники полиции в Павлодаре.
        """)
        #expect(review.first { $0.eventType == .detention }?.persons == ["Бахыт Оспанов"])
        // "upheld the arrest" after an arrest and then a fine of someone else: the arrested one's.
        let appeal = read("""
        On 16.09.2025 the court of Semey sentenced Bolat Nurgaliyev to 10 days of administrative arrest. The same judge fined Askar Tulegenov 78,640 tenge.

        We filed an appeal for Bolat at once. On 23/09 the regional court upheld the arrest.
        """)
        #expect(appeal.first { $0.eventType == .other }?.persons == ["Bolat Nurgaliyev"])
    }

    @Test func denialsTimestampsAndThatAugust() {
        // A police spokesman's "nobody is detained for opinions" tells no detention.
        #expect(read("The Atyrau police told reporters that \"nobody in this city is detained for their opinions\" on 3 May 2025.").isEmpty)
        // "that August": the August of the year told.
        let appeal = read("On 11 June 2025 a court in Taraz sentenced Gulmira Abenova to two years of restriction of freedom. Her appeal was rejected by the regional court that August.")
        #expect(appeal.first { $0.eventType == .other }?.date == (try? PartialDate(year: 2025, month: 8)))
        // A talk page's signature time zone is no body.
        let signed = read("On 2 April 2025 officers searched the flat of Nurlan Abenov in Taraz. Ed (talk) 11:40, 9 February 2026 (UTC)")
        #expect(signed.allSatisfy { !$0.organizations.contains("UTC") })
    }

    @Test func chatsExportedWithSlashesAndSendersAboveTheirMessages() {
        // An Android export stamps its messages "12/03/2025, 10:58 - Sender:": each message's "this morning" is its day, not
        // the last day the export's title gives.
        let alerts = read("""
        RAPID RESPONSE NETWORK
        Broadcast list (exported chat, 12-22 March 2025)

        12/03/2025, 10:58 - Alerts: URGENT | ALMATY
        Around 10:30 this morning police detained Arman Seitkali near the Abai monument in Almaty.

        13/03/2025, 12:05 - Alerts: Almaty. Arman Seitkali was fined 50 MCI at this morning's hearing.
        """)
        #expect(alerts.map(\.date) == [day(2025, 3, 12), day(2025, 3, 13)])
        // A sender's line with the time first, "[07:12] Гульнара Т. (кв. 45):", tells no one acted on.
        #expect(ChatExport.isSenderLine(Array("[07:12] Гульнара Т. (кв. 45):".unicodeScalars)[...]))
        #expect(!ChatExport.isSenderLine(Array("[07:12] Гульнара Т.: обыск у соседа".unicodeScalars)[...]))
    }
}
