import CivicModel

/// What the reader remembers from earlier paragraphs: the year being told, the last day an act
/// happened, the people and organisations just named and where people come from.
struct ReadingContext {
    var year: Int?
    var lastDay: PartialDate?
    /// The date of the last act told or day written, as exact as it was: "the same day" after "In March, …" is March.
    var lastDate: PartialDate?
    /// A day written with its weekday ("Monday, 11 March 2024") well before the day of publication, and its sentence: the
    /// week a story looks back on, which its later "on Thursday" counts from.
    var storyWeek: (day: PartialDate, sentence: Int)?
    /// The day told last within the story's week, or the week's first day, while the story is near it.
    func dayInTheStoryWeek() -> PartialDate? {
        guard let week = storyWeek, sentenceNumber - week.sentence <= ParagraphReader.storyWeekReach else { return nil }
        if let last = lastDay, last >= week.day, let end = DateRecognizer.offset(week.day, days: ParagraphReader.storyWeekdayGap, months: 0), last <= end {
            return last
        }
        return week.day
    }
    /// The date of the last act told, and its sentence.
    var lastAct: (date: PartialDate, sentence: Int)?
    /// The day of the last court's act told (a sentence, a fine), its sentence and places: "outside the courthouse" is that
    /// day, there.
    var lastCourtDay: (day: PartialDate, sentence: Int, places: [String])?
    /// The day of the last remand in custody told, its sentence and places: "outside the courthouse while the custody hearing
    /// was under way" is that day, though another court's act came after it.
    var lastCustodyDay: (day: PartialDate, sentence: Int, places: [String])?
    /// The remand a sentence at the courthouse speaks of by its hearing ("while the custody hearing was under way"), when one
    /// was told within `ParagraphReader.courthouseReach` sentences.
    func custodyHearingMeant(by t: ArraySlice<Token>) -> (day: PartialDate, sentence: Int, places: [String])? {
        guard let custody = lastCustodyDay, sentenceNumber - custody.sentence <= ParagraphReader.courthouseReach,
              ParagraphReader.isAtTheCourthouse(t), ParagraphReader.namesACustodyHearing(t) else { return nil }
        return custody
    }
    /// The last acts told, by type and people, with their sentence: an undated act of the same people just after, in
    /// the next paragraph, tells it again ("Ormanov was found guilty of …").
    var recentActs: [(type: EventType, persons: Set<String>, sentence: Int)] = []
    /// The people the last act befell, in order, and its sentence.
    var lastActPersons: (names: [String], sentence: Int)?
    /// The last act told of a body with no one named ("ordered the union liquidated"), for "the decision" after it.
    var lastBodyAct: (names: [String], sentence: Int)?

    /// The bodies of the last act on a body, when no act on people came after it and it lies within `reach` sentences.
    func bodyActMeant(within reach: Int) -> [String]? {
        guard let body = lastBodyAct, sentenceNumber - body.sentence <= reach, body.sentence >= (lastActPersons?.sentence ?? -1) else { return nil }
        return body.names
    }

