import CivicModel

/// What the Russian reader remembers from earlier paragraphs: the year being told, the last day an act happened,
/// and the people and organisations just named.
struct RussianContext {
    var year: Int?
    var lastDay: PartialDate? { didSet { toldMonth = nil } }
    /// The day a gathering was planned for ("на 14 сентября был назначен митинг") and the sentence that named it.
    var plannedDay: (day: PartialDate, sentence: Int)?
    /// The month of an act told to the month only ("В прошлом ноябре меня задержали") since the last day: "в тот же вечер"
    /// after it is of that month, not of the day before it.
    var toldMonth: PartialDate?
    /// Whether the heading's day is a ruling's ("Дата: 5 апреля 2024 года"), the day of its decision.
    var headingIsADecisionsDay = false
    /// Whether the text has reached a ruling's operative part ("ПОСТАНОВИЛ:", "ПРИГОВОРИЛ:", "РЕШИЛ:").
    var inOperativePart = false
    /// Whether the text is a recording's transcript timed from "[00:00]": its "[01:10]" are time codes, no times of day.
    var timeCodes = false
    /// The day of a ruling's decision, from its header, for its operative part however far below.
    var decisionDay: PartialDate?
    /// The court's town from a ruling's header, for its operative part.
    var decisionPlaces: [String] = []

    /// An entry's own day (a diary's, a letter's, a visit's heading): what its paragraphs are dated by and what their "вчера"
    /// counts from.
    mutating func startEntry(on day: PartialDate) {
        headingDay = day
        lastDay = day
        entryToday = day
    }

    /// A ruling's header line: the day of its decision, for the operative part below it, and the court's town.
    mutating func takeRulingHeader(_ header: (day: PartialDate, town: String)) {
        decisionDay = header.day
        decisionPlaces = [header.town]
        headingDay = header.day
        headingIsADecisionsDay = true
        lastDay = header.day
        sectionPlaces = [header.town]
    }
    var persons = RussianPersonRecognizer()
    var recentPersons: (sentence: Int, people: [PersonMention])?
    /// The last sentences that named several people, for "всех троих" (all three of them).
    var recentGroups: [(sentence: Int, people: [PersonMention])] = []
    var recentOrganizations: (sentence: Int, names: [String])?
    var sentenceNumber = 0
    /// The day the text was published, from a date line near its top ("10 декабря 2025, 15:40"): what "во вторник" counts
    /// from.
    var publicationDay: PartialDate?
    /// Those a notice of a gathering was filed by, and its sentence, when it told no act.
    var notifiers: (names: [String], sentence: Int)?
    /// The first year the top of the text writes in a date (`YearAhead`): the year of a channel's "12.05, 09:15" before the
    /// text names one.
    var yearAhead: Int?
    /// The day of the last court's act told, its sentence and places: what happens "у здания суда" is of that day.
    var lastCourtDay: (day: PartialDate, sentence: Int, places: [String])?
    /// The day a court heard a case, from a sentence that says only that ("2 мая 2024 года судом рассмотрены дела …"), and
    /// its sentence: the day of the decisions a press release then tells without one.
    var hearingDay: (day: PartialDate, sentence: Int)?
    /// The day and places of the last verdict told: the day "в день оглашения приговора" means, however long after.
    var verdictDay: (day: PartialDate, places: [String])?
    /// The month of the last verdict told without its day ("В декабре 2024-го горсуд дал ему 2 года"): an appeal told after
    /// it comes after it.
    var verdictMonth: PartialDate?
    /// Those the last verdict told (a conviction or an acquittal) was given to: whose verdict "оставил приговор без
    /// изменений" upholds.
    var lastConvicted: [String]?
    /// The place of the section being read, from its heading ("АЛМАТЫ") or the label its first item opens with
    /// ("Павлодар. В начале марта …"): where the acts below it happened that name no place, until the next heading.
    var sectionPlaces: [String] = []
    /// Whose story a first-person text tells: the first person named in full near its top.
    var narrator: String?
    /// Whom a letter is written to: the person named in full last before its salutation ("Гр. Жаксылыкову Е.М., … Уважаемый
    /// Ерлан Маратович!"), whom its polite "Вам объявлено предостережение" means.
    var addressee: String?
    /// The last person named in full, and the sentence.
    var lastFullName: (name: String, sentence: Int)?
    /// Whom a lawyer's text is about: the client she names as "мой подзащитный", whom her first person's acts befell.
    var client: String?
    /// The one body the text's first line names in «…» (a newsletter's "Тема: «Жаңа Қадам» | …", `ReportReader.Session`):
    /// whose "наше движение" it is.
    var ownBody: String?
    /// The party a hearing's label names ("ПОДСУДИМЫЙ ТЛЕУБАЕВ:"), for the turn below it only: whom its "меня" means.
    var turnSpeaker: String?
    /// The author of a communication to a UN treaty body, whom its "автор" means: "Автором сообщения является Ержан
    /// Сейткали", "Сообщение представлено: Ержаном Сейткали".
    var author: String?
    /// The day of the chronicle's heading being read ("15 января"), for the paragraphs below it.
    var headingDay: PartialDate? { didSet { headingSummarisesItsDay = false } }
    /// Whether the heading's day is the day a summary sums up ("II. Итоговая сводка офиса за 14 марта 2025 г."): a day its
    /// background looks back to is not where its undated acts go.
    var headingSummarisesItsDay = false
    /// The day and place a paragraph set its scene in without telling any act ("В субботу, 14 марта, у акимата Актау
    /// собралась группа граждан."): the day of the next paragraph's acts that it tells before any day of its own.
    var sceneDay: PartialDate?
    /// The day a diary's entry was written, from its heading with the weekday ("25 марта, понедельник"): what its "вчера"
    /// and "в среду" count back from.
    var entryToday: PartialDate?
    /// Whose complaint a report tells, from its heading ("Обращение Ахметовой Г.С. (г. Актобе)"), and where: whom "заявитель",
    /// "заявительница" mean for the next `RussianParagraphReader.partyReach` sentences.
    var party: (sentence: Int, person: PersonMention)?
    /// The code each article number was last cited with: "статьи 274" later in a text about Article 274 of the Criminal Code.
    var articleCodes: [String: LegalCode] = [:]
    /// The person whose case the story follows, named after "по делу" ("заседание по делу активиста Дархана Сагындыкова"):
    /// whose case "рассмотрение дела" and "уголовное дело" mean when no one else's is named.
    var caseSubject: String?
    /// Whose persecution a chronology follows, from its heading.
    var chronologySubject: String?
    /// The person a section's heading names in capitals ("■ ЕРЛАН САГЫНДЫКОВ"), until the next heading in capitals.
    var headedSubject: String?
    /// The person a form's one name field gives ("Фамилия, имя, отчество: …"), and how many such fields the text has had.
    var formSubject: String?
    var formFields = 0
    /// The last act told of a body with no one named (a party banned), for "это решение" after it.
    var lastBodyAct: (sentence: Int, names: [String])?
    /// The acts told with their day: what "на следующий день после задержания" counts from.
    var toldDays = ToldDays()
    /// A card of bullets without verbs, as a channel's weekly court round-up writes it ("• Алматы — Ерлан Касымов, 34 года",
    /// "• ч. 6 ст. 488 КоАП", "• 15 суток ареста"): whom and where its head names, the articles of its next bullet, and where
    /// it began.
    var bulletCard: (people: [PersonMention], places: [String], provisions: [LegalProvisionRef], organizations: [String], sentence: Int)?

    /// The bodies of the last act on a body, when no one has been named as acted on since and it lies within `reach` sentences.
    func bodyActMeant(within reach: Int) -> [String]? {
        guard let act = lastBodyAct, sentenceNumber - act.sentence <= reach, act.sentence > (recentPersons?.sentence ?? -1) else { return nil }
        return act.names
    }
    /// The last body named with each kind ("партии «Жаңа Арна»"), for "сторонников партии" later.
    var organizationsByKind: [String: (sentence: Int, name: String)] = [:]
    /// The latest year a date written with its year has given so far: what "текущего года" means when the text gives no day
    /// of publication.
    var latestYear: Int?
    /// The body a text names by a term of its own ("«Еңбек Жолы» (далее – Профсоюз)"): the term's stem and the body's name.
    var definedBody: (stem: String, name: String)?
    /// The one town a news story's headline names: where its acts happened that name no place of their own.
    var titlePlaces: [String] = []

    /// Organisations' names as first written, for the same name inflected later: «Степного вестника» is «Степной вестник».
    private(set) var organizationForms: [String] = []

    /// A body named before, for its name in quotes alone: «Болашақ Жастары» after "объединение «Болашақ Жастары»".
    func namedBefore(_ quoted: String) -> String? {
        organizationForms.first { known in known == quoted || known.hasSuffix(" " + quoted) }
    }

    /// The form in which a name was first written, when the words of both share their stems; the name is remembered.
    mutating func knownForm(of name: String) -> String {
        let words = name.split(separator: " ")
        if let known = organizationForms.first(where: { known in
            let knownWords = known.split(separator: " ")
            return knownWords.count == words.count && zip(knownWords, words).allSatisfy { a, b in
                let shared = zip(a, b).prefix { $0 == $1 }.count
                return shared >= 3 && shared >= min(a.count, b.count) - 3
            }
        }) { return known }
        organizationForms.append(name)
        if organizationForms.count > 64 { organizationForms.removeFirst() }
        return name
    }

    /// The people a pronoun or a bare role word ("активиста") refers to: those of the nearest sentence that named
    /// someone, all of them for "они", "их", the first for "он", "её".
    /// (A pronoun of one gender, "на него завели дело", means the first of them whose name is of that gender: "Сауле
    /// Утегалиева, мама Данияра Утегалиева" before it leaves him, not her.)
    func referents(plural: Bool, within window: Int = 3, feminine: Bool? = nil) -> [PersonMention] {
        guard let recent = recentPersons ?? (plural ? nil : personsBeforeAGroup), sentenceNumber - recent.sentence <= window else { return [] }
        if plural { return recent.people }
        if let feminine, let first = recent.people.first, RussianParagraphReader.isFeminine(name: first.name) != feminine {
            if let match = recent.people.first(where: { RussianParagraphReader.isFeminine(name: $0.name) == feminine }) { return [match] }
            // ("Рецензент: Динара Ахметова … его задержали": never the woman just named for "его", when the text's own
            // subject is someone else.)
            if caseSubject != nil, recent.people.allSatisfy({ RussianParagraphReader.isFeminine(name: $0.name) == !feminine }) { return [] }
        }
        return Array(recent.people.prefix(1))
    }
    /// The people named before a sentence that spoke of a group ("жалобы жителей"): "их" after it means the group, but "его"
    /// is still the one named before.
    var personsBeforeAGroup: (sentence: Int, people: [PersonMention])?
}

/// Reads one Russian paragraph into proposed incidents: one per act and date, with the people acted on, the
/// organisations, places, articles and sanctions of its sentence. The same rules as the English reader's, in
/// Russian words: a condition, statute language or a threatened punishment ("грозит до семи лет") states no act;
/// nor does a count of people as a class ("более 120 человек"); an act stated without a day takes the paragraph's.
struct RussianParagraphReader {
    let source: String
    let scalars: [Unicode.Scalar]
    let start: Int
    /// Page furniture inside the paragraph (`PageFurniture`), whose words are not read.
    var skipped: [Range<Int>] = []

    /// The clauses of a sentence joined by a contrast (", однако", ", но"), as token ranges.
    static func clauses(of t: ArraySlice<Token>) -> [Range<Int>] {
        var bounds = [t.startIndex]
        for k in t.indices.dropFirst() where t[k - 1].isMark(",") && contrasts.contains(t[k].lower) { bounds.append(k) }
        bounds.append(t.endIndex)
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }
    private static let contrasts = WordSet(["однако", "но", "а"])
    /// Kinds of body, by stem, that a story names again without the name: "партии", "профсоюза", "движения".
    private static let kindStems = ["парти", "профсоюз", "движени", "объединени", "фонд", "организаци",
                                    // ("в редакции издания прошли обыски" after "интернет-издания «Дала Хабары»".)
                                    "издани"]
    /// The kind stem a word begins with, or ends with after a hyphen ("интернет-издания").
    private static func kindStem(of token: Token) -> String? {
        let word = token.lower
        let tail = word.lastIndex(of: "-").map { String(word[word.index(after: $0)...]) } ?? word
        return kindStems.first { word.hasBytePrefix($0) || tail.hasBytePrefix($0) }
    }
    /// Whether a sentence names a body by its kind as the writers' own: "наше движение", "нашего фонда".
    static func namesItsOwnBody(_ t: ArraySlice<Token>) -> Bool {
        t.indices.dropLast().contains { k in
            t[k].lower.hasBytePrefix("наш") && kindStems.contains { t[k + 1].lower.hasBytePrefix($0) }
        }
    }
    /// The kind a sentence names a body by without a name of its own in quotes after it.
    static func kindReferredTo(_ t: ArraySlice<Token>) -> String? {
        for k in t.indices where !t[k].isCapitalized {
            guard let stem = kindStem(of: t[k]) else { continue }
            // (Nor "профсоюз работников горнодобывающей промышленности «Кен-Тау»": the kind before its name, however described.)
            let after = t[(k + 1)..<min(t.endIndex, k + 1 + Self.kindDescriptionReach)]
            if let quote = after.firstIndex(where: { $0.isMark("«") || $0.isMark("\"") }),
               t[(k + 1)..<quote].allSatisfy({ $0.isWord }) { continue }
            return stem
        }
        return nil
    }
    /// The kind a body is named with just before its name: "партии «Жаңа Арна»", "профсоюза «Мұнайшы Бірлігі»".
    static func kind(before organization: OrganizationMention, in t: ArraySlice<Token>) -> String? {
        let start = organization.tokens.lowerBound
        for j in stride(from: start - 1, through: max(t.startIndex, start - 3), by: -1) {
            if let stem = kindStem(of: t[j]) { return stem }
        }
        return nil
    }
    /// Nouns for a case or a trial: "рассмотрение дела", "процесс".
    private static let caseNouns = WordSet(["дело", "дела", "делу", "процесс", "процесса"])
    /// Stems of a case's course, in a sentence of a court's or an investigator's decision: a complaint, an appeal, a verdict.
    private static let caseStepStems = ["жалоб", "апелляц", "кассац", "приговор", "дело", "дела", "делу", "процесс", "заседани",
                                        "ходатайств", "постановлени", "расследовани"]
    /// "всех троих", "обоих": a whole group counted.
    private static let wholeGroup = WordSet(["всех", "все", "обоих", "обе", "оба"])

    /// People who act on others rather than being acted on, by the role word before their name.
    private static let officialStems = ["суд", "прокурор", "следовател", "аким", "полицейск", "начальник", "министр", "сотрудник", "адвокат", "защитник",
                                        // "после получения заключения эксперта Тлеубергеновой С. Ж.": who gave the opinion the case rests on.
                                        "эксперт"]
    /// Words for a kinsman or a supporter of someone named after them in the genitive: "сторонник", "жена", "брат".
    private static let kinStems = ["сторонник", "сторонниц", "соратник", "соратниц", "жена", "жене", "жену", "муж", "брат", "сестр", "сын",
                                   "доч", "мать", "матер", "отец", "отц", "коллег", "друг", "подруг", "родственни", "племянни"]
    /// A court's decision already told, named by its noun: "оставил постановление в силе" speaks of the people of the case.
    private static let decisionStems = ["постановлени", "приговор", "решени"]
    /// Words that put an act at another time than the paragraph's day.
    private static let elsewhereInTime = WordSet(["позже", "позднее", "затем", "впоследствии", "ранее", "прежде", "раньше", "потом"])
    /// Words of the next step, which may be of the same day: "потом", "затем".
    private static let nextStep = WordSet(["потом", "затем"])
    /// Acts that follow one another within a morning: a search, then the detention.
    private static let actsOfTheMorning: Set<EventType> = [.detention, .searchOfPremises, .physicalAttack]

