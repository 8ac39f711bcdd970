import CivicModel
import Testing
@testable import ReportReader

/// A briefing's slides exported to text (round 74, h257), a prosecutor's press release in a clumsy translation (h259), a
/// volunteers' chat export (r137) and a court's press releases (r138). Sentences of our own.
@Suite struct SlidesChatsAndPressReleasesTests {
    @Test func aNameWrittenWithItsInitialsIsAPerson() {
        let report = read("On 3 May 2025 police in Taraz detained A. Dosov, an activist. The next day the court fined Dosov 20 MCI.")
        #expect(report.map(\.persons) == [["A. Dosov"], ["A. Dosov"]])
        // A letter Kazakh transliteration writes with two ("Zh.", "Ye.") is an initial too, and does not end its sentence.
        let translated = read("On 25.04.2025 the court sanctioned in respect of the suspect Ye. Temirbekov the measure of restraint in the form of detention in custody.")
        #expect(translated.first?.persons == ["Ye. Temirbekov"])
        #expect(translated.first?.quote.hasPrefix("On 25.04.2025") == true)
        // The person named in full before, when the initial is that name's.
        let story = read("Zhanar Temirbekova was detained on 2 May 2025 in Taraz. On 3 May the court fined citizen Zh. Temirbekova 20 MCI.")
        #expect(story.map(\.persons) == [["Zhanar Temirbekova"], ["Zhanar Temirbekova"]])
        // Not a street named after someone, nor a capitalised word that is no surname.
        #expect(read("On 3 May 2025 police detained Arman Dosov on A. Baitursynov Street in Taraz.").first?.persons == ["Arman Dosov"])
        // A year of birth written "y.b." ends its sentence before the next one's day.
        let born = read("The administrator is Arman Dosov, 1987 y.b. On 25.04.2025 police detained him in Taraz.")
        #expect(born.first?.quote.hasPrefix("On 25.04.2025") == true)
    }

    @Test func aTranslationsTermsAndCodes() {
        let arrest = read("By the decision of the court of 15.03.2025 Arman Dosov was brought to administrative responsibility under part 6 of article 488 of the Code of RK on Administrative Offences, the court imposed a penalty in the form of administrative arrest for a term of 10 (ten) days.")
        #expect(arrest.first?.eventType == .administrativeArrest)
        #expect(arrest.first?.sanctions == [Sanction(kind: .administrativeArrest, days: 10)])
        #expect(arrest.first?.legalProvisions.map(\.article) == ["488"])
        #expect(arrest.first?.legalProvisions.first?.part == "6")
        let sentence = read("On 9 September 2025 the court sentenced Arman Dosov to restriction of freedom for a term of 3 years with deprivation of the right to engage in public activity for 2 years.")
        #expect(sentence.first?.sanctions.map(\.kind) == [.restrictionOfFreedom, .banOnActivity])
        let coded = read("On 6 January 2025 the court sentenced Arman Dosov to 15 days of administrative arrest under Article 488, part 6, of the Administrative Offences Code.")
        #expect(coded.first?.legalProvisions.map { "\($0.code) \($0.article) \($0.part ?? "-")" } == ["administrative 488 6"])
        // A slide's shorthand: the part after a hyphen.
        let shorthand = LegalProvisionRecognizer.provisions(in: tokens("given 10 days (CoAO 488-6)")).map(\.0)
        #expect(shorthand.map { "\($0.article) \($0.part ?? "-")" } == ["488 6"])
    }

    @Test func aSlidesBulletsAreEntriesNotHeadings() {
        let slides = read("""
        Slide 5 of 12
        Cases – Taraz
        • 22/04/2025 – Taraz – criminal case opened vs. A. Dosov, editor – CC 274 pt 2
        • 14 Mar 2025 – Taraz – S. Bekova, activist – detained at the akimat; next day 10 days' admin. arrest (CoAO 488-6)
        • 9 Oct 2025 – Taraz – S. Bekova – beaten by two unknown men outside her home
        • 16 Jan 2026 – Taraz – mobile internet down 11:00–19:00 during a strike
        • 3 July 2025 – Taraz – economic court suspends union "Zher Ana" for 6 months
        """)
        #expect(slides.map(\.eventType) == [.criminalCaseOpened, .detention, .administrativeArrest, .physicalAttack, .internetShutdown, .organizationSuspended])
        #expect(slides[0].persons == ["A. Dosov"])
        // The line's second act, without a verb or a name, is of the same person, the day after.
        #expect(slides[2].persons == ["S. Bekova"])
        #expect(slides[2].date == day(2025, 3, 15))
        #expect(slides[2].sanctions == [Sanction(kind: .administrativeArrest, days: 10)])
        #expect(slides[5].sanctions == [Sanction(kind: .suspension, months: 6)])
        // What a court does in general, told in the present without a day, is no act.
        #expect(read("Under the law the court suspends an association that breaks its charter twice.").isEmpty)
        // Nor is a term the law sets.
        #expect(read("Organisers who repeat the offence face up to 10 days' admin. arrest.").isEmpty)
    }