    /// The party a sentence of a legal summary may mean: `named` when it says "the applicant" within
    /// `ParagraphReader.partyReach` sentences of the party's naming, `nearby` within `ParagraphReader.partyNearby`.
    /// (A pronoun of one person, "searched his flat", reaches the party as far as its name does, when no one else is meant.)
    func partyMeant(by t: ArraySlice<Token>) -> (party: (sentence: Int, person: String?, organization: String?), named: Bool, nearby: Bool)? {
        guard let party else { return nil }
        let distance = sentenceNumber - party.sentence
        let named = min(distance, sentenceNumber - (partySaid ?? party.sentence)) <= ParagraphReader.partyReach
            && t.contains { ParagraphReader.caseParties.contains($0) }
        let nearby = distance <= ParagraphReader.partyNearby
            || (distance <= ParagraphReader.partyReach && t.contains { NameGender.of(pronoun: $0.lower) != nil })
        return named || nearby ? (party, named, nearby) : nil
    }
    /// The articles each person's criminal case was opened or charged under, for a conviction that names none.
    private(set) var caseProvisions: [String: [LegalProvisionRef]] = [:]
    mutating func remember(_ provisions: [LegalProvisionRef], ofTheCaseOf name: String) {
        // Bounded, so that reading a very long text does not grow memory without end.
        if caseProvisions.count >= 1_000 { caseProvisions.removeAll() }
        caseProvisions[name] = provisions
    }
    /// The articles of a criminal case just opened against no one named, and its sentence: "Police open a case under Article
    /// 274 over posts on a channel. Two days later, a court remands the channel's administrator": the remand is in that case.
    var caseOpenedUnnamed: (provisions: [LegalProvisionRef], sentence: Int)?
    /// The places of the last court named with one ("the Semey City Court"), and its sentence: "the court" after it.
    var lastCourt: (places: [String], sentence: Int)?
    /// The person whose case the report follows, from a heading ("Case of Serik Abdrakhmanov").
    var caseSubject: String? { didSet { caseSubjectListed = false } }
    /// Whether that person is a court list's defendant, named on the case's line: the rulings below it are theirs.
    var caseSubjectListed = false
    /// The person a database profile's "Name:" line names, and its sentence: whom the profile's case history befell where
    /// its entries name no one ("- Detained 17 Dec 2011 (Zhanaozen)"), for `ParagraphReader.profileReach` sentences.
    var profile: (name: String, sentence: Int)?
    /// The party of the case a legal summary tells ("The applicant, Ms. …"), a person or a body, and where it was named:
    /// whom "the applicant" means for the next `ParagraphReader.partyReach` sentences.
    var party: (sentence: Int, person: String?, organization: String?)? { didSet { partySaid = party?.sentence } }
    /// Where "the applicant" was last said: a party word in use keeps its meaning ("the Appellant" twenty paragraphs on is
    /// still the one named), though an act that names no one is the party's only near where the party was named.
    var partySaid: Int?
    /// Acts of the paragraph just read that tell again an act of the paragraph before, for the session to merge into it.
    var retold: [ProposedIncident] = []
    /// The year the text told of before it looked back to an earlier one, to return to.
    var resumeYear: Int?
    /// The latest year a date written with its year has given so far: what "last year" counts from in a text that gives no
    /// day of publication.
    var latestYear: Int?
    /// Whether the day of publication is the day of an update the text gave ("UPDATE 12 March:"), not the text's own.
    var publicationIsAnUpdate = false
    /// The one town or city a report's title names ("Monitoring of assemblies in Almaty, May 2026"): where its acts
    /// happened when they name no place of their own.
    var titlePlace: String?
    /// The place the heading of the section being read names, if it names one.
    var sectionPlace: String?
    /// The articles a case's heading names ("Article 274, part 2, Criminal Code" under "1. NURLAN … (AKTOBE)").
    var sectionProvisions: [LegalProvisionRef] = []
    /// Whether the section or news item being read is about a country abroad (`ForeignPlaces`).
    var abroad = false
    /// Whose story a first-person text tells: the first person it names in full near its top.
    var narrator: String?
    /// Whom "my client" means in a lawyer's text: the person named as the one the lawyer defends.
    var client: String?
    /// The sentence that last told whom the lawyer defends ("acting as defence counsel for …").
    var defenceTold: Int?
    /// Whether the list being read was led into by a sentence in the first person: its entries are the narrator's.
    var listNarrated = false
    /// The day the heading of the section being read gives, if it gives one ("### 2024-01-16 — Astana").
    var sectionDay: PartialDate?
    /// That day, when it is the weekday a sentence names (1 Monday … 7 Sunday): "on Tuesday" under "TUESDAY, 12.05.2026".
    func sectionDay(ifItIs weekday: Int) -> PartialDate? {
        sectionDay.flatMap { DateRecognizer.weekday(of: $0) == weekday ? $0 : nil }
    }
    /// The one day a report's title gives ("Live updates: protest in Aktau, 6 January 2026"), for a live blog's entries.
    var titleDay: PartialDate?
    /// The day a run of clock-time entries is telling ("Yesterday, 12:00 — …", then "12:40 — …"), or the day a section's
    /// heading gives them ("… (Sunday)", "(today)").
    var entryDay: PartialDate?
    /// The day a diary tells once it says so under its own date ("Today was the appeal"): its undated acts are of it.
    var diaryDay: PartialDate?
    /// The day the text was published, from a date line near its top, its title or a dateline: what "on Tuesday" and
    /// "last week" count from.
    var publicationDay: PartialDate?
    /// Whether the text writes its slashed days month first (`SlashedDates`).
    var slashesMonthFirst = false
    /// The last day told as planned ("a meeting planned for 12 July"), and where: what "on the appointed day" names.
    var plannedDay: (day: PartialDate, sentence: Int)?
    /// The day a sentence without an act gave a court's verdict ("delivered its verdict on 14 April"), and where.
    var verdictDay: (day: PartialDate, sentence: Int)?
    /// The day of the election the text named with its date: what "on election day" and "on the eve of the vote" mean.
    var electionDay: PartialDate?
    /// The acts told with their day: what "two days after the investigation was registered" counts from.
    var toldDays = ToldDays()
    mutating func tell(_ type: EventType, of persons: [String], on day: PartialDate) { toldDays.tell(type, of: persons, on: day) }
    func lastDay(of types: Set<EventType>, persons: [String]) -> PartialDate? { toldDays.lastDay(of: types, persons: persons) }
    func lastPersons(of types: Set<EventType>) -> [String]? {
        lastActPersons.flatMap { toldDays.lastPersons(of: types, lastNames: $0.names) }
    }
    /// The day a live blog's heading gives ("SUNDAY, 8 MARCH"): what "today" means in the entries below it.
    var headingToday: PartialDate?
    /// Whether `headingDate` is a record's, from its header line in a register: the day of the acts the record tells,
    /// however they are placed in time ("detained … after he livestreamed a protest").
    var headingIsARecord = false
    /// The day of a sentence that led into a list with a colon ("On 8 March the court decided:"), for the list's entries.
    var listDay: PartialDate?
    /// The date of a heading just read ("… (March 2023)"), for the paragraph below it only.
    var headingDate: PartialDate?
    /// The day and place a paragraph set its scene in without telling any act ("On Saturday, 14 March, residents gathered
    /// outside the akimat in Aktau."): the day of the next paragraph's acts that it tells before any day of its own.
    var sceneDay: PartialDate?
    var persons = PersonRecognizer()
    /// A group a petition defines by a term of its own ("… (hereinafter "the Detainees")"), and its people: whom the term
    /// means wherever it is used.
    var definedGroup: (term: String, people: [PersonMention])?
    /// The last sentences that named people: the sentence's number and the people, in order.
    var recentPersons: [(sentence: Int, people: [PersonMention])] = []
    var recentOrganizations: (sentence: Int, names: [String])?
    /// The body a text is written by, named in its title ("ADAL KADAM PUBLIC FOUNDATION\nOral …"): whom its "our office" and
    /// "our appeal" mean.
    var writerBody: String?
    /// The last organisation named with each kind of body ("the Ana Zhuregi movement", "the initiative group Adal Tarif"):
    /// whom "the movement's notice" means many sentences on, in a story about one of them.
    var organizationsByKind: [String: (sentence: Int, name: String)] = [:]
    /// The organisation that called the gathering being told (its notice filed or refused): whose gathering is refused or
    /// dispersed when the act names no one.
    var organiser: (sentence: Int, names: [String])?
    /// The people who called a gathering, told last ("A and B notified the akimat of a rally"), and where: whom its refusal
    /// just after befell.
    var callers: (sentence: Int, names: [String])?
    /// Where named people live or work, as written: "Askar Nurmaganov" → ["Karaganda"].
    var homes: [String: [String]] = [:]
    var sentenceNumber = 0
    /// Organisations named so far (of two words or more), by the key of their first word, with their words
    /// lower-cased: "suspended the activities of Taza Aua" finds the movement introduced earlier as "the
    /// movement Taza Aua". Keyed by `Token.key`, so a sentence's capitalised words are looked up unhashed.
    private(set) var knownOrganizations: [Int: [(words: [String], name: String)]] = [:]