    mutating func read(context: inout RussianContext) -> [ProposedIncident] {
        let tokens = Tokenizer.tokens(scalars[...], base: start, skipping: skipped)
        // ("[Метка 02] ДУБЛЬ метки 01 – …": a record repeating another.)
        if ParagraphReader.marksADuplicate(tokens[...]) { return [] }
        var incidents: [ProposedIncident] = []
        var incidentSentence: [Int] = []
        /// Whether the paragraph is an interview's answer ("— …") in which the speaker tells of themselves.
        let answerInTheFirstPerson = context.narrator != nil && tokens.first.map { $0.isMark("—") || $0.isMark("–") } == true
            && Self.speaksInTheFirstPerson(tokens[...])
        // A chronicle's day heading ("15 января") dates the paragraphs below it until the next heading.
        var paragraphDay: PartialDate? = context.headingDay ?? context.sceneDay
        let sceneDay = context.sceneDay
        context.sceneDay = nil
        /// Whether a sentence without an act set the paragraph's scene on its day: a crowd gathering.
        var crowdScene = false
        /// The number of the paragraph's first sentence.
        let firstSentence = context.sentenceNumber + 1
        /// The story's last day before this paragraph.
        let lastDayBefore = context.lastDay
        // A live chronicle's entry ("4) 12:40 — У акимата задержаны …") is of the day its heading or its title gives.
        var lead = tokens.drop { $0.kind == .punctuation }
        if lead.count > 2, lead[lead.startIndex].isNumber, lead[lead.startIndex + 1].isMark(")") { lead = lead.dropFirst(2) }
        // (A recording's time codes from "[00:00]" on, "[01:10] Короче. Началось всё в конце марта …", are no times of day.)
        if ParagraphReader.opensWithAClockTime(lead), lead.prefix(3).allSatisfy({ $0.isMark(":") || Int($0.text) == 0 }) { context.timeCodes = true }
        if paragraphDay == nil, !context.timeCodes, ParagraphReader.opensWithAClockTime(lead), let day = context.entryToday ?? context.publicationDay { paragraphDay = day }
        /// Articles a sentence of the paragraph named without an act ("протоколы составлены по ст. 488 КоАП"), for the
        /// court's acts told after it that name none of their own.
        var paragraphProvisions: [LegalProvisionRef] = []
        /// Whom a line opening the paragraph with a name and what they do ("Дархан Сейтқалиев — блогер, …") introduces: its
        /// entries without a name ("23 января — задержан …") are theirs, until another such line.
        var profiled: String?, profiledPlaces: [String] = []
        /// Whether the paragraph is a ruling's header line of its day and town, which dates the rest of the ruling.
        var rulingHeader = false
        /// The places the paragraph last named, for its later acts of the same day that name none; and the place of a
        /// dateline ("ЖАНАОЗЕН, 14 мая 2025."), which is every act's.
        var paragraphPlaces: [String] = [], datelinePlaces: [String] = [], labelled = false
        /// The day of the item this paragraph is, from its wire dateline ("АСТАНА, 3 марта."): its weekdays may be that day.
        var itemDay: PartialDate? = nil
        // A line that opens with a label ("ФИО: …", "Задержан: …", "Мера пресечения: …"), as a case card is written, is a
        // sentence of its own.
        let paragraphText = scalars, base = start
        func startsLine(_ token: Token) -> Bool {
            var i = token.start - base - 1
            while i >= 0, paragraphText[i] == " " || paragraphText[i] == "\t" { i -= 1 }
            return i < 0 || paragraphText[i] == "\n"
        }
        /// (Or after a bullet's mark alone: "■ ЕРЛАН САГЫНДЫКОВ".)
        func opensLine(_ token: Token) -> Bool {
            var i = token.start - base - 1
            while i >= 0, paragraphText[i] != "\n", !paragraphText[i].properties.isAlphabetic, !Tokenizer.isDigit(paragraphText[i]) { i -= 1 }
            return i < 0 || paragraphText[i] == "\n"
        }
        let sentences = SentenceSplitter.sentences(tokens, startsLine: startsLine)
        // A court database's card ("Номер дела: …", "Дата поступления: …", "Результат рассмотрения: Арест 10 суток", "Дата
        // решения: 16.01.2026"): its decisions are of the decision's day, told below them; a civil case's card tells no act.
        let card = Self.courtCard(sentences)
        /// Whether the paragraph is one line that tells an act ("Астана: блогер получил два года"): a news item's headline,
        /// not a section's heading, whether or not its act is kept.
        var headlineTellsAnAct = false
        // A short first line of its own, read once for what such a line may be: a card's day or a comment's author.
        // (Only the first 41 scalars are looked at: most paragraphs open with a long line.)
        let firstLine = scalars.prefix(Self.firstLineReach).firstIndex(of: "\n").map { Tokenizer.tokens(scalars[..<$0], base: start) }
        var cardDay = false
        // A card opening with its day on a line of its own ("05.03 (ср), 15:30\nСуд: …\nИтог: …"): the day of its acts.
        if let line = firstLine,
           case let days = RussianDateRecognizer.dates(in: line[...], contextYear: context.year ?? context.publicationDay?.year ?? context.yearAhead),
           days.count == 1, let day = days[0].date, day.precision == .day,
           // (Or a message's stamp in brackets, with its label: "[Голосовое 7 | 19.03.2025, 18:30]".)
           Self.isAMessageStamp(line) || line.indices.allSatisfy({ days[0].tokens.contains($0) || !line[$0].isWord || Self.weekdayNames.contains(line[$0]) }) {
            paragraphDay = day
            context.lastDay = day
            // (A channel's first post, "12.05, 09:15", gives the year its "в мае прошлого года" counts from.)
            if context.year == nil { context.year = day.year }
            cardDay = true
            // (Its court's town, from its own "Суд:" field, is not the last card's.)
            context.sectionPlaces = []
            // (A diary's entry under its day and weekday, "18 марта, вторник.": its "вчера" counts from that day.)
            // (So does a voice message's or a post's, "[Голосовое 7 | 19.03.2025, 18:30]": its "сегодня" is that day.)
            if line.contains(where: { Self.weekdayNames.contains($0) }) || Self.isAMessageStamp(line) { context.entryToday = day }
        } else if sentences.count > 1, let line = firstLine, let last = context.lastDay, let day = Self.diaryDay(line[...], after: last) {
            // A diary's entry headed by its day's number and weekday ("13-е, четверг.") or its weekday alone ("Пятница."): the
            // next such day after the entry before. (A heading alone, "Вторник", is read below as a chronicle's next day.)
            paragraphDay = day
            context.lastDay = day
            context.entryToday = day
            cardDay = true
        }
        /// A comment's author, named alone on its first line ("Гульмира Абенова\nДержись! У нас тоже задержали меня"): whom
        /// "меня" means in it, rather than the narrator of the post.
        var commenter: String? = context.turnSpeaker
        context.turnSpeaker = nil
        /// Where the line naming a comment's author stands: its name is no one an act the comment tells befell, when the comment
        /// names someone else ("Тимур Габдуллин\nАсель, поправлю: суд над Сагындыковым был 6 января").
        var commenterLine: ClosedRange<Int>? = nil
        if commenter == nil, context.sentenceNumber > 0, let line = firstLine, line.count >= 2, line.count <= 3,
           line.allSatisfy({ $0.isWord && $0.isCapitalized }),
           let named = context.persons.persons(in: line[...], feminineHint: false).first, named.tokens == line.startIndex...(line.endIndex - 1) {
            commenter = named.name
            commenterLine = tokens.startIndex...(tokens.startIndex + line.count - 1)
        }
        /// A transcript's speaker, named with a colon at the paragraph's head ("Гульнара Абенова: На следующий день …"): no one
        /// the acts befell, but whom "меня", "моей машины" mean.
        var speakerLabel: ClosedRange<Int>? = nil
        let head = tokens.drop { $0.kind == .punctuation }.prefix(Self.speakerLabelLength + 4)
        if let colon = head.firstIndex(where: { $0.isMark(":") }), colon - head.startIndex >= 2, colon - head.startIndex <= Self.speakerLabelLength,
           head[head.startIndex..<colon].allSatisfy({ $0.isWord && $0.isCapitalized && RussianWords.isCyrillic($0) }),
           let named = context.persons.persons(in: head[head.startIndex..<colon], feminineHint: false).first,
           named.tokens == head.startIndex...(colon - 1) {
            speakerLabel = head.startIndex...colon
            if commenter == nil { commenter = named.name }
        }
        /// Whether the paragraph is a turn of a transcript under a label in capitals ("АЙНУР (Сатпаев):", "ВЕДУЩИЙ:"): its
        /// "нам", "мой" are that speaker's, not the text's narrator's.
        let turnInCapitals = speakerLabel == nil && head.firstIndex(where: { $0.isMark(":") }).map { colon in
            colon > head.startIndex && head[head.startIndex].isWord && head[head.startIndex].isAllCaps && head[head.startIndex].text.count > 2
                && head[head.startIndex..<colon].allSatisfy { !$0.isWord || $0.isAllCaps || $0.isCapitalized }
        } ?? false
        /// Whom a card's name field names ("ФИО: Ахметов Ерлан Серикович"): whom the acts of its other fields befell; and the
        /// places its town field gives ("Город: Жанаозен, Мангистауская область"), where they happened.
        var recordSubject: [PersonMention] = [], recordPlaces: [String] = []
        /// Whether that person heads a line's item within the paragraph (not a card's field): its acts take the paragraph's day.
        var itemSubject = false
        /// Whether the paragraph has placed its story at the court building, and named the verdict's day ("в день
        /// оглашения приговора"): its later acts without a day of their own are of the last court's day.
        var atCourthouse = false, verdictDayNamed = false
        /// Whether the sentence before told a beating: a phone broken in the next one is the beating's.
        var attackedJustBefore = false
        for (sentenceIndex, sentence) in sentences.enumerated() {
            context.sentenceNumber += 1
            let t = sentence.tokens
            if Self.namesTheVerdictsDay(t) { verdictDayNamed = true; atCourthouse = true }
            // (Or the formula that leads to it: "ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН суд, руководствуясь статьями 396–399 УПК РК, ПРИГОВОРИЛ:".)
            if t.count <= 3 ? t.last?.isMark(":") == true && t.first(where: \.isWord).map({ $0.isAllCaps && Self.operativeHeads.contains($0.lower) }) == true
                : t.indices.contains(where: { k in
                    k + 1 < t.endIndex && t[k + 1].isMark(":") && t[k].isAllCaps && Self.operativeHeads.contains(t[k].lower) }) {
                context.inOperativePart = true
                // (Its decisions are of the ruling's day, whatever day its reasons told last.)
                if let day = context.decisionDay {
                    context.lastDay = day
                    context.headingDay = day
                    if !context.decisionPlaces.isEmpty { context.sectionPlaces = context.decisionPlaces }
                }
            }
            // A line of its own in capitals naming a town inside a paragraph ("🟥 ШЫМКЕНТ | ст. 274 УК", "🟧 АКТОБЕ + ОРАЛ |
            // ШТРАФЫ"), a slide's or a card's heading: it places the acts below it by the one town it names, or by none.
            // (A line without a stop runs on into the sentence below it: "Слайд 3/9\nАКТОБЕ | ЯНВАРЬ\nСамат Ержанов — блогер …".)
            for lineStart in t.indices where startsLine(t[lineStart]) {
                let line = t[lineStart..<(t[(lineStart + 1)...].firstIndex(where: startsLine) ?? t.endIndex)]
                guard let word = line.first(where: \.isWord), word.isAllCaps, word.text.count >= Self.capitalHeadingLetters else { continue }
                let named = RussianPlaceRecognizer.places(in: line)
                if line.count <= ParagraphReader.sectionHeadingLength, !named.isEmpty, named.allSatisfy({ line[$0.tokens.lowerBound].isAllCaps }),
                   RussianEventRecognizer.events(in: line, sanctions: []).isEmpty {
                    let towns = PlaceRecognizer.narrowed(named.map(\.canonical).uniqued())
                    context.sectionPlaces = towns.count == 1 ? towns : []
                }
            }
            // "в октябре этого года", "в этом году": the year the text was published in (with no day of publication, the latest
            // year the text has written: "5 февраля текущего года" in a bulletin of 2025 that looked back to 2024).
            if let year = context.publicationDay?.year ?? context.latestYear, Self.saysThisYear(t) { context.year = year }
            var dates = RussianDateRecognizer.dates(in: t, contextYear: context.year ?? context.publicationDay?.year)
            for d in dates where d.kind == .explicit && !d.yearInferred { if let y = d.date?.year { context.latestYear = max(context.latestYear ?? y, y) } }
            // (Not a year in a clause about something else: "приговорил … за участие в движении, признанном в 2023 году
            // экстремистским".)
            if let own = dates.first(where: { !$0.yearInferred && $0.date != nil && !Self.inARelativeClause($0.tokens, in: t) })?.date?.year, own != context.year,
               dates.contains(where: { $0.yearInferred }) {
                dates = RussianDateRecognizer.dates(in: t, contextYear: own)
            }
            // ("Дата поступления: 16.01.2026": the day the case reached the court, no act's.)
            if card.decisionDay != nil, let label = Self.fieldLabelWords(t), label.first == "дата", label.count > 1, Self.filingWords.contains(label[1]) {
                dates = []
            }
            // "Задержали их в пятницу… нет, стоп, это было в четверг, тринадцатого": a day the speaker takes back for the one after.
            let told = dates
            dates.removeAll { d in
                told.contains { later in
                    later.tokens.lowerBound > d.tokens.upperBound && later.tokens.lowerBound - d.tokens.upperBound <= Self.correctionReach
                        && t[(d.tokens.upperBound + 1)..<later.tokens.lowerBound].contains { ["нет", "вернее", "точнее"].contains($0.lower) }
                }
            }
            // "(см. заметку от 19 февраля)": a pointer to another item, not a day told.
            dates.removeAll { d in
                t[max(t.startIndex, d.tokens.lowerBound - 4)..<d.tokens.lowerBound].contains { $0.lower == "см" }
            }
            // "15-го числа того же месяца": of the month of the day told last.
            if let last = context.lastDay {
                for mention in RussianDateRecognizer.daysOfTheSameMonth(in: t, last: last)
                    where !dates.contains(where: { $0.tokens.overlaps(mention.tokens) }) { dates.append(mention) }
                dates.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            // "В воскресенье, 17-го", "в ночь на 21-е": a day of the month being written in, or of the one before.
            if let today = context.entryToday ?? context.publicationDay {
                for mention in RussianDateRecognizer.daysOfTheMonth(in: t, today: today)
                    where !dates.contains(where: { $0.tokens.overlaps(mention.tokens) }) { dates.append(mention) }
                dates.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            } else if let last = context.lastDay {
                // (With no day of writing, "12-го" in a story is of the month it is telling: "7 февраля … 12-го суд …".)
                for mention in RussianDateRecognizer.daysOfTheMonth(in: t, inTheMonthOf: last)
                    where !dates.contains(where: { $0.tokens.overlaps(mention.tokens) }) { dates.append(mention) }
                dates.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            // "на 14 сентября был назначен митинг … акимат отказал … Люди всё равно пришли": the people came on the day planned.
            if dates.isEmpty, let planned = context.plannedDay, context.sentenceNumber - planned.sentence <= Self.plannedDayReach,
               let came = Self.cameAnyway(t) {
                dates = [DateMention(date: planned.day, kind: .explicit, tokens: came)]
            } else if let planned = dates.first(where: { $0.date?.precision == .day && Self.namesAPlannedDay($0, in: t) })?.date {
                context.plannedDay = (planned, context.sentenceNumber)
            }
            if dates.isEmpty, let last = context.lastDay {
                // ("1 марта полиция задержала … вышел из спецприёмника двенадцатого": of the story's month, told on from its day.)
                dates = RussianDateRecognizer.ordinalDaysAfter(in: t, last: last)
            }
            // "В прошлом году меня уже штрафовали": the year before the one the text was written in.
            if dates.isEmpty, let year = context.publicationDay?.year,
               // (Not an aside in brackets: "Жанар – 5 суток ареста (у неё в прошлом году уже было одно «нарушение»)".)
               let k = t.indices.first(where: { k in
                   k + 2 < t.endIndex && t[k].lower == "в" && Self.lastYearWords.contains(t[k + 1]) && t[k + 2].lower == "году"
                       && (t[t.startIndex..<k].lastIndex { $0.isMark("(") } ?? -1) <= (t[t.startIndex..<k].lastIndex { $0.isMark(")") } ?? -1) }),
               let date = try? PartialDate(year: year - (t[k + 1].lower == "позапрошлом" ? 2 : 1)) {
                dates = [DateMention(date: date, kind: .explicit, tokens: k...(k + 2))]
            }
            // "в ноябре прошлого года": the year before the one the text was published in.
            // A day without a year that would fall before the story's last day, told without looking back ("ранее"), is of
            // the year after it, when that is not after the day of publication: "задержан 9 декабря 2023 года … 26 февраля суд
            // изменил меру пресечения", published in May 2024.
            let looksBack = t.contains { Self.lookBackWords.contains($0) }
            for i in dates.indices where dates[i].yearInferred && dates[i].kind == .explicit {
                guard let date = dates[i].date else { continue }
                let after = dates[i].tokens.upperBound + 1
                if after + 1 < t.endIndex, Self.lastWords.contains(t[after]), RussianWords.same(t[after + 1].lower, "года"),
                   let year = context.publicationDay?.year ?? context.year {
                    dates[i].date = try? PartialDate(year: year - 1, month: date.month, day: date.day)
                    dates[i].tokens = dates[i].tokens.lowerBound...(after + 1)
                } else if after + 1 < t.endIndex, Self.nextWords.contains(t[after]), RussianWords.same(t[after + 1].lower, "года"),
                          let year = context.year {
                    // "в феврале следующего года": the year after the one being told.
                    dates[i].date = try? PartialDate(year: year + 1, month: date.month, day: date.day)
                    dates[i].tokens = dates[i].tokens.lowerBound...(after + 1)
                } else if !looksBack, let last = context.lastDay, let published = context.publicationDay, date < last,
                          date.year == last.year, let next = try? PartialDate(year: date.year + 1, month: date.month, day: date.day),
                          next <= published,
                          // ("уголовное дело возбудили ещё в феврале" after 14 March: that February, a month before.)
                          !(t.contains { Self.stillWords.contains($0) } && Self.months(from: date, to: last) <= Self.months(from: last, to: next)) {
                    dates[i].date = next
                    // (The story has moved into that year: its next days without a year are of it too.)
                    context.year = next.year
                } else if !looksBack, let last = context.lastDay, let published = context.publicationDay, date.year < last.year,
                          let resumed = try? PartialDate(year: last.year, month: date.month, day: date.day), resumed >= last, resumed <= published {
                    // "18 марта акимат отказал … В декабре 2025 года департамент отказал … 2 апреля её оштрафовали", published in
                    // May 2026: after a look back to an earlier year, a day after the story's last one, before the day of
                    // publication, goes on with the story.
                    dates[i].date = resumed
                    context.year = resumed.year
                } else if !looksBack, let verdict = context.verdictDay?.day ?? context.verdictMonth, date < verdict, date.year == verdict.year, Self.upholdsAVerdict(t),
                          let next = try? PartialDate(year: date.year + 1, month: date.month, day: date.day),
                          // (Not past the day the text came out: a weekly's "3 апреля отменила приговор" after another's verdict of
                          // 4 April is of that week.)
                          context.publicationDay.map({ next <= $0 }) ?? true {
                    // "11 декабря 2025 года суд приговорил … Но 17 февраля областной суд оставил приговор без изменения": an
                    // appeal comes after its verdict, in the next year.
                    dates[i].date = next
                    context.year = next.year
                } else if !looksBack, let published = context.publicationDay, date.year < published.year, date.precision == .day,
                          let recent = try? PartialDate(year: published.year, month: date.month, day: date.day), recent <= published,
                          let fortnight = DateRecognizer.offset(published, days: -Self.recentDays, months: 0), recent >= fortnight {
                    // A weekly column's "13 марта", dated 15 March 2024, is two days before it, whatever year an earlier item
                    // looked back to.
                    dates[i].date = recent
                } else if let published = context.publicationDay, date > published, date.year == published.year,
                          !(date.precision == .day && date.month == published.month),
                          let before = try? PartialDate(year: date.year - 1, month: date.month, day: date.day) {
                    // "С ноября Утегенов находился под домашним арестом" in a channel of 14 March 2024: the November before.
                    dates[i].date = before
                }
            }
            // A dateline ("Алматы, 18 ноября 2026 — …") gives the day the story was published.
            if context.publicationDay == nil, sentenceIndex == 0, context.sentenceNumber <= ParagraphReader.publicationReach,
               let day = ParagraphReader.datelineDay(t, dates) { context.publicationDay = day }
            // A round-up's week in its heading ("ИТОГИ НЕДЕЛИ | 10–16 марта 2025"): its "во вторник" is of that week.
            if context.publicationDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach, ParagraphReader.isHeading(t) || t.count <= 12,
               let end = ParagraphReader.lastDayOfARange(t, month: RussianWords.month(of:)) {
                context.publicationDay = end
            }
            // A post's header near the top ("2 мая 2024 г. · Алматы · Доступно всем"): a line without an act that gives one day
            // with its year.
            if context.publicationDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach, ParagraphReader.isHeading(t) || t.count <= 12,
               case let days = dates.filter({ $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }), days.count == 1,
               RussianEventRecognizer.events(in: t, sanctions: []).isEmpty {
                context.publicationDay = days[0].date
            }
            // "Видео опубликовано 12 февраля 2026 года на YouTube-канале …", "Дата публикации: 3 марта 2025": the day the text
            // came out, however long the line that tells it.
            // (Said so, it outweighs a day a heading above gave: "ОТЧЁТ о наблюдении за собранием 16 марта 2025 года\nСоставлен:
            // 10 апреля 2025 г.")
            if context.sentenceNumber <= ParagraphReader.publicationReach,
               case let days = dates.filter({ $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }), days.count == 1,
               context.publicationDay.map({ published in days[0].date.map { $0 > published } ?? false }) ?? true,
               t[max(t.startIndex, days[0].tokens.lowerBound - 3)..<days[0].tokens.lowerBound].contains(where: { w in Self.publishing.contains { w.lower.hasBytePrefix($0) } }),
               RussianEventRecognizer.events(in: t, sanctions: []).isEmpty {
                context.publicationDay = days[0].date
            }
            // (Or its own line, when the text runs on below it without a stop: "Митинг …, Уральск, 21.09.2025\nПост обновляется.")
            if context.publicationDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach,
               case let days = dates.filter({ $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }), days.count == 1,
               case let from = t[..<days[0].tokens.lowerBound].lastIndex(where: startsLine) ?? t.startIndex,
               case let to = t[(days[0].tokens.upperBound + 1)...].firstIndex(where: startsLine) ?? t.endIndex,
               to < t.endIndex, to - from <= Self.dateLineLength, RussianEventRecognizer.events(in: t[from..<to], sanctions: []).isEmpty {
                context.publicationDay = days[0].date
            }
            // A ruling's header line, its day and its town ("17 марта 2026 года      город Алматы"): the day of the decision, for
            // the operative part below it ("ПОСТАНОВИЛ: …"), and the court's town.
            if context.headingDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach, let header = Self.rulingHeader(t) {
                context.takeRulingHeader(header)
                rulingHeader = true
                if context.publicationDay == nil { context.publicationDay = header.day }
            }
            // A wire note's dateline anywhere in a feed ("АСТАНА, 3 марта. KazTAG – Сегодня …"): the day its note is of.
            if sentenceIndex == 0, var day = Self.wireDateline(t, dates) {
                // (Without its year, of the year of the feed's item before: a year told inside that item, "в 2024 году оба
                // распространяли …", is not the feed's.)
                if let previous = context.publicationDay, dates.contains(where: { $0.date == day && $0.yearInferred }),
                   let same = try? PartialDate(year: previous.year, month: day.month, day: day.day) {
                    day = same
                    context.year = previous.year
                    for i in dates.indices where dates[i].yearInferred && dates[i].date?.precision == .day { dates[i].date = try? PartialDate(year: previous.year, month: dates[i].date?.month, day: dates[i].date?.day) }
                }
                context.publicationDay = day
                context.lastDay = day
                itemDay = day
            }
            if sentenceIndex == 0, var day = ParagraphReader.updateDay(t, dates) {
                // ("Обновление от 3 апреля:" after a chronology ending 11 марта 2026 г.: an update comes after what it updates.)
                if dates.first(where: { $0.date == day })?.yearInferred == true, let last = context.lastDay, day < last,
                   let next = try? PartialDate(year: last.year, month: day.month, day: day.day), next >= last {
                    day = next
                    context.year = next.year
                    dates = RussianDateRecognizer.dates(in: t, contextYear: next.year)
                }
                context.publicationDay = day
                context.lastDay = day
            }
            // "во вторник", "вчера": known only from the day the text was published.
            if context.publicationDay == nil, context.entryToday == nil { dates.removeAll { $0.isFromPublication } }
            var sanctions = RussianSanctionRecognizer.sanctions(in: t)
            // "Для справки: 1 МРП в 2025 году — 3 932 тенге": what the index is worth, no penalty.
            if Self.valuesTheIndex(t) { sanctions = [] }
            // ("Как следует из материалов, …" tells where the facts come from; "следует" alone says what should be.)
            // ("объявила предостережение активисту после того, как он призвал земляков выйти на площадь": what the act was for,
            // told in a clause of its reason, does not make the act one that ought to be.)
            // (Nor does one in a clause after the act: "не выпустили её на рейс в Вильнюс, где она должна была выступить".)
            let reason = Self.reasonClause(in: t)
            let actsStated = RussianEventRecognizer.events(in: t, sanctions: sanctions)
            if !actsStated.isEmpty, sentences.count == 1 { headlineTellsAnAct = true }
            let firstComma = actsStated.first.flatMap { act in t[act.trigger.upperBound...].firstIndex { $0.isMark(",") } }
            let statesNoAct = t.indices.contains { k in
                (RussianWords.notActInitials.contains(t[k].first.value) && RussianWords.notActStems.contains { t[k].lower.hasBytePrefix($0) }
                    || RussianWords.habits.contains(t[k]) || RussianWords.intentions.contains(t[k]))
                    && !(t[k].lower == "следует" && k > t.startIndex && t[k - 1].lower == "как")
                    // ("Из справки ИЦ следует, что постановлением суда … он был подвергнут аресту": what a paper shows.)
                    && !(t[k].lower == "следует" && k + 2 < t.endIndex && t[k + 1].isMark(",") && t[k + 2].lower == "что")
                    // ("если можно так сказать", "если так можно выразиться": a manner of speaking, no condition.)
                    && !(t[k].lower == "если" && t[(k + 1)..<min(t.endIndex, k + 4)].contains { $0.lower == "можно" })
                    // ("если я правильно считаю", "если не ошибаюсь": a speaker's doubt, no condition.)
                    && !(t[k].lower == "если" && t[(k + 1)..<min(t.endIndex, k + 4)].contains { ["правильно", "ошибаюсь", "путаю"].contains($0.lower) })
                    && !((reason.map { k > $0 } ?? false || firstComma.map { k > $0 } ?? false) && t[k].lower != "если")
                    // ("Данияр Ермеков, регулярно публиковавший материалы группы, 3 июля осуждён": a habit of the person, told in
                    // a participle's clause, not of the act.)
                    && !Self.describesByAHabit(k, in: t)
                    // ("вручили ему официальное предостережение: мол, если будет участвовать …, его арестуют": what the warning
                    // says, after it.)
                    && !(RussianWords.same(t[k].lower, "если") && actsStated.contains { $0.type == .warning && $0.trigger.upperBound < k })
            } || Self.countsPeople(t, withADay: dates.contains { $0.kind == .explicit && $0.date?.precision == .day }) || Self.countsCases(t)
                || Self.countsSomeOfAll(t) || Self.tellsAState(t) || ((ParagraphReader.isInBold(t) || ParagraphReader.isInCapitals(t)) && ParagraphReader.isHeading(t))
                || Self.opensWithAnInfinitive(t) || (Self.asksForAnOutcome(t, acts: actsStated) && !Self.quotesADecision(t)) || Self.judgesAnAct(t, acts: actsStated)
                || (sentences.count == 1 && Self.isAPlacedHeadline(t)) || Self.listsKindsOfActs(t) || Self.countsTimeSince(t)
                || Self.headsAnArticlesClaims(t)
                || (!actsStated.isEmpty && TableOfContents.announcesTopics(t))
            var events = statesNoAct ? [] : actsStated
            // ("… оштрафовал его на 100 МРП [27.11.2024 — «Блогера оштрафовали за плакат»]": a link's headline.)
            events.removeAll { ParagraphReader.isInsideADatedLink($0.trigger.lowerBound, in: t) }
            // ("… расходитесь, иначе будете задержаны": a threat in the future is no act; and "Собрание не согласовано, граждане,
            // расходитесь" is an order to disperse, no refusal of a notice.)
            events.removeAll { e in
                e.trigger.lowerBound > t.startIndex && Self.futureAuxiliaries.contains(t[e.trigger.lowerBound - 1])
            }
            if events.contains(where: { $0.type == .assemblyRefused }), t.contains(where: { Self.ordersToDisperse.contains($0) }) {
                events.removeAll { $0.type == .assemblyRefused }
            }
            // ("Подсудимый (осуждённый): …": a field's label, with its aside, names who the person is, not an act.)
            if Self.fieldLabel(t) != nil, t.count > 2, t[t.startIndex + 1].isMark("("), let colon = t.firstIndex(where: { $0.isMark(":") }) {
                events.removeAll { $0.trigger.upperBound < colon }
            }
            // "… направлялись уведомления, по которым были приняты решения об отказе в согласовании:\n1) уведомление …": what a
            // list's lead-in sums up, its numbered items tell one by one.
            if let lead = Self.leadInOfAList(t) { events.removeAll { $0.trigger.upperBound < lead } }
            // "… ударил в лицо мужчина в штатском. Телефон выбили и растоптали.": the phone was broken in the beating.
            if attackedJustBefore { events.removeAll { $0.type == .propertyAttack && RussianEventRecognizer.breaksATool($0.trigger, in: t) } }
            attackedJustBefore = actsStated.contains { $0.type == .physicalAttack }
            // "Обыск проводился в неотложном порядке", "Обыск длился пять часов", just after the search was told: how it went, not
            // another search. (Told so first, "Обыск шёл четыре часа" is the search.)
            if let last = incidents.indices.last(where: { incidents[$0].eventType == .searchOfPremises }),
               context.sentenceNumber - incidentSentence[last] <= 2 {
                // ("в рамках какого дела проводился обыск, фонду не сообщили": the same words before it.)
                events.removeAll { $0.type == .searchOfPremises
                    && ($0.trigger.upperBound + 1 < t.endIndex && Self.searchDescriptions.contains(t[$0.trigger.upperBound + 1])
                        || $0.trigger.lowerBound > t.startIndex && Self.searchDescriptions.contains(t[$0.trigger.lowerBound - 1])) }
            }
            // A card's outcome field told without a verb ("Итог: 10 суток административного ареста", "Итог: приговор — по 2
            // года ограничения свободы", "Итог: оправдательный приговор"): the act its sanction or its verdict names.
            if events.isEmpty, let label = Self.fieldLabel(t) ?? Self.fieldLabelWords(t)?.first, Self.outcomeLabels.contains(label), let act = Self.outcome(t, sanctions) {
                events = [act]
            }
            // (A civil case's card, "Категория: Гражданские дела", a loan or a debt: no act on anyone's freedoms.)
            if card.civil { events = [] }
            // An application's card, "Форма: пикет. … Решение от 17.04.2025 — отказано, так как …": the notice of the assembly
            // its fields named was refused.
            // (Of a day: not a count, "было отказано в проведении 11 из 13 заявленных".)
            if events.isEmpty, let k = t.indices.first(where: { t[$0].lower == "отказано" }), dates.contains(where: { $0.date?.precision == .day }),
               tokens[tokens.startIndex..<t.startIndex].contains(where: { w in Self.gatheringStems.contains { w.lower.hasBytePrefix($0) } }) {
                events = [EventMention(type: .assemblyRefused, trigger: k...k)]
            }
            // A chronicle's entry told without a verb ("27 января — 10 суток ареста по ч. 3 ст. 488 КоАП", "04.2025 — уголовное
            // дело по ч. 2 ст. 274 УК в отношении …", "17 июня — официальное предостережение прокуратуры"): the act its first
            // words name.
            if events.isEmpty, !statesNoAct, let head = Self.entryHead(t, dates), let act = Self.entryAct(t[head...], sanctions) {
                events = [act]
            }
            // A ruling's operative part ("ПОСТАНОВИЛ:"): "Производство по делу в отношении К. прекратить", an infinitive that
            // decides.
            if events.isEmpty, context.inOperativePart, let k = t.indices.first(where: { t[$0].lower == "прекратить" }),
               t[t.startIndex..<k].contains(where: { $0.lower.hasBytePrefix("производств") || $0.lower.hasBytePrefix("дел") }),
               !RussianEventRecognizer.askedFor(k, in: t) {
                events = [EventMention(type: .acquittalOrCaseClosed, trigger: k...k)]
            }
            // And the measure of restraint it decides on: "Меру пресечения … в виде содержания под стражей отменить, освободить
            // его из-под стражи в зале суда" frees him; "… в виде домашнего ареста оставить без изменения" orders nothing new.
            if context.inOperativePart, t.contains(where: { $0.lower == "пресечения" }) {
                if let k = t.indices.first(where: { t[$0].lower == "освободить" || t[$0].lower == "отменить" }) {
                    events = [EventMention(type: .release, trigger: k...k)]
                } else if t.indices.contains(where: { k in t[k].lower == "оставить" && k + 2 < t.endIndex && t[k + 1].lower == "без" && t[k + 2].lower.hasBytePrefix("изменени") }) {
                    events = []
                }
            }
            // "однако 3 июня последовал новый отказ": another refusal of the kind the paragraph told (of registration, of an
            // assembly).
            if events.isEmpty, let k = t.indices.first(where: { i in
                   t[i].lower == "отказ" && i > t.startIndex && Self.againWords.contains { t[i - 1].lower.hasBytePrefix($0) } }),
               let earlier = incidents.last(where: { $0.eventType == .registrationDenied || $0.eventType == .assemblyRefused }) {
                events = [EventMention(type: earlier.eventType, trigger: k...k)]
            }
            // "У журналистов изъяли ноутбуки" after a search told: what the search took; "Телефон изъят" after a detention,
            // what was taken from the one detained.
            if let search = incidents.indices.last(where: { [.searchOfPremises, .detention].contains(incidents[$0].eventType) }),
               context.sentenceNumber - incidentSentence[search] <= 2 {
                events.removeAll { RussianEventRecognizer.isSeizure($0, in: t) }
            }
            // ("признал Гүлнару Төлеуову виновной": the finding agrees with her too.)
            let feminine = t.contains { RussianWords.same($0.lower, "была") || RussianWords.same($0.lower, "виновной") } || events.contains { event in
                let word = t[event.trigger.lowerBound].lower
                // A short participle agrees with the person acted on: "задержана", "осуждена".
                return ["ана", "яна", "ена", "ёна"].contains { word.hasByteSuffix($0) }
            }
            var organizations = RussianOrganizationRecognizer.organizations(in: t)
            // "«Еңбек Жолы» (далее – Профсоюз)": the word the text names the body by from then on, in any case ("Профсоюза").
            if let defined = Self.definedBody(in: t, organizations: organizations) {
                context.definedBody = defined
            } else if let body = context.definedBody {
                for k in t.indices where t[k].isCapitalized && t[k].lower.hasBytePrefix(body.stem) && !organizations.contains(where: { $0.tokens.contains(k) }) {
                    organizations.append(OrganizationMention(name: body.name, tokens: k...k))
                }
                organizations.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            // "объединению «Дала жастары» назначен штраф 100 МРП, а его деятельность приостановлена": the fine is the body's,
            // part of its suspension.
            // (So when the body is named by its kind alone: "объединение признано виновным … с приостановлением деятельности".)
            if !organizations.isEmpty || Self.kindReferredTo(t) != nil, events.contains(where: { $0.type == .organizationSuspended }) {
                events.removeAll { $0.type == .conviction || $0.type == .fine }
            }
            var persons = context.persons.persons(in: t, feminineHint: feminine).filter { person in
                !organizations.contains { $0.tokens.overlaps(person.tokens) } && !(speakerLabel?.overlaps(person.tokens) ?? false)
            }
            if let commenterLine, persons.contains(where: { !commenterLine.overlaps($0.tokens) }) {
                persons.removeAll { commenterLine.overlaps($0.tokens) }
            }
            let places = RussianPlaceRecognizer.places(in: t).filter { place in
                !organizations.contains { $0.tokens.overlaps(place.tokens) } && !persons.contains { $0.tokens.overlaps(place.tokens) }
            }
            // A subheading in headline words naming no one and no day ("Журналист под домашним арестом"): the text below tells the
            // act, with its people.
            // (So is a numbered case's: "Кейс 2. Уральск: отказ и вытеснение с площади".)
            if ParagraphReader.headingSentences(sentences).count == 1, context.sentenceNumber > 1, t.count <= Self.subheadingLength, ParagraphReader.isHeading(t), dates.isEmpty,
               persons.isEmpty, organizations.isEmpty {
                events = []
            }
            // Someone's words after their name and a colon ("Координатор группы Жанар Тулегенова: «Это уже третий отказ подряд»")
            // call the act by name; it is told where it happened.
            if Self.quotesASpeaker(t, persons: persons, acts: events), !Self.quotesADecision(t) { events = [] }
            // A bullet card's fields, each a sentence of its own: the head names the town and the people, a bullet the
            // articles, and the outcome's bullet the act without a verb ("• штраф по 100 МРП каждому", "• ОПРАВДАН").
            // (The bullet itself is no token: the text before the sentence shows it. Its line may run on into a note below it.)
            // (What the note below the outcome tells is of the card's people too: "• 10 суток ареста\nЗадержали его накануне …";
            // the outcome's sanctions are those of its line.)
            var cardStated: [LegalProvisionRef] = [], cardPeople: [PersonMention] = [], cardOrganizations: [String] = []
            var cardLine: Range<Int>? = nil
            if let open = t.first, Self.followsABullet(open.start - base, in: paragraphText[...]) {
                let line = t[..<(t.dropFirst().firstIndex(where: startsLine) ?? t.endIndex)]
                let inLine = { (k: Int) in line.indices.contains(k) }
                if events.isEmpty, let head = Self.bulletCardHead(line, persons: persons, places: places) {
                    context.bulletCard = (head.people, head.places, [], [], context.sentenceNumber)
                } else if let card = context.bulletCard, context.sentenceNumber - card.sentence <= Self.bulletCardLength,
                          !persons.contains(where: { inLine($0.tokens.lowerBound) }) {
                    let articles = RussianProvisionRecognizer.provisions(in: line, knownCodes: context.articleCodes).map(\.0)
                    let lineSanctions = sanctions.filter { inLine($0.tokens.lowerBound) }
                    if events.isEmpty, !articles.isEmpty, card.provisions.isEmpty {
                        // ("• ч. 2 ст. 405 УК (участие в деятельности запрещённой организации «Азат Жол»)": the body too.)
                        let bodies = RussianOrganizationRecognizer.organizations(in: line).map { context.knownForm(of: $0.name) }
                        context.bulletCard?.provisions = articles
                        context.bulletCard?.organizations = bodies
                    } else if articles.isEmpty, line.count <= ParagraphReader.sectionHeadingLength,
                              let act = Self.outcome(line, lineSanctions) ?? events.first(where: { inLine($0.trigger.lowerBound) }) {
                        events = [act] + events.filter { !inLine($0.trigger.lowerBound) }
                        cardLine = line.startIndex..<line.endIndex
                        sanctions = lineSanctions
                        cardPeople = card.people
                        recordPlaces = card.places
                        cardStated = card.provisions
                        cardOrganizations = card.organizations
                        context.bulletCard = nil
                    }
                }
            }
            let stated = cardStated.isEmpty ? RussianProvisionRecognizer.provisions(in: t, knownCodes: context.articleCodes).map(\.0).uniqued() : cardStated
            for provision in stated where context.articleCodes.count < 256 { context.articleCodes[provision.article] = provision.code }
            let provisions = stated.isEmpty && events.contains(where: { ParagraphReader.courtActs.contains($0.type) }) ? paragraphProvisions : stated
            if events.isEmpty, !stated.isEmpty { paragraphProvisions = stated }

            // An official's role word marks who acts; "Адвокат Тлеулина Марина Ким" is Tleulin's lawyer, Marina Kim: the
            // role word's person is the one right after the owner named in the genitive.
            func official(_ index: Int) -> Bool {
                var before = persons[index].tokens.lowerBound - 1
                // ("Наш адвокат, Руслан Бекетович, подал жалобу": the role set off by a comma.)
                if before > t.startIndex, t[before].isMark(",") { before -= 1 }
                // ("Постановлением суда Д. Амиров признан …": the court is a body, and the name after it no judge's.)
                return before >= t.startIndex && Self.officialStems.contains { t[before].lower.hasBytePrefix($0) }
                    && !Self.courtForms.contains(t[before].lower)
            }
            let owners = Set(persons.indices.filter { i in
                official(i) && i + 1 < persons.count && persons[i + 1].tokens.lowerBound == persons[i].tokens.upperBound + 1
            })
            // ("пришедших поддержать активиста Сагатова": whom the people came to support is not whom the act befell.)
            func supported(_ index: Int) -> Bool {
                t[max(t.startIndex, persons[index].tokens.lowerBound - 14)..<persons[index].tokens.lowerBound].reversed()
                    .prefix { !$0.isMark(",") }.contains { $0.lower.hasBytePrefix("поддерж") }
            }
            // "Омаров также сообщил, что …": who tells of the act is not whom it befell.
            func speaks(_ index: Int) -> Bool {
                var next = persons[index].tokens.upperBound + 1
                if next < t.endIndex, Self.speechAdverbs.contains(t[next].lower) { next += 1 }
                return next < t.endIndex && Self.speechVerbs.contains { t[next].lower.hasBytePrefix($0) }
            }
            // "сторонник Сагындыкова Ержан Оспанов", "брат Ахметова Серик": the one named after a kinsman's or supporter's word
            // and an owner in the genitive is the person meant; the owner is not.
            let kinOwners = Set(persons.indices.filter { i in
                let before = persons[i].tokens.lowerBound - 1
                return before >= t.startIndex && Self.kinStems.contains { t[before].lower.hasBytePrefix($0) }
                    && i + 1 < persons.count && persons[i + 1].tokens.lowerBound == persons[i].tokens.upperBound + 1
            })
            // (A name alone inside a slogan, «Свободу Дархану», is no one acted on.)
            func inASlogan(_ index: Int) -> Bool {
                guard persons[index].tokens.count == 1 else { return false }
                let before = t[t.startIndex..<persons[index].tokens.lowerBound]
                return (before.lastIndex { $0.isMark("«") } ?? -1) > (before.lastIndex { $0.isMark("»") } ?? -1)
            }
            var targets = persons.indices.filter { i in
                owners.contains(i) ? true : !(official(i) || (i > 0 && owners.contains(i - 1)) || supported(i) || speaks(i)
                    || kinOwners.contains(i) || inASlogan(i))
            }.map { persons[$0] }
            // An interview's or a blog's "меня задержали", "мне назначили": the one whose story it is, named at its top (not
            // someone quoted in «…»).
            // ("оштрафовал нас с Асель Жумагалиевой": the narrator and the one named.)
            // ("моей машины", "ко мне домой": the narrator's things; "моему подзащитному" is someone else.)
            // (Not "в нашей редакции": a body's rooms.)
            let ownThings = events.allSatisfy { [.propertyAttack, .searchOfPremises, .surveillance].contains($0.type) } && (events.isEmpty || !Self.namesABodysRooms(t))
            // A lawyer's "Мой подзащитный Ержан Калиев": her "я узнала, что дело было возбуждено" tells of him, not of her.
            if let client = Self.clientNamed(in: t, persons: persons) { context.client = client }
            if context.author == nil, let author = Self.authorNamed(in: t, persons: persons) { context.author = author }
            // "2.4 7 марта 2022 года суд признал автора виновным …": the communication's author.
            /// Puts someone a word of the sentence means among the targets, where that word stands.
            func target(_ name: String, at k: Int) {
                targets.insert(PersonMention(name: name, tokens: k...k), at: 0)
                targets.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            if !events.isEmpty, let author = context.author, !targets.contains(where: { $0.name == author }),
               let at = t.indices.first(where: { Self.authorWords.contains(t[$0]) }) {
                target(author, at: at)
            }
            if !events.isEmpty, let narrator = commenter ?? context.client ?? (turnInCapitals ? nil : context.narrator), !targets.contains(where: { $0.name == narrator }),
               Self.speaksInTheFirstPerson(t, possessives: ownThings)
                // (An interview's answer told in the first person: its acts on no one named are the speaker's, "— 17 октября
                // в дверь позвонили. … Обыск шёл четыре часа. … Потом меня посадили в машину".)
                // (Not of others: "их задержали", "задержали группу журналистов", nor a newsroom's search.)
                || targets.isEmpty && organizations.isEmpty && (answerInTheFirstPerson || commenter.map { Self.opensWithOwnVerb(t, speaker: $0) } == true)
                    && events.allSatisfy({ Self.actsOnTheSpeaker.contains($0.type) })
                    && !Self.clause(of: events[0].trigger.lowerBound, in: t).contains(where: { w in
                        Self.othersWords.contains(w) || RussianWords.peopleWords.contains(w) || Self.othersStems.contains { w.lower.hasBytePrefix($0) } }) {
                // (Where "мне" stands, so that "мне и Асель дали штраф, Жанар – арест" shares out by position.)
                target(narrator, at: t.indices.first { Self.firstPerson.contains(t[$0]) } ?? t.startIndex)
            }
            // A letter's "Вам объявлено официальное предостережение", "Вы подвергнуты административному аресту": its addressee.
            // (Where the polite "Вы" stands, once for the sentence's acts: their person, and their day below.)
            let polite = events.isEmpty ? nil : Self.politeAddress(in: t)
            if targets.isEmpty, let addressee = context.addressee, let polite {
                target(addressee, at: polite)
            }
            if Self.isASalutation(t), context.addressee == nil, let named = context.lastFullName,
               context.sentenceNumber - named.sentence <= Self.salutationReach {
                context.addressee = named.name
            }
            if let named = persons.first(where: { $0.name.contains(" ") && !$0.official }) { context.lastFullName = (named.name, context.sentenceNumber) }
            /// Whether the sentence speaks of a decision ("оставила это решение без изменения") just after an act on a body,
            /// with no act on people since: the decision was on the body.
            let decides = t.contains { w in Self.decisionStems.contains { w.lower.hasBytePrefix($0) } }
            let bodyDecided = decides ? context.bodyActMeant(within: Self.decisionReach) : nil
            // A search of a body's rooms with no one named ("провели обыск в нашей редакции"): the body's too, below.
            let searchOfABody = targets.isEmpty && !events.isEmpty && events.allSatisfy { $0.type == .searchOfPremises } && Self.namesABodysRooms(t)
            if targets.isEmpty, !events.isEmpty {
                let plural = t.contains { RussianWords.pluralPronouns.contains($0) && !RussianWords.singularPronouns.contains($0) }
                // (An occupation in the plural, "преследование журналистов", is a class of people, no one person.)
                // (A family's post names its own by kin: "признал брата политическим заключённым" is the one whose story it tells.)
                let singular = t.contains { RussianWords.singularPronouns.contains($0) || Self.kinObjects.contains($0) }
                    || t.contains { RussianWords.occupation(of: $0) != nil && !Self.pluralEndings.contains(where: $0.lower.hasByteSuffix) }
                // ("признал партию «Жаңа Арна» экстремистской и запретил её деятельность": "её" is the party's.)
                // (Nor a search of a body's office, its pronoun after the body: "обыск в офисе фонда «Ашық Дала» в рамках проверки
                // его источников"; but "в его квартире и в офисе группы" is a person's.)
                let bodySearched = organizations.first.map { body in
                    events.contains { $0.type == .searchOfPremises }
                        && !t[t.startIndex..<body.tokens.lowerBound].contains { RussianWords.singularPronouns.contains($0) || RussianWords.pluralPronouns.contains($0) }
                } ?? false
                let onABody = !organizations.isEmpty && events.allSatisfy {
                    (ParagraphReader.organisational.contains($0.type) && $0.type != .other) || ($0.type == .searchOfPremises && bodySearched)
                }
                if onABody {
                } else if plural && Self.namesOthers(t) {
                    // ("Ещё двое участников группы, по их словам, получили предупреждения": "их" is the two, not those named before.)
                } else if plural && !singular && Self.countsPeople(t) {
                    // ("около 40 сторонников группы вышли на площадь, однако полиция оцепила их": the crowd the sentence counts.)
                } else if plural || singular {
                    targets = context.referents(plural: plural && !singular, feminine: plural && !singular ? nil : Self.pronounIsFeminine(in: t))
                    // (In a lawyer's text, "его оштрафовали", with no one named near, is her client.)
                    if targets.isEmpty, !plural, let client = context.client { targets = [PersonMention(name: client, tokens: t.startIndex...t.startIndex)] }
                    // (Long after anyone was named, "ему" in the story of one person's case is that person.)
                    if targets.isEmpty, !plural, let subject = context.caseSubject ?? context.headedSubject {
                        targets = [PersonMention(name: subject, tokens: t.startIndex...t.startIndex)]
                    }
                    // (So is it in a chronology's or a form's story of one person: "сотрудники полиции задержали его".)
                    if targets.isEmpty, !plural, recordSubject.isEmpty, let subject = context.formSubject { targets = [PersonMention(name: subject, tokens: t.startIndex...t.startIndex)] }
                }
                // "Рассмотрение дела началось 2 сентября": in a story of one person's case, that person's.
                // (Of a case against several, all of them: "Процесс начался 2 июня".)
                else if events.allSatisfy({ [.other, .criminalCaseOpened, .charged].contains($0.type) }),
                        t.contains(where: { w in Self.caseNouns.contains(w) }) {
                    if let group = context.recentGroups.last, context.sentenceNumber - group.sentence <= ParagraphReader.caseReach {
                        targets = group.people
                    } else if let subject = context.caseSubject {
                        targets = [PersonMention(name: subject, tokens: t.startIndex...t.startIndex)]
                    } else {
                        targets = context.referents(plural: false, within: ParagraphReader.caseReach)
                    }
                }
                // A chronology of one person's persecution: its entries without a name ("12.01 — Задержан …") are theirs.
                // (Not a gathering of a body named refused or dispersed: "акимат отказал инициативной группе «Жайык үні»".)
                else if let subject = profiled ?? context.chronologySubject ?? context.headedSubject ?? (recordSubject.isEmpty ? context.formSubject : nil),
                        organizations.isEmpty || !events.allSatisfy({ ParagraphReader.gatheringActs.contains($0.type) }) {
                    targets = [PersonMention(name: subject, tokens: t.startIndex...t.startIndex)]
                }
                else if events.allSatisfy({ $0.type == .other }), decides, Self.kindReferredTo(t) == nil, bodyDecided == nil {
                    targets = context.referents(plural: true)
                }
                // "всех троих доставили": the last group of three named.
                if let all = t.indices.first(where: { Self.wholeGroup.contains(t[$0]) }), all + 1 < t.endIndex,
                   let count = RussianWords.collectiveCounts[t[all + 1].lower] ?? (t[all].lower.hasBytePrefix("об") ? 2 : nil),
                   let group = context.recentGroups.last(where: { $0.people.count == count && context.sentenceNumber - $0.sentence <= 8 }) {
                    targets = group.people
                }
            }
            // A step of one person's case that names no one ("В мае дело прекратили за отсутствием состава", "11 марта по месту
            // жительства подозреваемого проведён обыск"): the people named last, a few sentences back (with no day of its own,
            // just before), when no group or body has been spoken of since.
            // (An act of another kind only when the sentence speaks of the case: "жалобу оставила без удовлетворения".)
            if targets.isEmpty, !events.isEmpty, organizations.isEmpty, cardPeople.isEmpty, recordSubject.isEmpty,
               events.allSatisfy({ ParagraphReader.unnamedStepsOfACase.contains($0.type) }),
               !events.contains(where: { $0.type == .other }) || t.contains(where: { w in Self.caseStepStems.contains { w.lower.hasBytePrefix($0) } }),
               !Self.namesAGroup(t), !t.contains(where: { RussianWords.pluralPronouns.contains($0) }), !ParagraphReader.isHeading(t),
               bodyDecided == nil, context.bodyActMeant(within: ParagraphReader.caseReach) == nil, Self.kindReferredTo(t) == nil,
               // (Without a day, only just after them in the same paragraph: a new paragraph's "уголовное преследование …,
               // даже завершающееся прекращением дела, …" speaks in general.)
               let recent = context.recentPersons,
               dates.isEmpty ? context.sentenceNumber - recent.sentence <= 1 && recent.sentence >= firstSentence
                   : context.sentenceNumber - recent.sentence <= ParagraphReader.caseReach,
               // (A body named since the people stops it; not one named with them, as where one works: "главного редактора
               // издания «Ертіс таңы» Айгерим Сапарбековой".)
               context.recentOrganizations.map({ context.sentenceNumber - $0.sentence > 3 || $0.sentence <= recent.sentence }) ?? true {
                targets = recent.people.map { PersonMention(name: $0.name, tokens: t.startIndex...t.startIndex, occupation: $0.occupation) }
            }
            if targets.isEmpty, !events.isEmpty, !recordSubject.isEmpty { targets = recordSubject }
            if !cardPeople.isEmpty { targets = cardPeople }
            // "по месту жительства заявительницы проведён обыск": the complainant whose case the report tells.
            if targets.isEmpty, !events.isEmpty, let party = context.party, context.sentenceNumber - party.sentence <= Self.partyReach,
               t.contains(where: { Self.isOneApplicant($0) || RussianWords.singularPronouns.contains($0) }) {
                targets = [PersonMention(name: party.person.name, tokens: t.startIndex...t.startIndex)]
            }
            // "Общественный фонд «Ашық Алаң» … В августе суд приостановил его деятельность": a body's activity, "его" the body named
            // just before, not the last person.
            if persons.isEmpty, organizations.isEmpty, let recent = context.recentOrganizations, context.sentenceNumber - recent.sentence <= 2,
               !recent.names.isEmpty,
               events.contains(where: { [.organizationSuspended, .organizationBanned].contains($0.type) }),
               t.indices.contains(where: { $0 + 1 < t.endIndex && Self.itsWords.contains(t[$0]) && t[$0 + 1].lower.hasBytePrefix("деятельност") }) {
                targets = []
            }
            let names = targets.map(\.name).uniqued()
            // "Уведомление группы граждан в лице А о проведении митинга …": those who filed it, whom a refusal just after is for.
            if events.isEmpty, !names.isEmpty, t.contains(where: { w in Self.filings.contains { w.lower.hasBytePrefix($0) } }) {
                context.notifiers = (names, context.sentenceNumber)
            }
            // ("По данным центра «Ашық сөз», …": the body the news comes from is not acted on.)
            var orgNames = (cardOrganizations + organizations.filter { !Self.namedAsASource($0.tokens, in: t) }.map { context.knownForm(of: $0.name) }).uniqued()
            // "отказал «Болашақ Жастары» в регистрации": a body's name in quotes alone, without its kind, is the body named before.
            if orgNames.isEmpty, events.contains(where: { [.registrationDenied, .organizationSuspended, .organizationBanned].contains($0.type) }) {
                orgNames = Self.quotedNames(in: t).compactMap { context.namedBefore($0) }.uniqued()
            }
            if orgNames.isEmpty, targets.isEmpty, !events.isEmpty, let bodyDecided { orgNames = bodyDecided }
            // "признал всех пятерых виновными" after "задержали пятерых сторонников партии": the same unnamed group, of that body.
            if orgNames.isEmpty, targets.isEmpty, !events.isEmpty, t.contains(where: { Self.wholeGroup.contains($0) }),
               let last = incidents.last, last.persons.isEmpty, !last.organizations.isEmpty, let at = incidentSentence.last, context.sentenceNumber - at <= 2 {
                orgNames = last.organizations
            }
            // "наше движение было признано экстремистским": the body whose text it is, named at its top ("Тема: «Жаңа Қадам» |
            // Еженедельная рассылка").
            if orgNames.isEmpty, !events.isEmpty, let own = context.ownBody, Self.namesItsOwnBody(t) {
                orgNames = [own]
                if events.allSatisfy({ ParagraphReader.organisational.contains($0.type) && $0.type != .other }) { targets = [] }
            }
            // "сторонников партии", "жалобу профсоюза": the body of that kind named last, in a story about it.
            if orgNames.isEmpty, !events.isEmpty, let kind = Self.kindReferredTo(t), let named = context.organizationsByKind[kind],
               context.sentenceNumber - named.sentence <= ParagraphReader.storyReach {
                orgNames = [named.name]
            }
            if orgNames.isEmpty, names.isEmpty, let recent = context.recentOrganizations,
               (context.sentenceNumber - recent.sentence <= 2 && events.contains(where: { ParagraphReader.organisational.contains($0.type) }))
                // A gathering the group called, refused or dispersed: the group's ("группа «…» пыталась провести митинг. 3 марта
                // акимат отказал в согласовании"); not a general sentence without a day ("акиматы регулярно отказывают в согласовании").
                || (context.sentenceNumber - recent.sentence <= 3
                    && events.contains(where: { $0.type == .assemblyDispersed || ($0.type == .assemblyRefused && !dates.isEmpty) })) {
                orgNames = recent.names
            }
            // "Мероприятие было пресечено. 12 участников доставлены в полицию": participants of the gathering just dispersed,
            // the body's that called it.
            if orgNames.isEmpty, names.isEmpty, events.contains(where: { $0.type == .detention }),
               // (Not those who tell: "По словам участников, …".)
               t.indices.contains(where: { t[$0].lower.hasBytePrefix("участник") && !($0 > t.startIndex && ["словам", "данным"].contains(t[$0 - 1].lower)) }),
               let callers = ParagraphReader.dispersersCrowd(incidents, sentences: incidentSentence, now: context.sentenceNumber) {
                orgNames = callers
            }
            // "18 июня в редакции издания провели обыск": the outlet named last, a few sentences back.
            if orgNames.isEmpty, searchOfABody, let recent = context.recentOrganizations,
               context.sentenceNumber - recent.sentence <= ParagraphReader.caseReach {
                orgNames = recent.names
            }
            let locations = places.map(\.canonical).uniqued()
            // (A numbered entry's number, "2.", may be read as a sentence of its own before its dateline.)
            if sentenceIndex == 0 || (sentenceIndex == 1 && ParagraphReader.isANumberAlone(sentences[0].tokens)),
               events.isEmpty, persons.isEmpty || t.first?.lower == "обращение", !locations.isEmpty, t.count <= ParagraphReader.datelineLength {
                datelinePlaces = locations
                // A label of the place alone, with a date at most ("Павлодар.", "ЖАНАОЗЕН, 14 мая 2025"), heads a section; an
                // item's headline ("Нападение в Шымкенте.") does not.
                labelled = t.indices.allSatisfy { k in
                    !t[k].isWord || places.contains { $0.tokens.contains(k) } || dates.contains { $0.tokens.contains(k) }
                }
            }
            // "их отпустили, однако двоих из них — А и Б — суд оштрафовал": each act of a sentence in clauses takes the
            // people named in its own clause.
            let clauses = events.count > 1 ? Self.clauses(of: t) : []

            var sanctionsByEvent = Array(repeating: [Sanction](), count: events.count)
            for mention in sanctions {
                let candidates = events.indices.filter { ParagraphReader.allowedSanctions(events[$0].type).contains(mention.sanction.kind) }
                guard let best = candidates.min(by: { ParagraphReader.distance(events[$0].trigger, mention.tokens) < ParagraphReader.distance(events[$1].trigger, mention.tokens) })
                else { continue }
                if !sanctionsByEvent[best].contains(mention.sanction) { sanctionsByEvent[best].append(mention.sanction) }
            }

            let quote = events.isEmpty ? "" : Tokenizer.string(scalars[(sentence.start - start)..<(sentence.end - start)])
            let laterOn = t.prefix(3).contains { Self.elsewhereInTime.contains($0.lower) }
            let nextStep = t.prefix(3).contains { Self.nextStep.contains($0.lower) }
            // A relative date counts from the day before it once: two acts of one sentence that share "the next day" share
            // its day, and the second does not count from the first.
            var resolved: [Int: PartialDate?] = [:]
            for (index, event) in events.enumerated() {
                // ("Обыск шёл четыре часа. Потом меня посадили в машину и отвезли в полицию": the next step of the morning told,
                // on its day; a later verdict or release after "потом" is of a day not told.)
                let elsewhere = laterOn && !(nextStep && Self.actsOfTheMorning.contains(event.type))
                var date: PartialDate?
                /// Whether the day was told from the one before ("в тот же день", "через два дня"): the story goes on where it was.
                var toldFromTheDayBefore = false
                // ("митинга, запланированного на 25 января": the day planned for the gathering, not the refusal's.)
                // ("уведомление о митинге 18 мая было отклонено 10 мая": the gathering's day, not the refusal's; "содержание под
                // стражей — до 5 мая": the end of a term.)
                let usable: [DateMention] = dates.filter { d in (d.kind != .explicit || d.date != nil) && !Self.namesAPlannedDay(d, in: t)
                    && !(event.type == .assemblyRefused && Self.datesAGathering(d, in: t)) && !Self.endsATerm(d, in: t)
                    // ("Оразбаев, который в ноябре прошлого года уже был оштрафован, подвергнут аресту": the clause's day is its own.)
                    && !Self.inAnotherRelativeClause(d.tokens, than: event.trigger, in: t)
                    // ("оштрафовала меня — якобы за то, что я в январе звал людей на митинг": the day of what it punished.)
                    && !(reason.map { $0 > event.trigger.upperBound && d.tokens.lowerBound > $0 } ?? false)
                    // ("… сломали ей нос, а полиция уже на следующий день квалифицировала …": the next clause's day, after ", а".)
                    && !Self.inALaterContrast(d.tokens, after: event.trigger, in: t)
                    // ("оставила приговор … от 12 марта 2025 года без изменения": the day of the ruling upheld, not of the appeal's.)
                    && !(event.type == .other && t[event.trigger.lowerBound].lower.hasBytePrefix("остав") && d.tokens.lowerBound > event.trigger.upperBound
                         && RussianWords.same(t[d.tokens.lowerBound - 1].lower, "от"))
                    // (A bullet card's outcome takes no day from the note below its line: "Задержали его накануне".)
                    && !(index == 0 && cardLine.map { !$0.contains(d.tokens.lowerBound) } == true) }
                // ("уведомление … от 12.04.2024 г. – отказано письмом исх. № 1187 от 19.04.2024 г.": the day of the paper the act
                // was made by, told after it, not the notice's.)
                if let nearest = Self.papersDay(after: event.trigger, among: usable, in: t)
                    ?? usable.min(by: { ParagraphReader.distance(event.trigger, $0.tokens) < ParagraphReader.distance(event.trigger, $1.tokens) }) {
                    switch nearest.kind {
                    case .explicit:
                        date = nearest.date
                        // ("вышел на свободу 14-го": a day of the month being told, in the story's places.)
                        if nearest.tokens.count == 3, t[nearest.tokens.lowerBound + 1].isMark("-"), nearest.yearInferred { toldFromTheDayBefore = true }
                    case .sameDay, .sameMonth, .relative: toldFromTheDayBefore = true
                    default: break
                    }
                    // "14 марта … вышел с пикетом и через несколько минут был задержан": a day written earlier in the sentence
                    // is the one a relative date counts from.
                    let nearestStart: Int = nearest.tokens.lowerBound
                    let earlier: DateMention? = dates.last { (d: DateMention) -> Bool in
                        d.kind == .explicit && d.date?.precision == .day && d.tokens.upperBound < nearestStart
                    }
                    // ("задержали через семь минут (это было 14 января, …)": or the day a bracket after it gives.)
                    let bracketed: DateMention? = earlier == nil ? dates.first { (d: DateMention) -> Bool in
                        d.kind == .explicit && d.date?.precision == .day && d.tokens.lowerBound > nearestStart && Self.inBrackets(d.tokens, in: t)
                    } : nil
                    let base: PartialDate? = earlier?.date ?? bracketed?.date ?? context.toldMonth ?? context.lastDay
                    switch nearest.kind {
                    case .explicit: date = nearest.date
                    case .sameDay: date = base
                    case .sameMonth: date = base.flatMap(DateRecognizer.month(of:))
                    case .relative(let days, let months):
                        if let known = resolved[nearest.tokens.lowerBound] { date = known; break }
                        // ("на следующий день после задержания": after the last detention told, not the last act.)
                        let after = t[nearest.tokens].contains(where: { RussianWords.same($0.lower, "после") })
                            ? RussianDateRecognizer.actsByNoun[t[nearest.tokens.upperBound].lower] : nil
                        let counted = after.flatMap { context.toldDays.lastDay(of: $0, persons: names) }
                        date = after != nil && counted != nil ? counted.flatMap { DateRecognizer.offset($0, days: days, months: months) }
                            : base.flatMap { DateRecognizer.offset($0, days: days, months: months) }
                        // ("На следующий день" after a month told: that month, a day or a few later.)
                        if date == nil, counted == nil, let month = base, month.precision == .month, months == 0, (0...Self.monthSpill).contains(days) { date = month }
                        resolved[nearest.tokens.lowerBound] = date
                    case .weekday(let wanted):
                        // Under a day's heading that names its weekday ("СРЕДА, 18 МАРТА"), "в среду" is that day.
                        if let today = context.entryToday, !RussianDateRecognizer.isQualifiedWeekday(nearest), DateRecognizer.weekday(of: today) == wanted {
                            date = today
                            break
                        }
                        // ("в прошлую пятницу", "в минувший понедельник": the one before the day of writing, whatever the story told.)
                        date = (RussianDateRecognizer.isQualifiedWeekday(nearest) || context.entryToday != nil ? nil
                                : ParagraphReader.weekdayInAStory(wanted, after: paragraphDay, published: context.publicationDay))
                            ?? (context.entryToday ?? context.publicationDay).flatMap {
                                // (Under an item's dateline of a Sunday, "В воскресенье вышла …" is that Sunday.)
                                DateRecognizer.resolve(nearest.kind, published: $0, past: itemDay != $0 && RussianDateRecognizer.isPastWeekday(nearest, in: t))
                            }
                        // ("в позапрошлую субботу": a week before the last Saturday.)
                        if RussianDateRecognizer.isWeekdayBeforeLast(nearest, in: t), let last = date {
                            date = DateRecognizer.offset(last, days: -Self.daysInAWeek, months: 0)
                        }
                    case .published, .lastNamedMonth:
                        date = (context.entryToday ?? context.publicationDay).flatMap { DateRecognizer.resolve(nearest.kind, published: $0) }
                    }
                }
                // "полиция задержала у здания суда …": the day of the court's act just told, and its place.
                var courthousePlaces: [String] = []
                if date == nil, !elsewhere, verdictDayNamed, let verdict = context.verdictDay {
                    // "В день оглашения приговора у суда …": the verdict's day and town, however long after it is told.
                    date = verdict.day
                    courthousePlaces = verdict.places
                } else if date == nil, !elsewhere, let court = context.lastCourtDay,
                   context.sentenceNumber - court.sentence <= (verdictDayNamed ? ParagraphReader.verdictTimeReach : ParagraphReader.courthouseReach),
                   atCourthouse || Self.atTheCourthouse(t) {
                    date = court.day
                    courthousePlaces = court.places
                }
                // (A court card's decision without a day of its own is of the card's decision day.)
                if date == nil, let decided = card.decisionDay, Self.decidedInACard.contains(event.type) { date = decided }
                // (A card's field without a day has none: its fields are not told in the order of the days; unless the card
                // opens with its day.)
                if date == nil, !elsewhere, recordSubject.isEmpty || cardDay || itemSubject {
                    date = paragraphDay
                    if date != nil, date == context.lastDay { toldFromTheDayBefore = true }
                }
                if date == nil, !elsewhere, Self.decidedAtAHearing.contains(event.type), let hearing = context.hearingDay,
                   context.sentenceNumber - hearing.sentence <= Self.hearingReach {
                    date = hearing.day
                }
                // A letter's own act, in the present to its addressee ("акимат отказывает в согласовании …, заявленного Вами"): the
                // letter's day.
                if usable.isEmpty, polite != nil, t[event.trigger.lowerBound].lower.hasByteSuffix("ает"), let day = context.publicationDay {
                    date = day
                }
                // ("В декабре 1986-го студентов … разгоняли": the Soviet era's history, before the laws the archive checks acts against.)
                if let told = date, told.year < Self.firstYearOfTheRepublic { continue }
                var names = names, targets = targets
                // (Each clause's sanctions too: "оштрафовал А и Б на 50 МРП, а В назначил 10 суток ареста".)
                var clauseSanctions = sanctions
                if clauses.count > 1, let clause = clauses.first(where: { $0.contains(event.trigger.lowerBound) }) {
                    let own = targets.filter { clause.contains($0.tokens.lowerBound) }
                    // "избили Руслана Ермекова …, а в ночь на 3 октября сожгли его машину": a clause that names no one but
                    // says "его" is of the one the sentence named.
                    // ("А и Б были задержаны …, а через два дня судья санкционировал их арест": "их" is all of them.)
                    // (Named before the clause: "их отпустили, но двоих из них — А и Б — оштрафовали" is of others.)
                    let them = targets.count > 1 && targets.allSatisfy({ $0.tokens.upperBound < clause.lowerBound })
                        && t[clause].contains(where: { Self.theirs.contains($0) })
                    targets = own.isEmpty && ((targets.count == 1 && t[clause].contains(where: { Self.thirdPersons.contains($0) })) || them) ? targets : own
                    names = targets.map(\.name).uniqued()
                    clauseSanctions = sanctions.filter { clause.contains($0.tokens.lowerBound) }
                }
                // "Областной суд оставил приговор без изменений": the verdict upheld is of those it was given to.
                // (Not in a card naming its own person: "Подсудимый (осуждённый): …".)
                if persons.isEmpty, orgNames.isEmpty, recordSubject.isEmpty, event.type == .other, let convicted = context.lastConvicted,
                   t.contains(where: { $0.lower.hasBytePrefix("приговор") }) {
                    names = convicted
                }
                // ("… Письмом акимата в проведении мероприятия отказано.": the refusal of the notice told just before; its body, when
                // the sentence names none, is the text's own: "Уведомление подал наш координатор Е. … акимат отказал".)
                if names.isEmpty, orgNames.isEmpty || organizations.isEmpty, event.type == .assemblyRefused, let filed = context.notifiers,
                   context.sentenceNumber - filed.sentence == 1 {
                    names = filed.names
                }
                // A headline's act with no one named and no day ("В Жанаозене задержан организатор"): the text below tells it.
                if names.isEmpty, date == nil, ParagraphReader.headingSentences(sentences).count == 1, ParagraphReader.isHeading(t) { continue }
                var locations = locations
                if locations.isEmpty, date != nil, date == paragraphDay || toldFromTheDayBefore { locations = paragraphPlaces }
                let atTheCourt = locations.isEmpty && datelinePlaces.isEmpty ? courthousePlaces : []
                locations = (recordPlaces + datelinePlaces + locations + atTheCourt).uniqued()
                // ("Троих отпустили поздно вечером того же дня": where the act before it, at the court, happened.)
                if !atTheCourt.isEmpty, paragraphPlaces.isEmpty { paragraphPlaces = atTheCourt }
                if date == nil, names.isEmpty, orgNames.isEmpty, locations.isEmpty { continue }
                if names.isEmpty, orgNames.isEmpty, date?.precision == .year, locations.isEmpty { continue }
                // "Оба обвиняются по части 2 статьи 405 УК.", "Бектурганову предъявлено обвинение." just after their case or
                // arrest was told: that case's charge, no act of its own; its articles go to the act told.
                // (A charge with a day of its own, "В июне … предъявили обвинение", is an act of that day.)
                if event.type == .charged, events.count == 1, !names.isEmpty, dates.isEmpty,
                   let found = incidents.indices.last(where: { Self.actsOfACase.contains(incidents[$0].eventType) && !Set(incidents[$0].persons).isDisjoint(with: names) }),
                   context.sentenceNumber - incidentSentence[found] <= 2 {
                    for provision in provisions where !incidents[found].legalProvisions.contains(provision) { incidents[found].legalProvisions.append(provision) }
                    continue
                }
                if locations.isEmpty, let person = profiled, names == [person] { locations = profiledPlaces }
                if locations.isEmpty { locations = context.sectionPlaces.isEmpty ? context.titlePlaces : context.sectionPlaces }
                // "назначил Ивановой арест на 10 суток, Петрову — штраф 30 МРП": one decision each.
                if let shares = Self.shares(of: event, targets: targets, sanctions: clauseSanctions, in: t),
                   let found = incidents.indices.last, incidents[found].sanctions.isEmpty, context.sentenceNumber - incidentSentence[found] == 1,
                   shares.allSatisfy({ Self.courtAct(imposing: $0.1) == incidents[found].eventType }),
                   Set(shares.flatMap { $0.0.map(\.name) }).isSubset(of: incidents[found].persons) {
                    // "… оштрафовал А и Б. Касымовой назначен штраф в 20 МРП, Бекову — 10 МРП": the fine told, with each one's
                    // amount.
                    incidents[found].sanctions = shares.flatMap(\.1).uniqued()
                    incidents[found].extend(to: sentence.end, scalars: scalars, base: start)
                    incidentSentence[found] = context.sentenceNumber
                    continue
                }
                if var shares = Self.shares(of: event, targets: targets, sanctions: clauseSanctions, in: t) {
                    // A criminal verdict on several people with different terms is one verdict, as annotators give a group
                    // case: "приговорил А к пяти годам, Б и В — к трём годам каждого"; told on in the next sentence ("Г суд
                    // назначил ограничение свободы, Д — штраф"), the same one.
                    if shares.contains(where: { Self.courtAct(imposing: $0.1) == .conviction }) {
                        if let found = incidents.indices.last, incidents[found].eventType == .conviction, !incidents[found].persons.isEmpty,
                           context.sentenceNumber - incidentSentence[found] <= 2, date == nil || incidents[found].date == nil || incidents[found].date == date {
                            incidents[found].persons = (incidents[found].persons + shares.flatMap { $0.0.map(\.name) }).uniqued()
                            incidents[found].sanctions = (incidents[found].sanctions + shares.flatMap(\.1)).uniqued()
                            incidents[found].extend(to: sentence.end, scalars: scalars, base: start)
                            incidentSentence[found] = context.sentenceNumber
                            continue
                        }
                        shares = [(shares.flatMap(\.0), shares.flatMap(\.1).uniqued())]
                    }
                    // "Суд признал А, Б и В виновными. А назначили арест, Б и В — штрафы": the finding told before is these
                    // decisions, and its articles are theirs.
                    var provisions = provisions
                    if let found = incidents.indices.last, incidents[found].eventType == .conviction, incidents[found].sanctions.isEmpty,
                       context.sentenceNumber - incidentSentence[found] == 1,
                       Set(shares.flatMap { $0.0.map(\.name) }).isSuperset(of: incidents[found].persons) {
                        if provisions.isEmpty { provisions = incidents[found].legalProvisions }
                        if date == nil { date = incidents[found].date }
                        // (And its court's town: "Суд Уральска признал обоих виновными. Марату — 10 суток …".)
                        if locations.isEmpty || locations == context.titlePlaces { locations = incidents[found].locations }
                        incidents.remove(at: found)
                        incidentSentence.remove(at: found)
                    }
                    for (people, given) in shares {
                        // (Each act of the sentence finds the same shares: "А арестован на пять суток, Б и В оштрафованы".)
                        if incidents.contains(where: { $0.start == sentence.start && $0.persons == people.map(\.name) && $0.sanctions == given }) { continue }
                        var incident = ProposedIncident(
                            source: source, date: date, eventType: shares.count == 1 && given.contains(where: { Self.criminalKinds.contains($0.kind) }) ? .conviction : Self.courtAct(imposing: given), persons: people.map(\.name), organizations: orgNames,
                            locations: locations, legalProvisions: provisions, sanctions: given, quote: quote, start: sentence.start, end: sentence.end,
                            confidence: 0)
                        for person in people { if let occupation = person.occupation { incident.occupations[person.name] = occupation } }
                        incidents.append(incident)
                        incidentSentence.append(context.sentenceNumber)
                    }
                    if let date, date.precision == .day { context.lastDay = date }
                    continue
                }
                var eventSanctions = sanctionsByEvent[index]
                if event.type == .organizationBanned, eventSanctions.isEmpty { eventSanctions = [Sanction(kind: .banOnActivity)] }
                if event.type == .warning, eventSanctions.isEmpty { eventSanctions = [Sanction(kind: .warning)] }
                // "… признаны виновными. Каждому назначено наказание в виде штрафа в размере 100 МРП.": the finding's sanction.
                // (So is "… признан виновным по ч. 2 ст. 274 УК. Ему назначено наказание в виде штрафа …", the one found guilty
                // told by a pronoun: a fine under the Criminal Code is its sentence.)
                if !eventSanctions.isEmpty, [.fine, .administrativeArrest, .conviction, .warning].contains(event.type),
                   let found = incidents.indices.last, incidents[found].eventType == .conviction, incidents[found].sanctions.isEmpty,
                   !incidents[found].persons.isEmpty, context.sentenceNumber - incidentSentence[found] <= 1,
                   names.isEmpty || Set(names) == Set(incidents[found].persons) {
                    incidents[found].sanctions = eventSanctions
                    let criminal = incidents[found].legalProvisions.contains { $0.code == .criminal }
                    incidents[found].eventType = criminal ? .conviction
                        : Self.courtAct(imposing: eventSanctions) == .conviction && event.type == .warning ? .warning
                        : Self.courtAct(imposing: eventSanctions)
                    incidents[found].extend(to: sentence.end, scalars: scalars, base: start)
                    incidentSentence[found] = context.sentenceNumber
                    continue
                }
                // A fine under the Criminal Code is a criminal sentence.
                let type = ParagraphReader.typeOfFine(event.type, under: provisions, sanctions: eventSanctions)
                var incident = ProposedIncident(
                    source: source, date: date, eventType: type, persons: names, organizations: orgNames, locations: locations,
                    legalProvisions: provisions, sanctions: eventSanctions, quote: quote, start: sentence.start, end: sentence.end, confidence: 0)
                for person in targets { if let occupation = person.occupation { incident.occupations[person.name] = occupation } }
                // "Задержанных силой поместили в автобус и доставили в отдел полиции": the act just told, again, with no one
                // named.
                // (Within its paragraph, however far: "Редакция связывает обыск с серией публикаций".)
                if names.isEmpty, orgNames.isEmpty, let previous = incidents.indices.last(where: { i in
                    incidents[i].eventType == event.type
                        && (incidents[i].date == nil || date == nil || incidents[i].date!.isCompatible(with: date!))
                }) {
                    incidents[previous].merge(incident, scalars: scalars, base: start)
                    incidentSentence[previous] = context.sentenceNumber
                } else if !names.isEmpty, let previous = incidents.indices.last(where: { i in
                    incidents[i].eventType == type && incidents[i].persons.isEmpty && incidents[i].organizations.isEmpty
                        && context.sentenceNumber - incidentSentence[i] == 1
                        && (incidents[i].date == nil || date == nil || incidents[i].date!.isCompatible(with: date!))
                }) {
                    // "Полиция начала задерживать людей у входа в суд. В автозак посадили блогера …": the same detention, now
                    // with someone named.
                    incidents[previous].merge(incident, scalars: scalars, base: start)
                    incidentSentence[previous] = context.sentenceNumber
                } else if let previous = incidents.indices.last(where: { i in
                    incidents[i].eventType == event.type && context.sentenceNumber - incidentSentence[i] == 1 && Set(incidents[i].persons) == Set(names)
                        && (incidents[i].date == nil || date == nil || incidents[i].date!.isCompatible(with: date!))
                }) {
                    incidents[previous].merge(incident, scalars: scalars, base: start)
                    incidentSentence[previous] = context.sentenceNumber
                } else if event.type == .conviction, eventSanctions.isEmpty, let previous = incidents.indices.last,
                          [.fine, .administrativeArrest, .conviction].contains(incidents[previous].eventType),
                          context.sentenceNumber - incidentSentence[previous] == 1, !names.isEmpty,
                          // (Not a verdict of another day with terms of its own: "В ноябре 2024 года его оштрафовали … .
                          // Приговором от 22 апреля 2025 года он признан виновным … и приговорён к ограничению свободы" tells of two
                          // decisions. The day of "признали виновным в участии в собрании 27 февраля" is the gathering's.)
                          incidents[previous].date == nil || date == nil || incidents[previous].date!.isCompatible(with: date!)
                            || sanctionsByEvent.allSatisfy(\.isEmpty),
                          Set(incidents[previous].persons) == Set(names)
                            // (A group verdict's finding told after its terms: the same people, or some of them.)
                            || (incidents[previous].eventType == .conviction && Set(names).isSubset(of: incidents[previous].persons)
                                && (date == nil || incidents[previous].date == date)) {
                    // "Оштрафована на 50 МРП. Суд признал её виновной по статье …" tells of one court decision.
                    incidents[previous].merge(incident, scalars: scalars, base: start)
                    incidentSentence[previous] = context.sentenceNumber
                } else if let same = incidents.firstIndex(where: { $0.eventType == event.type && $0.date == date && $0.start == sentence.start }) {
                    // The act named twice in one sentence ("признал виновным … и назначил наказание …") is one.
                    incidents[same].merge(incident, scalars: scalars, base: start)
                } else {
                    incidents.append(incident)
                    incidentSentence.append(context.sentenceNumber)
                }
                if incident.persons.isEmpty, !incident.organizations.isEmpty { context.lastBodyAct = (context.sentenceNumber, incident.organizations) }
                // (Known to the year only, "Осенью двадцать третьего …", it still keeps "через два дня после задержания" from
                // counting from another act.)
                if let date { context.toldDays.tell(type, of: names, on: date) }
                if type == .conviction || type == .acquittalOrCaseClosed, !incident.persons.isEmpty { context.lastConvicted = incident.persons }
                // (Only a month the story moves on to, or the first it tells after the dateline: not one looked back to,
                // "в марте его уже штрафовали" after 6 October, "дело возбудили ещё в феврале", "который в ноябре уже был оштрафован".)
                if let date, date.precision == .month, !t.contains(where: { Self.lookBackWords.contains($0) || Self.stillWords.contains($0) }),
                   !dates.contains(where: { $0.date == date && Self.inARelativeClause($0.tokens, in: t) }),
                   context.lastDay.map({ $0 == context.publicationDay || DateRecognizer.month(of: $0).map { date > $0 } ?? true }) ?? true {
                    context.toldMonth = date
                }
                if let date, date.precision == .day {
                    context.lastDay = date
                    // (An acquittal is a court's day too: "освобождён в зале суда" after it is of that day.)
                    // (So is a custody hearing's, "Следственный суд санкционировал арест …": "у здания суда" after it is of its day.)
                    if ParagraphReader.courtActs.contains(event.type) || event.type == .acquittalOrCaseClosed
                        || ([.pretrialDetention, .houseArrest].contains(event.type) && t.contains { $0.lower.hasBytePrefix("суд") }) {
                        context.lastCourtDay = (date, context.sentenceNumber, locations)
                    }
                    if type == .conviction { context.verdictDay = (date, locations); context.verdictMonth = nil }
                }
                if let date, date.precision == .month, type == .conviction { context.verdictDay = nil; context.verdictMonth = date }
            }

            // "Среди задержанных — журналистка Анна Ким": the people named are among those of the detention just told; "Среди
            // них", "Это А, Б и В", "Ими оказались А и Б" name the people an act just told only counted.
            if events.isEmpty, !targets.isEmpty, t.count > 2, let last = incidents.indices.last,
               RussianParagraphReader.isAmongDetained(t) && incidents[last].eventType == .detention && context.sentenceNumber - incidentSentence[last] <= 2
                || RussianParagraphReader.namesTheGroup(t) && incidents[last].persons.isEmpty && context.sentenceNumber - incidentSentence[last] == 1
                // "Фигурантом стал блогер А": whom the case just opened is against.
                || Self.namesTheCasesSubject(t) && [.criminalCaseOpened, .charged].contains(incidents[last].eventType) && incidents[last].persons.isEmpty
                    && context.sentenceNumber - incidentSentence[last] == 1 {
                incidents[last].persons = (incidents[last].persons + targets.map(\.name)).uniqued()
                incidents[last].extend(to: sentence.end, scalars: scalars, base: start)
                incidentSentence[last] = context.sentenceNumber
            }
            // "Помимо этого, ему на весь срок запрещено заниматься общественной деятельностью": a ban as long as the term of the
            // act before it.
            if events.isEmpty, sanctions.isEmpty, RussianSanctionRecognizer.wholeTermBan(in: t) != nil, let last = incidents.indices.last,
               context.sentenceNumber - incidentSentence[last] <= 2,
               let term = incidents[last].sanctions.first(where: { [.restrictionOfFreedom, .imprisonment].contains($0.kind) }),
               incidents[last].complete(with: [Sanction(kind: .banOnActivity, months: term.months, years: term.years)], through: sentence.end, scalars: scalars, base: start) {
                incidentSentence[last] = context.sentenceNumber
            }
            // A sentence that only adds sanctions ("Кроме того, ему запретили … на три года") completes the act before it.
            // ("Прокурор просил 5 лет": a term asked for, not given.)
            if events.isEmpty, !statesNoAct, !sanctions.isEmpty, !RussianEventRecognizer.asksFor(t), let last = incidents.indices.last,
               context.sentenceNumber - incidentSentence[last] <= 1 {
                if incidents[last].complete(with: sanctions.map(\.sanction), through: sentence.end, scalars: scalars, base: start) {
                    incidentSentence[last] = context.sentenceNumber
                }
            }
            // A sentence about the same people that names what they are accused of ("Ему вменяют участие в ДВК по ст. 405
            // УК") completes the act told just before, when that act named no article of its own.
            if events.isEmpty, !statesNoAct, !stated.isEmpty, let last = incidents.indices.last, context.sentenceNumber - incidentSentence[last] == 1,
               incidents[last].legalProvisions.isEmpty, !incidents[last].persons.isEmpty,
               Self.refersTo(incidents[last].persons, persons: persons, in: t) {
                incidents[last].legalProvisions = stated
                incidents[last].organizations = (incidents[last].organizations + orgNames).uniqued()
                incidents[last].extend(to: sentence.end, scalars: scalars, base: start)
                incidentSentence[last] = context.sentenceNumber
            }

            // "Обращение Ахметовой Г.С. (г. Актобе).": whose complaint the report tells.
            if let first = t.first, first.lower == "обращение" || first.lower == "заявитель" || first.lower == "заявительница",
               let named = persons.first, named.tokens.lowerBound <= t.startIndex + 2 {
                context.party = (context.sentenceNumber, named)
            }
            // "ХРОНОЛОГИЯ ПРЕСЛЕДОВАНИЯ МИРАСА ЖАНКЕЛДИНА", "Хронология дела Мираса Жанкелдина": whose case the chronology follows.
            if events.isEmpty, t.first(where: \.isWord)?.lower == "хронология", let named = Self.nameInAHeading(t, persons: &context.persons) {
                context.chronologySubject = named
            }
            // A section headed by a name alone in capitals ("■ ЕРЛАН САГЫНДЫКОВ\nнефтяник, 34 года, Жанаозен"): whose acts its
            // sentences tell without naming anyone, whom its "Ерлана" and "её" mean. The next heading in capitals ends it.
            if let heading = Self.lineInCapitals(t, startsLine: startsLine, opensLine: opensLine) {
                let words = heading.filter(\.isWord)
                let named = (2...3).contains(words.count) ? Self.nameInAHeading(heading, persons: &context.persons) : nil
                context.headedSubject = named.flatMap { $0.split(separator: " ").count == words.count ? $0 : nil }
                // (The people of the section before are not whom this one's "её" means.)
                if context.headedSubject != nil { context.recentPersons = nil; context.personsBeforeAGroup = nil }
            }
            // A form's field naming its person ("1. Фамилия, имя, отчество: Жумабаев Ерлан Серикович", a card's "Ф.И.О.:"): the
            // acts the form tells without naming anyone are that person's.
            // (A file of several cards, each with its "ФИО:", has no one person: each card's field names its own.)
            if events.isEmpty, let named = Self.formsPerson(t, persons: persons) {
                context.formFields += 1
                context.formSubject = context.formFields == 1 ? named : nil
            }
            if events.isEmpty, let named = Self.profileLine(t, persons: persons, startsLine: startsLine) {
                profiled = named
                // ("Ерлан Тоқтаров, TikTok-блогер (Актобе), …", "— блогер из Павлодара": the town the person works in.)
                let end = persons.first { $0.name == named }?.tokens.upperBound ?? t.startIndex
                profiledPlaces = places.first { $0.tokens.lowerBound > end }.map { [$0.canonical] } ?? []
            }
            // "по делу гражданского активиста … Дархана Сагындыкова": whose case the story follows.
            if let named = Self.caseNamed(persons, in: t) { context.caseSubject = named }
            // A card's fields: its name and its town.
            // A list's item headed by a name ("2. Ербол Калиев, рабочий …, г. Жанаозен."): whom its acts befell.
            // (Only a numbered item: "2. …" or "2) …".)
            // (So is a line's item within a paragraph, "Что с кем.\n…\n4. Асхат Жумабаев (студент). Судья ограничился
            // предупреждением": its number a sentence of its own at a line's start.)
            let itemNumber: Sentence? = sentenceIndex > 1 && sentences[sentenceIndex - 1].tokens.allSatisfy({ !$0.isWord })
                && sentences[sentenceIndex - 1].tokens.first.map(startsLine) == true ? sentences[sentenceIndex - 1] : nil
            if itemNumber != nil { recordSubject = []; itemSubject = false }
            if sentences[..<sentenceIndex].allSatisfy({ $0.tokens.allSatisfy { !$0.isWord } }) || itemNumber != nil, sentenceIndex + 1 < sentences.count, events.isEmpty,
               // (The item's number may come after a rule line, "————————\n1) Ержан Байгабылов, Актобе — ч.1 ст.174 УК".)
               (itemNumber ?? sentences[0]).tokens.first(where: { $0.kind != .punctuation })?.isNumber == true, let named = persons.first, named.name.contains(" "),
               t[t.startIndex..<named.tokens.lowerBound].allSatisfy({ !$0.isWord }),
               // (Or with an aside in brackets: "4. Асхат Жумабаев (студент, 20 лет).")
               named.tokens.upperBound + 1 < t.endIndex, t[named.tokens.upperBound + 1].isMark(",") || t[named.tokens.upperBound + 1].isMark(".")
                || (itemNumber != nil && t[named.tokens.upperBound + 1].isMark("(")),
               t.count <= Self.itemHeadLength {
                recordSubject = [named]
                itemSubject = itemNumber != nil
                // (And the town it gives, "г. Жанаозен", where they happened.)
                if recordPlaces.isEmpty { recordPlaces = locations }
            }
            if let label = Self.fieldLabel(t) {
                // ("Подсудимые: Бауыржан Оспанов (38 лет), Дильназ Кенжебекова": a plural label names them all.)
                if Self.nameLabels.contains(label), let named = persons.first { recordSubject = label.hasByteSuffix("ые") ? persons : [named] }
                // ("Стороны: Государственный обвинитель – прокуратура г. Шымкент; подсудимая – Оспанова Динара Маратовна": the
                // card's person, whom its decisions are on.)
                if label == "стороны", card.decisionDay != nil, !persons.isEmpty { recordSubject = persons }
                if Self.placeLabels.contains(label), recordPlaces.isEmpty { recordPlaces = locations }
                // A ruling's header ("Суд: … суд г. Уральска", "Дата: 14 марта 2024 года"): the court's town and the day of
                // the decision, for the operative part below it ("ПОСТАНОВИЛ: Признать …"), until the next header.
                if label == "суд", !locations.isEmpty { context.sectionPlaces = locations }
                if label == "дата", events.isEmpty, let day = dates.first(where: { $0.kind == .explicit && $0.date?.precision == .day })?.date {
                    context.headingDay = day
                    context.headingIsADecisionsDay = true
                    context.lastDay = day
                    context.decisionDay = day
                }
            }
            if !locations.isEmpty { paragraphPlaces = locations }
            if Self.atTheCourthouse(t) { atCourthouse = true }
            // (A document's day, "на приговор от 2 февраля 2024 года", is not the day the sentence tells of, when it gives another.)
            // (Nor is the day a term begins or ends: "исчисляя срок с 14.03.2026 г.", "продлил арест до 12 июня".)
            // (Nor the day a gathering is called for: "подал уведомление о митинге на 8 марта".)
            let days = dates.filter { $0.kind == .explicit && $0.date?.precision == .day && !Self.endsATerm($0, in: t) && !Self.namesAPlannedDay($0, in: t) }
            let ofADocument = { (d: DateMention) in d.tokens.lowerBound > t.startIndex && RussianWords.same(t[d.tokens.lowerBound - 1].lower, "от") }
            if events.isEmpty, let heard = days.first(where: { !ofADocument($0) })?.date, Self.tellsAHearing(t) {
                context.hearingDay = (heard, context.sentenceNumber)
            }
            // (A day in a clause on someone, "… Алии Бекеновой, которая 9 июля провела пикет", is what they did before, not the
            // day the sentences after tell of.)
            var toldDay = (days.last { !ofADocument($0) && !Self.inARelativeClause($0.tokens, in: t) } ?? days.last { !ofADocument($0) } ?? days.last)?.date
            // "Последний случай произошёл в минувшую пятницу.": the day the sentences after it tell of.
            if toldDay == nil, events.isEmpty, let weekday = dates.first(where: { if case .weekday = $0.kind { true } else { false } }),
               let today = context.entryToday ?? context.publicationDay {
                toldDay = DateRecognizer.resolve(weekday.kind, published: today, past: RussianDateRecognizer.isPastWeekday(weekday, in: t))
            }
            // "Ровно десять дней назад, в шесть утра, к нам постучали.": the day the sentences after it tell of.
            if toldDay == nil, events.isEmpty, let counted = dates.first(where: { if case .published(let days, 0, false) = $0.kind { days < 0 } else { false } }),
               let today = context.entryToday ?? context.publicationDay {
                toldDay = DateRecognizer.resolve(counted.kind, published: today)
                // (Under the text's own dateline, the story has gone back to that day: its undated acts after are of it.)
                if let day = toldDay, context.headingDay != nil, context.headingDay == context.publicationDay { context.headingDay = day }
            }
            // "Уже на следующий день дело рассмотрел суд. Ему назначили 10 суток …": the hearing's day, counted from the day
            // before, is the day of the decisions told after it.
            if toldDay == nil, events.isEmpty, Self.hearsACase(t), let base = context.lastDay,
               let relative = dates.first(where: { if case .relative(let days, 0) = $0.kind { days > 0 } else { false } }),
               case .relative(let days, _) = relative.kind, let day = DateRecognizer.offset(base, days: days, months: 0) {
                toldDay = day
                context.hearingDay = (day, context.sentenceNumber)
            }
            // "15 марта около 12:00 группа граждан предприняла попытку …" under a police statement of 18 March: the story has
            // gone back to a day of the days before, and its undated acts after are of it.
            // (Not under a ruling's "Дата:", the day of its decision: what it finds happened before is not what it decides.)
            if let day = toldDay, events.isEmpty, !context.headingIsADecisionsDay, !context.headingSummarisesItsDay, let published = context.publicationDay, context.headingDay == published, day < published,
               let fortnight = DateRecognizer.offset(published, days: -Self.recentDays, months: 0), day >= fortnight {
                context.headingDay = day
            }
            if let day = toldDay {
                paragraphDay = day
                if events.isEmpty { context.lastDay = day }
            } else if events.isEmpty, t.lazy.filter(\.isWord).count <= Self.monthToldWords,
                      let month = dates.first(where: { $0.kind == .explicit && $0.date?.precision == .month && !Self.inARelativeClause($0.tokens, in: t) })?.date {
                // "Началось всё в конце марта.": the month the story goes on in, for the paragraph's acts after it that give no
                // time of their own.
                paragraphDay = month
            } else if !events.isEmpty, dates.contains(where: { $0.kind != .explicit }), let day = context.lastDay {
                // "В тот же день суд …": the story's day moves on with it, for the acts after it that give none.
                paragraphDay = day
            }
            if events.isEmpty, persons.isEmpty, paragraphDay?.precision == .day, Self.gathersACrowd(t) { crowdScene = true }
            // (A year after publication, "в бюджете 2026 года", is a plan, not the time told.)
            // (A count's comparison in brackets, "46 нарушений (в IV квартале 2024 г. — 39)", is not the time told either.)
            // (Nor is a year in a card's article field, or in brackets beside no act: "Статья: ч. 2 ст. 272 УК (в редакции до
            // 2023 г. — …; события января 2022 г.)".)
            let articleField = Self.fieldLabel(t).map { Self.articleLabels.contains($0) } ?? false
            for d in dates where d.kind == .explicit && !d.yearInferred && !articleField
                && !(events.isEmpty && Self.inBrackets(d.tokens, in: t) && !Self.isAnIssuesYear(d, in: t, sentence: context.sentenceNumber))
                && !Self.namesNoTimeTold(d, in: t, acts: !events.isEmpty)
                && !(Self.countsCases(t) && t[max(t.startIndex, d.tokens.lowerBound - 4)..<d.tokens.lowerBound].contains { $0.isMark("(") })
                // ("только за 2025 год … было начато более 60 досудебных расследований": a year's figures, no story's year.)
                && !(events.isEmpty && d.date?.precision == .year && Self.countsCases(t))
                // ("за 2024 год по ст. 274 осудили не меньше 17 человек": the year a count of acts is over, no story's year; a
                // title's "Доклад за 2024 год", with no act, still gives it.)
                && !(!actsStated.isEmpty && d.date?.precision == .year && d.tokens.lowerBound > t.startIndex && t[d.tokens.lowerBound - 1].lower == "за")
                // ("За весь первый квартал 2024-го было 31.", "отчётности за 2023 год": an earlier period a figure or a duty is
                // of, no story's year.)
                && !(events.isEmpty && Self.namesAnEarlierPeriod(d, in: t, thanYear: context.year))
                // ("методика 2012 г.", "по закону 2020 г.": the year of a thing named, once the story has a year of its own.)
                && !(context.year != nil && Self.isAThingsYear(d, in: t)) {
                // (A year alone in a long sentence without an act, before the year the text came out, looks back: "Бюро
                // напоминает, что в 2024 году аналогичные санкции …" leaves "20 марта" of a 2025 review in 2025. A year's heading,
                // "2023", or a short "Осенью двадцать третьего." moves the story.)
                if events.isEmpty, d.date?.precision == .year, let published = context.publicationDay, let year = d.date?.year, year < published.year,
                   RussianWords.isYearWord(t[d.tokens.upperBound]) || (d.tokens.upperBound + 1 < t.endIndex && RussianWords.isYearWord(t[d.tokens.upperBound + 1])),
                   t.lazy.filter(\.isWord).count >= Self.lookBackSentenceWords { continue }
                // (Nor does a year in a clause about something told before: "о штрафе, который суд назначил ему в октябре 2024
                // года" leaves "в январе" of a story out in May 2025 in 2025.)
                // (With no day of publication, only a year already known is kept: "у которого в январе 2022 года стояли тысячи"
                // near the top of a story still gives its year.)
                if let year = d.date?.year, context.publicationDay.map({ year < $0.year }) ?? (context.year != nil), Self.inARelativeClause(d.tokens, in: t) { continue }
                if Self.inAFutureClause(d.tokens, in: t) { continue }
                if let year = d.date?.year, year <= context.publicationDay?.year ?? year, year >= Self.firstYearOfTheRepublic { context.year = year }
            }
            if !targets.isEmpty {
                context.recentPersons = (context.sentenceNumber, targets)
                context.personsBeforeAGroup = nil
                if targets.count >= 2 {
                    context.recentGroups.append((context.sentenceNumber, targets))
                    if context.recentGroups.count > 4 { context.recentGroups.removeFirst() }
                }
            } else if let first = t.first(where: \.isWord), RussianWords.singularSubjects.contains(first), let recent = context.recentPersons,
                      context.sentenceNumber - recent.sentence <= 1 {
                // "Данияру 34 года. Он бывший инженер …": the one named just before is still whom the text speaks of.
                context.recentPersons = (context.sentenceNumber, recent.people)
            } else if Self.namesAGroup(t) {
                // "задержали семерых участников": a later "их" means them, not the people named before.
                if let recent = context.recentPersons { context.personsBeforeAGroup = recent }
                context.recentPersons = nil
            }
            if !organizations.isEmpty { context.recentOrganizations = (context.sentenceNumber, orgNames) }
            // The first person named in full near the top is whose story a first-person text tells.
            // (A lawyer writing of "мой подзащитный" is the narrator, not the client: the first named, whatever their role.)
            if context.narrator == nil, context.sentenceNumber <= Self.narratorReach, let first = persons.first(where: { $0.name.contains(" ") }) {
                context.narrator = first.name
            }
            // A speaker introducing herself, however far in ("Всем привет, это Сауле, Сауле Утегалиева, мама Данияра", "Меня
            // зовут Ерлан Сапаров"): whom her "я" means.
            if context.narrator == nil, let speaker = persons.first(where: { $0.name.contains(" ") && Self.introducesItself($0, in: t) }) {
                context.narrator = speaker.name
            }
            // A petition's header line of whom it is from ("от должника Кайырбекова Нурлана Сериковича,"), wherever it stands:
            // its writer, whom the "я" below means (not the official it is addressed to, named first).
            if events.isEmpty, let from = t.indices.first(where: { RussianWords.same(t[$0].lower, "от") && opensLine(t[$0]) }),
               let writer = persons.first(where: { $0.name.contains(" ") && $0.tokens.lowerBound > from
                   && t[(from + 1)..<$0.tokens.lowerBound].allSatisfy { Self.petitionersRoles.contains($0) || $0.isMark(".") } }) {
                context.narrator = writer.name
            }
            for organization in organizations {
                if let kind = Self.kind(before: organization, in: t) { context.organizationsByKind[kind] = (context.sentenceNumber, context.knownForm(of: organization.name)) }
            }
            // A title naming one person ("«Сорок шагов до окна»: тюремная хроника Ерлана Сейткалиева"): whose story the text
            // tells, whom its "его" means when no one else is near.
            if context.caseSubject == nil, context.sentenceNumber <= ParagraphReader.titleReach, events.isEmpty, ParagraphReader.isHeading(t),
               case let named = persons.filter({ $0.name.contains(" ") && !$0.official }), named.count == 1 {
                context.caseSubject = named[0].name
            }
        }
        // A section's heading ("АЛМАТЫ", "ЗА ЧТО СУДИЛИ") places the acts below it by the one town it names, or by none;
        // so does an item's label ("Павлодар. …"). A story's headline naming one town places the whole story.
        // (A bullet's line is an item of a list, no heading: "• Алматы — Ерлан Касымов", "• ч. 6 ст. 488 КоАП".)
        // (A numbered case's heading, "Кейс 2. Уральск: отказ и вытеснение с площади", by its words; an act it names in
        // headline words without a day is told below.)
        let headingWords = ParagraphReader.headingSentences(sentences)
        let bulleted = sentences.count == 1 && sentences[0].tokens.first.map { Self.followsABullet($0.start - base, in: paragraphText[...]) } == true
        if headingWords.count == 1, case let heading = headingWords[headingWords.startIndex].tokens,
           incidents.isEmpty || context.sentenceNumber == 1 || (headingWords.count < sentences.count && incidents.allSatisfy({ $0.date == nil })),
           ParagraphReader.isHeading(heading), !(heading.last?.isMark(":") ?? false), !bulleted {
            let named = PlaceRecognizer.narrowed(RussianPlaceRecognizer.places(in: heading).map(\.canonical).uniqued())
            if context.sentenceNumber == 1 { context.titlePlaces = named.count == 1 ? named : [] }
            else { context.sectionPlaces = named.count == 1 ? named : [] }
        } else if labelled {
            context.sectionPlaces = datelinePlaces
        }
        // A heading of a day alone ("15 января", "16 января 2025 года", a diary's "14 марта, четверг", a card's
        // "05.03 (ср)") dates what follows; another heading ends it.
        // (A numbered heading, "2. ХРОНОМЕТРАЖ (16 марта 2025 г.)", may be read as its number and its words.)
        let headingSentences = headingWords
        if headingSentences.count == 1, incidents.isEmpty {
            let t = headingSentences[headingSentences.startIndex].tokens
            // (A channel's day set off by dashes without its year, "— 22 марта —", is of the year of the day set off before it,
            // not of a year a post between told: "в декабре 2024 года …".)
            let setOffYear = ParagraphReader.isSetOff(t) ? context.entryToday?.year : nil
            let days = RussianDateRecognizer.dates(in: t, contextYear: setOffYear ?? context.year ?? context.publicationDay?.year)
            if days.count == 1, let day = days[0].date, day.precision == .day,
               t.indices.allSatisfy({ days[0].tokens.contains($0) || !t[$0].isWord || RussianWords.isYearWord(t[$0]) || Self.weekdayNames.contains(t[$0]) }) {
                context.headingDay = day
                context.lastDay = day
                // (A diary's heading with its weekday, and a channel's day set off by dashes, "——— 20 марта 2025 ———", are the
                // day its entries' "сегодня" and "вчера" count from.)
                context.entryToday = t.contains(where: { Self.weekdayNames.contains($0) }) || ParagraphReader.isSetOff(t) ? day : nil
            } else if days.count == 1, let day = days[0].date, day.precision == .day,
                      Self.inBrackets(days[0].tokens, in: t) && t.last.map({ $0.isMark(")") }) == true
                        // (Or after "за", a summary's heading: "II. Итоговая сводка офиса за 14 марта 2025 г.")
                        || t.count <= ParagraphReader.sectionHeadingLength && days[0].tokens.lowerBound > t.startIndex
                            && t[days[0].tokens.lowerBound - 1].lower == "за",
                      t.indices.filter({ !days[0].tokens.contains($0) && t[$0].isWord && !RussianWords.isYearWord(t[$0]) }).count <= Self.sectionTitleWords {
                // A section's heading with its day in brackets ("2. ХРОНОМЕТРАЖ (16 марта 2025 г.)"): the day of its entries.
                context.headingDay = day
                context.headingSummarisesItsDay = !Self.inBrackets(days[0].tokens, in: t)
                context.lastDay = day
                context.entryToday = nil
            } else if t.filter(\.isWord).count == 1, let word = t.first(where: \.isWord), let wanted = RussianDateRecognizer.weekday(named: word),
                      let last = context.entryToday ?? context.headingDay, let next = DateRecognizer.offset(last, days: 1, months: 0),
                      let day = DateRecognizer.first(weekday: wanted, from: next) {
                // A chronicle's next day headed by its weekday alone ("Вторник" after "Понедельник, 22 сентября"): the first such
                // day after the one told.
                context.startEntry(on: day)
            } else if ParagraphReader.isHeading(t), t.count <= ParagraphReader.sectionHeadingLength, !(t.last?.isMark(":") ?? false),
                      !(t.last?.isMark(",") ?? false), !ParagraphReader.opensWithABracketedTime(t), !bulleted, !headlineTellsAnAct, !rulingHeader {
                // (A news item's headline that tells its act, "Астана: блогер получил два года", leaves the day's heading in
                // force for the item below it.)
                // (A channel's post of a video alone, "[10:06] [Видео]", is no heading: the day goes on.)
                // (A heading ending in a colon, "ПОСТАНОВИЛ:", leads into the text below it: no new section; nor is a line
                // ending in a comma a heading, "привлекаемых по статье 488 КоАП,".)
                context.headingDay = nil
                context.entryToday = nil
            }
        }
        // A visit's or a diary's entry heading, its day and then where ("12 февраля. СИЗО №1, Павлодар.", "14 мая. Колония,
        // Аркалык."): the day its "вчера" counts from, and the place of what it tells; a day before the story's last one, with
        // no year written, is of the year after ("16 ноября 2025 года … 12 февраля." in a lawyer's notes of 2026).
        if incidents.isEmpty, (2...3).contains(sentences.count), tokens.count <= Self.entryHeadingLength,
           case let first = sentences[0].tokens, case let days = RussianDateRecognizer.dates(in: first, contextYear: context.year ?? context.publicationDay?.year),
           days.count == 1, var day = days[0].date, day.precision == .day,
           first.indices.allSatisfy({ days[0].tokens.contains($0) || !first[$0].isWord || RussianWords.isYearWord(first[$0]) }) {
            // (The entry before gives the year: "за 2024 год" said of old posts in between moves no diary.)
            if days[0].yearInferred, let last = context.entryToday ?? lastDayBefore, let month = day.month, let dayOfMonth = day.day,
               var same = try? PartialDate(year: last.year, month: month, day: dayOfMonth) {
                if same < last, let next = try? PartialDate(year: last.year + 1, month: month, day: dayOfMonth), context.publicationDay.map({ next <= $0 }) ?? true {
                    same = next
                }
                day = same
            }
            context.startEntry(on: day)
            context.year = day.year
            let named = PlaceRecognizer.narrowed(sentences.dropFirst().flatMap { RussianPlaceRecognizer.places(in: $0.tokens).map(\.canonical) }.uniqued())
            context.sectionPlaces = named.count == 1 ? named : []
        }
        // A letter's or a post's own heading ending in its day ("Письмо 2. СИЗО, Уральск, 12 апреля 2024 г."): the day it was
        // written, which its "вчера" and "в четверг" count back from. (The text's own dateline, which gave the day of
        // publication, is no such heading: it dates no paragraph.)
        if incidents.isEmpty, tokens.count <= Self.letterHeadingLength, tokens.first?.isCapitalized ?? false,
           case let days = RussianDateRecognizer.dates(in: tokens[...], contextYear: context.year),
           let last = days.last, !last.yearInferred, let day = last.date, day.precision == .day, day != context.publicationDay,
           tokens[(last.tokens.upperBound + 1)...].allSatisfy({ !$0.isNumber && (!$0.isWord || RussianWords.isYearWord($0)) }),
           tokens[..<last.tokens.lowerBound].contains(where: { $0.isMark(",") }) {
            context.startEntry(on: day)
        }
        // A line near the top that only dates the text ("10 декабря 2025, 15:40") gives the day it was published.
        if context.publicationDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach, incidents.isEmpty, sentences.count == 1 {
            let t = sentences[0].tokens
            let dates = RussianDateRecognizer.dates(in: t, contextYear: nil)
            if dates.count == 1, dates[0].kind == .explicit, !dates[0].yearInferred, let day = dates[0].date, day.precision == .day,
               t.indices.filter({ !dates[0].tokens.contains($0) && t[$0].isWord }).count <= 4 {
                context.publicationDay = day
            }
        }
        // "Литвиненко суд признал виновным в нарушении порядка … . … Во вторник суд оштрафовал его на 50 МРП": a guilty finding
        // with no sanction and no day, whose people a fine, an arrest or a warning of the same paragraph punishes, is that
        // decision told first.
        let told = incidents
        incidents.removeAll { found in
            found.eventType == .conviction && found.sanctions.isEmpty && found.date == nil && !found.persons.isEmpty
                && told.contains { later in
                    later.start > found.start && [.fine, .administrativeArrest, .warning].contains(later.eventType)
                        && Set(found.persons).isSubset(of: Set(later.persons))
                }
        }
        // A court card's result ("Результат рассмотрения: Оправдательный приговор") and the ruling it quotes ("Выдержка из
        // приговора: А … оправдать") are one decision of the card's day.
        if card.decisionDay != nil {
            var merged: [ProposedIncident] = []
            for incident in incidents {
                if let same = merged.firstIndex(where: { $0.eventType == incident.eventType && $0.date == incident.date && Set($0.persons) == Set(incident.persons) }) {
                    merged[same].takeDetails(of: incident)
                } else {
                    merged.append(incident)
                }
            }
            incidents = merged
        }
        if incidents.isEmpty, crowdScene, let day = paragraphDay, day != sceneDay, !paragraphPlaces.isEmpty { context.sceneDay = day }
        return incidents.map { incident in
            var scored = incident
            scored.confidence = ParagraphReader.confidence(of: incident)
            return scored
        }
    }

    /// Whether a year a sentence names is no time an act is told at: "действует с 2020 года" (since), "принятый в 2021
    /// году" (a law's making), a year compared with ("по сравнению с 2023 годом").
    static func namesNoTimeTold(_ d: DateMention, in t: ArraySlice<Token>, acts: Bool) -> Bool {
        // "В марте 2023 года та же община уже получала отказ": a look back; the story's year stays.
        if d.date?.precision != .day, t.contains(where: { lookBacks.contains($0) }) { return true }
        // "Напомним, 11 декабря 2024 года суд …": a reminder of what an earlier issue told.
        if let first = t.first(where: \.isWord), first.lower == "напомним" { return true }
        let before = d.tokens.lowerBound - 1
        // A law's day after its title, in a sentence telling no act: "Закон «О порядке … мирных собраний» от 25 мая 2020 года
        // закрепляет …", "Указом Президента от 8 июня 2021 года".
        if !acts, before - 1 >= t.startIndex, RussianWords.same(t[before].lower, "от"),
           t[before - 1].isMark("»") || lawTitles.contains(where: { t[before - 1].lower.hasBytePrefix($0) }) {
            return true
        }
        guard d.date?.precision == .year else { return false }
        if !acts, before >= t.startIndex, sinceOrUntil.contains(t[before]) { return true }
        // A law's year after its title: "Закон «О порядке организации … мирных собраний» 2020 года".
        if !acts, before >= t.startIndex, t[before].isMark("»") { return true }
        if t[max(t.startIndex, before - 3)...max(t.startIndex, before)].contains(where: { w in lawMaking.contains { w.lower.hasBytePrefix($0) } }) {
            return true
        }
        return t.contains { $0.lower.hasBytePrefix("сравнени") }
    }
    /// Words naming a law or decree by its kind, before the day it was signed: "Указом Президента от …" reads the title's last word.
    private static let lawTitles = ["закон", "указ", "кодекс", "президент", "правительств", "конституци"]
    private static let lawMaking = ["принят", "вступил", "вступи", "действ", "одобр", "подписа", "внесён", "внесен"]
    private static let lookBacks = WordSet(["уже", "ранее", "прежде", "ещё", "еще"])
    private static let sinceOrUntil = WordSet(["с", "со", "до"])

    /// Whether a sentence only asks for an outcome, every act in it an infinitive: a complaint's requests, "1. Приговор … от 28
    /// апреля 2025 года в отношении А отменить и вынести оправдательный приговор." (A ruling's operative part, with its finding of
    /// guilt, is the act itself.)
    static func asksForAnOutcome(_ t: ArraySlice<Token>, acts: [EventMention]) -> Bool {
        // ("вынести оправдательный приговор": the act named by the infinitive's object.)
        // (The acts' own words first: the whole sentence is looked at only when they ask.)
        !acts.isEmpty && acts.allSatisfy { act in
            let k = act.trigger.lowerBound
            return t[max(t.startIndex, k - 2)...k].contains { requestedOutcomes.contains($0) }
        } && !t.contains { $0.lower.hasBytePrefix("виновн") }
    }
    /// Whether a paragraph is a digest item's headline, its town and a colon before a line without a full stop ("Астана: блогер
    /// получил два года ограничения свободы"): the item below tells its act in full.
    static func isAPlacedHeadline(_ t: ArraySlice<Token>) -> Bool {
        guard ParagraphReader.isHeading(t), let colon = t.prefix(Self.headlinePlaceLength).firstIndex(where: { $0.isMark(":") }),
              colon > t.startIndex, let place = RussianPlaceRecognizer.places(in: t[..<colon]).first else { return false }
        return place.tokens.lowerBound == t.startIndex && place.tokens.upperBound + 1 == colon
    }
    /// How many tokens a digest headline's town and its colon may take ("Усть-Каменогорск:").
    private static let headlinePlaceLength = 5

    /// Verbs of how a search went, after its noun: "проводился", "длился", "продолжался".
    /// How many days after a month told to the month only are still read as that month ("на следующий день").
    static let monthSpill = 7
    static let searchDescriptions = WordSet(["проводился", "производился", "длился", "продолжался", "шёл", "шел"])

    /// Whether a sentence weighs an act already told, named by its noun as the subject: "Прекращение дела в отношении Б. при
    /// идентичной фабуле свидетельствует об избирательном характере преследования".
    static func judgesAnAct(_ t: ArraySlice<Token>, acts: [EventMention]) -> Bool {
        // ("Автор утверждает, что его задержание, арест и уголовное преследование нарушили статьи 19 и 21 Пакта": a claim on
        // acts told by their nouns, that they broke a treaty.)
        if !acts.isEmpty, t.contains(where: { w in ["нарушил", "нарушает", "нарушают", "нарушило", "нарушила"].contains { w.lower.hasBytePrefix($0) } }),
           t.contains(where: { $0.lower.hasBytePrefix("пакт") || $0.lower.hasBytePrefix("конвенци") || $0.lower.hasBytePrefix("права") }),
           acts.allSatisfy({ act in Self.actNouns.contains { t[act.trigger.lowerBound].lower.hasBytePrefix($0) } }) {
            return true
        }
        guard let first = acts.first, first.trigger.lowerBound == t.startIndex, t[t.startIndex].lower.hasByteSuffix("ние") else { return false }
        // ("Прекращение дела … мы расцениваем как позитивный сигнал": what the writers make of an act told.)
        return t.contains { w in ["свидетельству", "подтвержда", "показыва", "расценива"].contains { w.lower.hasBytePrefix($0) } }
    }
    /// Acts named by their nouns: "задержание", "арест", "отказ", "преследование".
    private static let actNouns = ["задержани", "арест", "отказ", "преследовани", "обыск", "штраф", "осуждени", "запрет"]
    private static let requestedOutcomes = WordSet(["отменить", "прекратить", "освободить", "оправдать", "изменить", "снять", "вынести",
                                                     "направить", "смягчить",
                                                     // "защита настаивала на прекращении дела": what the defence insisted on.
                                                     "настаивала", "настаивал", "настаивали", "настаивает", "настаивают"])

    /// Whether a sentence is a demand opening with an infinitive: "Освободить всех …", "2) пересмотреть решение о …".
    /// (A ruling's operative part, "Признать Жумагалиева Н.Е. виновным … и подвергнуть …", is the act itself.)
    /// Whether a sentence quotes a court's decision, whose infinitives decide: "Суд постановил: А оправдать", "Выдержка из
    /// приговора: А … оправдать и освободить из-под домашнего ареста в зале суда".
    /// Whether a sentence is someone's words in «…» after their name and a colon, every act among the words: "Координатор
    /// группы Жанар Тулегенова: «Это уже третий отказ подряд»" (not "Полиция Алматы: «Задержаны трое»", no one named).
    static func quotesASpeaker(_ t: ArraySlice<Token>, persons: [PersonMention], acts: [EventMention]) -> Bool {
        guard !acts.isEmpty, let colon = t.firstIndex(where: { $0.isMark(":") }), colon + 1 < t.endIndex, t[colon + 1].isMark("«"),
              t[t.startIndex..<colon].allSatisfy(\.isWord), let speaker = persons.last(where: { $0.tokens.upperBound < colon }),
              speaker.tokens.upperBound == colon - 1 else { return false }
        return acts.allSatisfy { $0.trigger.lowerBound > colon }
    }

    static func quotesADecision(_ t: ArraySlice<Token>) -> Bool {
        if let label = fieldLabelWords(t), label.first == "выдержка" || label.contains(where: { ["приговора", "постановления", "решения"].contains($0) }) { return true }
        return t.contains { w in Self.decidingVerbs.contains { w.lower.hasBytePrefix($0) } }
    }
    private static let decidingVerbs = ["постановил", "приговорил", "определил"]

    static func opensWithAnInfinitive(_ t: ArraySlice<Token>) -> Bool {
        // ("3. Дать правовую оценку …": a demand of four letters too.)
        guard let k = t.firstIndex(where: { $0.isWord }), case let first = t[k], RussianWords.isCyrillic(first), first.lower.count > 3 else { return false }
        // ("Усть-Каменогорск: …": the first part of a town's name.)
        if k + 1 < t.endIndex, t[k + 1].isMark("-"), !t[k + 1].spaceBefore { return false }
        if first.lower == "признать", t.contains(where: { $0.lower.hasBytePrefix("виновн") }) { return false }
        // ("Двадцать второго сентября суд …", "Часть задержанных …", "Сеть заблокировали": a number or a noun in "-ть".)
        if RussianWords.numberWords[first] != nil || first.lower.hasByteSuffix("ость") || nounsInTe.contains(first) { return false }
        // (Of four letters, only "-ть": "Речь идёт о …", "Ночь прошла …" are nouns.)
        if first.lower.count == 4 { return first.lower.hasByteSuffix("ть") }
        return first.lower.hasByteSuffix("ть") || first.lower.hasByteSuffix("ться") || first.lower.hasByteSuffix("чь")
    }

    private static let nounsInTe = WordSet(["часть", "власть", "область", "сеть", "мать", "путь", "суть", "треть", "смерть", "память", "опять",
                                            "нить", "рать", "хоть"])

    /// Whether the sentence counts cases: "зафиксировали 16 случаев", "в 7 случаях", "14 уголовных дел".
    /// Acts that open or hold a criminal case, whose charge told just after is theirs. (After a detention alone, "Его обвиняют в
    /// организации незаконного собрания" is a charge of its own.)
    static let actsOfACase: Set<EventType> = [.criminalCaseOpened, .pretrialDetention, .houseArrest]

    /// Whether a line gives the number of a letter received: "На вх. № ЗТ-2026-00514 от 02.02.2026 г.".
    static func isAnIncomingNumber(_ t: ArraySlice<Token>) -> Bool {
        t.prefix(3).contains { RussianWords.same($0.lower, "вх") }
    }

    /// Where the colon stands that leads into a numbered list inside the sentence ("…: 1) уведомление …"), if one does.
    static func leadInOfAList(_ t: ArraySlice<Token>) -> Int? {
        t.indices.first { k in
            k + 2 < t.endIndex && t[k].isMark(":") && t[k + 1].isNumber && t[k + 1].value == 1 && t[k + 2].isMark(")")
        }
    }

    /// Where a letter's polite "Вы" stands (written with a capital inside the sentence): "Вам объявлено", "Вы привлечены".
    static func politeAddress(in t: ArraySlice<Token>) -> Int? {
        t.indices.first { k in k > t.startIndex && t[k].isCapitalized && politeWords.contains(t[k]) && !t[k - 1].isMark("—") && !t[k - 1].isMark("«") }
    }
    private static let politeWords = WordSet(["вы", "вам", "вас", "вами"])
    /// Whether a sentence greets a letter's addressee: "Уважаемый Ерлан Маратович!".
    static func isASalutation(_ t: ArraySlice<Token>) -> Bool {
        guard let first = t.first, ["уважаемый", "уважаемая"].contains(first.lower), let last = t.last else { return false }
        return last.isMark("!") && t.count <= salutationLength
    }
    private static let salutationLength = 8
    /// How many sentences before its salutation a letter names its addressee.
    private static let salutationReach = 8

    /// The day of the paper an act was made by, just after the act: "отказано письмом исх. № ЗТ-2024-01187 от 19.04.2024 г.",
    /// "подвергнут аресту постановлением суда от 18 марта".
    static func papersDay(after trigger: ClosedRange<Int>, among dates: [DateMention], in t: ArraySlice<Token>) -> DateMention? {
        dates.first { d in
            guard d.kind == .explicit, d.date?.precision == .day, d.tokens.lowerBound > trigger.upperBound + 1,
                  d.tokens.lowerBound - trigger.upperBound <= papersReach, RussianWords.same(t[d.tokens.lowerBound - 1].lower, "от") else { return false }
            let between = t[(trigger.upperBound + 1)..<(d.tokens.lowerBound - 1)]
            return !between.contains { $0.isMark(",") || $0.isMark(";") || $0.isMark("–") || $0.isMark("—") }
                && between.contains { w in paperStems.contains { w.lower.hasBytePrefix($0) } }
        }
    }
    private static let papersReach = 14
    private static let paperStems = ["письм", "постановлени", "решени", "приказ", "исх"]

    /// Whether the word at `k` opens a participle's clause between commas that describes someone by a habit: ", регулярно
    /// публиковавший материалы группы,", ", систематически выступающая против застройки,".
    static func describesByAHabit(_ k: Int, in t: ArraySlice<Token>) -> Bool {
        guard RussianWords.habits.contains(t[k]), k > t.startIndex, t[k - 1].isMark(","), k + 1 < t.endIndex else { return false }
        let next = t[k + 1].lower
        return describingParticipleEndings.contains { next.hasByteSuffix($0) }
    }
    private static let describingParticipleEndings = ["вший", "вшая", "вшее", "вшие", "вшего", "вшей", "вшим", "вших", "ющий", "ющая", "ющие", "ющего",
                                            "ющей", "ющих", "ящий", "ящая", "ящие", "ящего", "ящей", "ящих", "щийся", "вшийся", "вшаяся"]

    /// Where a clause of the reason for an act opens, if the sentence has one: "после того, как", "за то, что", "потому что",
    /// "так как", "поскольку".
    static func reasonClause(in t: ArraySlice<Token>) -> Int? {
        t.indices.first { k in
            let w = t[k].lower
            func word(_ n: Int) -> String { k + n < t.endIndex ? t[k + n].lower : "" }
            if w == "поскольку" { return true }
            if w == "потому", word(1) == "что" { return true }
            if w == "так", word(1) == "как", k > t.startIndex, t[k - 1].isMark(",") { return true }
            if (w == "после" && word(1) == "того") || (w == "за" && word(1) == "то") {
                let next = word(2) == "," ? word(3) : word(2)
                return next == "как" || next == "что"
            }
            return false
        }
    }

    /// Whether the words around an act count how often it happened: "задерживали раз пять", "пару раз штрафовали".
    /// ("было отказано трижды, в последний раз — 14 апреля" tells the last of them: an act.)
    static func countsTimes(near trigger: Int, in t: ArraySlice<Token>) -> Bool {
        (max(t.startIndex, trigger - 3)..<min(t.endIndex, trigger + 4)).contains { k in
            guard RussianWords.same(t[k].lower, "раз") else { return false }
            let neighbours = [k - 1, k + 1].filter { $0 >= t.startIndex && $0 < t.endIndex }
            return neighbours.contains { t[$0].isNumber || RussianWords.numberWords[t[$0]] != nil || timesCounters.contains(t[$0]) }
        }
    }
    private static let timesCounters = WordSet(["пару", "несколько", "много", "не", "сколько", "каждый"])

    static func countsCases(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            // (Not a year: "в 2024 году дела …".)
            guard t[k].isNumber && t[k].text.count < 4 || RussianWords.numberWords[t[k]] != nil, let number = RussianWords.number(at: k, in: t) else { return false }
            let next = number.tokens.upperBound + 1
            // ("к 1 284 интернет-ресурсам": a compound's last part.)
            return (next..<min(t.endIndex, next + 2)).contains { RussianWords.caseWords.contains(t[$0]) }
                || (number.value >= RussianWords.countedThingsFrom && (next..<min(t.endIndex, next + 3)).contains { RussianWords.countedThings.contains(t[$0]) })
        }
    }

    /// Whether a date is a period before the year being told, named after "за": "За весь первый квартал 2024-го было 31." in
    /// a thread on March 2025, "непредставление отчётности за 2023 год" in a review of March 2025.
    static func namesAnEarlierPeriod(_ d: DateMention, in t: ArraySlice<Token>, thanYear known: Int?) -> Bool {
        guard let known, let year = d.date?.year, year < known else { return false }
        return t[max(t.startIndex, d.tokens.lowerBound - periodReach)..<d.tokens.lowerBound].contains { $0.lower == "за" }
    }
    private static let periodReach = 4

    /// Whether a sentence counts some of a whole: "не согласовали 14 из 17 заявленных собраний".
    static func countsSomeOfAll(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard t[k].lower == "из", k > t.startIndex, let part = RussianWords.number(at: k - 1, in: t), part.tokens.upperBound == k - 1,
                  let whole = RussianWords.number(at: k + 1, in: t) else { return false }
            return whole.value > part.value
        }
    }

    /// Whether a sentence opens with "Среди задержанных": the people it names were among those detained.
    static func isAmongDetained(_ t: ArraySlice<Token>) -> Bool {
        RussianWords.same(t[t.startIndex].lower, "среди") && t[t.startIndex + 1].lower.hasBytePrefix("задержан")
    }

    /// Whether a sentence opens by naming the people an act just told only counted: "Среди них — А", "Это А, Б и В",
    /// "Ими оказались А и Б".
    static func namesTheGroup(_ t: ArraySlice<Token>) -> Bool {
        let first = t[t.startIndex], second = t[t.startIndex + 1]
        if isAmongDetained(t) { return true }
        if RussianWords.same(first.lower, "среди") { return RussianWords.same(second.lower, "них") || second.lower.hasBytePrefix("арестован")
            || second.lower.hasBytePrefix("осужд") || second.lower.hasBytePrefix("оштрафован") }
        if RussianWords.same(first.lower, "ими") { return second.lower.hasBytePrefix("оказал") || second.lower.hasBytePrefix("стал") }
        // ("Это были А и Б", "Это — А и Б", "Это А, Б и В"; not "Это решение …", which names nobody.)
        return RussianWords.same(first.lower, "это") && (second.isWord ? second.lower.hasBytePrefix("был") || second.text.first?.isUppercase == true : true)
    }

    /// Whether a sentence tells how things stood rather than what happened: "По состоянию на 1 июля в списке значатся 38
    /// человек …", "Большинство дел возбуждено по статье 274", "Задержаний мониторы не зафиксировали".
    static func tellsAState(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            // "Задержаний в тот день мониторы не зафиксировали": what did not happen.
            if t[k].lower == "не", k + 1 < t.endIndex, t[k + 1].lower.hasBytePrefix("зафиксир") { return true }
            if RussianWords.same(t[k].lower, "состоянию"), k > t.startIndex, t[k - 1].lower == "по", k + 1 < t.endIndex, t[k + 1].lower == "на" { return true }
            // "введен в действие Закон «О масс-медиа», которым уточнены основания приостановления …": a law told, not an act.
            // (Not "решение вступило в законную силу", a decision that became final.)
            // (Nor "призыв принять участие": an infinitive, no law passed.)
            if Self.lawNouns.contains(t[k]), t.contains(where: { w in Self.lawInForce.contains { w.lower.hasBytePrefix($0) } && !w.lower.hasByteSuffix("ть") }) { return true }
            return stateQuantifiers.contains(t[k]) && k + 1 < t.endIndex && RussianWords.caseWords.contains(t[k + 1])
        }
    }
    private static let stateQuantifiers = WordSet(["большинство", "большинства", "часть", "половина", "треть"])
    /// Words telling that a law came into force or was passed: "введен в действие", "вступил в силу", "принят".
    private static let lawInForce = ["введен", "введён", "вступил", "вступает", "вступи", "принят", "подписан"]
    private static let lawNouns = WordSet(["закон", "закона", "законом", "законе", "законы", "законов", "законах"])

    /// How many words a sentence without an act has at least, when a year it names only looks back.
    static let lookBackSentenceWords = 10
    /// How many tokens a line giving the day a text came out may have: "Митинг против повышения тарифов, Уральск, 21.09.2025".
    static let dateLineLength = 12
    /// Words that tell a text came out on the day after them: "опубликовано", "публикации", "размещено", "составлен".
    static let publishing = ["опубликован", "публикаци", "размещен", "размещён", "эфир", "составлен"]
    /// Whether a full name in the nominative is a woman's (true), a man's (false), or says not, by its surname's ending.
    static func isFeminine(name: String) -> Bool? {
        guard name.contains(" "), let surname = name.split(separator: " ").last.map({ String($0).lowercased() }) else { return nil }
        if feminineSurnameEndings.contains(where: { surname.hasByteSuffix($0) }) { return true }
        if masculineSurnameEndings.contains(where: { surname.hasByteSuffix($0) }) { return false }
        return nil
    }
    private static let feminineSurnameEndings = ["ова", "ева", "ёва", "ина", "ына", "ая", "кызы", "қызы"]
    private static let masculineSurnameEndings = ["ов", "ев", "ёв", "ин", "ын", "ий", "улы", "ұлы"]
    /// The gender of the first third-person singular pronoun of a sentence: "на него" a man, "ей" a woman; nil for none.
    static func pronounIsFeminine(in t: ArraySlice<Token>) -> Bool? {
        for k in t.indices {
            if masculinePronouns.contains(t[k]) { return false }
            if femininePronouns.contains(t[k]) { return true }
            // ("его задержали": "его" as whom a verb acts on is a man; "его деятельность" may be a body's.)
            if t[k].lower == "его", k + 1 < t.endIndex, ["ли", "ла", "л"].contains(where: { t[k + 1].lower.hasByteSuffix($0) }), t[k + 1].lower.count > 3 {
                return false
            }
        }
        return nil
    }
    private static let masculinePronouns = WordSet(["он", "него", "ему", "нему"])
    private static let femininePronouns = WordSet(["она", "её", "ее", "неё", "нее", "ей", "ней"])

    /// Whether a name is its speaker's own, given as a self-introduction: after "зовут", or after "это" in a sentence that
    /// greets ("Всем привет, это Сауле, Сауле Утегалиева").
    static func introducesItself(_ person: PersonMention, in t: ArraySlice<Token>) -> Bool {
        let before = t[max(t.startIndex, person.tokens.lowerBound - 4)..<person.tokens.lowerBound]
        if before.contains(where: { $0.lower == "зовут" }) { return true }
        return before.contains(where: { $0.lower == "это" }) && t[..<person.tokens.lowerBound].contains { greetings.contains($0) }
    }
    private static let greetings = WordSet(["привет", "здравствуйте", "здравствуй", "салем", "сәлем", "добрый", "доброе", "приветствую"])

    /// How many sentences into a text its narrator is named.
    static let narratorReach = 4
    /// What a petition's writer is called between "от" and the name: "от должника", "от гр.", "от заявителя".
    static let petitionersRoles = WordSet(["должника", "заявителя", "заявительницы", "гражданина", "гражданки", "гр", "истца", "истицы",
                                           "осуждённого", "осужденного", "подозреваемого", "обвиняемого", "адвоката", "представителя"])
    /// How many words a section's title may have beside the day it gives in brackets.
    static let sectionTitleWords = 4
    /// The author a communication to a UN treaty body names: "Автором сообщения является Ержан Сейткали", "Сообщение
    /// представлено: Ержаном Сейткали (представлен адвокатом …)".
    static func authorNamed(in t: ArraySlice<Token>, persons: [PersonMention]) -> String? {
        for k in t.indices where k + 1 < t.endIndex {
            let word = t[k].lower
            let names = (word.hasBytePrefix("автор") && t[k + 1].lower.hasBytePrefix("сообщени"))
                || (word.hasBytePrefix("представлен") && k > t.startIndex && t[k - 1].lower.hasBytePrefix("сообщени"))
            if names, let named = persons.first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 4 }) { return named.name }
        }
        return nil
    }
    /// The forms of "автор" that name a communication's author in its facts: "автор уведомил акимат", "задержали автора".
    static let authorWords = WordSet(["автор", "автора", "автору", "автором", "авторе"])

    /// The person a lawyer names as her client: "Мой подзащитный Ержан Калиев", "моя подзащитная Асель …".
    static func clientNamed(in t: ArraySlice<Token>, persons: [PersonMention]) -> String? {
        for k in t.indices where k + 1 < t.endIndex && firstPersonPossessives.contains(t[k])
            && (t[k + 1].lower.hasBytePrefix("подзащитн") || t[k + 1].lower.hasBytePrefix("клиент")) {
            if let named = persons.first(where: { $0.tokens.lowerBound > k + 1 && $0.tokens.lowerBound <= k + 3 }) { return named.name }
        }
        return nil
    }

    /// The words between the commas (or dashes) around token `k`.
    static func clause(of k: Int, in t: ArraySlice<Token>) -> ArraySlice<Token> {
        let stops: (Token) -> Bool = { $0.isMark(",") || $0.isMark("—") || $0.isMark("–") || $0.isMark(";") || $0.isMark(":") }
        let start = t[..<k].lastIndex(where: stops).map { $0 + 1 } ?? t.startIndex
        let end = t[k...].firstIndex(where: stops) ?? t.endIndex
        return t[start..<end]
    }
    /// Words of others than the speaker in an answer: third persons, groups, a newsroom.
    private static let othersWords = WordSet(["его", "её", "ее", "ему", "ей", "им", "их", "него", "неё", "нее", "нему", "ней", "ним", "ними",
                                              "они", "он", "она", "всех", "троих", "двоих", "четверых", "пятерых"])
    private static let othersStems = ["групп", "редакци", "офис"]
    /// Endings of a noun of people in the plural: "журналистов", "активистам", "блогерами", "правозащитниках", "журналисты".
    private static let pluralEndings = ["ов", "ам", "ами", "ах", "ы"]
    /// Acts an interview's answer tells of its speaker without naming them.
    static let actsOnTheSpeaker: Set<EventType> = [.searchOfPremises, .detention, .pretrialDetention, .houseArrest, .charged, .conviction,
                                                   .administrativeArrest, .fine, .release]
    /// Whether a sentence speaks of its writer or speaker in the first person, outside quotation marks: "меня задержали".
    static func speaksInTheFirstPerson(_ t: ArraySlice<Token>, possessives: Bool = false) -> Bool {
        var quoted = false
        for k in t.indices {
            let token = t[k]
            if token.isMark("«") { quoted = true } else if token.isMark("»") { quoted = false }
            // (The second person only in an interviewer's question or turn, "Корр.: В декабре вас признали …", "— Вы говорили,
            // что …": a guide's "на каком основании вас задерживают" is its every reader.)
            else if !quoted, firstPerson.contains(token), !secondPerson.contains(token) || addressesTheSpeaker(t) { return true }
            // ("к моему брату пришли с обыском": a kinsman's home, not the narrator's.)
            else if !quoted, possessives, firstPersonPossessives.contains(token),
                    !(k + 1 < t.endIndex && (kinStems.contains(where: { t[k + 1].lower.hasBytePrefix($0) })
                        // ("по месту жительства моего подзащитного": a lawyer's client's home.)
                        || t[k + 1].lower.hasBytePrefix("подзащитн") || t[k + 1].lower.hasBytePrefix("клиент"))) { return true }
            // "Мою апелляцию … оставил в силе", "моё дело": the narrator's own case.
            // (Not "как свидетелю по моему делу": someone else's act in the narrator's case.)
            else if !quoted, firstPersonPossessives.contains(token), k + 1 < t.endIndex, ownCaseStems.contains(where: { t[k + 1].lower.hasBytePrefix($0) }),
                    !(k > t.startIndex && t[k - 1].lower == "по") {
                return true
            }
            // "санкционировал мой арест": the narrator's custody (not "после моего ареста", a day counted from it).
            else if !quoted, firstPersonPossessives.contains(token), k + 1 < t.endIndex, t[k + 1].lower.hasBytePrefix("арест"),
                    !(k > t.startIndex && ["после", "до", "момента", "дня"].contains(t[k - 1].lower)) {
                return true
            }
        }
        return false
    }
    private static let ownCaseStems = ["апелляц", "жалоб", "дел", "иск", "протокол"]
    /// (An interviewer's "Вас задержали 5 мая?" asks the narrator.)
    static let firstPerson = WordSet(["меня", "мне", "мной", "я", "нас", "нам", "вас", "вам", "вы"])
    private static let secondPerson = WordSet(["вас", "вам", "вы"])
    /// Whether a sentence is an interviewer's words to the one they speak with: a question, a turn opening with a dash or
    /// with a label ("Корр.:", "Вопрос:").
    private static func addressesTheSpeaker(_ t: ArraySlice<Token>) -> Bool {
        t.last?.isMark("?") == true || t.first.map { $0.isMark("—") || $0.isMark("–") } == true
            || t.prefix(turnLabelTokens).contains { $0.isMark(":") }
    }
    private static let turnLabelTokens = 4
    private static let firstPersonPossessives = WordSet(["мой", "моя", "моё", "мое", "моего", "моей", "моему", "моим", "моём", "моем", "мою",
                                                         "мои", "моих", "наш", "наша", "наше", "нашего", "нашей", "нашему", "нашим", "нашем",
                                                         "нашу", "наши", "наших"])

    /// Whether a date is the day something was planned for: "запланированного на 25 января", "назначенного на 3 мая".
    static func namesAPlannedDay(_ d: DateMention, in t: ArraySlice<Token>) -> Bool {
        let before = d.tokens.lowerBound - 1
        // ("на 14 сентября был назначен мирный митинг": the day told before what was planned for it.)
        if before >= t.startIndex, RussianWords.same(t[before].lower, "на"),
           t[(d.tokens.upperBound + 1)...].prefix(2).contains(where: { w in Self.planningStems.contains { w.lower.hasBytePrefix($0) } }) {
            return true
        }
        // ("отказано в согласовании проведения 16 декабря митинга": the gathering's day, told before its noun.)
        if before >= t.startIndex, t[before].lower.hasBytePrefix("проведени") { return true }
        guard before - 1 >= t.startIndex, RussianWords.same(t[before].lower, "на") else { return false }
        // ("уведомление о митинге на 8 марта": the gathering's own day.)
        return ["запланирован", "намечен", "назначенн", "планирова", "митинг", "пикет", "шестви", "собрани", "акци", "марш"]
            .contains { t[before - 1].lower.hasBytePrefix($0) }
    }

    /// Possessives before a body's "деятельность": "его", "её", "их".
    private static let itsWords = WordSet(["его", "её", "ее", "их"])
    /// Whether a sentence opens with a verb in the past of one person, of the speaker's gender, without its subject: a chat's
    /// "Вышел сегодня утром, 10 суток отсидел" from Нурлан Есенов, "Отсидела все десять суток" from a woman.
    static func opensWithOwnVerb(_ t: ArraySlice<Token>, speaker: String) -> Bool {
        guard let first = t.first(where: \.isWord), first.isCapitalized, let gender = NameGender.of(speaker) else { return false }
        let word = first.lower
        guard word.unicodeScalars.count > 4, RussianWords.isCyrillic(first) else { return false }
        return (gender == .male ? Self.pastEndingsOfAMan : Self.pastEndingsOfAWoman).contains { word.hasByteSuffix($0) }
    }
    /// Endings of a verb in the past of one man ("вышел", "отсидел") and of one woman ("отсидела", "получила").
    private static let pastEndingsOfAMan = ["ел", "ал", "ил", "ыл"], pastEndingsOfAWoman = ["ела", "ала", "ила", "ыла"]
    /// Participles of planning a gathering: "назначен", "запланирована", "намечено".
    private static let planningStems = ["назначен", "запланирован", "намечен"]
    /// How many sentences after a day planned the people may come "всё равно" on it (the refusal and what it said between).
    static let plannedDayReach = 6
    /// Where a sentence says people came to a gathering though it was refused: "Люди всё равно пришли", "несмотря на отказ,
    /// собрались", "в назначенный день вышли".
    static func cameAnyway(_ t: ArraySlice<Token>) -> ClosedRange<Int>? {
        guard t.contains(where: { w in Self.comingStems.contains { w.lower.hasBytePrefix($0) } }) else { return nil }
        for k in t.indices where k + 1 < t.endIndex {
            if ["всё", "все"].contains(t[k].lower), t[k + 1].lower == "равно" { return k...(k + 1) }
            if t[k].lower == "несмотря", t[k + 1].lower == "на", k + 2 < t.endIndex, t[k + 2].lower.hasBytePrefix("отказ") { return k...(k + 2) }
            if t[k].lower == "в", k + 2 < t.endIndex, ["назначенный", "намеченный", "запланированный"].contains(t[k + 1].lower), t[k + 2].lower == "день" {
                return k...(k + 2)
            }
        }
        return nil
    }
    /// Verbs of people coming to a gathering.
    private static let comingStems = ["пришл", "пришёл", "пришел", "вышл", "вышел", "собрал", "явил"]

    /// The day of a news agency's dateline: a town in capitals, a comma and a day, alone in their sentence ("АСТАНА, 3 марта.").
    static func wireDateline(_ t: ArraySlice<Token>, _ dates: [DateMention]) -> PartialDate? {
        guard t.count >= 4, t[t.startIndex].isAllCaps, t[t.startIndex].text.count >= 3, t[t.startIndex + 1].isMark(","),
              let date = dates.first(where: { $0.kind == .explicit && $0.date?.precision == .day }), date.tokens.lowerBound == t.startIndex + 2,
              t[(date.tokens.upperBound + 1)...].allSatisfy({ $0.kind == .punctuation }),
              !RussianPlaceRecognizer.places(in: t[t.startIndex...t.startIndex]).isEmpty else { return nil }
        return date.date
    }

    /// The names in «…» a sentence writes: "«Болашақ Жастары»" gives "Болашақ Жастары".
    static func quotedNames(in t: ArraySlice<Token>) -> [String] {
        var names: [String] = []
        for k in t.indices where t[k].isMark("«") {
            guard let close = t[(k + 1)...].prefix(8).firstIndex(where: { $0.isMark("»") }), close > k + 1 else { continue }
            names.append(t[(k + 1)..<close].map(\.text).joined(separator: " "))
        }
        return names
    }

    /// The person a heading names, in capitals or not: its words are read again in title case.
    /// A sentence's first line when it opens the sentence and its words (two at least) are all in capitals: "■ ЕРЛАН
    /// САГЫНДЫКОВ", "■ АТЫРАУ: ДВИЖЕНИЕ «АТЫРАУ ЖАСТАРЫ»".
    static func lineInCapitals(_ t: ArraySlice<Token>, startsLine: (Token) -> Bool, opensLine: (Token) -> Bool) -> ArraySlice<Token>? {
        guard let first = t.first, opensLine(first) else { return nil }
        let line = t[..<(t.dropFirst().firstIndex(where: startsLine) ?? t.endIndex)]
        let words = line.filter(\.isWord)
        guard words.count >= 2, words.allSatisfy({ $0.text.count >= 2 && $0.text.unicodeScalars.allSatisfy { !$0.properties.isLowercase } && $0.text.unicodeScalars.contains { $0.properties.isAlphabetic } }) else { return nil }
        return line
    }

    static func nameInAHeading(_ t: ArraySlice<Token>, persons: inout RussianPersonRecognizer) -> String? {
        // (From the first given name on: "Хронология преследования Мираса Жанкелдина".)
        var words = t.filter(\.isWord).map { String($0.text.prefix(1)).uppercased() + String($0.text.dropFirst()).lowercased() }
        guard var first = words.firstIndex(where: { RussianPersonRecognizer.givenName($0) != nil }) else { return nil }
        // (A surname before it, as court papers write names: "в отношении гр. Сарсенов Ерлан Маратұлы".)
        if first > words.startIndex, RussianPersonRecognizer.surnameNominative(words[first - 1], feminine: false) != nil
            || RussianPersonRecognizer.surnameNominative(words[first - 1], feminine: true) != nil { first -= 1 }
        for i in words.indices where i < first { words[i] = words[i].lowercased() }
        let titled = Tokenizer.tokens(Array(words.joined(separator: " ").unicodeScalars)[...], base: 0)
        return persons.persons(in: titled[...], feminineHint: false).first?.name
    }

    /// The person named after "по делу" within a few words, with no full stop between: whose case a story follows.
    /// The person a form's name field gives: "Фамилия, имя, отчество: Жумабаев Ерлан Серикович", "Ф.И.О.: Ермеков Данияр
    /// Сапарович" (its label's words, after an item's number, then the name right after the colon).
    static func formsPerson(_ t: ArraySlice<Token>, persons: [PersonMention]) -> String? {
        guard let colon = t.prefix(Self.formLabelLength).firstIndex(where: { $0.isMark(":") }),
              let named = persons.first(where: { $0.tokens.lowerBound == colon + 1 }), named.name.contains(" ") else { return nil }
        let label = t[t.startIndex..<colon].filter(\.isWord).map(\.lower).drop { $0.allSatisfy(\.isNumber) }
        return Self.formNameLabels.contains(label.joined(separator: " ")) ? named.name : nil
    }
    private static let formLabelLength = 10
    private static let formNameLabels: Set<String> = ["фио", "ф и о", "фамилия имя отчество", "фамилия имя", "фамилия имя отчество заявителя",
                                                      "фио заявителя", "ф и о заявителя"]
    static func caseNamed(_ persons: [PersonMention], in t: ArraySlice<Token>) -> String? {
        for k in t.indices.dropFirst() where RussianWords.same(t[k].lower, "делу") && t[k - 1].lower == "по" {
            if let person = persons.first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 16 }),
               !t[(k + 1)..<person.tokens.lowerBound].contains(where: { $0.isMark(".") || $0.isMark(";") }) {
                return person.name
            }
        }
        return nil
    }

    /// "прошлого года", "прошедшего года": the year before.
    private static let lastWords = WordSet(["прошлого", "прошедшего"])
    /// "в прошлом году", "в минувшем году", "в позапрошлом году".
    private static let lastYearWords = WordSet(["прошлом", "минувшем", "прошедшем", "позапрошлом"])
    /// "следующего года": the year after the one told.
    private static let nextWords = WordSet(["следующего"])
    /// A relative as an act's object or its holder: "брата", "сыну", "мужа" (not "брат", a subject that acts).
    static let kinObjects = WordSet(["брата", "брату", "братом", "сына", "сыну", "сыном", "мужа", "мужу", "мужем", "отца", "отцу", "отцом",
                                     "сестру", "сестре", "сестрой", "дочь", "дочери", "дочерью", "жену", "жене", "женой"])
    /// Pronouns of a third person, in their cases.
    static let thirdPersons = WordSet(["его", "её", "ее", "ему", "ей", "он", "она", "него", "неё", "нее", "нему", "ней"])
    static let theirs = WordSet(["их", "им", "они", "них", "ним"])
    /// Words that tell a look back to an earlier time: "ранее", "прежде".
    private static let lookBackWords = WordSet(["ранее", "прежде", "раньше"])
    /// Whole months from one date to a later one.
    static func months(from a: PartialDate, to b: PartialDate) -> Int { (b.year * 12 + (b.month ?? 1)) - (a.year * 12 + (a.month ?? 1)) }
    /// "ещё в феврале": a time before the one told, the nearer of the two it could be.
    private static let stillWords = WordSet(["ещё", "еще"])

    /// The label a line opens with, lower-cased ("фио" of "ФИО: …", "город" of "Город: …"): one word before a colon.
    static func fieldLabel(_ t: ArraySlice<Token>) -> String? {
        guard t.count > 2, t[t.startIndex].isWord else { return nil }
        if t[t.startIndex + 1].isMark(":") { return t[t.startIndex].lower }
        // ("Подсудимый (лицо, привлекаемое к ответственности): …": an aside in brackets before the colon.)
        guard t[t.startIndex + 1].isMark("("), let close = t.prefix(labelAside).firstIndex(where: { $0.isMark(")") }),
              close + 2 < t.endIndex, t[close + 1].isMark(":") else { return nil }
        return t[t.startIndex].lower
    }
    /// How many tokens a field's label with its aside in brackets may take.
    private static let labelAside = 10
    /// Whether a date stands in a clause that ", а" or ", но" opens after an act: another subject's doing.
    static func inALaterContrast(_ span: ClosedRange<Int>, after trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard span.lowerBound > trigger.upperBound + 2 else { return false }
        return (trigger.upperBound + 1..<span.lowerBound).contains { k in
            t[k].isMark(",") && k + 1 < span.lowerBound && ["а", "но"].contains(t[k + 1].lower)
        }
    }
    /// Whether a line is a message's stamp in square brackets, a label and a clock time with its day: "[Голосовое 7 |
    /// 19.03.2025, 18:30]", "[Voice message 2 | 15.03.2025, 09:17]".
    static func isAMessageStamp(_ line: [Token]) -> Bool {
        guard line.count <= messageStampLength, line.first?.isMark("[") == true, line.last?.isMark("]") == true else { return false }
        return line.indices.contains { k in
            k + 2 < line.count && line[k].isNumber && line[k + 1].isMark(":") && line[k + 2].isNumber && !line[k + 1].spaceBefore
        }
    }
    private static let messageStampLength = 20
    /// The future's auxiliaries before a passive participle: "будете задержаны", "будут привлечены".
    static let futureAuxiliaries = WordSet(["будете", "будут", "будешь", "будем", "буду"])
    /// An officer's order to a crowd: "расходитесь", "разойдитесь".
    /// Whether a sentence says what one monthly index is worth: "1 МРП в 2025 году — 3 932 тенге", "1 МРП = 3932 тг".
    static func valuesTheIndex(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard t[k].text == "1", k + 1 < t.endIndex, ["мрп", "мзп"].contains(t[k + 1].lower) else { return false }
            return t[(k + 2)..<min(t.endIndex, k + 7)].contains { $0.isMark("—") || $0.isMark("–") || $0.isMark("=") || $0.lower == "составляет" }
        }
    }

    /// The term a text defines for a body just named, "«Еңбек Жолы» (далее – Профсоюз)": the term's stem (without its
    /// case ending) and the body's name.
    static func definedBody(in t: ArraySlice<Token>, organizations: [OrganizationMention]) -> (stem: String, name: String)? {
        guard let k = t.indices.first(where: { t[$0].lower == "далее" && $0 > t.startIndex && t[$0 - 1].isMark("(") }),
              let body = organizations.last(where: { $0.tokens.upperBound < k - 1 && k - 1 - $0.tokens.upperBound <= 2 }),
              let term = t[(k + 1)...].prefix(3).first(where: { $0.isWord }), term.isCapitalized else { return nil }
        var stem = term.lower
        if let last = stem.last, "аяеоыиьй".contains(last) { stem.removeLast() }
        guard stem.count >= 4 else { return nil }
        return (stem, body.name)
    }

    /// Whether a year stands right after a noun it qualifies, with no preposition before it: "методика 2012 г.", "закону
    /// 2020 г.", "МРП 2025" (not "в 2019 году", "летом 2023 года").
    static func isAThingsYear(_ d: DateMention, in t: ArraySlice<Token>) -> Bool {
        guard d.date?.precision == .year, d.tokens.lowerBound > t.startIndex else { return false }
        let before = t[d.tokens.lowerBound - 1]
        return before.isWord && RussianWords.isCyrillic(before) && before.lower.count > 3 && !yearPrepositions.contains(before)
            && RussianWords.month(of: before) == nil && !RussianDateRecognizer.seasons.contains(before)
    }
    private static let yearPrepositions = WordSet(["около", "после", "перед", "конце", "начале", "середине", "течение", "протяжении", "концу",
                                                   "началу", "весь", "всего", "того", "этого", "прошлого", "текущего", "следующего"])
    static let ordersToDisperse = WordSet(["расходитесь", "разойдитесь",
                                           // "Подошёл майор, требует разойтись, акция «не согласована»": told of the order.
                                           "разойтись"])
    /// How many tokens a speaker's correction of a day may take ("… нет, стоп, это было в четверг").
    static let correctionReach = 10
    /// How many tokens a list item's head naming its person may take ("6) Бауыржан Тилеуов, 38 лет, предприниматель, один из
    /// администраторов городского чата инициативы.").
    static let itemHeadLength = 24
    /// How many tokens an entry's heading of a day and a place may take ("12 февраля. СИЗО №1, Павлодар.").
    static let entryHeadingLength = 16
    /// The year Kazakhstan became independent (December 1991): acts told before it are history.
    static let firstYearOfTheRepublic = 1991
    /// The words of a field's label before its colon, up to three: "Результат рассмотрения:", "Дата решения:".
    static func fieldLabelWords(_ t: ArraySlice<Token>) -> [String]? {
        ParagraphReader.fieldLabel(t, words: Self.labelWords)?.words
    }
    private static let labelWords = 3
    /// Whether a line heads a forwarded message: "Переслано из «…»", "Пересланное сообщение от …".
    static func opensAForward(_ t: ArraySlice<Token>) -> Bool {
        let words = t.lazy.filter(\.isWord).prefix(2).map(\.lower)
        return words.first.map { $0.hasBytePrefix("переслан") } == true && words.dropFirst().first.map { ["из", "от"].contains($0) } == true
    }
    /// A forwarded message's header ("Переслано из «Ақтөбе Тілші» (04.03.2025)"): the channel whose "мы" and "наша редакция"
    /// the message speaks in (not a person's, "Переслано из «Адвокат Серик Омаров»"), and the day it was written.
    static func forward(_ t: ArraySlice<Token>) -> (channel: String?, day: PartialDate?)? {
        guard opensAForward(t) else { return nil }
        let channel = quotedNames(in: t).first.flatMap { name in
            name.split(separator: " ").contains(where: { RussianPersonRecognizer.isGivenName(String($0)) }) ? nil : name
        }
        let day = RussianDateRecognizer.dates(in: t, contextYear: nil).first { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }?.date
        return (channel, day)
    }

    /// Whether a sentence names the rooms of a body, not a person's home: "в редакции", "в офисе фонда", "в штабе".
    /// ("в его квартире и в офисе группы" is a person's home too.)
    static func namesABodysRooms(_ t: ArraySlice<Token>) -> Bool {
        t.contains { w in bodysRooms.contains { w.lower.hasBytePrefix($0) } } && !t.contains { w in homes.contains { w.lower.hasBytePrefix($0) } }
    }
    private static let bodysRooms = ["редакци", "офис", "штаб"], homes = ["квартир", "дом", "жиль", "жилищ", "жительств"]

    /// What a court card says of its case: the day of its decision ("Дата решения: 16.01.2026") and whether it is a civil case.
    static func courtCard(_ sentences: [Sentence]) -> (decisionDay: PartialDate?, civil: Bool) {
        var decisionDay: PartialDate?, civil = false
        // A form's "Дата:" alone, with a field of the outcome below ("Решение: …"): a hearing's card, of that day.
        var formDay: PartialDate?, outcome = false
        for sentence in sentences {
            let t = sentence.tokens
            guard let label = fieldLabelWords(t) else { continue }
            if label.first == "дата",
               let day = RussianDateRecognizer.dates(in: t, contextYear: nil).first(where: { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day })?.date {
                if label.count > 1, decisionWords.contains(label[1]) { decisionDay = day } else if label.count == 1 { formDay = formDay ?? day }
            }
            if label.count == 1, outcomeLabels.contains(label[0]) { outcome = true }
            if label == ["категория"], t.contains(where: { $0.lower.hasBytePrefix("гражданск") }) { civil = true }
        }
        if decisionDay == nil, outcome { decisionDay = formDay }
        return (decisionDay, civil && decisionDay != nil)
    }
    private static let decisionWords = WordSet(["решения", "вынесения", "постановления", "приговора", "рассмотрения", "определения"])
    static let filingWords = WordSet(["поступления", "регистрации", "подачи", "принятия"])
    /// The acts a court card's decision is: what the court decided, in the card's result or in the ruling quoted.
    static let decidedInACard: Set<EventType> = [.conviction, .fine, .administrativeArrest, .warning, .acquittalOrCaseClosed,
                                                 .pretrialDetention, .houseArrest, .other]
    /// Labels of a card's field naming its person, and its town.
    static let nameLabels = WordSet(["фио", "ф.и.о", "имя", "лицо", "подсудимый", "подсудимая", "подсудимые", "задержанный", "задержанная",
                                     "журналист", "журналистка", "активист", "активистка", "блогер", "заключённый", "заключенный", "осуждённый", "осужденный", "обвиняемый", "обвиняемая", "фигурант", "фигурантка",
                                     // An application's card: "Заявитель: Бекмуханов Е. К., инициативная группа «Таза Жайық» … Решение — отказано".
                                     "заявитель", "заявительница", "заявители"])
    /// Whether a year alone in brackets is the year of a heading near the top, as an issue's line gives it: "Выпуск № 11
    /// (2025): неделя с 10 по 16 марта".
    static func isAnIssuesYear(_ d: DateMention, in t: ArraySlice<Token>, sentence: Int) -> Bool {
        guard sentence <= ParagraphReader.publicationReach, d.date?.precision == .year, ParagraphReader.isHeading(t),
              d.tokens.lowerBound > t.startIndex, d.tokens.upperBound + 1 < t.endIndex else { return false }
        return t[d.tokens.lowerBound - 1].isMark("(") && t[d.tokens.upperBound + 1].isMark(")")
    }

    /// Whether a span stands inside brackets, opened before it or closed after it within the sentence.
    static func inBrackets(_ span: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        let before = t[..<span.lowerBound], after = t[(span.upperBound + 1)...]
        if let open = before.lastIndex(where: { $0.isMark("(") }), open > before.lastIndex(where: { $0.isMark(")") }) ?? t.startIndex - 1 { return true }
        guard let close = after.firstIndex(where: { $0.isMark(")") }) else { return false }
        return close < after.firstIndex(where: { $0.isMark("(") }) ?? t.endIndex
    }
    /// Labels of a card's field citing the law its case is under.
    static let articleLabels = WordSet(["статья", "статьи", "обвинение", "квалификация"])
    /// Labels of a card's field telling how its case ended.
    static let outcomeLabels = WordSet(["итог", "итоги", "результат", "исход", "решение"])
    /// The act a verbless outcome names: by its first sanction, or an acquittal by its verdict's adjective.
    static func outcome(_ t: ArraySlice<Token>, _ sanctions: [SanctionMention]) -> EventMention? {
        // ("Итог: оправдательный приговор"; a bullet's "ОПРАВДАН", "оправдана".)
        if let verdict = t.indices.first(where: { t[$0].lower.hasBytePrefix("оправдательн") || t[$0].lower.hasBytePrefix("оправдан") }) {
            return EventMention(type: .acquittalOrCaseClosed, trigger: verdict...verdict)
        }
        guard let first = sanctions.first else { return nil }
        let type: EventType
        switch first.sanction.kind {
        case .administrativeArrest: type = .administrativeArrest
        case .fine: type = .fine
        case .restrictionOfFreedom, .imprisonment: type = .conviction
        case .suspension: type = .organizationSuspended
        case .warning: type = .warning
        case .banOnActivity, .other: return nil
        }
        return EventMention(type: type, trigger: first.tokens)
    }
    /// Whether a sentence counts the time since an act told before: "Сегодня ровно год, как меня забрали у подъезда",
    /// "Прошло два месяца, как его арестовали". An anniversary, no act.
    static func countsTimeSince(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            k + 2 < t.endIndex && Self.spansOfTime.contains(t[k]) && t[k + 1].isMark(",") && t[k + 2].lower == "как"
        }
    }
    private static let spansOfTime = WordSet(["год", "года", "лет", "месяц", "месяца", "месяцев", "неделя", "недели", "недель"])
    /// Whether a sentence opens with a list of kinds of acts ("Задержания, штрафы, обыск в редакции, приговор коллеге …"): a
    /// summary of what a text tells, no act of its own.
    static func listsKindsOfActs(_ t: ArraySlice<Token>) -> Bool {
        guard let k = t.firstIndex(where: \.isWord), k + 1 < t.endIndex, t[k + 1].isMark(","), pluralActNouns.contains(t[k]) else { return false }
        return true
    }
    /// Whether a sentence opens with a treaty's articles as a label and names acts without a day ("Статьи 21 и 22: санкции
    /// против соавторов за мирный пикет, отказ в проведении митинга и обыск"): what a complaint says the articles cover.
    static func headsAnArticlesClaims(_ t: ArraySlice<Token>) -> Bool {
        guard let first = t.first, first.lower == "статья" || first.lower == "статьи",
              let colon = t.prefix(8).firstIndex(where: { $0.isMark(":") }), colon > t.startIndex + 1 else { return false }
        return t[(t.startIndex + 1)..<colon].allSatisfy { $0.isNumber || $0.isMark(",") || $0.lower == "и" } && !t[colon...].contains { $0.isNumber }
    }
    private static let pluralActNouns = WordSet(["задержания", "аресты", "штрафы", "обыски", "приговоры", "допросы", "предостережения",
                                                  "предупреждения", "нападения", "угрозы", "увольнения", "суды"])
    /// A ruling's header line of its day and its town set apart by spaces, and nothing else: "17 марта 2026 года      город
    /// Алматы". (Not a press release's "15 сентября 2025 г., г. Актобе".)
    static func rulingHeader(_ t: ArraySlice<Token>) -> (day: PartialDate, town: String)? {
        let dates = RussianDateRecognizer.dates(in: t, contextYear: nil)
        guard let day = dates.first(where: { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }), let date = day.date else { return nil }
        // (Or the town first, as a hearing's record heads it: "г. Уральск        17 июня 2025 года".)
        let before = t[t.startIndex..<day.tokens.lowerBound].filter { $0.isWord }
        if before.count == 2, ["город", "г"].contains(before[0].lower), day.tokens.lowerBound > t.startIndex,
           t[day.tokens.lowerBound].start - t[day.tokens.lowerBound - 1].end >= Self.headerGap,
           t[(day.tokens.upperBound + 1)...].allSatisfy({ !$0.isWord || RussianWords.isYearWord($0) }),
           let town = RussianPlaceRecognizer.places(in: t).first {
            return (date, town.canonical)
        }
        guard t[t.startIndex..<day.tokens.lowerBound].allSatisfy({ !$0.isWord }),
              case let rest = t[(day.tokens.upperBound + 1)...].filter({ $0.isWord }), rest.count == 2, ["город", "г"].contains(rest[0].lower),
              rest[0].start - t[day.tokens.upperBound].end >= Self.headerGap,
              let town = RussianPlaceRecognizer.places(in: t).first else { return nil }
        return (date, town.canonical)
    }
    /// Where a chronicle's entry begins after its day and dash: "27 января — …", "04.2025 — …", "Сентябрь — …".
    static func entryHead(_ t: ArraySlice<Token>, _ dates: [DateMention]) -> Int? {
        guard let day = dates.first, t[t.startIndex..<day.tokens.lowerBound].allSatisfy({ !$0.isWord && !$0.isNumber }) else { return nil }
        var dash = day.tokens.upperBound + 1
        // ("17.11 Медеуский районный суд — 15 суток ареста …": the court that decided, between the day and the dash.)
        if let court = t[dash...].prefix(entryCourtWords).firstIndex(where: { $0.lower.hasBytePrefix("суд") && $0.lower.count <= 4 }),
           t[dash..<court].allSatisfy(\.isWord) {
            dash = court + 1
        }
        guard dash + 1 < t.endIndex, t[dash].isMark("—") || t[dash].isMark("–") || (t[dash].isMark("-") && t[dash].spaceBefore) else { return nil }
        return dash + 1
    }
    /// How many words a court's name between an entry's day and its dash may take, with "суд".
    private static let entryCourtWords = 5
    /// The act an entry names by its first words, without a verb: a sanction ("10 суток ареста", "штраф 50 МРП"), "уголовное
    /// дело", "приговор", "предостережение", "задержание", "обыск", "нападение", "отказ в регистрации / в проведении митинга".
    static func entryAct(_ t: ArraySlice<Token>, _ sanctions: [SanctionMention]) -> EventMention? {
        let opening = t.prefix(Self.entryOpeningWords)
        if let first = sanctions.first, opening.indices.contains(first.tokens.lowerBound) || opening.contains(where: { $0.lower.hasBytePrefix("приговор") }),
           let act = outcome(t, sanctions) { return act }
        for k in opening.indices {
            let w = t[k].lower
            let next = k + 1 < t.endIndex ? t[k + 1].lower : ""
            if w.hasBytePrefix("уголовн"), next.hasBytePrefix("дел") || next.hasBytePrefix("преследов") {
                return EventMention(type: .criminalCaseOpened, trigger: k...(k + 1))
            }
            if let type = entryNouns.first(where: { w.hasBytePrefix($0.stem) })?.type { return EventMention(type: type, trigger: k...k) }
            if w == "отказ" {
                let rest = t[k...].prefix(Self.entryOpeningWords + 2)
                if rest.contains(where: { $0.lower.hasBytePrefix("регистрац") }) { return EventMention(type: .registrationDenied, trigger: k...k) }
                if rest.contains(where: { w in Self.gatheringStems.contains { w.lower.hasBytePrefix($0) } }) {
                    return EventMention(type: .assemblyRefused, trigger: k...k)
                }
            }
        }
        return nil
    }
    static let daysInAWeek = 7
    /// How many words may describe a body between its kind and its name in quotes ("профсоюз работников горнодобывающей
    /// промышленности «Кен-Тау»").
    static let kindDescriptionReach = 6
    /// How many words a sentence without an act may have to set the month its paragraph goes on in ("Началось всё в конце
    /// марта.").
    static let monthToldWords = 8
    /// How many spaces at least set a ruling header's town apart from its day.
    static let headerGap = 3
    /// The words that open a ruling's operative part.
    static let operativeHeads = WordSet(["постановил", "постановила", "приговорил", "решил", "определил"])
    /// How many letters the first word of a line in capitals has at least to be a heading's ("ШЫМКЕНТ"), not an
    /// abbreviation's ("КНБ", "МВД").
    static let capitalHeadingLetters = 4
    /// How many words after an entry's dash may come before the noun of its act ("официальное предостережение").
    static let entryOpeningWords = 3
    /// The nouns an entry names its act by, by stem.
    private static let entryNouns: [(stem: String, type: EventType)] = [
        ("приговор", .conviction), ("предостережени", .warning), ("предупреждени", .warning), ("задержани", .detention),
        ("обвинени", .charged), ("нападени", .physicalAttack), ("избиени", .physicalAttack), ("штраф", .fine),
    ]
    /// A line that opens with a name and says what the person does, with no act: "Дархан Сейтқалиев — блогер, …",
    /// "Ерлан Тоқтаров, TikTok-блогер (Актобе), …". The name.
    static func profileLine(_ t: ArraySlice<Token>, persons: [PersonMention], startsLine: (Token) -> Bool) -> String? {
        // (The name opens the sentence, or a line of it: a heading without a stop runs on into the line below.)
        guard let first = persons.first, case let opening = t[t.startIndex..<first.tokens.lowerBound],
              opening.allSatisfy({ !$0.isWord && !$0.isNumber }) || startsLine(t[first.tokens.lowerBound]),
              case let after = first.tokens.upperBound + 1, after + 1 < t.endIndex,
              t[after].isMark("—") || t[after].isMark("–") || t[after].isMark(",") else { return nil }
        // (After a dash, any description: "— оператор онлайн-издания …"; after a comma, what the person does.)
        if !t[after].isMark(","), let word = t[(after + 1)...].first, word.isWord, !word.isCapitalized { return first.name }
        // (A year of birth or an age may come first: "Сарсенбаев Нурлан Ерболович, 1987 г.р., гражданский активист".)
        let reach = t[after + 1].isNumber ? Self.profileReachAfterAge : 3
        return t[(after + 1)...].prefix(reach).contains(where: { RussianWords.occupation(of: $0) != nil || $0.lower.hasSuffix("блогер") }) ? first.name : nil
    }

    static let profileReachAfterAge = 8
    /// How many tokens a subheading has at most.
    static let subheadingLength = 8
    /// Whether the text at `offset` follows a bullet on its line: "• …", "▪️ …", "- …".
    static func followsABullet(_ offset: Int, in text: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = text.startIndex + offset - 1
        while i >= text.startIndex, text[i] == " " || text[i] == "\u{FE0F}" { i -= 1 }
        guard i >= text.startIndex, "•▪◦*·–-".unicodeScalars.contains(text[i]) else { return false }
        return i == text.startIndex || text[i - 1] == "\n"
    }
    /// A bullet card's head: a town, a dash, and the people the card is about ("• Алматы — Ерлан Касымов, 34 года", "• Астана —
    /// Айжан Тлеубаева и Нурлыбек Сапаров"), with nothing else but their descriptions after them.
    static func bulletCardHead(_ t: ArraySlice<Token>, persons: [PersonMention], places: [PlaceName]) -> (people: [PersonMention], places: [String])? {
        guard let place = places.first, let dash = t.indices.first(where: { t[$0].isMark("—") || t[$0].isMark("–") }),
              place.tokens.upperBound < dash, t[t.startIndex..<place.tokens.lowerBound].allSatisfy({ !$0.isWord }),
              let first = persons.first, first.tokens.lowerBound > dash, first.tokens.lowerBound - dash <= 2 else { return nil }
        return (persons, [place.canonical])
    }
    /// How many sentences after its head a bullet card's outcome may come.
    static let bulletCardLength = 3
    /// How many scalars a first line read on its own may run to (a card's "05.03 (ср), 15:30", a comment's author).
    static let firstLineReach = 41

    /// The day a diary's heading line gives without its month: "13-е, четверг." (the 13th on from the day told last, when
    /// that day is a Thursday), "Пятница." (the first Friday after it).
    static func diaryDay(_ line: ArraySlice<Token>, after last: PartialDate) -> PartialDate? {
        guard last.precision == .day, let lastDay = last.day,
              let weekdayToken = line.first(where: { RussianDateRecognizer.weekday(named: $0) != nil }),
              let wanted = RussianDateRecognizer.weekday(named: weekdayToken) else { return nil }
        let numbers = line.filter(\.isNumber)
        guard line.allSatisfy({ !$0.isWord || $0.isNumber || RussianDateRecognizer.weekday(named: $0) != nil || $0.lower == "е" || $0.lower == "го" }),
              numbers.count <= 1 else { return nil }
        if let number = numbers.first, let dayOfMonth = Int(number.text), (1...31).contains(dayOfMonth) {
            guard dayOfMonth > lastDay || dayOfMonth < lastDay - 20, let day = DateRecognizer.dayOfTheMonth(dayOfMonth, onFrom: last),
                  DateRecognizer.weekday(of: day) == wanted else { return nil }
            return day
        }
        guard let next = DateRecognizer.offset(last, days: 1, months: 0) else { return nil }
        return DateRecognizer.first(weekday: wanted, from: next)
    }
    /// How many words a transcript's speaker label may have before its colon: "Гульнара Абенова:".
    static let speakerLabelLength = 3
    /// How many tokens a letter's heading with its day holds at most.
    static let letterHeadingLength = 16
    /// The days of the week as a diary's heading names them, in the nominative.
    static let weekdayNames = WordSet(["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
                                       "пн", "вт", "ср", "чт", "пт", "сб", "вс"])
    static let placeLabels = WordSet(["город", "место", "регион", "область", "населённый", "населенный"])

    /// Whether a span lies in a relative clause ("…, который в ноябре был оштрафован, …": from the pronoun to the next comma)
    /// that does not hold the act's word.
    static func inAnotherRelativeClause(_ span: ClosedRange<Int>, than trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = span.lowerBound - 1
        while k >= t.startIndex, !t[k].isMark(",") {
            if relativePronouns.contains(t[k]) {
                let end = t[span.upperBound...].firstIndex { $0.isMark(",") } ?? t.endIndex
                return !(k..<end).contains(trigger.lowerBound)
            }
            k -= 1
        }
        return false
    }
    /// Whether a span stands in a relative clause opened before it since the last comma: "…, который суд назначил ему в
    /// октябре 2024 года".
    static func inARelativeClause(_ span: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = span.lowerBound - 1
        while k >= t.startIndex, !t[k].isMark(",") {
            if relativePronouns.contains(t[k]) || (span.lowerBound - k <= 3 && isAttributiveParticiple(t[k])) { return true }
            k -= 1
        }
        // ("…, признанного судом экстремистским в 2024 году": a participle opening the clause, however far before the date.)
        return k >= t.startIndex && k + 1 < span.lowerBound && isAttributiveParticiple(t[k + 1])
    }
    private static let relativePronouns = WordSet(["который", "которая", "которое", "которые", "которого", "которой", "которых", "которым", "которому",
                                                   // ("одного из тех, кто неделю назад организовал забастовку")
                                                   "кто"])
    /// Whether a word is a participle agreeing with a noun in an oblique case, opening a clause about that noun the way
    /// "который" does: "движения «X», признанного в 2023 году экстремистским", "фонда, созданного в 2019 году". (Just before
    /// the date; not an adjective of the same ending: "общественного объединения".)
    static func isAttributiveParticiple(_ token: Token) -> Bool {
        token.isWord && token.lower.count > 6 && participleEndings.contains { token.lower.hasSuffix($0) } && !token.lower.contains("ственн")
    }
    private static let participleEndings = ["нного", "нной", "нных", "нному", "нным", "нном", "вшего", "вшей", "вших", "вшему", "вшим", "вшем",
                                            "ющего", "ющей", "ющих", "ющем", "ящего", "ящей", "ящих", "ящем"]

    /// Words for an act told once more: "новый отказ", "повторный отказ", "очередной отказ".
    static let againWords = ["нов", "повторн", "очередн"]

    /// Whether a sentence tells a verdict upheld or changed on appeal: "оставил приговор без изменения", "апелляционная
    /// коллегия … приговор".
    /// (Not one that names the verdict's own day, "оставила без изменения приговор … от 23 января": another verdict than the
    /// last one told, perhaps.)
    static func upholdsAVerdict(_ t: ArraySlice<Token>) -> Bool {
        t.contains { $0.lower.hasBytePrefix("приговор") }
            && t.contains { w in ["оставил", "апелляц", "кассац", "изменил", "отменил"].contains { w.lower.hasBytePrefix($0) } }
            && !t.indices.contains { $0 + 1 < t.endIndex && t[$0].lower == "от" && t[$0 + 1].isNumber }
    }

    /// Whether a span stands in a clause about the future since the last comma: "это ходатайство будет рассмотрено в 2025
    /// году" does not move a 2024 report's story into 2025.
    static func inAFutureClause(_ span: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = span.lowerBound - 1
        while k >= t.startIndex, !t[k].isMark(","), !t[k].isMark(";") {
            if futureMarkers.contains(t[k]) { return true }
            // ("Апелляцию назначили на февраль 2026-го": the day a hearing is set for.)
            if t[k].lower == "на", span.lowerBound - k <= 3, k > t.startIndex, schedulingStems.contains(where: { t[k - 1].lower.hasBytePrefix($0) }) { return true }
            k -= 1
        }
        return false
    }
    private static let futureMarkers = WordSet(["будет", "будут", "планируется", "планируют", "ожидается", "намерен", "намерена", "намерены"])
    private static let schedulingStems = ["назначил", "назначен", "перенесл", "перенесен", "перенесён", "отложил", "отложен", "запланирова"]

    /// Whether a date is a gathering's, written just after its noun: "о митинге 18 мая", "пикета 5 марта".
    static func datesAGathering(_ d: DateMention, in t: ArraySlice<Token>) -> Bool {
        let before = d.tokens.lowerBound - 1
        // (Not a hashtag's word: "#митинг\nВчера акимат отказал …".)
        // ("отказал нам в митинге на Первое мая": the day it was called for, after "на".)
        let noun = before > t.startIndex && t[before].lower == "на" ? before - 1 : before
        // ("митинга, заявленного Вами на 20 февраля": the day a gathering was called for, its caller between.)
        if before > t.startIndex, t[before].lower == "на",
           t[max(t.startIndex, before - calledForReach)..<before].contains(where: { w in calledStems.contains { w.lower.hasBytePrefix($0) } }) {
            return true
        }
        return noun >= t.startIndex && gatheringStems.contains { t[noun].lower.hasBytePrefix($0) }
            && !(noun > t.startIndex && t[noun - 1].isMark("#"))
    }
    /// Words of a notice or an application filed: "уведомление", "заявка".
    private static let filings = ["уведомлени", "заявк", "заявлени"]
    static let gatheringStems = ["митинг", "пикет", "собрани", "акци", "шестви", "марш"]
    private static let calledStems = ["заявленн", "запланированн", "намеченн"]
    private static let calledForReach = 3
    /// Whether a date ends a term rather than dates an act: "под стражей — до 5 мая", "продлил арест до 12 июня".
    static func endsATerm(_ d: DateMention, in t: ArraySlice<Token>) -> Bool {
        let before = d.tokens.lowerBound - 1
        // ("подвергнуть аресту сроком на 15 суток, исчисляя срок с 14.03.2026 г.": the day the term counts from.)
        if before - 1 >= t.startIndex, t[before].lower == "с", t[before - 1].lower.hasBytePrefix("срок") { return true }
        return before >= t.startIndex && RussianWords.same(t[before].lower, "до") && d.date?.precision == .day
    }

    /// Whether a sentence speaks of this year: "этого года", "в этом году", "текущего года", "т.г.".
    static func saysThisYear(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard k + 1 < t.endIndex else { return false }
            if ["этого", "этом", "текущего", "текущем", "сего"].contains(t[k].lower) && ["года", "году"].contains(t[k + 1].lower) { return true }
            // The office's abbreviation: "12 марта т.г." (текущего года), "с.г." (сего года).
            return k + 2 < t.endIndex && ["т", "с"].contains(t[k].lower) && t[k + 1].isMark(".") && t[k + 2].lower == "г"
                && k > t.startIndex && t[k - 1].isWord
        }
    }
    private static let speechAdverbs = WordSet(["также", "тоже", "позже", "ранее"])
    private static let speechVerbs = ["сообщил", "заявил", "рассказал", "отметил", "пояснил", "сказал", "подчеркнул", "добавил"]

    /// How many days before the day of publication a day without a year is taken to be of its year, whatever the text
    /// looked back to before it.
    static let recentDays = 14
    /// Whether a sentence names whom a case is against: "Фигурантом стал блогер …", "Фигурант дела — …".
    static func namesTheCasesSubject(_ t: ArraySlice<Token>) -> Bool {
        t.prefix(Self.subjectLeadReach).contains { $0.lower.hasBytePrefix("фигурант") }
    }
    private static let subjectLeadReach = 3
    /// Whether a body is named as where news comes from: "По данным центра «Ашық сөз»", "по информации фонда …".
    static func namedAsASource(_ tokens: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        let window = t[max(t.startIndex, tokens.lowerBound - Self.sourceLeadReach)..<tokens.lowerBound]
        return window.indices.contains { k in
            RussianWords.same(t[k].lower, "по") && k + 1 < t.endIndex && Self.sourceNouns.contains(t[k + 1])
        } && !window.contains(where: { $0.isMark(",") })
    }
    private static let sourceNouns = WordSet(["данным", "сведениям", "информации", "словам", "подсчётам", "подсчетам", "мнению"])
    /// How many words a source's noun and the body's kind may take before its name ("по данным правозащитного центра «…»").
    private static let sourceLeadReach = 5
    /// Whether a word is "заявитель" or "заявительница" in any case of the singular; "по сведениям заявителей" speaks of
    /// several people, not the complainant named before.
    static func isOneApplicant(_ word: Token) -> Bool {
        word.lower.hasBytePrefix("заявител") && !pluralApplicants.contains(word)
    }
    private static let pluralApplicants = WordSet(["заявители", "заявителей", "заявителям", "заявителями", "заявителях"])
    /// For how many sentences "заявитель" means the complainant named in a case's heading.
    static let partyReach = 30
    /// For how many sentences "это решение" is the decision on the body just acted on.
    static let decisionReach = 4

    /// Whether a sentence names the day a verdict was read as a time: "в день оглашения приговора".
    static func namesTheVerdictsDay(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            k + 2 < t.endIndex && RussianWords.same(t[k].lower, "день")
                && (t[k + 1].lower.hasBytePrefix("оглашени") || t[k + 1].lower.hasBytePrefix("вынесени")) && t[k + 2].lower.hasBytePrefix("приговор")
        }
    }

    /// The court as a body, in its cases: no official's title before a name.
    static let courtForms = WordSet(["суд", "суда", "суду", "судом", "суде"])
    /// The acts a court decides at a hearing.
    static let decidedAtAHearing: Set<EventType> = [.conviction, .fine, .administrativeArrest, .warning, .acquittalOrCaseClosed, .other]
    /// For how many sentences a hearing's day dates the decisions told after it.
    static let hearingReach = 12
    /// Whether a sentence says a court heard a case: "рассмотрено уголовное дело", "рассмотрены дела об административных
    /// правонарушениях".
    /// Whether a sentence tells a case heard, either way round: "рассмотрел дело", "дело рассмотрел суд".
    static func hearsACase(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            t[k].lower.hasBytePrefix("рассмотре")
                && t[max(t.startIndex, k - 3)..<min(t.endIndex, k + 4)].contains { RussianWords.same($0.lower, "дело") || $0.lower.hasBytePrefix("материал") }
                // "На следующий день был суд", "состоялся суд": a court sat.
                || (RussianWords.same(t[k].lower, "суд") && k > t.startIndex && courtSat.contains(t[k - 1]))
        }
    }
    private static let courtSat = WordSet(["был", "состоялся", "прошёл", "прошел", "начался"])
    static func tellsAHearing(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            t[k].lower.hasBytePrefix("рассмотрен") && t[(k + 1)..<min(t.endIndex, k + 4)].contains { $0.lower.hasBytePrefix("дел") }
        }
    }

    /// Whether a sentence tells a crowd gathering: "у акимата собралась группа граждан", "вышли около 50 жителей".
    static func gathersACrowd(_ t: ArraySlice<Token>) -> Bool {
        t.contains { w in ["собрал", "собира", "вышл", "вышли"].contains { w.lower.hasBytePrefix($0) } }
            && t.contains { w in ["групп", "человек", "граждан", "жител", "участник", "работник", "активист", "студент"].contains { w.lower.hasBytePrefix($0) } }
    }

    /// Whether a sentence places its act at the court building: "у здания суда", "возле суда".
    /// So does "в зале суда", "в зале судебного заседания": in the courtroom.
    static func atTheCourthouse(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            (t[k].lower.hasBytePrefix("суд") && t[k].lower.count <= 4 && k > t.startIndex
                && (t[k - 1].lower.hasBytePrefix("здани") || ["у", "возле", "около"].contains(t[k - 1].lower)))
                || (RussianWords.same(t[k].lower, "зале") && k > t.startIndex && RussianWords.same(t[k - 1].lower, "в") && k + 1 < t.endIndex
                    && t[k + 1].lower.hasBytePrefix("суд"))
        }
    }

    /// A court's decision that gives several people different sanctions, each named before their own: the people
    /// with what each was given, or `nil` when the sentence gives one sanction to all.
    /// People joined by "и" share what is named after the last of them ("Нургалиевой и Шакирову — штрафы"), and are
    /// one decision.
    static func shares(of event: EventMention, targets: [PersonMention], sanctions: [SanctionMention],
                       in t: ArraySlice<Token>) -> [([PersonMention], [Sanction])]? {
        guard [.conviction, .fine, .administrativeArrest].contains(event.type), targets.count >= 2, sanctions.count >= 2,
              Set(sanctions.map(\.sanction)).count >= 2 else { return nil }
        var given: [[Sanction]] = Array(repeating: [], count: targets.count)
        for mention in sanctions {
            guard let owner = targets.indices.last(where: { targets[$0].tokens.upperBound < mention.tokens.lowerBound }) else { return nil }
            given[owner].append(mention.sanction)
        }
        var joined = Array(repeating: false, count: targets.count)
        for i in targets.indices.dropLast().reversed() where given[i].isEmpty {
            // (A card's person is named in another field, outside this sentence: nothing stands between them here.)
            let (from, to) = (targets[i].tokens.upperBound + 1, targets[i + 1].tokens.lowerBound)
            guard from >= t.startIndex, to <= t.endIndex, from <= to else { continue }
            let between = t[from..<to]
            guard !between.isEmpty, between.allSatisfy({ RussianWords.same($0.lower, "и") || $0.isMark(",") }) else { continue }
            given[i] = given[i + 1]
            joined[i] = true
        }
        guard given.allSatisfy({ !$0.isEmpty }) else { return nil }
        var out: [([PersonMention], [Sanction])] = []
        for i in targets.indices {
            if i > 0, joined[i - 1] { out[out.count - 1].0.append(targets[i]) } else { out.append(([targets[i]], given[i])) }
        }
        return out
    }

    /// Whether a sentence speaks of these people: it names one of them, or names no one and refers back with a pronoun.
    static func refersTo(_ names: [String], persons: [PersonMention], in t: ArraySlice<Token>) -> Bool {
        if !persons.isEmpty { return persons.contains { names.contains($0.name) } }
        return t.contains { RussianWords.singularPronouns.contains($0) || RussianWords.pluralPronouns.contains($0) }
    }

    /// Sanctions only a criminal court gives.
    static let criminalKinds: Set<SanctionKind> = [.imprisonment, .restrictionOfFreedom, .banOnActivity, .other]
    /// The type of a court's act by what it imposed: days of arrest, a fine, or a criminal sentence.
    static func courtAct(imposing sanctions: [Sanction]) -> EventType {
        let kinds = Set(sanctions.map(\.kind))
        if kinds == [.administrativeArrest] { return .administrativeArrest }
        if kinds == [.fine] { return .fine }
        if kinds == [.warning] { return .warning }
        return .conviction
    }

    /// Whether the sentence speaks of people it counts but does not name: "семерых участников", "15 активистов".
    /// Whether the sentence counts people besides those told before: "Ещё двое участников", "ещё 5 человек".
    static func namesOthers(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard k + 1 < t.endIndex, RussianWords.same(t[k].lower, "ещё") else { return false }
            return RussianWords.groupCounts.contains(t[k + 1]) || RussianWords.number(at: k + 1, in: t) != nil
        }
    }

    /// Whether a sentence counts people in figures: "около 40 сторонников группы", "17 человек" (not "через несколько часов",
    /// "через трое суток").
    static func countsPeople(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard let number = RussianWords.number(at: k, in: t), number.tokens.upperBound + 1 < t.endIndex, number.value < 1_000 else { return false }
            return RussianWords.peopleWords.contains(t[number.tokens.upperBound + 1])
        }
    }
    static func namesAGroup(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            if RussianWords.groupCounts.contains(t[k]) { return true }
            // ("около 30 тысяч человек" subscribe to a channel: a figure, not a group.)
            guard let number = RussianWords.number(at: k, in: t), number.tokens.upperBound + 1 < t.endIndex, number.value < 1_000 else { return false }
            return RussianWords.peopleWords.contains(t[number.tokens.upperBound + 1])
        }
    }

    /// Whether the sentence counts people as a crowd or a class: "более 120 человек", "6 601 человек" (thousands are
    /// figures of a system, not one act).
    /// On a day, "около десяти человек" (about ten people) is one crowd an act befell; "более 120 человек" still a count.
    static func countsPeople(_ t: ArraySlice<Token>, withADay: Bool = false) -> Bool {
        t.indices.contains { k in
            guard let number = RussianWords.number(at: k, in: t), number.tokens.upperBound + 1 < t.endIndex else { return false }
            // ("более 30 новостных сайтов": a describing word may come between.)
            var noun = number.tokens.upperBound + 1
            if noun + 1 < t.endIndex, t[noun].lower.hasByteSuffix("ых") || t[noun].lower.hasByteSuffix("их") { noun += 1 }
            guard RussianWords.peopleWords.contains(t[noun]) else { return false }
            // ("задержала … Данияра Кенжебаева, Айгерим Тулегенову и ещё не менее 17 участников": the others besides those named.)
            if t[max(t.startIndex, k - 3)..<k].contains(where: { RussianWords.same($0.lower, "ещё") }) { return false }
            // ("не менее десяти человек", at least ten, is a crowd as "около" is.)
            let atLeast = k > t.startIndex + 1 && t[k - 1].lower == "менее" && t[k - 2].lower == "не"
            let counted = k > t.startIndex && RussianWords.aggregateWords.contains(t[k - 1])
                && !(withADay && (RussianWords.approximately.contains(t[k - 1]) || atLeast))
            return counted || number.value >= 1_000 || (number.value >= 10 && overAPeriod(t))
        }
    }
    /// Whether a sentence counts over a span of time or the whole country: "за девять месяцев 2025 года", "за первое
    /// полугодие", "за год", "с марта по май", "по всей стране".
    static func overAPeriod(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            if t[k].lower == "за" { return t[(k + 1)..<min(t.endIndex, k + 4)].contains { w in periodStems.contains { w.lower.hasBytePrefix($0) } } }
            if t[k].lower == "по" {
                let next = t[(k + 1)..<min(t.endIndex, k + 3)]
                return next.contains { countryWords.contains($0) }
                    // "с марта по май": a span of months.
                    || (k - 2 >= t.startIndex && t[k - 2].lower == "с" && RussianWords.month(of: t[k - 1]) != nil
                        && next.first.map { RussianWords.month(of: $0) != nil } == true)
            }
            return false
        }
    }
    private static let countryWords = WordSet(["стране", "казахстану", "республике"])
    private static let periodStems = ["месяц", "год", "полугоди", "квартал", "недел"]
}