    @Test func whoRecognisesAPoliticalPrisonerIsNotActedOn() {
        let report = read("In December 2025 Arman Dosov was recognised as a political prisoner by the Adilet Coalition.")
        #expect(report.first?.eventType == .politicalPrisonerRecognized)
        #expect(report.first?.organizations == [])
    }

    @Test func anOfficialTextsPhrasings() {
        let upheld = read("On 9 September 2025 the court convicted Arman Dosov. On 21.10.2025 the judicial board of the regional court left the verdict without change, the appeal complaint of the defender – without satisfaction.")
        #expect(upheld.map(\.eventType) == [.conviction, .other])
        #expect(upheld.last?.persons == ["Arman Dosov"])
        let refused = read("On 4 July 2025 the akimat of Taraz refused the initiative group \"Zher Ana\" (applicant – citizen S. Bekova) in agreement of a meeting on the river planned for 12 July.")
        #expect(refused.first?.eventType == .assemblyRefused)
        #expect(read("On 18 November 2025 the district prosecutor announced an official warning on inadmissibility of violation of the law to citizen Arman Dosov.").first?.eventType == .warning)
        // "On the appointed day": the day planned for the gathering.
        let dispersed = read("""
        On 4 July 2025 the akimat of Taraz refused the initiative group "Zher Ana" permission for a meeting planned for 12 July. Nevertheless, on the appointed day about 30 people gathered on the embankment, and police dispersed them.
        """)
        #expect(dispersed.last?.eventType == .assemblyDispersed)
        #expect(dispersed.last?.date == day(2025, 7, 12))
    }

    @Test func aChatExportsMessagesAreOfTheirDays() {
        let chat = read("""
        [05.04.2025, 11:48] Асель Н.: Задержали Армана Досова и Динару Бекову, увезли в отдел.
        [06.04.2025, 16:20] Гульнар (юрист): СМАС Тараза: Арману дали 7 суток ареста по ч. 6 ст. 488 КоАП.
        [13.04.2025, 20:12] Асель Н.: Арман вышел из спецприёмника!
        """)
        #expect(chat.map(\.eventType) == [.detention, .administrativeArrest, .release])
        #expect(chat.map(\.date) == [day(2025, 4, 5), day(2025, 4, 6), day(2025, 4, 13)])
        // (The verb opening the message is no given name; the sender is no one acted on; a court's abbreviation is no body.)
        #expect(chat[0].persons == ["Арман Досов", "Динара Бекова"])
        #expect(chat[1].persons == ["Арман Досов"])
        #expect(chat[1].organizations == [])
        #expect(chat[2].persons == ["Арман Досов"])
        // Android's form.
        #expect(read("05.04.2025, 11:48 - Асель Н.: Задержали Армана Досова у акимата.").first?.date == day(2025, 4, 5))
    }

    @Test func aCourtsPressReleases() {
        // A headline in capitals tells in short what the release below tells.
        let release = read("""
        13 марта 2025 г.
        СУД ВЫНЕС ПРИГОВОР ПО ДЕЛУ О РАСПРОСТРАНЕНИИ ЛОЖНОЙ ИНФОРМАЦИИ

        12 марта 2025 года Таразский городской суд рассмотрел уголовное дело в отношении Армана Досова. Досов признан виновным по части 2 статьи 274 УК РК. Ему назначено наказание в виде штрафа в размере 1 000 МРП. В ходе следствия его защита настаивала на прекращении дела.
        """)
        #expect(release.map(\.eventType) == [.conviction])
        #expect(release.first?.sanctions.first?.amount == 1000)
        // The day of the ruling an appeal upheld is not the appeal's.
        let appeal = read("""
        22 апреля 2025 года коллегия областного суда рассмотрела жалобу защитника осуждённого Армана Досова. Коллегия оставила приговор городского суда от 12 марта 2025 года без изменения.
        """)
        #expect(appeal.first?.eventType == .other)
        #expect(appeal.first?.date == day(2025, 4, 22))
        // A day in a clause on the person is what they did, not the day the court's decision is of.
        let warned = read("""
        17 июля 2025 года суд рассмотрел дело в отношении Саулы Бековой, которая 9 июля провела одиночный пикет. Суд ограничился вынесением предупреждения.
        """)
        #expect(warned.first?.date == day(2025, 7, 17))
        // "о недоказанности предъявленного обвинения" names the charge a verdict answers; no charge is brought.
        #expect(read("3 июня 2025 года суд пришёл к выводу о недоказанности предъявленного обвинения и оправдал Армана Досова.").map(\.eventType) == [.acquittalOrCaseClosed])
        // A name after a straight quote that closes a body's name is a person's; a reporter's camera broken is an attack.
        let chat = read("8 апреля 2025 года возбуждено уголовное дело в отношении координатора движения \"Жер Ана\" Армана Досова. В тот же день журналистке Сауле Бековой разбили камеру.")
        #expect(chat.first?.persons == ["Арман Досов"])
        #expect(chat.last?.eventType == .propertyAttack)
    }
}