    /// Bodies' acronyms the text gave them in brackets, "the Kenshi Independent Miners' Union (KIMU)": "KIMU" → the
    /// name in full, which the acronym stands for when named again.
    private(set) var acronyms: [String: String] = [:]

    mutating func remember(_ organization: OrganizationMention, in tokens: ArraySlice<Token>) {
        if let acronym = OrganizationRecognizer.acronym(after: organization, in: tokens), acronyms[acronym] == nil, acronyms.count < ReadingContext.organizationLimit {
            acronyms[acronym] = organization.name
        }
        // One word is remembered only when the sentence says what it names: "the Erkindik party", "the movement Oyan".
        let after = organization.tokens.upperBound + 1, before = organization.tokens.lowerBound - 1
        let kindBeside = (after < tokens.endIndex && OrganizationRecognizer.kindNouns.contains(tokens[after]))
            || (before >= tokens.startIndex && OrganizationRecognizer.kindNouns.contains(tokens[before]))
        guard organization.tokens.count >= 2 || (kindBeside && tokens[organization.tokens.lowerBound].isCapitalized) else { return }
        let words = tokens[organization.tokens].map(\.lower)
        let first = tokens[organization.tokens.lowerBound].key
        if knownOrganizations[first]?.contains(where: { $0.words == words }) == true { return }
        // Bounded, so that reading a very long text does not grow memory without end.
        if knownOrganizations.count >= ReadingContext.organizationLimit { knownOrganizations.removeAll() }
        knownOrganizations[first, default: []].append((words, organization.name))
        // The Trade Union of Oil Workers "Birlik" is named again as "Birlik": the name it has in quotes.
        if let last = organization.tokens.last.map({ tokens[$0] }), last.isMark("\"") || last.isMark("”") || last.isMark("»"),
           let open = tokens[organization.tokens.lowerBound..<organization.tokens.upperBound].lastIndex(where: { $0.isMark("\"") || $0.isMark("“") || $0.isMark("«") }),
           open + 1 < organization.tokens.upperBound {
            let quoted = tokens[(open + 1)..<organization.tokens.upperBound].map(\.lower)
            let key = tokens[open + 1].key
            if knownOrganizations[key]?.contains(where: { $0.words == quoted }) != true {
                knownOrganizations[key, default: []].append((quoted, organization.name))
            }
        }
        // "the unregistered Erkindik party" is named again as "Erkindik": its name without the kind of body it is.
        let nameWords = organization.name.split(separator: " ").map { $0.lowercased() }
        if nameWords.count < words.count, let head = nameWords.first, words.starts(with: nameWords) || words.suffix(nameWords.count).elementsEqual(nameWords) {
            let key = WordKey.of(head)
            if knownOrganizations[key]?.contains(where: { $0.words == nameWords }) != true {
                knownOrganizations[key, default: []].append((nameWords, organization.name))
            }
        }
    }