/// A project's logframe report with a case annex (round 75, h260), a country-of-origin report citing its sources in
/// brackets (h261), an incident register exported as CSV (h262), an ombudsman's chapter (r140), a student's coursework
/// (r141), a journalist's post with its comments (r142). Sentences of our own.
@Suite struct RegistersAndCitationsTests {
    @Test func aSourceCitedInBracketsDatesNoAct() {
        let report = read("""
        On 19 February 2024 a court in Astana declared Zher Ana an extremist organisation and banned its activity [Source: Dala Bureau Online, 20 February 2024]. In March 2025 border officers in Almaty stopped Arman Dosov from boarding a flight, citing a travel ban [Qorgau interview, 2 May 2025].
        """)
        #expect(report.map(\.date) == [day(2024, 2, 19), try? PartialDate(year: 2025, month: 3)])
        // The source is no body acted on, nor is the group that recognises a political prisoner.
        let listed = read("In February 2025 the Qorgau Monitoring Group added Arman Dosov to its list of political prisoners [Source: Qorgau Monitoring Group, list update, 1 March 2025].")
        #expect(listed.first?.organizations == [])
    }

    @Test func aCaseClosedAfterALongSubject() {
        let closed = read("The criminal case under Article 400 of the Criminal Code against oil worker Arman Dosov, who had been accused of organising an unsanctioned strike meeting, was closed by the investigator on 19 September 2025 for lack of corpus delicti.")
        #expect(closed.map(\.eventType) == [.acquittalOrCaseClosed])
        // "a detained colleague" describes someone; no one is detained in the sentence.
        #expect(read("On 4 August 2025 Saule Bekova was fined 50 MCI after she held a picket in support of a detained colleague.").map(\.eventType) == [.fine])
    }

    @Test func aRegistersStageOfACaseIsNoCustody() {
        let register = read("""
        Export of the register.

        id,date,city,name,role,event,article,outcome
        KZ-1,2025-02-06,Oral,Arman Dosov,journalist,"Police opened a criminal case over his article",Art. 274 part 2 CC,pre-trial investigation ongoing
        """)
        #expect(register.map(\.eventType) == [.criminalCaseOpened])
    }

    @Test func russianOmbudsmansAndStudentsPhrasings() {
        // A noun in -тель before a given name says who the person is: "Заявитель Ерлан Жумагалиев".
        let complaint = read("14 июня 2025 года в Актобе задержан Ерлан Жумагалиев. Заявитель Ерлан Жумагалиев сообщил, что 15 июня суд назначил ему 10 суток ареста.")
        #expect(complaint.last?.persons == ["Ерлан Жумагалиев"])
        #expect(read("4 января 2026 г. в Жанаозене был ограничен доступ к мобильному интернету.").first?.eventType == .internetShutdown)
        // The warning's own formula beside a call "принять участие" is an act: no law was passed ("принят").
        #expect(read("28 ноября 2025 года прокуратура объявила Арману Досову официальное предостережение о недопустимости нарушения закона в связи с публикацией, содержащей призыв принять участие в собрании.").first?.eventType == .warning)
        #expect(read("1 января 2025 года вступил в силу закон, которым уточнены основания приостановления деятельности.").isEmpty)
        // What a ground would be for is no act: "не является основанием для прекращения собрания".
        #expect(read("По мнению автора, нарушение срока уведомления само по себе не является основанием для прекращения собрания.").isEmpty)
        // A day in ordinal words closing its clause: of the story's month, on from its last day.
        let story = read("1 марта 2025 года полиция задержала блогера Армана Досова. Арман уже на свободе, вышел из спецприёмника двенадцатого.")
        #expect(story.last?.eventType == .release)
        #expect(story.last?.date == day(2025, 3, 12))
    }
}

/// A bilingual press statement (round 76, h263), a coalition's minutes (h265), a talk show's transcript (r143). Sentences of
/// our own.
@Suite struct BilingualTextsAndTranscriptsTests {
    @Test func aParagraphAndItsTranslationTellOneAct() {
        let statement = read("""
        On 8 March 2026 police in Almaty detained activist Arman Dosov at a march.

        8 марта 2026 года полиция Алматы задержала активиста Армана Досова на шествии.

        On 9 March the court fined Saule Bekova 100 MCI.
        """)
        #expect(statement.map(\.eventType) == [.detention, .fine])
        // A Russian paragraph that tells another act, or the same kind on another day, is read.
        let two = read("""
        On 8 March 2026 police in Almaty detained activist Arman Dosov.

        10 марта 2026 года полиция Алматы задержала активистку Сауле Бекову.
        """)
        #expect(two.map(\.eventType) == [.detention, .detention])
        // A closing quote before a bracket opens no body's name: the person after it is read.
        let opened = read("On 19 February 2026 police opened a criminal case under Article 274 (\"knowingly false information\") against Arman Dosov, editor of the outlet \"Dala Times\".")
        #expect(opened.first?.persons == ["Arman Dosov"])
        #expect(opened.first?.organizations == ["Dala Times"])
    }

    @Test func whoReportsInTheMinutesIsNoOneActedOn() {
        let minutes = read("""
        Daniyar (Batys) reported that activist Yerlan Saparov was detained by police on 22 February 2025 in Oral. Two days later the court sentenced him to 10 days of administrative arrest.
        """)
        #expect(minutes.map(\.persons) == [["Yerlan Saparov"], ["Yerlan Saparov"]])
        // Someone telling of what befell them is acted on.
        let own = read("Gulmira Tasbolatova told monitors that her car had been set on fire outside her home on 14 May 2024.")
        #expect(own.first?.persons == ["Gulmira Tasbolatova"])
    }

    @Test func aTranscriptsSpeakerLabelIsNoOneActedOn() {
        let show = read("""
        ВЕДУЩИЙ: В прошлую субботу, 12 апреля 2025 года, в Уральске задержали блогера Данияра Жумабекова.

        ГОСТЬ (Нурланов): Да. На следующий день суд дал ему десять суток ареста.
        """)
        #expect(show.map(\.eventType) == [.detention, .administrativeArrest])
        #expect(show.last?.persons == ["Данияр Жумабеков"])
        // A woman's name the list now knows keeps her surname's "-а": "Гульназ Ермекова".
        #expect(read("15 марта 2025 года полиция возбудила уголовное дело против редактора Гульназ Ермековой.").first?.persons == ["Гульназ Ермекова"])
    }
}

/// A defender's diary of a trial (round 77, r147), a news site's week in photos (h268). Sentences of our own.
@Suite struct DiariesAndCaptionsTests {
    @Test func aDiarysEntriesHeadedWithoutTheirMonth() {
        let diary = read("""
        Дневник наблюдателя. Тараз, март 2025 года

        12 марта, среда.
        Экспертиза. По данным мониторинга, за 2024 год по ст. 274 осудили не меньше 17 человек.

        13-е, четверг.
        Утром полиция провела обыск в офисе фонда «Жер Ана».

        Пятница.
        Ночью кто-то разбил лобовое стекло машины адвоката Армана Досова.

        18 марта, вторник.
        Инициативная группа «Жер Ана» хотела провести митинг 23 марта. Вчера акимат Тараза отказал в согласовании митинга.
        """)
        #expect(diary.map(\.eventType) == [.searchOfPremises, .propertyAttack, .assemblyRefused])
        // (The year a count is over, "за 2024 год", is not the diary's.)
        #expect(diary.map(\.date) == [day(2025, 3, 13), day(2025, 3, 14), day(2025, 3, 17)])
    }

    @Test func aCaptionsPhrasings() {
        #expect(read("Police officers broke up a three-person picket in front of the akimat in Oral on 20 October 2025.").first?.eventType == .assemblyDispersed)
        let upheld = read("On 24 October 2025 the appeals board of the regional court left unchanged the five-year prison sentence of union leader Arman Dosov.")
        #expect(upheld.first?.eventType == .other)
        #expect(upheld.first?.persons == ["Arman Dosov"])
    }
}