    /// `found` with the organisations named before that the sentence names again.
    func withKnownOrganizations(_ found: [OrganizationMention], in tokens: ArraySlice<Token>) -> [OrganizationMention] {
        // ("KIMU" named again: the union it stands for.)
        let found = acronyms.isEmpty ? found : found.map { mention in
            acronyms[mention.name].map { OrganizationMention(name: $0, tokens: mention.tokens) } ?? mention
        }
        guard !knownOrganizations.isEmpty else { return found }
        var all = found
        for k in tokens.indices where tokens[k].isCapitalized {
            guard let candidates = knownOrganizations[tokens[k].key] else { continue }
            for (words, name) in candidates where k + words.count <= tokens.endIndex {
                let range = k...(k + words.count - 1)
                guard !all.contains(where: { $0.tokens.overlaps(range) }),
                      zip(tokens[range], words).allSatisfy({ $0.lower == $1 }) else { continue }
                all.append(OrganizationMention(name: name, tokens: range))
                break
            }
        }
        return all.count == found.count ? found : all.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private static let organizationLimit = 5_000

    /// The articles an offence was last named with ("libel" → Article 73 of the Administrative Code), and where.
    var offenceProvisions: [String: (sentence: Int, provisions: [LegalProvisionRef])] = [:]
    /// The code of the last article the report named ("Article 488 of the Code of Administrative Offences"), for a table's
    /// column of bare article numbers.
    var lastCode: LegalCode?
    /// The last sentence without an act that cites an article, read for its code only when a table needs it.
    var lastCitation: ArraySlice<Token>?
    /// The code of the last article named, in a sentence with an act or without.
    mutating func codeNamedLast() -> LegalCode? {
        if let sentence = lastCitation {
            lastCitation = nil
            if let code = LegalProvisionRecognizer.provisions(in: sentence).last?.0.code { lastCode = code }
        }
        return lastCode
    }
    /// The last sentence that spoke of an unnamed group ("seven people", "the demonstrators").
    var lastGroupSentence = -1
    /// The last sentence that counted a crowd in words or figures ("about twenty women"), which "them" after it means.
    var lastCrowdSentence = -1

    /// The people a pronoun or "the activist" refers to: the subject (first person) of the nearest
    /// sentence that named someone, or all of them for "they", "both", "the two".
    /// With a `count` ("all three", "the four"), the group reaches back over earlier sentences until it holds that many
    /// people, when the nearest sentence named fewer.
    /// With a `gender` ("he", "she"), the nearest person whose name does not say otherwise: after "Ms Sviridova was fined",
    /// "He was released" is the man named before her.
    func referents(plural: Bool, within window: Int = 6, count: Int? = nil, gender: NameGender? = nil) -> [PersonMention] {
        guard let last = recentPersons.last, sentenceNumber - last.sentence <= window, last.sentence > lastGroupSentence else {
            // "he" long after anyone was named, in a text about one person (an obituary, a profile): that person.
            guard !plural, let gender, recentPersons.last.map({ $0.sentence > lastGroupSentence }) ?? true else { return [] }
            return narrator(fitting: gender)
        }
        if !plural, let gender, NameGender.of(last.people[0].name).map({ $0 != gender }) == true {
            for earlier in recentPersons.reversed() where sentenceNumber - earlier.sentence <= window && earlier.sentence > lastGroupSentence {
                if let match = earlier.people.first(where: { NameGender.of($0.name) == gender }) { return [match] }
            }
            // No one of that gender named lately: the one whose story the text tells, if the pronoun fits them; never the
            // woman just named for "him" ("His lawyer, Saule …, was suspended. … issued him a warning").
            return narrator(fitting: gender)
        }
        guard plural else { return Array(last.people.prefix(1)) }
        // "About twenty women gathered at the monument. Police surrounded them": the crowd counted since, not those named.
        if lastCrowdSentence >= last.sentence { return [] }
        // "them" after a sentence about one of them: the last group named, not that one person.
        if count == nil, last.people.count == 1,
           let group = recentPersons.dropLast().last(where: { $0.people.count >= 2 && sentenceNumber - $0.sentence <= window && $0.sentence > lastGroupSentence }),
           group.people.contains(where: { $0.name == last.people[0].name }) {
            return group.people
        }
        guard let count, last.people.count < count else { return last.people }
        var group = last.people
        for earlier in recentPersons.dropLast().reversed() where sentenceNumber - earlier.sentence <= window && earlier.sentence > lastGroupSentence {
            let newcomers = earlier.people.filter { person in !group.contains { $0.name == person.name } }
            group = newcomers + group
            if group.count >= count { break }
        }
        if group.count == count { return group }
        // "the four detained defendants" after four named together and a fifth after them: the four.
        if let counted = recentPersons.dropLast().last(where: { sentenceNumber - $0.sentence <= window && $0.sentence > lastGroupSentence && $0.people.count == count }) {
            return counted.people
        }
        return last.people
    }

    /// The text's narrator, when a pronoun of `gender` fits their name; no one otherwise.
    private func narrator(fitting gender: NameGender) -> [PersonMention] {
        guard let narrator, NameGender.of(narrator) == gender else { return [] }
        return [PersonMention(name: narrator, tokens: 0...0, occupation: nil)]
    }
}

/// Whether a name is a man's or a woman's, as Kazakh and Russian surnames say it: "-ova", "-eva", "-ina", "-kyzy" a
/// woman's; "-ov", "-ev", "-in", "-uly" a man's. Other names say nothing.
enum NameGender: Sendable {
    case male, female

    static func of(_ name: String) -> NameGender? {
        guard let surname = name.split(separator: " ").last?.lowercased(), surname.count > 3 else { return nil }
        if femaleEndings.contains(where: { surname.hasSuffix($0) }) { return .female }
        if maleEndings.contains(where: { surname.hasSuffix($0) }) { return .male }
        return nil
    }
    private static let femaleEndings = ["ova", "eva", "ina", "skaya", "kyzy", "qyzy", "ова", "ева", "ина", "кызы"]
    private static let maleEndings = ["ov", "ev", "in", "sky", "skiy", "uly", "ев", "ов", "ин", "улы", "ұлы"]

    /// The gender a courtesy title speaks of: "Mr"; "Ms", "Mrs", "Miss".
    static func of(title word: String) -> NameGender? {
        switch word {
        case "mr": .male
        case "ms", "mrs", "miss": .female
        default: nil
        }
    }

    /// The gender a pronoun speaks of: "he", "him", "his"; "she", "her".
    static func of(pronoun word: String) -> NameGender? {
        switch word {
        case "he", "him", "his", "himself": .male
        case "she", "her", "hers", "herself": .female
        default: nil
        }
    }
}
