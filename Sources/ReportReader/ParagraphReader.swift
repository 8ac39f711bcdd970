import CivicModel

/// Reads one paragraph: splits it into sentences, finds the acts each states and assembles one
/// proposed incident per act and date, resolving pronouns and yearless dates from the context.
struct ParagraphReader {
    let source: String
    let scalars: [Unicode.Scalar]
    let start: Int
    /// Page furniture inside the paragraph (`PageFurniture`), whose words are not read.
    var skipped: [Range<Int>] = []

    private static let pattern0 = TokenPattern("a total of")
    /// Counts of papers refused or filed: "has refused at least 14 notifications".
    static let countedPapers = [TokenPattern("at least ~1 notifications|applications|requests|complaints|appeals"),
                                TokenPattern("more than ~1 notifications|applications|requests|complaints|appeals")]
    private static let pattern1 = TokenPattern("its editor|founder|founders|owner|chief")
    /// Labels of the day a text came out: "Broadcast:", "Published:", "Posted:", "Date:".
    /// Labels of a headline's field: "Title: …", "Headline: …".
    static let titleLabels = WordSet(["title", "headline", "subject", "заголовок", "тема"])
    static let publicationLabels = WordSet(["broadcast", "published", "posted", "date", "aired", "updated", "sent", "recorded"])
    /// "across the country", "nationwide", "throughout Kazakhstan": a count over the whole country.
    static let countryWide = [TokenPattern("across|throughout|around the country"), TokenPattern("across|throughout kazakhstan"), TokenPattern("nationwide")]
    /// A year's papers counted as received: "in 2024 the akimats received 318 notifications … and rejected 201 of them".
    static let papersReceived = TokenPattern("received|registered ~1 notifications|applications|requests")
    private static let pattern2 = TokenPattern("more than ~2 people|persons|citizens|cases|individuals|organisations|organizations")
    private static let atLeast = TokenPattern("at least ~1 people|persons|citizens|cases|individuals|organisations|organizations")
    static let pattern3 = TokenPattern("some|about|around|dozens|several|many|hundreds|ten|twenty|thirty|forty|fifty|sixty|two|three|four|five|six|seven|eight|nine ~3 people|demonstrators|protesters|activists|participants|supporters|citizens")
    private static let pattern4 = TokenPattern("the activists|bloggers|journalists|defendants|women|men|two|three|four")
    /// How many days after an act one on the same people may follow and still be told where it was: "Two days later the
    /// court fined them …".
    static let followUpDays = 31
    /// For how many sentences a profile's "Name:" line gives whom its entries befell.
    static let profileReach = 30
    /// How many tokens a dateline ("18.03.2024, Almaty, West Kazakhstan region.") has at most.
    static let datelineLength = 12
    /// Words before a count that make it people already named: "the two activists", "both".
    static let definite = WordSet(["the", "these", "those", "both", "all"])
    /// "All three were released", "all of them".
    private static let allOfThem = TokenPattern("all two|three|four|five|six|seven|eight|nine|ten|of|were|have|had")
    private static let pattern5 = TokenPattern("the activist|blogger|journalist|lawyer|defender|defendant")
    static let pattern6 = TokenPattern("the|this|her|his criminal|court|trial|sentence|case|ruling|investigation|appeal|appeals|fine|verdict|conviction|decision|judgment|judgement")
    private static let pattern7 = TokenPattern("the|this|its|both|that magazine|newspaper|party|organisation|organization|union|portal|site|sites|outlet|movement|association|foundation|magazines|newspapers|group|initiative")
    /// Offences reports name beside an article and then by name alone.
    private static let offenceNames = ["libel", "defamation", "slander", "insult", "discord", "riots", "hooliganism",
                                       "separatism", "terrorism", "extremism"]
    private static let offences = WordSet(offenceNames)
    /// How many sentences into a text a heading is its title.
    static let titleReach = 2
    /// For how many sentences "the verdict", "the case" are of the people the last act befell.
    static let caseReach = 6
    /// Words that tell of a trial's parties: in a report on one person's case, that person's.
    static let caseWords = WordSet(["defence", "defense", "defendant", "accused", "hearing"])
    /// For how many sentences a court's day is the day of what happens outside the courthouse.
    static let courthouseReach = 8
    /// For how many sentences an act told may be named again in a clause of time ("after the bloggers were sentenced").
    static let clauseOfTimeReach = 6
    /// How many tokens after a month without a year a written year must stand to be a look back's, not the month's.
    static let lookBackDistance = 12
    /// How many tokens a section's heading may hold.
    static let sectionHeadingLength = 16
    /// A court's sentences, which reports name by one verb whatever they gave ("were sentenced" to days of arrest).
    static let sentencing: Set<EventType> = [.conviction, .administrativeArrest, .fine, .warning]
    /// For how many sentences "after the verdict" means the day of the last court's act.
    static let verdictTimeReach = 14
    /// Words that make a term one being served, not given: "is serving a seven-year sentence".
    static let servingWords = WordSet(["serving", "served"])
    /// Words that name an offence, or that an article's citation has (for remembering the code of one named outside an act).
    private enum Clue { case offence, citation }
    private static let clueWords = WordMap<Clue>(Dictionary(uniqueKeysWithValues: offenceNames.map { ($0, Clue.offence) }
        + ["article", "articles", "coao"].map { ($0, Clue.citation) }))
    /// For how many sentences an offence keeps the article it was named with.
    private static let offenceReach = 12

    /// Words for people in general, that reports use when they describe a practice rather than an act.
    /// ("people" is left out: "60 people were detained" tells of one crowd.)
    private static let genericPeople = WordSet(Lexicon.peopleAsAClass.filter { $0 != "people" } + ["individual", "lifers", "anyone", "everyone", "officials", "handful"])
    private static let plural = WordSet(["they", "them", "their", "both"])
    private static let homeWords = WordSet(["from", "based", "resident"])
    /// Words a legal summary names the party of a case by: "the applicant", "the complainant".
    static let caseParties = WordSet(["applicant", "applicant's", "complainant", "petitioner", "claimant", "appellant", "appellant's",
                                      // A law clinic's case digest: "Client: Aigerim Seitkali, …", "the client was detained".
                                      "client", "client's"])
    /// The person a party word stands in apposition with: "The applicant, Ms. Zhibek Amangeldiyeva, …", "the complainant,
    /// Mr. Arman Sadykov".
    static func partyNamed(_ persons: [PersonMention], _ organizations: [OrganizationMention],
                           in t: ArraySlice<Token>) -> (person: String?, organization: String?)? {
        guard !persons.isEmpty || !organizations.isEmpty, var k = t.indices.first(where: { caseParties.contains(t[$0]) }) else { return nil }
        // ("The applicant organisation, the public association "Taza Dala", …")
        if k + 1 < t.endIndex, ["organisation", "organization", "association"].contains(t[k + 1].lower) { k += 1 }
        // (Or a case note's label: "Appellant: Marat Yesenbayev, born 1979, …".)
        guard k + 2 < t.endIndex, t[k + 1].isMark(",") || t[k + 1].isMark(":") else { return nil }
        var start = k + 2
        if ["ms", "mr", "mrs", "dr"].contains(t[start].lower) { start += 1; if start < t.endIndex, t[start].isMark(".") { start += 1 } }
        if let person = persons.first(where: { $0.tokens.lowerBound == start && !$0.official }) { return (person.name, nil) }
        if let body = organizations.first(where: { $0.tokens.lowerBound >= k + 2 && $0.tokens.lowerBound <= k + 6 }) { return (nil, body.name) }
        return nil
    }
    /// For how many sentences "the applicant" is the party named last.
    static let partyReach = 30
    /// For how many sentences after the party is named an act that names no one is theirs.
    static let partyNearby = 6
    /// Acts on a gathering, which the body that called it owns.
    static let gatheringActs: Set<EventType> = [.assemblyRefused, .assemblyDispersed]
    /// For how many sentences a story's organisation is what "the movement's" or a gathering without names refers to.
    static let storyReach = 40
    /// Words for gatherings and their notices, in a sentence that names who calls them.
    static let callingWords = WordSet(["rally", "rallies", "march", "marches", "picket", "pickets", "meeting", "demonstration", "protest",
                                         "gathering", "assembly", "notice", "notification", "sit-in", "strike"])
    /// Verbs of telling, between a body and the verb of someone else's act.
    static let reportingVerbs = WordSet(["reported", "said", "wrote", "told", "according", "stated", "noted", "reports", "says",
                                         // "Mr Zhunusbekov recounted how the group had notified the akimat"
                                         "recounted", "described", "explained", "recalled", "added"])
    /// For how many sentences after people called a gathering its refusal is theirs.
    static let callersReach = 2
    /// The largest number a list's entry has: a number ending a sentence beyond it is a year or an amount.
    static let largestEntryNumber = 1_000
    /// Verbs of calling a gathering: "filed a notice", "planned a rally", "was organised by".
    /// How many tokens before a day a verb of filing may stand to date the filing: "filed a notification with the akimat on".
    static let filingReach = 12
    static let callingVerbs = WordSet(["filed", "submitted", "planned", "organised", "organized", "called", "applied", "notified",
                                       "intended", "announced", "organises", "organizes", "plans", "calls"])
    /// Kinds of body a reference names ("the movement's notice", "its union"), as `organizationsByKind` keys them.
    /// Words that open the line of whom a text is addressed to.
    static let addresseeWords = WordSet(["to", "attn", "attention", "dear", "for"])
    /// What a body writing of itself calls its own: "our office", "our appeal".
    static let bodysOwn = WordSet(["office", "offices", "premises", "newsroom", "organisation", "organization", "foundation", "union",
                                   "bureau", "centre", "center", "association", "appeal", "appeals", "accounts", "website", "registration"])
    /// Words after a sentence's subject that make it the one acted on: "The Bureau was searched".
    static let passiveHeads = WordSet(["was", "were", "has", "had", "is"])
    /// Words that go on a body's name after its kind: "the Foundation for Democracy", "the Union of Journalists".
    static let nameContinuations = WordSet(["of", "for", "on", "against"])
    static let referableKinds = WordSet(["movement", "party", "union", "group", "initiative", "association", "foundation",
                                                 "organisation", "organization", "newspaper", "magazine", "outlet", "portal", "site",
                                                 "congregation", "church", "community", "coalition", "network", "committee", "federation",
                                                 "confederation", "bureau", "fund", "centre", "center", "club", "society"])
    /// Kinds of body "the group" may mean when no body was called a group.
    static let groupKinds = ["initiative", "movement", "association", "coalition", "network", "community"]
    /// The kind a sentence refers back to: "the movement's", "the group's", "the union" (not "a union", nor a named one).
    static func kindReferredTo(_ t: ArraySlice<Token>) -> String? {
        // (Capitalised only before its possessive: "the Federation's office", as a text writes the body it speaks of.)
        for k in t.indices.dropFirst() where referableKinds.contains(t[k])
            && (!t[k].isCapitalized || (k + 2 < t.endIndex && (t[k + 1].isMark("'") || t[k + 1].isMark("’")) && t[k + 2].lower == "s")) {
            let before = t[k - 1].lower
            guard before == "the" || before == "its" || before == "this" else { continue }
            // ("the movement Taza Aua" names it.)
            if k + 1 < t.endIndex, t[k + 1].isCapitalized { continue }
            return t[k].lower
        }
        return nil
    }
    /// The kind of body an organisation is, by its last word ("… Initiative Group") or the kind beside it ("the Ana
    /// Zhuregi movement", "the movement Taza Aua").
    static func kind(of organization: OrganizationMention, in t: ArraySlice<Token>) -> String? {
        let last = t[organization.tokens.upperBound]
        if referableKinds.contains(last) { return last.lower }
        var after = organization.tokens.upperBound + 1
        // ("the Ana Zhuregi (“Mother’s Heart”) movement": past a gloss in brackets.)
        if after < t.endIndex, t[after].isMark("("), let close = t[after..<min(t.endIndex, after + 10)].firstIndex(where: { $0.isMark(")") }) {
            after = close + 1
        }
        // ("the Kok Tobe residents' movement": past whom it gathers.)
        if after + 2 < t.endIndex, t[after].isWord, !t[after].isCapitalized, t[after].lower.hasSuffix("s"), t[after + 1].isMark("'") || t[after + 1].isMark("’") {
            after += 2
        }
        if after < t.endIndex, referableKinds.contains(t[after]) { return t[after].lower }
        let before = organization.tokens.lowerBound - 1
        if before >= t.startIndex, referableKinds.contains(t[before]) { return t[before].lower }
        // ("an independent union, "Yntymak",": its kind before a comma; "Federation of Independent Trade Unions …": its
        // name's first word.)
        if before - 1 >= t.startIndex, t[before].isMark(","), referableKinds.contains(t[before - 1]) { return t[before - 1].lower }
        if referableKinds.contains(t[organization.tokens.lowerBound]) { return t[organization.tokens.lowerBound].lower }
        return nil
    }
    /// Words for those who attacked someone, or for the offence of an attack, in a case opened over it.
    static let culprits = WordSet(["hooliganism", "attackers", "assailants", "attacker", "assailant", "perpetrators", "unidentified"])
    /// Words that put what a sentence tells ahead of the day it was written: "She is due out on Sunday".
    /// How many sentences into a text its narrator is named.
    static let narratorReach = 4
    /// Whether a sentence speaks of its writer in the first person, outside quotation marks: "they fined me", "my car".
    static func speaksInTheFirstPerson(_ t: ArraySlice<Token>) -> Bool {
        var quoted = false
        for k in t.indices {
            let token = t[k]
            if token.isMark("“") || token.isMark("«") { quoted = true } else if token.isMark("”") || token.isMark("»") { quoted = false }
            else if token.isMark("\"") { quoted.toggle() }
            else if !quoted, firstPersonWords.contains(token) { return true }
            // ("I" as a pronoun, not a numeral: "I was fined", "I served it".)
            else if !quoted, token.text == "I", k + 1 < t.endIndex, t[k + 1].isWord, !t[k + 1].isCapitalized { return true }
        }
        return false
    }
    static let firstPersonWords = WordSet(["me", "my", "myself"])
    /// Whether the word at `k` ("Appellant", "me") is an item of a list with a person named: "the Appellant, the activist
    /// A and me", "A and the applicant".
    static func isListedWith(_ named: [PersonMention], at k: Int, in t: ArraySlice<Token>) -> Bool {
        func joins(_ j: Int) -> Bool { j >= t.startIndex && j < t.endIndex && (t[j].isMark(",") || t[j].lower == "and") }
        // (A name right after the joining word, or after its role: "and the activist A".)
        let after = joins(k + 1) && named.contains { (k + 2...k + 4).contains($0.tokens.lowerBound) }
        var before = k - 1
        if before >= t.startIndex, t[before].lower == "the" { before -= 1 }
        return after || (joins(before) && named.contains { $0.tokens.upperBound == before - 1 })
    }
    static let vagueTimeWords = WordSet(["subsequently", "eventually", "later", "before", "previously", "earlier", "after", "since"])
    static let groupWords = WordSet(["people", "demonstrators", "protesters", "activists", "those", "they", "participants", "supporters", "others"])
    private static let singular = WordSet(["he", "she", "him", "her", "his"])
    private static let excludedBefore = WordSet(["by", "meet", "manager", "support", "interview", "chairman"])
    /// "a notification submitted by Gulnar …", "the rally planned by activist Marat …": whoever called a gathering refused or
    /// dispersed is whom the act befell, though named after "by".
    static func callsTheGathering(_ by: Int, in t: ArraySlice<Token>) -> Bool {
        t[by].lower == "by" && by > t.startIndex && callingVerbs.contains(t[by - 1])
    }
    /// "an investigation into a video by blogger Dauren …": the author of the work an act is over is whom it befell.
    static func authorsTheWork(_ by: Int, in t: ArraySlice<Token>) -> Bool {
        // (Not a byline's "By": "… over social-media posts  By Madina …".)
        t[by].text == "by" && by > t.startIndex && works.contains(t[by - 1])
    }
    private static let works = WordSet(["video", "videos", "post", "posts", "article", "articles", "publication", "publications", "book",
                                        "film", "song", "poem", "comment", "comments", "podcast", "stream", "broadcast"])
    /// "the union's chairman Kuanysh …", "party chairman …": the leader of a body acted on is a target like its members.
    static func leadsTheirOwn(_ k: Int, in t: ArraySlice<Token>) -> Bool {
        guard t[k].lower == "chairman", k > t.startIndex else { return false }
        let before = t[k - 1]
        return ownBodies.contains(before) || (before.lower == "s" && k - 2 >= t.startIndex && (t[k - 2].isMark("'") || t[k - 2].isMark("’")))
    }
    private static let ownBodies = WordSet(["union", "party", "movement", "committee", "association", "its", "their", "organisation", "organization"])
    /// "led by former MP …", "founded by": who leads the organisation acted on, not whom the act befell.
    private static let leadVerbs = WordSet(["led", "headed", "founded", "chaired"])
    private static let homeMarks = WordSet(["from", "of", "in"])
    private static let awayMarks = WordSet(["for", "to", "leaving"])

    /// Which sanction kinds an act of each type can carry.
    /// Found guilty of an administrative offence and fined: a fine, not a criminal conviction.
    static func isAnAdministrativeFine(_ type: EventType, _ sanctions: [Sanction], _ provisions: [LegalProvisionRef]) -> Bool {
        type == .conviction && !sanctions.isEmpty && sanctions.allSatisfy { $0.kind == .fine }
            && !provisions.isEmpty && provisions.allSatisfy { $0.code == .administrative }
    }

    static func allowedSanctions(_ type: EventType) -> Set<SanctionKind> {
        switch type {
        case .administrativeArrest: [.administrativeArrest]
        case .conviction, .other: [.imprisonment, .restrictionOfFreedom, .banOnActivity, .other, .fine]
        case .fine: [.fine, .banOnActivity]
        case .organizationSuspended: [.suspension, .fine]
        case .organizationBanned: [.banOnActivity]
        case .travelRestriction: [.other]
        case .warning: [.warning]
        default: []
        }
    }

    mutating func read(context: inout ReadingContext) -> [ProposedIncident] {
        let tokens = Tokenizer.tokens(scalars[...], base: start, skipping: skipped)
        var incidents: [ProposedIncident] = []
        /// The sentence number each incident's last passage came from.
        var incidentSentence: [Int] = []
        /// The incidents whose people were borrowed from the act before (`names = last.names` below): a sentence just after
        /// that names the people of the act puts them in their place.
        var borrowedPeople = Set<Int>()
        // A fact check's claim ("CLAIM 2: "Only 14 people were detained …"") is what someone said, checked below: no act of its own.
        if ReportReader.Session.opensAClaim(scalars[...]) { return [] }
        // A record that says it repeats another ("[Marker 02] DUPLICATE of Marker 01 – …") tells its acts where that one does.
        if ParagraphReader.marksADuplicate(tokens[...]) { return [] }
        // A cable's or a brief's summary ("1. (SBU) Summary: March followed the pattern …") sums up what its paragraphs tell.
        if ParagraphReader.opensASummary(tokens[...]) { return [] }
        /// The day the paragraph is telling about, for acts it states without a date of their own; at first the date
        /// of a heading just before, as news digests give one: "[Police detain activists](#) (March 2023)".
        var paragraphDay: PartialDate? = context.headingDate ?? context.sectionDay ?? context.diaryDay ?? context.sceneDay
        let sceneDay = context.sceneDay
        context.sceneDay = nil
        /// Whether a sentence without an act set the paragraph's scene on its day: a crowd gathering.
        var crowdScene = false
        /// Whether that day is a headline's, above the paragraph: a scene the paragraph sets in a month of its own outweighs it.
        let headlinesDay = context.headingDate != nil
        let recordsDay = context.headingIsARecord && headlinesDay
        context.headingIsARecord = false
        /// The month a paragraph's first sentence sets its scene in, for its acts on someone named (`scenesMonth`).
        var sceneMonth: PartialDate? = nil
        context.headingDate = nil
        // A list's entry ("• Asel Mukhitova: ten days of administrative arrest.") is of the day of the sentence that led
        // into the list with a colon ("On 8 March the court decided:").
        let publishedBefore = context.publicationDay != nil
        if let abroad = ForeignPlaces.dateline(tokens[...]) { context.abroad = abroad }
        let listEntry = scalars.first(where: { !ReportReader.Session.isWhitespace($0) }).map { "•-*–—▪◦".unicodeScalars.contains($0) } ?? false
        if listEntry { paragraphDay = paragraphDay ?? context.listDay } else { context.listDay = nil; context.listNarrated = false }
        // A live blog's entry ("11:40 — Police detain …") is of the day its title gives.
        // (A bullet or a symbol may come first: "📍 12:40 — …".)
        var lead = tokens.drop { $0.kind == .punctuation }
        // ("3/ 08:15 – …": a thread's post number first.)
        let threadPost = lead.count > 2 && lead[lead.startIndex].isNumber && lead[lead.startIndex + 1].isMark("/")
        if threadPost { lead = lead.dropFirst(2) }
        // (A diary's "At 10:40, while we were still waiting, …" opens with the hour too.)
        let clockEntry = ParagraphReader.opensWithAClockTime(lead)
            || (lead.count > 4 && ParagraphReader.dayWords.contains(lead[lead.startIndex]) && lead[lead.startIndex + 1].isMark(",")
                && ParagraphReader.opensWithAClockTime(lead.dropFirst(2)))
            || (lead.count > 4 && ParagraphReader.clockPrepositions.contains(lead[lead.startIndex]) && ParagraphReader.opensWithAClockTime(lead.dropFirst()))
        // (So is a numbered post of a thread whose opening line gave the day, while the thread tells that day: not once it
        // looks back over earlier days, "On 19 October … Next morning … He got 3 years".)
        if paragraphDay == nil, let day = context.entryDay ?? context.titleDay ?? context.publicationDay,
           clockEntry || threadPost && (context.lastDay.map { $0 >= day } ?? true) { paragraphDay = day }
        var paragraphPlaces: [String] = []
        // Who the sentence that gave those places named: "On 3 June, A stood outside the akimat in Atyrau. Police drove her
        // to the station …" happened where A was.
        var paragraphPlacePeople: Set<String> = []
        /// The place a paragraph opens with alone, as field notes head their items: "Kyzylorda. On 3 July, …".
        var leadPlaces: [String] = []
        let firstSentence = context.sentenceNumber + 1
        var datelined = false
        /// Whether the sentence before ended with a semicolon, and the places its acts had.
        var afterSemicolon = false, previousLocations: [String] = []
        var numberedSentences = 0
        let paragraphText = scalars, base = start
        /// Whether only spaces lie between a line's break and the token.
        func startsLine(_ token: Token) -> Bool {
            var i = token.start - base - 1
            while i >= 0, paragraphText[i] == " " || paragraphText[i] == "\t" { i -= 1 }
            return i < 0 || paragraphText[i] == "\n"
        }
        let sentences = SentenceSplitter.sentences(tokens, startsLine: startsLine)
        // A timeline's entry headed by its day and a headline ("4 March 2026 / Defender released under travel ban"): the
        // text below tells the acts; the day is theirs.
        // (A bullet's line is an entry of its own, no heading: "• 22 April 2025 – Astana – criminal case opened vs. M. Iskakov".)
        let bulleted = scalars.first(where: { !$0.properties.isWhitespace }).map { "•●▪◦■".unicodeScalars.contains($0) } == true
        let datedHeadline = sentences.count == 1 && !bulleted ? ParagraphReader.datedHeadline(sentences[0].tokens) : nil
        // (An alert's field lines under its headline, "Date of incident: 14/01/2026", "Category: Detention", are no sentences.)
        let wordedSentences = sentences.count { sentence in sentence.tokens.contains { $0.isWord } && !ParagraphReader.isAFieldLine(sentence.tokens) }
        /// Who a record's label names ("Journalist: Asel Zhunusova"): whom its description's acts befell.
        var recordSubject: [PersonMention] = []
        /// A sentence's text as written, for the gazetteer and for quotes.
        func text(of sentence: Sentence) -> String { Tokenizer.string(scalars[(sentence.start - start)..<(sentence.end - start)]) }
        // A court decision's entry ("Date of judgment: 14 March 2025", "Court: … of Oral"): the day and town of its ruling.
        let card = DecisionCard.read(sentences, startsLine: startsLine, text: text(of:))
        // A timeline's entry tells its acts in the present ("7 June — The court fines …"): its verbs are read as past forms.
        let entry = HistoricalPresent.opensAnEntry(tokens[...])
        var afterAnEntrysNumber = false
        for sentence in sentences {
            // ("7." read as a sentence of its own before the entry it numbers, or as the end of a heading's: "References 1.")
            defer {
                let s = sentence.tokens
                afterAnEntrysNumber = s.count >= 2 && s[s.endIndex - 1].isMark(".") && s[s.endIndex - 2].isNumber
                    && (s.count == 2 || !s[s.endIndex - 3].isNumber && s[s.endIndex - 3].kind != .punctuation)
                    && (s[s.endIndex - 2].value ?? 0) < Double(ParagraphReader.largestEntryNumber)
            }
            context.sentenceNumber += 1
            let t = entry ? HistoricalPresent.pastTense(sentence.tokens) : sentence.tokens
            // "Aktau: activist … detained", "Place: Kostanay": a place given as a label is where the paragraph's acts were.
            if leadPlaces.isEmpty, ParagraphReader.opensWithALabel(t),
               let labelled = ParagraphReader.labelledPlaces(t, sentence: text(of: sentence), offset: sentence.start) {
                leadPlaces = labelled
            }
            // "earlier this year", "in July this year": the year the text was published in.
            // "On 3 March last year": the year before; the story's own year comes back after the look back.
            var looksBack = false
            // (With no day of publication, "in October last year" is the year before the latest year the text has told: a weekly's
            // "last year".)
            if context.publicationDay == nil, let told = context.latestYear, ParagraphReader.saysLastYear(t) {
                looksBack = true
                context.year = told - 1
                context.resumeYear = told
            }
            if let published = context.publicationDay {
                if ParagraphReader.saysThisYear(t) {
                    context.year = published.year
                    context.resumeYear = nil
                }
                looksBack = ParagraphReader.saysLastYear(t)
                if looksBack {
                    context.year = published.year - 1
                    context.resumeYear = published.year
                } else if let year = ParagraphReader.yearOfLastMonth(t, published: published) {
                    // "Last June there were protests …", "LAST MAY DAY WAS TENSE": the last such month before the text came out.
                    context.year = year
                    context.resumeYear = year < published.year ? published.year : nil
                }
            }
            // Dates, with the year of the sentence's own dates or of the context for those written without one.
            var dates = DateRecognizer.dates(in: t, contextYear: nil)
            for d in dates where d.kind == .explicit { if let y = d.date?.year { context.latestYear = max(context.latestYear ?? y, y) } }
            // (A date that names an occasion, "the January 2022 events", gives no year to the others: below.)
            // (Nor does a year a state began in: "which has given free legal help since 2011, was suspended … in January".)
            let withYear = dates.first(where: { !$0.yearInferred && $0.date != nil && !ParagraphReader.namesAnOccasion($0, in: t)
                && !ParagraphReader.inAnApposition($0.tokens, in: t, trigger: nil)
                && !($0.date?.precision == .year && $0.tokens.lowerBound > t.startIndex && t[$0.tokens.lowerBound - 1].lower == "since")
                // ("AKTAU, April 16 – Police broke up a rally …, the worst unrest since deadly riots in January 2022": the year
                // counted from is not the dateline's.)
                && !ParagraphReader.inASinceClause($0.tokens, in: t)
                && !($0.date?.precision != .day && ParagraphReader.inARelativeClause($0.tokens, in: t)) })
            var ownYear = withYear?.date?.year
            let yearless = t.indices.first(where: { i in
                (t[i].isCapitalized && DateRecognizer.month(of: t[i]) != nil || DateRecognizer.isASeason(t, at: i)
                    || t[i].isNumber && (DateRecognizer.dayAndMonth(t[i]) != nil || DateRecognizer.slashedDayAndMonth(at: i, in: t) != nil))
                    && !dates.contains { $0.tokens.contains(i) } })
            // "In February, the prosecutor refused …, after his arrest in December 2024": a year written well after the month
            // belongs to a look back, and the month keeps the year being told.
            if let yearless, let withYear, context.year != nil, withYear.tokens.lowerBound - yearless > ParagraphReader.lookBackDistance { ownYear = nil }
            // (With no year told yet, the year the text came out: "Published 24 October 2025 · 8 min read", then "on 12 May".)
            if let year = ownYear ?? context.year ?? context.publicationDay?.year, yearless != nil {
                // "On 2 January, a year to the day after the protests began there, …": the day falls that many years after the
                // year being told.
                // ("Two years after my first detention, on 8 March this year": the year said, not counted on.)
                let yearSaid = looksBack || (context.publicationDay != nil && ParagraphReader.saysThisYear(t))
                dates = DateRecognizer.dates(in: t, contextYear: year + (ownYear == nil && !yearSaid ? ParagraphReader.yearsOn(t) : 0))
                // After a look back ("he had been arrested on 9 November 2023"), a day without a year that would fall
                // before the look back's day is the story's own year again: "On 30 March, men attacked his lawyer".
                // (A year glued to a footnote's number, "2015.124", is still a year written.)
                if ownYear == nil, !looksBack, let resume = context.resumeYear, let last = context.lastDay,
                   !t.contains(where: { $0.isNumber && DateRecognizer.years.contains(Int($0.value ?? 0)) }),
                   let inferred = dates.first(where: { $0.yearInferred && ($0.date?.precision == .day || $0.date?.precision == .month) })?.date,
                   inferred < last, inferred.year < resume,
                   // (A month is before the last day only when it ends before that day's month.)
                   inferred.precision == .day || (inferred.year, inferred.month ?? 0) < (last.year, last.month ?? 0),
                   // (Nor a day inside the month just told: "In January 2025 police opened a case … They searched the newsroom
                   // on 23 January" is that January.)
                   !(inferred.precision == .day && context.lastDate.map({ $0.precision == .month && ($0.year, $0.month) == (inferred.year, inferred.month) }) == true) {
                    let resumed = DateRecognizer.dates(in: t, contextYear: resume)
                    // (Not to a day after the text was published: "began on Monday, 11 March 2024 … on 14 March … filed on
                    // 13 March" in a story of 12 March 2025 is still the year looked back on.)
                    let afterPublication = context.publicationDay.map { published in
                        resumed.contains { $0.yearInferred && $0.date?.precision == .day && $0.date! > published }
                    } ?? false
                    if !afterPublication { dates = resumed }
                }
            }
            // "the January 2022 events", "the events of December 2011": a date that names an occasion dates no act here
            // and does not set the year the text is telling of.
            // "the 19 March elections": the day "election day" and "the eve of the vote" count from, below.
            if let day = ElectionDay.named(in: t, dates) { context.electionDay = day }
            if context.slashesMonthFirst { SlashedDates.readMonthFirst(&dates, in: t) }
            let namesAnOccasion = dates.contains { ParagraphReader.namesAnOccasion($0, in: t) }
            // ("… for a single picket on 3 March": the day of what was punished, which the punishment cannot come before.)
            let punishedDay = dates.last { $0.date?.precision == .day && ParagraphReader.namesAnOccasion($0, in: t) }?.date
            if namesAnOccasion { dates.removeAll { ParagraphReader.namesAnOccasion($0, in: t) } }
            // A news agency's dateline ("ALMATY, 14 November 2024 — …") gives the day the story was published.
            if context.publicationDay == nil, firstSentence <= ParagraphReader.publicationReach, context.sentenceNumber == firstSentence,
               let day = ParagraphReader.datelineDay(t, dates, startsLine: startsLine) { context.publicationDay = day }
            // A label near the top giving the day the text came out ("Broadcast: Monday, 18 November 2024, 20:00", "Published:
            // 3 May 2025"): what its "yesterday" and "last Friday" count from.
            if context.publicationDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach,
               // (The label may open a line below a byline: "By the desk\nPublished 24 October 2025 · 8 min read".)
               // ("Last updated: 12/05/2026" under a register's title.)
               t.indices.contains(where: { i in
                   ParagraphReader.publicationLabels.contains(t[i])
                       && (i == t.startIndex || startsLine(t[i]) || (t[i - 1].lower == "last" && (i - 1 == t.startIndex || startsLine(t[i - 1]))))
               }),
               !ParagraphReader.labelsAToldDay(t),
               let labelled = dates.first(where: { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }),
               !ParagraphReader.opensASpan(labelled, in: t), !ParagraphReader.closesASpan(labelled, in: t), let day = labelled.date {
                context.publicationDay = day
                context.year = day.year
            }
            // A day near the top that the text calls today ("Verdict expected today, 12 March 2025."): the day it was written.
            if context.publicationDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach,
               let today = dates.first(where: { mention in
                   mention.kind == .explicit && !mention.yearInferred && mention.date?.precision == .day
                       && ParagraphReader.calledToday(before: mention.tokens.lowerBound, in: t)
               }), let day = today.date {
                context.publicationDay = day
                context.year = day.year
            }
            // A newsletter's issue line ("Monthly newsletter · Issue 47 · November 2025"): the month it came out in, counted as
            // its last day, is what its "this month" and "last month" mean.
            if context.publicationDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach,
               let day = ParagraphReader.issueMonthEnd(dates, line: tokens[...]) {
                context.publicationDay = day
                context.year = day.year
            }
            // (An update older than the day the text says it was last updated, "Update (25/01/2026):" under one alert of a register
            // "Last updated: 12/05/2026", is that item's own; the register's later items are not seen from it. Updates newest
            // first, "UPDATE 23 March:" above "UPDATE 12 March:", each count from their own day.)
            if context.sentenceNumber == firstSentence, let day = ParagraphReader.updateDay(t, dates),
               context.publicationIsAnUpdate || context.publicationDay.map({ day >= $0 }) ?? true {
                context.publicationIsAnUpdate = true
                context.publicationDay = day
                context.headingToday = nil
                context.lastDay = day
            }
            // A digest's week in its heading ("Digest for 4–10 March 2024"): its "on Monday" is of that week.
            if context.publicationDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach, ParagraphReader.isHeading(t),
               let end = ParagraphReader.lastDayOfARange(t) {
                context.publicationDay = end
                dates = DateRecognizer.dates(in: t, contextYear: end.year)
            }
            // With no day of publication, a weekday in a story told in order is the first one from the day told last: "the
            // verdict on 4 June … On Wednesday, police detained his wife …; on Thursday a judge warned her".
            if context.publicationDay == nil, let last = context.lastDay, last.precision == .day {
                for i in dates.indices {
                    guard case .weekday(let wanted) = dates[i].kind, var day = DateRecognizer.first(weekday: wanted, from: last) else { continue }
                    // ("Last Friday" counts back from a day of publication the text has not given, not on from the day told.)
                    if ParagraphReader.saysLast(dates[i], in: t) { continue }
                    // (In a court list under its day, "TUESDAY, 12.05.2026", "on Tuesday" is that day, whatever day the note
                    // looked back to before.)
                    if let section = context.sectionDay(ifItIs: wanted), section > last { day = section }
                    dates[i].kind = .explicit
                    dates[i].date = day
                }
            }
            // "on the 3rd", "on the evening of the 21st": a day of the month being written in, or of the one before; after a day
            // the paragraph told, of that day's month.
            let days = DateRecognizer.daysOfTheMonth(in: t, today: context.publicationDay, told: paragraphDay.flatMap { $0.precision == .day ? $0 : nil })
                .filter { day in !dates.contains { $0.tokens.overlaps(day.tokens) } }
            if !days.isEmpty { dates = (dates + days).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } }
            // "on Tuesday", "last week": known only from the day the text was published.
            // (Under a day's heading, "TUESDAY, 12.05.2026", a weekday is known from that day.)
            if context.publicationDay == nil {
                dates.removeAll { d in
                    guard d.isFromPublication else { return false }
                    if context.sectionDay != nil, case .weekday = d.kind { return false }
                    return true
                }
            }
            // A day without a year that would come after the day of publication is of the year before: "held since November"
            // in a March digest.
            if let published = context.publicationDay {
                for i in dates.indices where dates[i].yearInferred && dates[i].kind == .explicit {
                    guard let date = dates[i].date, date > published, !(date.precision == .day && date.year == published.year && date.month == published.month)
                    else { continue }
                    dates[i].date = try? PartialDate(year: date.year - 1, month: date.month, day: date.day)
                }
            }
            if let election = context.electionDay {
                dates += ElectionDay.mentions(in: t, day: election).filter { told in !dates.contains { $0.tokens.overlaps(told.tokens) } }
            }
            // "In the spring, …" without its year: the spring of the year of the last act told, which a law's year named in
            // passing ("adopted … in May 2020") does not change.
            if let told = context.lastDate?.year {
                for i in dates.indices where dates[i].yearInferred && dates[i].date?.precision == .year && DateRecognizer.isASeason(t, at: dates[i].tokens.lowerBound) {
                    dates[i].date = try? PartialDate(year: told)
                }
            }
            if let published = context.publicationDay,
               let anchor = dates.first(where: { ParagraphReader.namesItsWeekday($0, in: t) })?.date,
               let weekAfter = DateRecognizer.offset(anchor, days: ParagraphReader.storyWeekdayGap, months: 0), weekAfter < published {
                context.storyWeek = (anchor, context.sentenceNumber)
            }
            // "… banned its activity [Source: Kazakhstan Bureau Online, 20 February 2024].": the day a source published, no act's.
            dates.removeAll { ParagraphReader.citesASource($0.tokens, in: t) }
            // "a meeting … planned for 12 July. Nevertheless, on the appointed day about 30 persons gathered": the day planned.
            if dates.isEmpty, let planned = context.plannedDay, context.sentenceNumber - planned.sentence <= ParagraphReader.plannedDayReach,
               let told = ParagraphReader.appointedDay(in: t) {
                dates.append(DateMention(date: planned.day, kind: .explicit, tokens: told))
            }
            if let planned = dates.first(where: { $0.date?.precision == .day && ParagraphReader.isAPlannedDay($0.tokens, in: t) })?.date {
                context.plannedDay = (planned, context.sentenceNumber)
            }
            let datesADay = dates.contains { $0.kind == .explicit && $0.date?.precision == .day }
            let stated = EventRecognizer.events(in: t)
            // Aggregates ("more than 120 people were charged", "a total of 15 cases", thousands of people without
            // a day) are not incidents.
            // ("at least 87 individuals were fined in 2023" is a year's count; "at least 23 people taken to police buses" a crowd.)
            let yearsCount = dates.contains { $0.date?.precision == .year } ? ParagraphReader.atLeast.firstMatch(in: t) : nil
            let isAggregate = !stated.isEmpty && ((ParagraphReader.pattern2.firstMatch(in: t) ?? yearsCount).map { !ParagraphReader.isOneCrowd($0, in: t) } ?? false
                || ParagraphReader.pattern0.firstMatch(in: t) != nil || ParagraphReader.countsCases(t)
                || ParagraphReader.countedPapers.contains { $0.firstMatch(in: t) != nil }
                || (!datesADay && (ParagraphReader.countsAPopulation(t) || ParagraphReader.countsHowOften(t))) || ParagraphReader.countsOverAPeriod(t)
                // ("at least 27 people were detained across the country in February": a country's count.)
                || (ParagraphReader.atLeast.firstMatch(in: t) != nil && ParagraphReader.countryWide.contains { $0.firstMatch(in: t) != nil })
                || ParagraphReader.countsPeopleOverTime(t, dates)
                || (yearsCount == nil && !datesADay && dates.contains { $0.date?.precision == .year } && ParagraphReader.papersReceived.firstMatch(in: t) != nil))
            // "Police searched the office. They confiscated computers …": what was taken is the search's.
            // "Two days after the bloggers were sentenced, the same court fined …", "During the dispersal, an officer broke his
            // camera": an act already told, named in a clause of time, dates the sentence's other act and is no new one.
            // A headline in capitals ("ACTIVIST DETAINED SINCE NOVEMBER") tells in short what the text below tells.
            let shouted = !stated.isEmpty && (ParagraphReader.isHeading(t) && (ParagraphReader.isInCapitals(t) || ParagraphReader.isInBold(t))
                                              || (sentences.count == 1 && ParagraphReader.isAPlacedSectionLabel(t)))
            // A numbered list's entry that opens with a quoted title ("7. "Hundreds kettled in Aktobe". Dala Report. 19 January
            // 2025."): a reference to another text, whose headline tells nothing of its own.
            let citedTitle = !stated.isEmpty && afterAnEntrysNumber && ParagraphReader.isAQuotedTitle(t)
            // A question ("Is it true she was detained again in October?") asks; the answer tells.
            let asked = !stated.isEmpty && ParagraphReader.isAQuestion(t)
            // Nor does a sentence whose subject is the acts themselves: "Detaining or fining someone for a picket is …".
            let general = !stated.isEmpty && ParagraphReader.speaksOfActsInGeneral(t)
            // Nor does a sentence announcing topics to come ("Coming up: a verdict in Oral, a fine in Aktobe …"), a mail's subject
            // line, or a rumour said to be one ("RUMOUR, not confirmed: …").
            let toldElsewhere = !stated.isEmpty && (TableOfContents.announcesTopics(t) || ParagraphReader.isAMailHeader(t) || ParagraphReader.marksARumour(t))
            let events = isAggregate || shouted || citedTitle || asked || general || toldElsewhere ? [] : stated.filter { event in
                !ParagraphReader.isInsideADatedLink(event.trigger.lowerBound, in: t) &&
                !(stated.count > 1 && ParagraphReader.isAReferencePoint(event.trigger, in: t)) && !ParagraphReader.isAskedToCount(event.trigger, in: t) &&
                !ParagraphReader.isAMeasureReplaced(event, in: t) && !ParagraphReader.saysWhatAMeasureShouldBe(event.trigger, in: t) &&
                !(event.type == .other && EventRecognizer.seizures.contains(t[event.trigger.lowerBound])
                  && context.recentActs.contains { $0.type == .searchOfPremises && context.sentenceNumber - $0.sentence <= 1 })
                    && !(stated.count > 1 && ParagraphReader.inAClauseOfTime(event.trigger, in: t) && context.recentActs.contains { act in
                        context.sentenceNumber - act.sentence <= ParagraphReader.clauseOfTimeReach
                            && (act.type == event.type || (ParagraphReader.sentencing.contains(act.type) && ParagraphReader.sentencing.contains(event.type))
                                || (act.type == .detention && event.type == .pretrialDetention))
                    })
            }
            // An organisation the sentence cites ("according to the Bureau for Human Rights") tells where the news comes
            // from, not who took part.
            var organizations = context.withKnownOrganizations(OrganizationRecognizer.organizations(in: t), in: t)
                .filter { !ParagraphReader.isCited($0.tokens, in: t) && !ParagraphReader.isAnEmployer($0.tokens, in: t) }
                // (Who recognises someone a political prisoner, "… by the Adilet Coalition", "the Adilet Group added her to its
                // list", acts; it is not acted on.)
                .filter { org in !events.contains { event in
                    event.type == .politicalPrisonerRecognized && (ParagraphReader.isTheAgent(org.tokens, in: t) || org.tokens.upperBound < event.trigger.lowerBound)
                } }
                // (Nor is a source cited in brackets: "[Source: Adilet Monitoring Group, statement, 12 September 2024]".)
                .filter { !ParagraphReader.isASourceCited($0.tokens, in: t) }
            // "fined the Foundation 100 MCI", "The Bureau was searched": a body the text names by its kind with a capital, the
            // one of that kind it named before.
            for k in t.indices where ParagraphReader.isAKindActedOn(at: k, in: t) && !organizations.contains(where: { $0.tokens.contains(k) }) {
                guard let named = context.organizationsByKind[t[k].lower], context.sentenceNumber - named.sentence <= ParagraphReader.storyReach else { continue }
                organizations.append(OrganizationMention(name: named.name, tokens: k...k))
                organizations.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            for organization in organizations { context.remember(organization, in: t) }
            // (Not the one a letter or an invoice is addressed to: "To: Adilet Zholy Legal Aid Fund".)
            if context.sentenceNumber <= ParagraphReader.titleReach, events.isEmpty, context.writerBody == nil, let first = organizations.first,
               ParagraphReader.isHeading(t), !(t.first(where: \.isWord).map { ParagraphReader.addresseeWords.contains($0) } ?? false) {
                context.writerBody = first.name
            }
            // A name that an organisation's name contains ("the NGO Adilet Zhol") is the organisation's.
            var persons = context.persons.persons(in: t).filter { person in !organizations.contains { $0.tokens.overlaps(person.tokens) } }
            // "Orazaliyev's brother, Yerbolat": a relative named by the given name alone, of the family's surname.
            for relative in ParagraphReader.relativesByGivenName(persons, in: t) {
                persons.append(relative)
                context.persons.remember(relative.name)
            }
            if persons.count > 1 { persons.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
            let tellsHomes = t.contains { ParagraphReader.homeWords.contains($0) }
            let places = events.isEmpty && !tellsHomes && !datesADay ? [] : PlaceRecognizer.gazetteerPlaces(
                in: t, sentence: text(of: sentence), offset: sentence.start).filter { place in
                !organizations.contains { $0.tokens.overlaps(place.tokens) }
            }
            // An offence named beside its article earlier ("libel (Article 73 of the Administrative Code)") gives later
            // acts for the same offence that article.
            // One look at each word for offences and for an article's citation.
            var namesAnOffence = false, citesAnArticle = false
            for k in t.indices {
                guard let clue = ParagraphReader.clueWords[t[k]] else { continue }
                if clue == .offence { namesAnOffence = true } else { citesAnArticle = true }
            }
            let offences = !namesAnOffence ? [] : t.filter { ParagraphReader.offences.contains($0) }.map(\.lower).uniqued()
            let statedProvisions = events.isEmpty && offences.isEmpty ? []
                : LegalProvisionRecognizer.provisions(in: t, fallbackCode: context.codeNamedLast()).map(\.0)
            if let code = statedProvisions.last?.code { context.lastCode = code; context.lastCitation = nil }
            else if events.isEmpty, offences.isEmpty, citesAnArticle { context.lastCitation = t }
            var provisions = statedProvisions
            if !statedProvisions.isEmpty, offences.count == 1 {
                context.offenceProvisions[offences[0]] = (context.sentenceNumber, statedProvisions)
            } else if statedProvisions.isEmpty {
                for offence in offences {
                    if let (sentence, refs) = context.offenceProvisions[offence], context.sentenceNumber - sentence <= ParagraphReader.offenceReach {
                        provisions = refs
                        break
                    }
                }
            }
            // "Asel was fined 50 MCI under the same article", "under Part 2 of the same article": the article of the act just told.
            if statedProvisions.isEmpty, !events.isEmpty, let same = ParagraphReader.sameArticle(in: t),
               let told = incidents.indices.last(where: { !incidents[$0].legalProvisions.isEmpty }),
               context.sentenceNumber - incidentSentence[told] <= ParagraphReader.sameArticleReach {
                provisions = incidents[told].legalProvisions
                if let part = same.part, provisions.count == 1 { provisions[0].part = part }
            }
            let continuesAct = incidentSentence.last.map { context.sentenceNumber - $0 <= 1 } ?? false
            // A term asked for ("the prosecutor asked the court to sentence him to four years") or threatened ("members now
            // face up to six years in prison") is no sanction given.
            let sanctions = events.isEmpty && (!continuesAct || t.contains { ParagraphReader.requestVerbs.contains($0) || ParagraphReader.threatWords.contains($0) }) ? []
                : SanctionRecognizer.sanctions(in: t)

            // Homes: "an activist from Aktobe region", "Karaganda-based", "a resident of Ridder".
            if tellsHomes {
                for place in places {
                    var previous = place.tokens.lowerBound > t.startIndex ? t[place.tokens.lowerBound - 1].lower : ""
                    if previous == "the", place.tokens.lowerBound - 2 >= t.startIndex { previous = t[place.tokens.lowerBound - 2].lower }
                    let next = place.tokens.upperBound + 2 < t.endIndex ? t[place.tokens.upperBound + 2].lower : ""
                    guard ParagraphReader.homeMarks.contains(previous) || next == "based" else { continue }
                    if let person = persons.min(by: { abs($0.tokens.lowerBound - place.tokens.lowerBound) < abs($1.tokens.lowerBound - place.tokens.lowerBound) }) {
                        context.homes[person.name, default: []].append(place.written)
                    } else if t.contains(where: { ParagraphReader.singular.contains($0) }), let referent = context.referents(plural: false).first {
                        context.homes[referent.name, default: []].append(place.written)
                    }
                }
            }

            // Who, which organisations and where matter only to an act, or to a day that later acts of the
            // paragraph may take; for other sentences (most of them) they are not worked out.
            var targets: [PersonMention] = [], names: [String] = [], orgNames: [String] = [], locations: [String] = []
            // Whether the sentence writes a place of its own (not only the homes of the people it names).
            var placesWritten = false
            var organiserBorrowed = false
            /// The party of a legal summary this sentence may mean: by "the applicant", or by following it closely.
            let partyMeant = context.partyMeant(by: t)
            if partyMeant?.named == true { context.partySaid = context.sentenceNumber }
            var namedHere = false
            var namesBorrowed = false
            if !events.isEmpty || datesADay {
                // The people acted on: named here, or referred to.
                let gathering = events.contains { ParagraphReader.gatheringActs.contains($0.type) }
                targets = persons.filter { mention in
                    !mention.official && !(max(t.startIndex, mention.tokens.lowerBound - 2)..<mention.tokens.lowerBound).contains {
                        ParagraphReader.excludedBefore.contains(t[$0]) && !ParagraphReader.leadsTheirOwn($0, in: t)
                            && !(gathering && ParagraphReader.callsTheGathering($0, in: t)) && !ParagraphReader.authorsTheWork($0, in: t) }
                        && !ParagraphReader.isPossessive(mention, in: t) && !ParagraphReader.isTheOrganisationsLeader(mention, in: t)
                        && !ParagraphReader.isTheSource(mention, in: t, opensALine: startsLine(t[mention.tokens.lowerBound])) && !ParagraphReader.isABodyByApposition(mention, in: t)
                        && !ParagraphReader.isSomeonesCounsel(mention, in: t) && !ParagraphReader.tellsOfAnother(mention, in: t)
                }
                namedHere = !targets.isEmpty
                // "officers detained the Appellant, the activist Aigerim Zhaksylykova and me": the party and the writer, named by
                // word in the list of those named.
                if namedHere, !events.isEmpty {
                    let listed = targets
                    if let meant = partyMeant, meant.named, let party = meant.party.person, !targets.contains(where: { $0.name == party }),
                       t.indices.contains(where: { ParagraphReader.caseParties.contains(t[$0]) && ParagraphReader.isListedWith(listed, at: $0, in: t) }) {
                        targets.append(PersonMention(name: party, tokens: t.startIndex...t.startIndex))
                    }
                    if let narrator = context.narrator, !targets.contains(where: { $0.name == narrator }),
                       t.indices.contains(where: { t[$0].lower == "me" && ParagraphReader.isListedWith(listed, at: $0, in: t) }) {
                        targets.append(PersonMention(name: narrator, tokens: t.startIndex...t.startIndex))
                    }
                }
                if targets.isEmpty, let group = context.definedGroup, t.contains(where: { $0.text == group.term }) {
                    // "the appeals of the Detainees were dismissed"; "the apartments of both Detainees": the two just told of.
                    let counted = ParagraphReader.groupCount(t).flatMap { $0 < group.people.count ? context.referents(plural: true, count: $0) : nil } ?? []
                    targets = counted.isEmpty
                        ? group.people.map { PersonMention(name: $0.name, tokens: t.startIndex...t.startIndex, occupation: $0.occupation) } : counted
                }
                if targets.isEmpty {
                    let pluralReference = t.contains { ParagraphReader.plural.contains($0) }
                        || ParagraphReader.pattern4.firstMatch(in: t) != nil || ParagraphReader.allOfThem.firstMatch(in: t) != nil
                    let definiteReference = ParagraphReader.refersToTheCase(t)
                    // (A pronoun that says who tells, "he said", "She said that …", is no one acted on.)
                    let speakers = ParagraphReader.speakingPronouns(t)
                    let singularReference = t.indices.contains { ParagraphReader.singular.contains(t[$0]) && !speakers.contains($0) }
                        || ParagraphReader.pattern5.firstMatch(in: t) != nil
                    // A sentence that opens with its act has the subject of the one before: "Detained on 5 February and
                    // sentenced …", a list entry after its name; "… at a picket; released the same night".
                    // (So does a timeline's line that gives its day and place first: "Dec 2025 – recognised as a political prisoner …",
                    // "next day 10 days' admin. arrest".)
                    let elliptical = events.first.map { first in
                        t[t.startIndex..<first.trigger.lowerBound].indices.allSatisfy { k in
                            !t[k].isWord || dates.contains { $0.tokens.contains(k) } || sanctions.contains { $0.tokens.contains(k) }
                                || (t[k].isCapitalized && PlaceRecognizer.isPlaceWord(t[k]))
                        }
                    } ?? false
                    if pluralReference, !singularReference, ParagraphReader.countsItsOwnGroup(t) {
                        // "police detained three members of the party as they handed out leaflets": "they" are the three.
                    } else if !organizations.isEmpty, events.allSatisfy({ ParagraphReader.organisational.contains($0.type) && $0.type != .other }) {
                        // "a court liquidated Munaishy Birligi, the union he had co-founded": an act on the body named, whoever
                        // "he" is.
                    } else if pluralReference, !singularReference, let body = organizations.first,
                              let pronoun = t.firstIndex(where: { ParagraphReader.plural.contains($0) }), pronoun > body.tokens.upperBound {
                        // "A member of the initiative group "Taza Qala" told us that the akimat refused to agree their rally":
                        // the group's, not the people named before it.
                    } else if pluralReference, !singularReference, ParagraphReader.pronounOfItsOwnCrowd(t), context.referents(plural: true).count < 2 {
                        // "Officers pushed the protesters back and ordered them to leave": the crowd, not the one person named last.
                    } else if pluralReference || singularReference {
                        // (Pronouns of both genders, "He fined her", leave it open.)
                        let genders = Set(t.indices.filter { !speakers.contains($0) }.compactMap { NameGender.of(pronoun: t[$0].lower) })
                        let gender = genders.count == 1 ? genders.first : nil
                        targets = context.referents(plural: pluralReference && !singularReference, count: ParagraphReader.groupCount(t), gender: gender)
                    } else if ParagraphReader.namesARole(t) {
                        // "the 29-year-old musician": the one named in the sentence just before ("the former founder" of
                        // a paper, three sentences after a plaintiff was named, is someone else).
                        targets = context.referents(plural: false, within: 1)
                    } else if elliptical {
                        targets = context.referents(plural: true, within: 2)
                    } else if definiteReference, !events.isEmpty, ParagraphReader.pattern3.firstMatch(in: t) == nil,
                              !(organizations.count > 0 && events.allSatisfy { ParagraphReader.organisational.contains($0.type) }) {
                        // ("The court dismissed the party's claim": an act on a named organisation refers to no one.)
                        // "The regional court upheld the verdict": the case is of those the last act befell, not of a lawyer
                        // named since.
                        if context.bodyActMeant(within: ParagraphReader.caseReach) != nil {
                            // "ordered the union liquidated; the regional court upheld the decision": the body's case.
                        } else if let kinds = ParagraphReader.actReviewed(t), let people = context.lastPersons(of: kinds) {
                            // ("upheld the arrest" after an arrest and a fine of others: the arrested.)
                            targets = people.map { PersonMention(name: $0, tokens: t.startIndex...t.startIndex) }
                        } else if let last = context.lastActPersons, context.sentenceNumber - last.sentence <= ParagraphReader.caseReach {
                            targets = last.names.map { PersonMention(name: $0, tokens: t.startIndex...t.startIndex) }
                        } else {
                            targets = context.referents(plural: true, within: 2)
                        }
                    }
                    // An interview's or a post's "somebody slashed all four tyres of my car", "they fined me": the one whose story
                    // it is, named near its top (not someone quoted).
                    // (So are the entries of a list a first-person sentence leads into: "Let me remind you how this year has
                    // gone:\n— 3 February: called to the prosecutor's office and handed an official warning".)
                    let narratedEntry = listEntry && context.listNarrated && persons.isEmpty
                    if targets.isEmpty || narratedEntry, !events.isEmpty, let narrator = context.narrator,
                       narratedEntry || ParagraphReader.speaksInTheFirstPerson(t) {
                        targets = [PersonMention(name: narrator, tokens: t.startIndex...t.startIndex)]
                    }
                    // "officers searched the flat where my client lives with his wife": a lawyer's client, not the lawyer, whatever
                    // "his" would reach.
                    if !events.isEmpty, !namedHere, let client = context.client, ParagraphReader.speaksOfAClient(t) {
                        targets = [PersonMention(name: client, tokens: t.startIndex...t.startIndex)]
                    }
                    if targets.isEmpty, !events.isEmpty, !recordSubject.isEmpty { targets = recordSubject }
                    // A profile's case history: its entries that name no one are its person's ("- Sentenced 4 Jun 2012 by Aktau
                    // city court to 5 yrs"), not a body's refusal ("- Justice Department refused to register the Forum").
                    if targets.isEmpty, !events.isEmpty, let profile = context.profile, context.sentenceNumber - profile.sentence <= ParagraphReader.profileReach,
                       !events.allSatisfy({ ParagraphReader.organisational.contains($0.type) }) {
                        targets = [PersonMention(name: profile.name, tokens: t.startIndex...t.startIndex)]
                    }
                    // "the applicant's residence was searched": the party whose case a legal summary tells, whatever a pronoun
                    // of the sentence would otherwise reach.
                    // (Just after the party is named, an act that names no one is theirs too: "criminal proceedings were instituted
                    // on 2 December".)
                    if let meant = partyMeant, let person = meant.party.person, !events.isEmpty, meant.named || (targets.isEmpty && meant.nearby) {
                        targets = [PersonMention(name: person, tokens: t.startIndex...t.startIndex)]
                    } else if let meant = partyMeant, meant.named, meant.party.person == nil, meant.party.organization != nil {
                        // ("the applicant's activities", when the applicant is a body: no one else's.)
                        targets = []
                    }
                    // A report on one person's case ("Case of Serik …"): its hearings and the defence's requests are theirs.
                    // (So are the rulings told under a court list's case line, "Abenov Marat - AOC, Art. 488 Part 6".)
                    if targets.isEmpty, !events.isEmpty, let subject = context.caseSubject,
                       definiteReference || ParagraphReader.namesARole(t) || t.contains(where: { ParagraphReader.caseWords.contains($0) })
                        // ("The client had been detained …" under a lawyer's heading of the matter.)
                        || ParagraphReader.namesTheClient(t)
                        || (context.caseSubjectListed && events.contains { ParagraphReader.courtActs.contains($0.type) }) {
                        targets = [PersonMention(name: subject, tokens: t.startIndex...t.startIndex)]
                    }
                    // A criminal case opened against no one named, just after someone's story was told: theirs. "A has edited the
                    // site for six years. On 1 July she published … Two days later the police opened a criminal case for …".
                    // (Not a case over a crime against them: "Police opened a criminal case for hooliganism, but no suspects …".)
                    if targets.isEmpty, organizations.isEmpty, !events.isEmpty, events.allSatisfy({ $0.type == .criminalCaseOpened }),
                       !t.contains(where: { ParagraphReader.crimesAgainstSomeone.contains($0) }) {
                        targets = context.referents(plural: true, within: ParagraphReader.openedCaseReach)
                        namesBorrowed = !targets.isEmpty
                    }
                }
                for p in targets where !names.contains(p.name) { names.append(p.name) }
                // "A and B notified the akimat of a rally … On 3 October the akimat replied that the rally was "not agreed"".
                if names.isEmpty, events.contains(where: { $0.type == .assemblyRefused }), let callers = context.callers,
                   context.sentenceNumber - callers.sentence <= ParagraphReader.callersReach {
                    names = callers.names
                }

                for o in organizations where !orgNames.contains(o.name) { orgNames.append(o.name) }
                if orgNames.isEmpty, let recent = context.recentOrganizations {
                    let age = context.sentenceNumber - recent.sentence
                    let anaphora = ParagraphReader.pattern7.firstMatch(in: t) != nil
                        || ParagraphReader.pattern1.firstMatch(in: t) != nil
                    let organisational = events.contains { ParagraphReader.organisational.contains($0.type) }
                    let group = t.contains { ParagraphReader.groupWords.contains($0) }
                    // A group without a name ("15 people were detained") takes the organisations of its own paragraph only.
                    // A counted group ("all five", "the other four") goes on being the organisation's members across a
                    // timeline's entries.
                    let counted = ParagraphReader.countsAGroup(t)
                    let gathering = events.contains { ParagraphReader.gatheringActs.contains($0.type) }
                    if (anaphora && age <= 6) || (names.isEmpty && (organisational || group || counted || gathering) && age <= 3
                        && (recent.sentence >= firstSentence || counted)) {
                        orgNames = recent.names
                    }
                }
                // "six officers searched our office", "rejected our appeal" in a text a body writes: the body's.
                // (Not someone of the body named before: "our director Aigerim …" is not whose appeal "our appeal" is.)
                if orgNames.isEmpty, !namedHere, !events.isEmpty, let writer = context.writerBody,
                   // (After the act, as what it befell: "our Centre … recognised him" acts.)
                   let first = events.map(\.trigger.lowerBound).min(),
                   t.indices.dropLast().contains(where: { $0 > first && t[$0].lower == "our" && ParagraphReader.bodysOwn.contains(t[$0 + 1]) }) {
                    orgNames = [writer]
                    names = []
                }
                // "The regional court upheld the decision" after an act on a body: the body's.
                if orgNames.isEmpty, names.isEmpty, !events.isEmpty, ParagraphReader.refersToTheCase(t),
                   let bodies = context.bodyActMeant(within: ParagraphReader.caseReach) {
                    orgNames = bodies
                }
                // "the applicant" whose case a legal summary tells, when that is a body.
                if orgNames.isEmpty, names.isEmpty, let meant = partyMeant, let body = meant.party.organization, meant.named || meant.nearby {
                    orgNames = [body]
                }
                // "the movement's notice", "the group's notification": the body of that kind named last, far back in a story
                // about it.
                // ("the group's office" after "Qorgan Civic Initiative": a group of any kind, when none was called a group.)
                if orgNames.isEmpty, let kind = ParagraphReader.kindReferredTo(t),
                   let named = context.organizationsByKind[kind]
                    ?? (kind == "group" ? ParagraphReader.groupKinds.compactMap({ context.organizationsByKind[$0] }).max(by: { $0.sentence < $1.sentence }) : nil),
                   context.sentenceNumber - named.sentence <= ParagraphReader.storyReach {
                    orgNames = [named.name]
                }
                // A gathering refused or dispersed with no one named is of the body that called it.
                // (Borrowed so, the body does not make a general sentence without a day an act: "the police have begun to
                // use kettling against protesters".)
                if orgNames.isEmpty, names.isEmpty, events.contains(where: { ParagraphReader.gatheringActs.contains($0.type) }),
                   let organiser = context.organiser, context.sentenceNumber - organiser.sentence <= ParagraphReader.storyReach {
                    orgNames = organiser.names
                    organiserBorrowed = true
                }
                // "Police dispersed the rally. Twelve participants were detained.": the crowd of the gathering just dispersed, of
                // the body that called it.
                if orgNames.isEmpty, names.isEmpty, events.contains(where: { $0.type == .detention }), ParagraphReader.namesTheCrowd(t),
                   let callers = ParagraphReader.dispersersCrowd(incidents, sentences: incidentSentence, now: context.sentenceNumber) {
                    orgNames = callers
                }

                // "refused to register Oral Azamattary as a public association": the body named by the verb's object, though its
                // name opens with a town's.
                var registeredName: ClosedRange<Int>?
                if orgNames.isEmpty, names.isEmpty, events.contains(where: { $0.type == .registrationDenied }),
                   let named = ParagraphReader.bodyToRegister(in: t) {
                    registeredName = named
                    orgNames = [t[named].map(\.text).joined(separator: " ")]
                }
                // A step of one person's case that names no one ("On 7 November the collegium quashed the conviction",
                // "Officers searched the flat the same morning"): the people the last act befell, a few sentences back, when no
                // group or body has been spoken of since; with no day of its own, the act just before.
                // (Not a heading, nor a case over a crime someone suffered: "police opened a case for hooliganism"; an act of
                // another kind only when the sentence speaks of the case: "the regional court upheld the penalty", not "in 2013
                // KZT 2.5 billion was claimed in compensation".)
                if names.isEmpty, orgNames.isEmpty, !events.isEmpty, events.allSatisfy({ ParagraphReader.unnamedStepsOfACase.contains($0.type) }),
                   !events.contains(where: { $0.type == .other }) || t.contains(where: { ParagraphReader.caseStepWords.contains($0) }),
                   !t.contains(where: { ParagraphReader.plural.contains($0) || ParagraphReader.groupWords.contains($0) }),
                   ParagraphReader.allOfThem.firstMatch(in: t) == nil, !ParagraphReader.countsAGroup(t), !ParagraphReader.isHeading(t),
                   !(events.contains { $0.type == .criminalCaseOpened } && t.contains { ParagraphReader.crimesAgainstSomeone.contains($0) }),
                   context.bodyActMeant(within: ParagraphReader.caseReach) == nil,
                   let last = context.lastActPersons, context.sentenceNumber - last.sentence <= (dates.isEmpty ? 1 : ParagraphReader.caseReach),
                   last.sentence > context.lastGroupSentence {
                    // ("upheld the arrest" after an arrest and a fine of others: the arrested.)
                    names = ParagraphReader.actReviewed(t).flatMap { context.lastPersons(of: $0) } ?? last.names
                    namesBorrowed = true
                }

                func addLocation(_ written: String) {
                    if !locations.contains(where: { $0.lowercased() == written.lowercased() }) { locations.append(written) }
                }
                for place in places {
                    if let registeredName, registeredName.overlaps(place.tokens) { continue }
                    if place.tokens.lowerBound > t.startIndex, ParagraphReader.awayMarks.contains(t[place.tokens.lowerBound - 1]) { continue }
                    // "ALMATY -- A court in Taraz …": the dateline is where the story was filed; the act's place is the other.
                    if places.count > 1, ParagraphReader.isDateline(place.tokens, in: t) { continue }
                    if ParagraphReader.isATopic(place.tokens, in: t) { continue }
                    addLocation(place.written)
                    placesWritten = true
                }
                for name in names { for home in context.homes[name] ?? [] { addLocation(home) } }
                // "In March, police in Atyrau detained …; most were released the same day": a clause after a semicolon is
                // where the one before it was.
                if locations.isEmpty, afterSemicolon { locations = previousLocations }
                // "the Semey City Court …" then "the court sentenced her": the court named just before, and its place.
                if ParagraphReader.namesACourt(t) {
                    if !locations.isEmpty { context.lastCourt = (locations, context.sentenceNumber) }
                    else if let court = context.lastCourt, context.sentenceNumber - court.sentence <= ParagraphReader.caseReach,
                            ParagraphReader.refersToTheCourt(t) { locations = court.places }
                }
            }

            // Sanctions go to the nearest act that can carry them.
            var sanctionsByEvent = Array(repeating: [Sanction](), count: events.count)
            for mention in sanctions {
                // "rejected the appeal of …, who is serving a seven-year sentence": the term is no part of the appeal's act.
                let served = (max(t.startIndex, mention.tokens.lowerBound - 4)..<mention.tokens.lowerBound).contains { ParagraphReader.servingWords.contains(t[$0]) }
                let candidates = events.indices.filter { ParagraphReader.allowedSanctions(events[$0].type).contains(mention.sanction.kind) && !(served && events[$0].type == .other) }
                guard let best = candidates.min(by: { Self.distance(events[$0].trigger, mention.tokens) < Self.distance(events[$1].trigger, mention.tokens) }) else { continue }
                if !sanctionsByEvent[best].contains(mention.sanction) { sanctionsByEvent[best].append(mention.sanction) }
            }

            // Several acts, each with the people named after its verb: "fined A 30 MCI and sentenced B to ten days".
            let namesByEvent = (namedHere ? ParagraphReader.peopleByAct(targets, events, in: t) : nil) ?? Array(repeating: names, count: events.count)
            // Acts named by nouns in a list ("the detention of … on 9 October and the blocking of the portal …"): each has the
            // words up to the next, with their date and organisations.
            let nominalList = events.count > 1 && events.dropFirst().allSatisfy { ParagraphReader.isCoordinatedNoun($0.trigger, in: t) }
            func segment(_ index: Int) -> Range<Int> {
                (index == 0 ? t.startIndex : events[index].trigger.lowerBound)..<(index + 1 < events.count ? events[index + 1].trigger.lowerBound - 2 : t.endIndex)
            }

            let quote = events.isEmpty ? "" : text(of: sentence)
            // A relative date counts from the day before it once: two acts of one sentence that share "the next day" share
            // its day, and the second does not count from the first.
            var resolved: [Int: PartialDate?] = [:]
            for (index, event) in events.enumerated() {
                var date: PartialDate? = nil
                let next = index + 1 < events.count ? events[index + 1].trigger.lowerBound : nil
                let previous = index > 0 ? events[index - 1].trigger.upperBound : nil
                var candidates = dates.filter { (!nominalList || segment(index).contains($0.tokens.lowerBound))
                    && ($0.kind != .explicit || $0.date != nil) && !inRelativeClause($0.tokens, t, trigger: event.trigger)
                    // (A year, not a day: "the trial, which opened on 23 June, was closed" keeps its day.)
                    && !($0.date?.precision != .day && Self.inAnotherRelativeClause($0.tokens, trigger: event.trigger, in: t))
                    && !Self.datesTheOffence($0.tokens, of: event, in: t) && !Self.datesAState($0.tokens, in: t) && !Self.endsATerm($0.tokens, in: t)
                    && !Self.datesTheGathering($0.tokens, of: event, in: t) && !Self.datesAStatement($0.tokens, in: t) && !Self.countsSince($0.tokens, of: event, in: t)
                    && !Self.inAnApposition($0.tokens, in: t, trigger: event.trigger) && !Self.datesAnAppointment($0.tokens, in: t)
                    && !Self.datesAnOccasionSince($0.tokens, in: t) && !Self.datesTheDead($0.tokens, in: t)
                    && !(dates.count > 1 && Self.isADatelinesDay($0.tokens, in: t))
                    && !Self.opensTheNextAct($0.tokens, after: event.trigger, before: next, in: t)
                    // ("fined A and B (see yesterday, 17:15) 10 MCI each": a pointer to another entry, not the act's day.)
                    && !Self.isACrossReference($0.tokens, in: t)
                    // ("in a Telegram post of 12 September": the day of the post, when the sentence gives another.)
                    && !(dates.count > 1 && Self.datesAPublication($0.tokens, in: t))
                    // ("barred him from leaving over an unpaid fine – a fine he says he paid in November": an aside on something
                    // named after the act.)
                    && !Self.inADashAside($0.tokens, after: event.trigger, in: t)
                    // ("sentenced him to 15 days …, as he had already been fined in January": the day of the reason given.)
                    && !Self.inAReasonAfter($0.tokens, trigger: event.trigger, in: t) }
                // "Detained on 5 February and sentenced … on 12 September": a later act with a date of its own after it does not
                // take the earlier act's date before it.
                if let previous, candidates.contains(where: { d in d.tokens.lowerBound > event.trigger.upperBound && next.map { d.tokens.upperBound < $0 } ?? true }) {
                    candidates.removeAll { $0.tokens.lowerBound > previous && $0.tokens.upperBound < event.trigger.lowerBound }
                }
                // "had filed a notification with the akimat on 26 February and got a refusal on 3 March": the day of the filing is
                // not the refusal's, which has its own after it.
                if [.assemblyRefused, .registrationDenied].contains(event.type),
                   candidates.contains(where: { $0.tokens.lowerBound > event.trigger.upperBound && $0.date?.precision == .day }) {
                    candidates.removeAll { d in
                        d.tokens.upperBound < event.trigger.lowerBound
                            && t[max(t.startIndex, d.tokens.lowerBound - ParagraphReader.filingReach)..<d.tokens.lowerBound].contains { ParagraphReader.callingVerbs.contains($0) }
                    }
                }
                // A date after the act is a step further than one before it, except a relative one: "released three days later".
                func reach(_ d: DateMention) -> Int {
                    if case .relative = d.kind, d.tokens.lowerBound > event.trigger.upperBound { return Self.distance(event.trigger, d.tokens) - 1 }
                    return Self.distance(event.trigger, d.tokens)
                }
                // ("in January: officers detained him on 22 January": a day of the month named is the act's.)
                let nearestOfAll = candidates.min(by: { reach($0) < reach($1) })
                let finer = nearestOfAll.flatMap { rough in
                    rough.kind == .explicit && rough.date.map({ $0.precision != .day }) == true
                        ? candidates.first { d in d.kind == .explicit && d.date?.precision == .day && d.date.map { rough.date!.isCompatible(with: $0) } == true }
                        : nil
                }
                if let nearest = finer ?? nearestOfAll {
                    // "On 15 April … and deported the same day": a day written earlier in the sentence is the one meant.
                    // (Not one of a clause about another act: "A, who had been fined in 2024, was sentenced on the same day to …".)
                    let earlier = dates.filter { $0.tokens.upperBound < nearest.tokens.lowerBound && !inRelativeClause($0.tokens, t, trigger: event.trigger) }
                    let dayBefore = earlier.last { $0.kind == .explicit && $0.date?.precision == .day }?.date
                    let base = dayBefore ?? context.lastDay
                    // "In March, police detained …; most were released the same day": the same day is as exact as the date
                    // of the act told last.
                    let sameAs = earlier.last { $0.kind == .explicit && $0.date != nil }?.date
                        ?? context.lastDate ?? context.lastDay
                    switch nearest.kind {
                    case .explicit:
                        date = nearest.date
                        // "On the eve of our Berlin forum (held on 22 November)": the day before the one written.
                        if let day = date, day.precision == .day, ParagraphReader.onTheEveOf(nearest.tokens, in: t) {
                            date = DateRecognizer.offset(day, days: -1, months: 0)
                        }
                    case .sameDay:
                        date = sameAs
                        // "On the same day as the search": the day of the last search told.
                        let after = nearest.tokens.upperBound + 1
                        if after + 2 < t.endIndex, t[after].lower == "as", ["the", "his", "her", "their", "its"].contains(t[after + 1].lower),
                           let day = DateRecognizer.actsByNoun[t[after + 2].lower].flatMap({ context.lastDay(of: $0, persons: names) }) {
                            date = day
                        }
                    case .sameMonth: date = sameAs.flatMap(DateRecognizer.month(of:))
                    case .relative(let days, let months):
                        if let known = resolved[nearest.tokens.lowerBound] { date = known; break }
                        // ("two days after their detention": after the last detention told, not the last act.)
                        let counted = DateRecognizer.actsByNoun[t[nearest.tokens.upperBound].lower]
                            .flatMap { context.lastDay(of: $0, persons: names) }
                        date = (dayBefore ?? counted ?? base).flatMap { DateRecognizer.offset($0, days: days, months: months) }
                        // ("In November … Two months later": months on from a month told alone.)
                        if date == nil, months > 0, days == 0, dayBefore == nil, counted == nil, let month = context.lastDate, month.precision == .month {
                            date = DateRecognizer.offset(month, days: 0, months: months)
                        }
                        // "In late March police detained him. The next day a court …": a day or two after an act of a month told
                        // last is of that month.
                        if dayBefore == nil, counted == nil, months == 0, (1...ParagraphReader.daysOnInAMonth).contains(days),
                           let month = context.lastDate, month.precision == .month, month != context.lastDay, base.map({ month > $0 }) ?? true {
                            date = month
                        }
                        resolved[nearest.tokens.lowerBound] = date
                        // "Four months after the search (in October), …" opening its sentence counts into the next year; the story
                        // goes on in it, so "On 23 April" after it is of that year too. (Not an aside looking ahead: "a case was
                        // registered and, five months later, suspended".)
                        if let d = date, days >= 0, months >= 0, days + months > 0, nearest.tokens.lowerBound <= t.startIndex + 1,
                           let told = context.year, d.year > told { context.year = d.year }
                    case .weekday(let wanted):
                        let again = t[nearest.tokens].contains { $0.lower == "same" }
                        // (Under an entry's own day, "Update #1 · 24 Nov 2025" or a live blog's "SUNDAY, 8 MARCH", "on Friday" is the
                        // Friday before it, as from a day of publication.)
                        // (In a court list under its day, "TUESDAY, 14.04.2026", "on Tuesday" is that day, whatever day the note
                        // looked back to before.)
                        if let section = context.sectionDay(ifItIs: wanted), !again, !ParagraphReader.saysLast(nearest, in: t) {
                            date = section
                            break
                        }
                        if let today = context.headingToday, paragraphDay == today, !again {
                            date = DateRecognizer.resolve(nearest.kind, published: today, past: ParagraphReader.saysLast(nearest, in: t))
                            break
                        }
                        date = ParagraphReader.weekdayInAStory(wanted, after: paragraphDay ?? context.dayInTheStoryWeek(), published: context.publicationDay,
                                                               again: again)
                            ?? context.publicationDay.flatMap { DateRecognizer.resolve(nearest.kind, published: $0, past: ParagraphReader.saysLast(nearest, in: t)) }
                    case .published, .lastNamedMonth:
                        // ("today" under a live blog's "SUNDAY, 8 MARCH" is that Sunday.)
                        date = (context.headingToday ?? context.publicationDay).flatMap { DateRecognizer.resolve(nearest.kind, published: $0) }
                    }
                }
                var eventSanctions = sanctionsByEvent[index]
                var names = namesByEvent[index]
                // "All but Ms Nurmukhamedova were released": the one named after "but" is the one it did not befall.
                if let but = t.indices.first(where: { k in ["but", "except"].contains(t[k].lower) && k > t.startIndex && ["all", "everyone", "everybody"].contains(t[k - 1].lower) }) {
                    let excepted = persons.filter { $0.tokens.lowerBound > but && $0.tokens.lowerBound <= but + 3 }.map(\.name)
                    names.removeAll { excepted.contains($0) }
                }
                var type = event.type
                let undatedOnPurpose = ParagraphReader.placesActElsewhereInTime(t, trigger: event.trigger)
                var courthousePlaces: [String] = []
                let remention = incidents.indices.contains { i in
                    incidents[i].eventType == type && context.sentenceNumber - incidentSentence[i] <= 2 && !names.isEmpty && Set(incidents[i].persons) == Set(names)
                }
                // "Both were released several hours later": the day of the act just told; so is the day of a clause after a
                // semicolon ("… detained three participants; all were released after identity checks"), unless it says the act
                // came later ("; Amanov was later fined").
                var dayOfTheLastAct = false
                // "released … on the evening of their detention": the day of their act that names.
                if date == nil, let kinds = ParagraphReader.timedByTheirAct(t), let day = context.lastDay(of: kinds, persons: names) { date = day }
                // (Not an act of an entry before one that gives its own day: "2 February – X stages a picket. Police lead him
                // away after ten minutes.")
                if date == nil, let last = context.lastAct, (ParagraphReader.countsHours(t) && context.sentenceNumber - last.sentence <= 2
                                                             && (paragraphDay == nil || last.sentence >= firstSentence))
                    || (ParagraphReader.followsDirectly(t, trigger: event.trigger) && context.sentenceNumber - last.sentence == 1)
                    || (afterSemicolon && context.sentenceNumber - last.sentence == 1
                        && !t.contains { ParagraphReader.vagueTimeWords.contains($0) && $0.lower != "after" }) {
                    date = last.date
                    dayOfTheLastAct = last.sentence >= firstSentence
                }
                // "Outside the courthouse, police detained …": the day of the court's act just told.
                if date == nil, !undatedOnPurpose, let custody = context.custodyHearingMeant(by: t) {
                    date = custody.day
                    if locations.isEmpty { courthousePlaces = custody.places }
                }
                if date == nil, !undatedOnPurpose, ParagraphReader.isAtTheCourthouse(t), let court = context.lastCourtDay,
                   context.sentenceNumber - court.sentence <= ParagraphReader.courthouseReach {
                    date = court.day
                    if locations.isEmpty { courthousePlaces = court.places }
                }
                // "was fined 50 MCI by the same judge": the day of that judge's act just told.
                if date == nil, !undatedOnPurpose, ParagraphReader.bySameCourt(t), let court = context.lastCourtDay,
                   context.sentenceNumber - court.sentence <= ParagraphReader.courthouseReach {
                    date = court.day
                    if locations.isEmpty { courthousePlaces = court.places }
                }
                // "released in the courtroom after the verdict was read out", "while the verdict was being read out": the
                // day of the verdict just told.
                if date == nil, ParagraphReader.timedByTheVerdict(t), let court = context.lastCourtDay,
                   context.sentenceNumber - court.sentence <= ParagraphReader.verdictTimeReach {
                    date = court.day
                    if locations.isEmpty { courthousePlaces = court.places }
                }
                if date == nil, let decided = card.day, DecisionCard.decidedActs.contains(type) { date = decided }
                // "… had been taken into custody in October 2024 and was released from the courtroom": released on the day of the
                // verdict just told, not before it.
                if type == .release, ParagraphReader.isAtTheCourthouse(t), let court = context.lastCourtDay,
                   context.sentenceNumber - court.sentence <= ParagraphReader.verdictTimeReach,
                   date.map({ $0 < court.day && $0.precision != .day }) ?? true {
                    date = court.day
                }
                // A court list's hearing under its day ("MONDAY, 13.04.2026"): its ruling, told without a day after the arrest it
                // judges ("detained on 8 April … The judge ordered ten days"), is of that day.
                if date == nil, !undatedOnPurpose, let section = context.sectionDay, let day = paragraphDay, day < section,
                   ParagraphReader.courtActs.contains(type) || type == .acquittalOrCaseClosed {
                    date = section
                }
                if date == nil, !undatedOnPurpose || recordsDay, !remention, let day = paragraphDay { date = day }
                if date == nil, !undatedOnPurpose, !remention, let month = sceneMonth, !names.isEmpty || !orgNames.isEmpty { date = month }
                // "refused all 11 notifications … during the year": the year the report covers.
                if date == nil, let year = context.year, ParagraphReader.duringTheYear(t) { date = try? PartialDate(year: year) }
                // "The court delivered its verdict on 14 April. … The court found him guilty …": the verdict's day.
                if date == nil, ParagraphReader.courtActs.contains(type), let verdict = context.verdictDay,
                   context.sentenceNumber - verdict.sentence <= ParagraphReader.verdictReach { date = verdict.day }
                // "Fined 100 MCI for a single picket on 3 March", with no day of its own: not before that day, and most
                // likely within its month (a day told before it, in another case, is no date of this act).
                if let punished = punishedDay, ParagraphReader.courtActs.contains(type), date.map({ $0 < punished }) ?? true {
                    date = DateRecognizer.month(of: punished)
                }
                // Custody counted in days is administrative arrest, whatever the report calls it ("15 days in jail"):
                // criminal sentences of imprisonment run in months and years.
                if type == .conviction, !eventSanctions.isEmpty, eventSanctions.allSatisfy({ $0.kind == .imprisonment && $0.days != nil && $0.months == nil && $0.years == nil }) {
                    type = .administrativeArrest
                    eventSanctions = eventSanctions.map { Sanction(kind: .administrativeArrest, days: $0.days) }
                }
                // A fine with a ban on activities is a criminal sentence; so is one a court "convicted" someone to, and one
                // under the Criminal Code's articles alone ("fined 500 MCI under Article 405(2) of the Criminal Code").
                if type == .fine, eventSanctions.contains(where: { $0.kind == .banOnActivity }) || t.contains(where: { $0.lower == "convicted" })
                    || (!provisions.isEmpty && provisions.allSatisfy(ArticleCodes.isSurelyCriminal)) { type = .conviction }
                if ParagraphReader.isAnAdministrativeFine(type, eventSanctions, provisions) { type = .fine }
                // The place of a dateline ("18.03.2024, Almaty.") is where every act of its paragraph happened; otherwise the
                // day's place goes only to acts that name no one.
                // (A paragraph without a day, "Separately, police in Almaty detained …", is one day too.)
                var eventLocations = locations.isEmpty && (names.isEmpty || datelined || Set(names).isSubset(of: paragraphPlacePeople))
                    && (((date != nil || paragraphDay == nil) && date == paragraphDay) || dayOfTheLastAct)
                    ? paragraphPlaces : locations

                // An undated act of the people an act just told, in the paragraph before, tells that act again: its details
                // ("Judge … found Saparov guilty under Article 274") go to that act (`ReportReader.Session`).
                // (Not a correction of it, "Correction: the court fined Dosov 20 MCI, not 10": that one takes its place, `Retellings`.)
                let retold = date == nil && !names.isEmpty && !Retellings.opensACorrection(t) && context.recentActs.contains(where: { act in
                    act.type == type && act.persons == Set(names) && act.sentence < firstSentence && context.sentenceNumber - act.sentence <= 2
                })
                // Nor is an act a quoted remark tells of no one: "“A five-year term for reporting tells every reporter where the
                // lines are,” said A."
                if names.isEmpty, orgNames.isEmpty || !datesADay, let remark = ParagraphReader.quotedRemark(t), remark.contains(event.trigger.lowerBound) { continue }
                // Nor is "The case was reportedly opened over comments …" with no date of its own: the case a sentence just before
                // named ("searched the offices … as part of a criminal case under Article 174"), and why it was opened.
                if type == .criminalCaseOpened, dates.isEmpty, ParagraphReader.opensWithTheCase(t), context.sentenceNumber > firstSentence { continue }
                // An act with no date, no one acted on and no place cannot be reviewed; the text is general.
                if date == nil, names.isEmpty, orgNames.isEmpty || organiserBorrowed, eventLocations.isEmpty { continue }
                // A report's title field with no one named and no day ("Title: Astana activist recognised as political
                // prisoner"): the description below it tells the act.
                if date == nil, names.isEmpty, orgNames.isEmpty, let first = t.firstIndex(where: \.isWord), first + 1 < t.endIndex,
                   ParagraphReader.titleLabels.contains(t[first]), t[first + 1].isMark(":") { continue }
                // Nor is one told of a class of people ("individuals convicted of …") without a day of its own.
                // (A counted crowd is no class: "at least 12 persons in Almaty who had gathered". Nor those a dispersal sent off:
                // "ordered everyone to leave".)
                if names.isEmpty, orgNames.isEmpty, !datesADay,
                   !(ParagraphReader.actsOnNoOne.contains(type) && t.contains { $0.lower == "everyone" || $0.lower == "everybody" }), t.indices.contains(where: { k in
                    ParagraphReader.genericPeople.contains(t[k]) && !(k > t.startIndex && (t[k - 1].isNumber || SanctionRecognizer.numberWords[t[k - 1].lower] != nil))
                        // (Those who tell of it are no class it befell: "…, officials said.")
                        && !(k + 1 < t.endIndex && ParagraphReader.speechVerbs.contains(t[k + 1]))
                }) { continue }
                // Nor is one with only a year, and neither anyone acted on nor a place: "in 2013, damages of … were claimed".
                if names.isEmpty, orgNames.isEmpty, locations.isEmpty, date?.precision == .year { continue }
                // Nor a headline's act with no one named and no day ("Activist detained after picket"): the text below tells it.
                // (A month or year in the heading's brackets dates the item below it, not a second act.)
                // ("4. REGISTRATION REFUSED IN KARAGANDA REGION": a section's number is no sentence of its own.)
                // (So is a heading on a line of its own above its item's text: "4.2 Shymkent – blogger sentenced over Telegram
                // posts\nBriefing: On the 23rd of December 2024, …".)
                let headsItsParagraph = context.sentenceNumber == firstSentence && sentences.count > 1
                    && sentences[1].tokens.first.map(startsLine) == true
                if names.isEmpty, date?.precision != .day, wordedSentences == 1 || headsItsParagraph, ParagraphReader.isHeading(t) { continue }
                // Nor a case opened over an attack whose attackers are unknown: it is against them, not against anyone acted on.
                if type == .criminalCaseOpened, names.isEmpty, orgNames.isEmpty, t.contains(where: { ParagraphReader.culprits.contains($0) }) { continue }
                // Nor a title's act without a date ("Statement on the sentencing of journalist …"): the text below tells it.
                if date == nil, sentences.count == 1, firstSentence <= ParagraphReader.titleReach, ParagraphReader.isHeading(t) { continue }
                // Nor an act of a court abroad that names no place at home: "on 14 October a court in Bishkek sentenced …".
                if eventLocations.isEmpty, ForeignPlaces.namesACourtAbroad(t) { continue }
                // Nor a year's count of unnamed people: "in 2022, around 40 people were convicted under Article 405".
                if names.isEmpty, date?.precision == .year, ParagraphReader.pattern3.firstMatch(in: t) != nil { continue }
                // The paragraph's lead place, or the title's town, is where an act happened that names no place (neither
                // makes a general sentence an act).
                // "On 20 February police in Almaty detained A and B. Two days later the Alatau District Court fined them …": an act
                // on the people of the paragraph's act before it, naming no place, happened where that one did.
                // (Soon after it: an act of other years, "In 2018 he was sentenced …", may have been elsewhere.)
                if eventLocations.isEmpty, !names.isEmpty,
                   let before = incidents.last(where: { !$0.persons.isEmpty && !$0.locations.isEmpty && Set(names).isSubset(of: $0.persons) }),
                   let then = before.date, let now = date, then == now || (then.precision == .day && now.precision == .day && then < now
                       && DateRecognizer.offset(then, days: ParagraphReader.followUpDays, months: 0).map { now <= $0 } ?? false) {
                    eventLocations = before.locations
                }
                if eventLocations.isEmpty { eventLocations = courthousePlaces }
                if eventLocations.isEmpty, DecisionCard.decidedActs.contains(type) { eventLocations = card.courtPlaces }
                if eventLocations.isEmpty { eventLocations = leadPlaces }
                if eventLocations.isEmpty, let section = context.sectionPlace { eventLocations = [section] }
                if eventLocations.isEmpty, let title = context.titlePlace { eventLocations = [title] }
                if event.type == .organizationBanned, eventSanctions.isEmpty { eventSanctions = [Sanction(kind: .banOnActivity)] }
                // A ban of a body the sentence does not name is no act on the people it names: "A shared posts of a movement
                // that a court had earlier banned".
                if event.type == .organizationBanned, orgNames.isEmpty, !names.isEmpty { continue }
                // Nor is a ban a relative clause tells of the body a person was punished for joining: "sentenced A … for
                // participation in the B movement, which was declared extremist and banned in 2025".
                if event.type == .organizationBanned, events.contains(where: { $0.type != .organizationBanned && $0.trigger.lowerBound < event.trigger.lowerBound }),
                   ParagraphReader.opensARelativeClause(before: event.trigger.lowerBound, in: t) { continue }
                if event.type == .warning, eventSanctions.isEmpty { eventSanctions = [Sanction(kind: .warning)] }
                var eventProvisions = provisions
                // The articles a case was opened or charged under are those its conviction names none for: "charged with …
                // under Article 174" … "found guilty and sentenced to five years".
                // (So are those a remand names: "remanded … on charges under Art. 174(1) and 274(2) CC".)
                if [.charged, .criminalCaseOpened, .pretrialDetention, .houseArrest].contains(type), !provisions.isEmpty {
                    for name in names { context.remember(provisions, ofTheCaseOf: name) }
                    if type == .criminalCaseOpened, names.isEmpty { context.caseOpenedUnnamed = (provisions, context.sentenceNumber) }
                } else if ParagraphReader.stepsOfACase.contains(type), eventProvisions.isEmpty, !names.isEmpty, let opened = context.caseOpenedUnnamed,
                          context.sentenceNumber - opened.sentence == 1, context.sentenceNumber > firstSentence {
                    eventProvisions = opened.provisions
                    for name in names { context.remember(opened.provisions, ofTheCaseOf: name) }
                } else if type == .conviction, eventProvisions.isEmpty, let name = names.first, let known = context.caseProvisions[name] {
                    // (Not the case's other steps, a search or a remand: given the case's articles, the own set's legal provisions
                    // fell from 0.861 to 0.801, the dev set's from 0.941 to 0.842.)
                    eventProvisions = known
                }
                if eventProvisions.isEmpty, ParagraphReader.actsOfACaseHeading.contains(type) { eventProvisions = context.sectionProvisions }
                var incident = ProposedIncident(
                    source: source, date: date, eventType: type, persons: names,
                    organizations: nominalList ? organizations.filter { segment(index).contains($0.tokens.lowerBound) }.map(\.name).uniqued() : orgNames,
                    locations: eventLocations, legalProvisions: eventProvisions.uniqued(), sanctions: eventSanctions,
                    quote: quote, start: sentence.start, end: sentence.end, confidence: 0)
                for p in targets { if let o = p.occupation { incident.occupations[p.name] = o } }
                if retold {
                    context.retold.append(incident)
                    continue
                }
                if datedHeadline != nil { continue }
                // A headline's acts with no one, no body and no place ("Posted, fined, charged: what is behind the new wave of
                // cases"): a teaser of the story below, not an act of its own.
                if context.sentenceNumber <= ParagraphReader.publicationReach, names.isEmpty, incident.organizations.isEmpty,
                   eventLocations.isEmpty, eventProvisions.isEmpty, ParagraphReader.isHeading(t) { continue }
                // (Nor a deck summing up several stories between commas: "Editor jailed in Almaty, union suspended in Karaganda,
                // Uzbekistan eases NGO rules".)
                if context.sentenceNumber <= ParagraphReader.publicationReach, names.isEmpty, incident.organizations.isEmpty, ParagraphReader.isHeading(t),
                   !t.contains(where: { $0.isMark(".") }),
                   t.filter({ $0.isMark(",") }).count >= 2, !t.contains(where: { $0.lower == "and" || $0.lower == "who" || $0.lower == "which" }) { continue }
                // A re-mention of the act just told is the same incident.
                if let previous = incidents.indices.last(where: { i in
                    incidents[i].eventType == type && context.sentenceNumber - incidentSentence[i] <= 2 && context.sentenceNumber != incidentSentence[i]
                        && ((Set(incidents[i].persons) == Set(names) && !(names.isEmpty && incidents[i].organizations != orgNames))
                            || (names.isEmpty && context.sentenceNumber - incidentSentence[i] == 1))
                        && (incidents[i].date == nil || date == nil || incidents[i].date!.isCompatible(with: date!))
                }) {
                    incidents[previous].merge(incident, scalars: scalars, base: start)
                } else if type == .conviction, !datesADay, !names.isEmpty, let previous = incidents.indices.last,
                          incidents[previous].eventType == .conviction, context.sentenceNumber - incidentSentence[previous] == 1,
                          let day = incidents[previous].date, day.precision == .day, date == day, !incidents[previous].persons.isEmpty {
                    // "… sentenced him to five years. His co-defendants were found guilty and each sentenced to two years of
                    // restricted freedom.": the verdict of one trial, told person by person.
                    incidents[previous].merge(incident, scalars: scalars, base: start)
                    incidentSentence[previous] = context.sentenceNumber
                } else if let previous = incidents.indices.last, incidents[previous].eventType == .conviction,
                          [.administrativeArrest, .fine].contains(type), context.sentenceNumber - incidentSentence[previous] == 1,
                          Set(incidents[previous].persons) == Set(names), !names.isEmpty {
                    // "Found guilty of libel. She was sentenced to 20 days’ administrative detention." is one act.
                    incidents[previous].eventType = type
                    incidents[previous].sanctions = []
                    incidents[previous].merge(incident, scalars: scalars, base: start)
                    incidentSentence[previous] = context.sentenceNumber
                    incidentSentence[previous] = context.sentenceNumber
                } else {
                    incidents.append(incident)
                    incidentSentence.append(context.sentenceNumber)
                    if namesBorrowed { borrowedPeople.insert(incidents.count - 1) }
                    // "refused on 2 May and again on 19 October": the same act once more, on its own day.
                    for again in ParagraphReader.repeatedDays(after: date, in: dates, t) {
                        var repeated = incident
                        repeated.date = again
                        incidents.append(repeated)
                        incidentSentence.append(context.sentenceNumber)
                    }
                }
                // (An act of a clause looking back, "A, who had already been fined in 2024, was sentenced the same day to …", leaves
                // the story where it was.)
                let lookBack = ParagraphReader.inALookBackClause(event.trigger, in: t)
                if let date, date.precision == .day, !lookBack {
                    context.lastDay = date
                    // "The next day a judge gave him ten days … She was fined 50 MCI.": the story moved on to that day, for the
                    // acts after it that give none.
                    if !datesADay, dates.contains(where: { if case .relative(let days, let months) = $0.kind { days > 0 || months > 0 } else { false } }) {
                        paragraphDay = date
                    }
                    context.tell(type, of: names, on: date)
                }
                if !names.isEmpty { context.lastActPersons = (names, context.sentenceNumber) }
                if names.isEmpty, !orgNames.isEmpty { context.lastBodyAct = (orgNames, context.sentenceNumber) }
                if let date, !lookBack {
                    context.lastDate = date
                    context.lastAct = (date, context.sentenceNumber)
                    if date.precision == .day, ParagraphReader.courtActs.contains(type) || type == .acquittalOrCaseClosed {
                        context.lastCourtDay = (date, context.sentenceNumber, eventLocations)
                    }
                    if date.precision == .day, type == .pretrialDetention { context.lastCustodyDay = (date, context.sentenceNumber, eventLocations) }
                }
                context.recentActs.append((type, Set(names), context.sentenceNumber))
                if context.recentActs.count > 8 { context.recentActs.removeFirst() }
            }

            // A sentence that only adds sanctions ("The court also banned him from …") completes the act before it.
            if events.isEmpty, !sanctions.isEmpty, let last = incidents.indices.last, context.sentenceNumber - incidentSentence[last] <= 1 {
                if incidents[last].complete(with: sanctions.map(\.sanction), through: sentence.end, scalars: scalars, base: start) {
                    incidentSentence[last] = context.sentenceNumber
                }
            }

            // "The refusal was dated 2024-09-14.": the day of the act just told with its month alone.
            // (Or with none: "The refusal letter, dated 11 March, was shared with our newsroom.")
            if events.isEmpty, ParagraphReader.datesTheActJustTold(t), let last = incidents.indices.last, context.sentenceNumber - incidentSentence[last] <= 1,
               let day = dates.first(where: { $0.kind == .explicit && $0.date?.precision == .day })?.date,
               incidents[last].date.map({ $0.precision != .day && $0.isCompatible(with: day) }) ?? true {
                incidents[last].date = day
                incidents[last].extend(to: sentence.end, scalars: scalars, base: start)
                incidentSentence[last] = context.sentenceNumber
            }

            // Remember what this sentence told.
            if ParagraphReader.labelsAPerson(t), let named = persons.first {
                recordSubject = [named]
                if t.first?.lower == "name" { context.profile = (named.name, context.sentenceNumber) }
            }
            // A case file's heading ("Case 7. Aset Zhumabekov, 27, Shymkent."): whose acts its lines tell, and where.
            if context.sentenceNumber == firstSentence + numberedSentences || afterAnEntrysNumber, events.isEmpty,
               let named = ParagraphReader.entryHead(t, persons: persons) {
                recordSubject = [named]
                let places = PlaceRecognizer.gazetteerPlaces(in: t, sentence: text(of: sentence), offset: sentence.start).map(\.written)
                if !places.isEmpty { leadPlaces = places }
            }
            // "Outlet: Shyndyq Media": the record's organisation, for "the outlet's website" in its description.
            if organizations.isEmpty, let name = ParagraphReader.labelledOrganization(t) { context.recentOrganizations = (context.sentenceNumber, [name]) }
            afterSemicolon = !t.isEmpty && t[t.endIndex - 1].isMark(";")
            // "The largest protest of the quarter took place in Zhanaozen.": a paragraph's opening names the one place it tells of.
            // (Looked for only where there are sentences after it.)
            if context.sentenceNumber == firstSentence, sentences.count > 1, leadPlaces.isEmpty, events.isEmpty, persons.isEmpty,
               case let named = (places.isEmpty ? PlaceRecognizer.gazetteerPlaces(in: t, sentence: text(of: sentence), offset: sentence.start) : places)
                   .map(\.written).uniqued(), named.count == 1 {
                leadPlaces = named
            }
            previousLocations = locations
            if context.sentenceNumber == firstSentence + numberedSentences, events.isEmpty, t.count <= 4, let last = t.last, last.isMark(".") || last.isMark(":"),
               t.dropLast().allSatisfy({ $0.isCapitalized || $0.isMark("-") }) {
                leadPlaces = PlaceRecognizer.gazetteerPlaces(in: t, sentence: text(of: sentence),
                                                             offset: sentence.start).map(\.written)
            }
            // A list entry headed by its place and day ("2. Kyzylorda, 12 April."): the place of every act of the entry that
            // names none.
            if context.sentenceNumber == firstSentence + numberedSentences, events.isEmpty, persons.isEmpty, t.count <= ParagraphReader.datelineLength,
               datesADay, !locations.isEmpty {
                leadPlaces = locations
            }
            // (An entry's number, "2.", may be read as a sentence of its own.)
            if context.sentenceNumber == firstSentence + numberedSentences, ParagraphReader.isANumberAlone(t) { numberedSentences += 1 }
            // ("On Saturday, members of the group stood with posters …" in a text of Tuesday 20 May: that Saturday, for the acts
            // told after it.)
            let weekdayTold = !events.isEmpty ? nil : dates.last(where: { mention in
                guard case .weekday = mention.kind else { return false }
                // ("On Friday they came anyway.", "So last Friday they came", "Monday's hearings went as we feared": the day of
                // what follows.)
                let end = mention.tokens.upperBound
                // (Not "Friday's detainees": the people of that day, in a sentence of another.)
                let possessive = end - 1 > mention.tokens.lowerBound && t[end].lower == "s" && (t[end - 1].isMark("'") || t[end - 1].isMark("’"))
                    && end + 1 < t.endIndex && ParagraphReader.occasionsOfADay.contains(t[end + 1])
                return (["on", "last"].contains(t[mention.tokens.lowerBound].lower) || possessive) && !ParagraphReader.isAPlannedDay(mention.tokens, in: t)
            }).flatMap { mention in
                context.publicationDay.flatMap { DateRecognizer.resolve(mention.kind, published: $0, past: ParagraphReader.saysLast(mention, in: t)) }
            }
            // ("About 20 people gathered outside the courthouse while the custody hearing was under way.": the day of that remand,
            // for the acts told after it.)
            let custodyScene = events.isEmpty && dates.isEmpty ? context.custodyHearingMeant(by: t)?.day : nil
            if let day = dates.last(where: { $0.kind == .explicit && $0.date?.precision == .day && !ParagraphReader.isPartOfASpan($0.tokens, in: t)
                                             && !ParagraphReader.isAPlannedDay($0.tokens, in: t) })?.date ?? weekdayTold ?? custodyScene {
                paragraphDay = day
                paragraphPlaces = locations
                // (Only from a sentence that sets the scene: the places of an act there may be someone else's.)
                paragraphPlacePeople = events.isEmpty && placesWritten ? Set(persons.filter { !$0.official }.map(\.name)) : []
                // A sentence of a date and places alone.
                datelined = events.isEmpty && !locations.isEmpty && persons.isEmpty && t.count <= ParagraphReader.datelineLength
            } else if paragraphDay == nil, !events.isEmpty, !locations.isEmpty {
                paragraphPlaces = locations
                paragraphPlacePeople = []
            } else if paragraphDay == nil, events.isEmpty, context.sentenceNumber == firstSentence,
                      let month = HistoricalPresent.entrysMonth(t, year: context.year, published: context.publicationDay) {
                // An entry headed by its month alone ("February — Taraz. Prosecutors issue a warning …"): its acts are of that
                // month.
                paragraphDay = month
                paragraphPlaces = locations
            } else if paragraphDay == nil, events.isEmpty, let month = ParagraphReader.labelledMonth(t, dates) {
                // A record's field giving its month alone ("Date: February 2025", "When: Jun 2025"): the month of the acts its
                // description tells without a day.
                paragraphDay = month
            } else if paragraphDay == nil || headlinesDay, events.isEmpty, context.sentenceNumber == firstSentence,
                      let month = ParagraphReader.scenesMonth(t, dates, startsLine: startsLine), paragraphDay.map({ !$0.isCompatible(with: month) }) ?? true {
                // (A story under its headline and day, "Apr 22, 2025", that opens "On a grey morning in February 2025, …" tells
                // of February.)
                paragraphDay = nil
                // A paragraph that opens on the scene in a month ("In July, around 80 workers gathered outside the office. Their
                // organiser was fined …"): its acts on someone named that give no day are of that month. (Not a count: "In
                // January protests began … more than 10,000 were detained" stays a figure.)
                sceneMonth = month
            }
            if persons.isEmpty, ParagraphReader.pattern3.firstMatch(in: t).map({ $0.lowerBound == t.startIndex || !ParagraphReader.definite.contains(t[$0.lowerBound - 1]) }) == true
                || t.indices.contains(where: { t[$0].isNumber && $0 + 1 < t.endIndex && ParagraphReader.groupWords.contains(t[$0 + 1]) }) {
                context.lastGroupSentence = context.sentenceNumber
            }
            if persons.isEmpty, ParagraphReader.countsACrowd(t) { context.lastCrowdSentence = context.sentenceNumber }
            if events.isEmpty, persons.isEmpty, paragraphDay?.precision == .day, ParagraphReader.gathersACrowd(t) { crowdScene = true }
            // ("Published February 2026": when the text came out, not the year it tells of.)
            // (Nor the year of a description of someone: "Baurzhan …, a Taldykorgan activist sentenced in December 2020 to four
            // years, was released on parole in June".)
            // (Nor of a day planned, "the first hearing is scheduled for 20 January 2026".)
            // (Nor a year in a relative clause: "…, which first applied in 2023, filed its documents again in April".)
            for d in dates where d.kind == .explicit && !d.yearInferred && !ParagraphReader.datesThePublication(d, in: t)
                && !ParagraphReader.inAnApposition(d.tokens, in: t, trigger: nil) && !ParagraphReader.isAPlannedDay(d.tokens, in: t)
                && !(d.date?.precision != .day && ParagraphReader.inARelativeClause(d.tokens, in: t))
                // (Nor the year a span is counted from: "almost every year since the movement was founded in 2021".)
                && !ParagraphReader.inASinceClause(d.tokens, in: t)
                // (Nor a report's imprint in a paragraph giving the year it reports on, "Annual Report 2025. Adilet Watch, Almaty,
                // February 2026.": the month it came out.)
                && !(context.sentenceNumber <= ParagraphReader.publicationReach && events.isEmpty && ParagraphReader.isAnImprint(d, in: t, paragraph: tokens[...])) {
                guard let y = d.date?.year else { continue }
                // ("In December 2011, as news of the shootings spread, he set off …" in an obituary: a month and year opening a
                // sentence that looks back with no "had" sets the story's time, and its days after are of that year.)
                let setsTheScene = d.date?.precision == .month && d.tokens.lowerBound - t.startIndex <= 1 && events.isEmpty
                    && !t.contains { ParagraphReader.pluperfectWords.contains($0) }
                // (A month or year well inside a long sentence without an act, before the year the text came out, looks back:
                // "Since the 2020 law, and the amendments after January 2022, a notification should be enough" leaves the
                // story where it was.)
                if !setsTheScene, events.isEmpty, d.date?.precision != .day, let published = context.publicationDay, y < published.year,
                   d.tokens.lowerBound - t.startIndex > 1, t.lazy.filter(\.isWord).count >= RussianParagraphReader.lookBackSentenceWords {
                    continue
                }
                if setsTheScene {
                    context.resumeYear = nil
                } else if let told = context.year, y < told {
                    context.resumeYear = max(context.resumeYear ?? told, told)
                }
                if let resume = context.resumeYear, y >= resume { context.resumeYear = nil }
                context.year = y
            }
            // A month's heading alone ("May") in a review told month by month goes back to the year being told after a look back
            // ("In 2023 it had already been fined …").
            if let resume = context.resumeYear, ParagraphReader.isHeading(t), case let words = t.filter(\.isWord), words.count == 1,
               DateRecognizer.month(of: words[words.startIndex]) != nil {
                context.year = resume
                context.resumeYear = nil
            }
            // (Not the year of an occasion named, "during the January 2022 unrest … from that period", unless in a heading:
            // "Events of 2023".)
            if !namesAnOccasion || ParagraphReader.isHeading(t), !dates.contains(where: { $0.kind == .explicit && !$0.yearInferred }), let year = ParagraphReader.periodYear(t) { context.year = year }
            // (Not a day planned: "notified the akimat of a rally, to be held on 5 October" tells no day that passed.)
            // (Nor a day told inside a clause about something else: "a video in which Yerlan, on 9 February, tells the crews …".)
            if events.isEmpty, let day = dates.last(where: { $0.date?.precision == .day && !ParagraphReader.isAPlannedDay($0.tokens, in: t)
                                                             && !ParagraphReader.followsARelative($0.tokens, in: t)
                                                             && !ParagraphReader.datesAWriting($0.tokens, in: t) })?.date ?? weekdayTold {
                context.lastDay = day
                context.lastDate = day
                if t.contains(where: { ParagraphReader.verdictWords.contains($0) }) { context.verdictDay = (day, context.sentenceNumber) }
            } else if events.isEmpty, let base = context.lastDay, context.lastDate == base,
                      // (Forward only, from a day: "He had posted the video a week earlier" looks back from the story, and after
                      // "In mid-May …" no day is known to count from.)
                      let relative = dates.first(where: { if case .relative(let days, 0) = $0.kind { days > 0 } else { false } }),
                      case .relative(let days, _) = relative.kind, let day = DateRecognizer.offset(base, days: days, months: 0) {
                // "The next day, the judge heard her case in twenty minutes. He fined her …": the day the sentence moved to.
                context.lastDay = day
                context.lastDate = day
                paragraphDay = day
            }
            // "Today was the appeal at the regional court." in a diary under its own date: the day of its undated acts after,
            // paragraph after paragraph.
            if events.isEmpty, let today = context.publicationDay, ParagraphReader.tellsTodayInThePast(t) {
                context.diaryDay = today
                paragraphDay = today
            }
            // "… and took all of them to a police station. Among them was A, a 58-year-old …": the group's people named.
            // ("They were A, B and C"; "Those detained included A".)
            if events.isEmpty, t.count > 3, ParagraphReader.namesTheGroup(t),
               let last = incidents.indices.last, incidents[last].persons.isEmpty || borrowedPeople.contains(last),
               context.sentenceNumber - incidentSentence[last] == 1 {
                let named = persons.filter { !$0.official && !ParagraphReader.isPossessive($0, in: t) }.map(\.name).uniqued()
                if !named.isEmpty {
                    incidents[last].persons = named
                    incidents[last].extend(to: sentence.end, scalars: scalars, base: start)
                    incidentSentence[last] = context.sentenceNumber
                }
            }
            // "Police opened a criminal case under Article 400 over the gathering. A and B have been questioned as suspects.": the
            // case's people, named just after it.
            if let last = incidents.indices.last(where: { incidents[$0].eventType == .criminalCaseOpened && context.sentenceNumber - incidentSentence[$0] == 1 }),
               incidents[last].persons.isEmpty || borrowedPeople.contains(last), incidents[last].organizations.isEmpty,
               t.contains(where: { ParagraphReader.suspectWords.contains($0) }) || events.isEmpty && t.contains(where: { ParagraphReader.noticeWords.contains($0) }) {
                // ("The police register a pre-trial investigation under Article 274. Nobody tells Yerlan.": the one not told of
                // the case is the one it is against.)
                let named = persons.filter { !$0.official && !ParagraphReader.isPossessive($0, in: t) && !ParagraphReader.isCited($0.tokens, in: t) }.map(\.name).uniqued()
                if !named.isEmpty, named.count == 1 || t.contains(where: { ParagraphReader.suspectWords.contains($0) }) {
                    incidents[last].persons = named
                    if !incidents[last].legalProvisions.isEmpty {
                        for name in named { context.remember(incidents[last].legalProvisions, ofTheCaseOf: name) }
                    }
                    incidents[last].extend(to: sentence.end, scalars: scalars, base: start)
                }
            }
            // "A third, a 52-year-old nurse, was fined 50 MCI. The woman, Gulnara Zhaksybekova, said …": the one just told, named.
            if events.isEmpty, let last = incidents.indices.last, incidents[last].persons.isEmpty || borrowedPeople.contains(last),
               incidents[last].organizations.isEmpty,
               context.sentenceNumber - incidentSentence[last] == 1, let named = ParagraphReader.namesTheOneTold(t, persons: persons) {
                incidents[last].persons = [named.name]
                incidents[last].extend(to: sentence.end, scalars: scalars, base: start)
                incidentSentence[last] = context.sentenceNumber
            }
            // "Police detained three members of the party. The next day the court sentenced A and B … and fined the third, C":
            // the detention counted the people this sentence names.
            if !events.isEmpty, targets.count >= 2, namedHere,
               let counted = incidents.indices.last(where: { incidents[$0].eventType == .detention && incidents[$0].persons.isEmpty
                   && context.sentenceNumber - incidentSentence[$0] <= 2 && incidentSentence[$0] < context.sentenceNumber }),
               ParagraphReader.headcount(incidents[counted].quote) == Set(targets.map(\.name)).count {
                incidents[counted].persons = targets.map(\.name).uniqued()
            }
            // "(hereinafter "the Detainees")" after the people are named: the term means all of them.
            if let term = ParagraphReader.definedTerm(t) {
                var people: [PersonMention] = []
                // (One person named twice, "Daniyar Serikovich" in a form's field and "Daniyar Sarsenbayev" in its title: the
                // name with the surname.)
                func givenName(_ p: PersonMention) -> Substring { p.name.split(separator: " ").first ?? "" }
                func patronymic(_ p: PersonMention) -> Bool {
                    p.name.split(separator: " ").count == 2 && ParagraphReader.patronymicEndings.contains { p.name.lowercased().hasSuffix($0) }
                }
                for person in context.recentPersons.flatMap(\.people) + persons where !person.official && !people.contains(where: { $0.name == person.name }) {
                    if let same = people.firstIndex(where: { givenName($0) == givenName(person) }) {
                        if patronymic(people[same]), !patronymic(person) { people[same] = person }
                        if patronymic(people[same]) || patronymic(person) { continue }
                    }
                    people.append(person)
                }
                if people.count >= 2 { context.definedGroup = (term, people) }
            }
            // "Mamay's colleague, Aigul Utepova": the owner is not who "she" will mean.
            // ("Bekov's lawyer, Gulnar Yessenova, said …": nor is the lawyer, who speaks for someone else.)
            let counsel = Set(persons.filter { ParagraphReader.isSomeonesCounsel($0, in: t) }.map(\.name))
            // (Nor is who reports it: "Daniyar (Batys) reported that activist Yerlan Saparov was detained … sentenced him".)
            let subjects = persons.filter { !ParagraphReader.isPossessive($0, in: t) && !$0.official && !counsel.contains($0.name)
                && !ParagraphReader.isTheSource($0, in: t, opensALine: startsLine(t[$0.tokens.lowerBound])) }
            // The first person named in full near the top is whose story a first-person text tells.
            if context.narrator == nil, context.sentenceNumber <= ParagraphReader.narratorReach, let first = persons.first(where: { $0.name.contains(" ") }) {
                context.narrator = first.name
            }
            // So is who opens a statement with "I, Mikael Lindqvist, of Uppsala, make oath and say …", wherever it stands.
            // (A name from abroad the recogniser does not know is taken as written between the commas.)
            if let k = t.indices.first(where: { t[$0].text == "I" }), k + 2 < t.endIndex, t[k + 1].isMark(",") {
                if let named = persons.first(where: { $0.tokens.lowerBound == k + 2 && $0.name.contains(" ") }) {
                    context.narrator = named.name
                } else if let comma = t[(k + 2)...].prefix(4).firstIndex(where: { $0.isMark(",") }), (2...3).contains(comma - k - 2),
                          t[(k + 2)..<comma].allSatisfy({ $0.isWord && $0.isCapitalized && !$0.isAllCaps }) {
                    context.narrator = t[(k + 2)..<comma].map(\.text).joined(separator: " ")
                }
            }
            // "acting as defence counsel for … Daniyar Kassymbekov": whom the lawyer's "my client" means.
            // (The name may stand on the line after: "acting as defence counsel for the convicted person\nDaniyar …, born …".)
            if context.client == nil, let narrator = context.narrator {
                if ParagraphReader.tellsOfDefence(t) { context.defenceTold = context.sentenceNumber }
                if let told = context.defenceTold, context.sentenceNumber - told <= 1,
                   let client = persons.first(where: { !$0.official && $0.name != narrator && $0.name.contains(" ") }) {
                    context.client = client.name
                }
            }
            // (A byline's writer, "By Aliya Nurova | 18 March 2025", is no one the story's acts befall.)
            let byline = events.isEmpty && context.sentenceNumber <= ParagraphReader.publicationReach && t.first(where: \.isWord)?.lower == "by"
            // (An official named beside someone a pronoun meant, "… “Away with President Nazarbaev” …, after which he was
            // sentenced", leaves the pronoun's person the one "he" goes on meaning.)
            let meant = !persons.isEmpty && persons.allSatisfy(\.official) ? targets.filter { target in !persons.contains { $0.name == target.name } } : []
            // (Nor is a court's roll call anyone a pronoun will mean: "Presiding judge: Marat Ospanov. Prosecutor: A. Kenzhebayev.")
            let rollCall = events.isEmpty && !persons.isEmpty && persons.allSatisfy(\.official)
            let remembered = byline || rollCall ? [] : !meant.isEmpty ? meant : subjects.isEmpty ? persons.filter { !counsel.contains($0.name) } : subjects
            if !remembered.isEmpty { context.recentPersons.append((context.sentenceNumber, remembered)); if context.recentPersons.count > 4 { context.recentPersons.removeFirst() } }
            // "He was detained … The next morning the court gave him ten days …": a person a pronoun of this sentence meant stays
            // the one the next "he" or "him" means, however many sentences ago the name was written.
            else if let last = context.recentPersons.last, last.sentence < context.sentenceNumber, last.people.count == 1,
                    t.contains(where: { ParagraphReader.singular.contains($0) }),
                    let told = incidents.last, incidentSentence.last == context.sentenceNumber, told.persons == [last.people[0].name] {
                context.recentPersons[context.recentPersons.count - 1].sentence = context.sentenceNumber
            }
            if !organizations.isEmpty { context.recentOrganizations = (context.sentenceNumber, organizations.map(\.name).uniqued()) }
            // "The applicant, Ms. Zhibek Amangeldiyeva, born in 1991, …": whom "the applicant" means from here on; "The
            // applicant, the public foundation Taza Dala, …" a body.
            if let party = ParagraphReader.partyNamed(persons, organizations, in: t) { context.party = (context.sentenceNumber, party.person, party.organization) }
            for organization in organizations {
                if let kind = ParagraphReader.kind(of: organization, in: t) { context.organizationsByKind[kind] = (context.sentenceNumber, organization.name) }
            }
            // "the initiative group Adal Tarif filed a notice for a rally": who calls the gathering (named before the verb of
            // calling it; an outlet reporting on a rally calls none).
            if !organizations.isEmpty, t.contains(where: { ParagraphReader.callingWords.contains($0) }),
               let verb = t.indices.first(where: { ParagraphReader.callingVerbs.contains(t[$0]) }) {
                // ("The portal reported that residents planned a rally": who reports calls nothing.)
                // ("The rally was organised by the movement Oyan": who calls it named after "by".)
                let byAgent = verb + 1 < t.endIndex && t[verb + 1].lower == "by" && verb > t.startIndex && ["was", "were"].contains(t[verb - 1].lower)
                let callers = organizations.filter { o in
                    (o.tokens.upperBound < verb && !t[o.tokens.upperBound..<verb].contains { ParagraphReader.reportingVerbs.contains($0) })
                        || (byAgent && o.tokens.lowerBound > verb && o.tokens.lowerBound - verb <= 6)
                }.map(\.name).uniqued()
                if !callers.isEmpty { context.organiser = (context.sentenceNumber, callers) }
            } else if organizations.isEmpty, t.contains(where: { ParagraphReader.callingWords.contains($0) }),
                      let verb = t.indices.first(where: { ParagraphReader.callingVerbs.contains(t[$0]) }),
                      let kind = ParagraphReader.kindReferredTo(t), t[t.startIndex..<verb].contains(where: { $0.lower == kind }),
                      let named = context.organizationsByKind[kind], context.sentenceNumber - named.sentence <= ParagraphReader.storyReach {
                // ("the union's board submitted a notification …": the union named before calls it.)
                context.organiser = (context.sentenceNumber, [named.name])
            }
            if !persons.isEmpty, t.contains(where: { ParagraphReader.callingWords.contains($0) }),
               let verb = t.indices.first(where: { ParagraphReader.callingVerbs.contains(t[$0]) }) {
                let people = persons.filter { p in
                    p.tokens.upperBound < verb && !t[p.tokens.upperBound..<verb].contains { ParagraphReader.reportingVerbs.contains($0) }
                }.map(\.name).uniqued()
                if !people.isEmpty { context.callers = (context.sentenceNumber, people) }
            }
            if let refused = incidents.last(where: { $0.eventType == .assemblyRefused && !$0.organizations.isEmpty }),
               incidentSentence.last.map({ $0 == context.sentenceNumber }) == true {
                context.organiser = (context.sentenceNumber, refused.organizations)
            }
        }
        // A line near the top that only dates the text ("December 10, 2025", "Published on 14 May 2025 by …") gives the day
        // it was published, for the weekdays its story names.
        // (A short line whose parts a mark sets apart, "Thread · 14 Mar 2024", is read whole.)
        if context.publicationDay == nil, firstSentence <= ParagraphReader.publicationReach, incidents.isEmpty,
           sentences.count == 1 || (sentences.count <= 3 && (tokens.count <= ParagraphReader.datelineLength
                || (tokens.count <= 2 * ParagraphReader.datelineLength && tokens.first(where: \.isWord)?.lower == "by"))),
           let day = ParagraphReader.publicationDay(sentences.count == 1 ? sentences[0].tokens : tokens[...]) {
            context.publicationDay = day
        }
        // (A masthead's lines may run into one paragraph with no stop between them: "THE STEPPE LANTERN\nStudent Newspaper of …
        // University\nIssue 27 | Friday, April 18, 2025": its line of a date alone dates the text.)
        if context.publicationDay == nil, firstSentence <= ParagraphReader.publicationReach, incidents.isEmpty, sentences.count == 1 {
            let starts = [tokens.startIndex] + tokens.indices.dropFirst().filter { startsLine(tokens[$0]) }
            if starts.count > 1, let day = zip(starts, starts.dropFirst() + [tokens.endIndex]).lazy
                .compactMap({ ParagraphReader.publicationDay(tokens[$0..<$1]) }).first {
                context.publicationDay = day
            }
        }
        if let datedHeadline { context.headingDate = datedHeadline }
        if let last = sentences.last?.tokens.last, last.isMark(":"), let day = paragraphDay { context.listDay = day }
        if let lead = sentences.last?.tokens, lead.last?.isMark(":") == true, ParagraphReader.speaksInTheFirstPerson(lead) { context.listNarrated = true }
        if incidents.isEmpty, sentences.count == 1, let heading = ParagraphReader.headingDate(sentences[0].tokens) {
            context.headingDate = heading
        }
        // A heading naming whose case the report follows: "Case of Serik Abdrakhmanov", "Case history: Dariga Sapina".
        if incidents.isEmpty, sentences.count == 1, let subject = ParagraphReader.caseSubject(sentences[0].tokens, persons: &context.persons) {
            context.caseSubject = subject
        } else if incidents.isEmpty, sentences.count <= 2, let subject = ParagraphReader.matterSubject(tokens[...], persons: &context.persons) {
            context.caseSubject = subject
        } else if context.caseSubject == nil, incidents.isEmpty, firstSentence <= ParagraphReader.publicationReach,
                  let subject = ParagraphReader.nameAlone(tokens[...], persons: &context.persons) {
            // A case page headed by the person's name alone ("Nurlan Temirov\nKazakhstan"): the page follows their case.
            context.caseSubject = subject
        } else if incidents.isEmpty, let subject = ParagraphReader.nameInCapitals(tokens[...]) {
            // A section headed by a person's name in capitals ("1. AIGERIM ZHAKSYLYKOVA, journalist, Oral"): the name as
            // written below it, and whose story the section tells ("Aigerim edits …", "a case against her").
            context.persons.remember(subject)
            context.caseSubject = subject
        }
        // A section's heading ("🔴 **Almaty** — rally against tariffs (Sunday)", "Turkistan Region") places the acts below it
        // that name no place, until the next heading; a day it gives in brackets is the day of its clock-time entries.
        // (A record's field on a bullet, "- **Type:** fine", is no heading.)
        let fieldLine = scalars.first(where: { !$0.properties.isWhitespace }).map { "-*•".unicodeScalars.contains($0) } == true
            && ParagraphReader.opensWithALabel(tokens.drop { $0.kind == .punctuation })
        // (A numbered heading, "1. OSKEMEN: …", may be read as its number and its words.)
        // (So may a numbered post's, "Update #4 · 16 Apr 2026", parted at its mark.)
        let headingSentences = ParagraphReader.headingSentences(sentences)
        // (A heading may tell an act in headline words, "2. AKTOBE: TEACHER FINED", without its day: the text below tells it.)
        if firstSentence > 1, incidents.allSatisfy({ $0.date == nil }), headingSentences.count == 1, let sentence = headingSentences.first,
           sentence.tokens.count <= ParagraphReader.sectionHeadingLength, ParagraphReader.isHeading(sentence.tokens), !fieldLine {
            let named = PlaceRecognizer.gazetteerPlaces(in: sentence.tokens, sentence: text(of: sentence), offset: sentence.start)
            context.sectionPlace = named.count == 1 ? named[0].written : nil
            // A case's heading with its article ("1. NURLAN ZHAKSYBEKOV (AKTOBE)\nArticle 274, part 2, Criminal Code"): the
            // article of the acts below it that name none, until the next heading.
            // (Not a chapter's heading on a treaty's article, "Article 19: freedom of expression": only an article of a code,
            // written out or known to `ArticleCodes`.)
            context.sectionProvisions = LegalProvisionRecognizer.provisions(in: sentence.tokens, fallbackCode: nil).map(\.0).filter { $0.code != .other }
            // ("KYRGYZSTAN" heads what happened there; the next heading ends it.)
            context.abroad = named.isEmpty && ForeignPlaces.named(in: sentence.tokens) && !ForeignPlaces.namesHome(sentence.tokens)
            context.entryDay = ParagraphReader.dayFromPublication(sentence.tokens, context.publicationDay)
            // A log's entry headed by its day ("### 2024-01-16 — Astana"): the day of the acts below it that give none, until
            // the next heading.
            // (So does a trial blog's "Day 2 — Wednesday 4 June"; its number is no span of days: "Update 1 – 24 Nov 2025" is not
            // from the 1st.)
            let heading = ParagraphReader.droppingADaysNumber(sentence.tokens)
            let mentions = DateRecognizer.dates(in: heading, contextYear: context.year).filter { $0.kind == .explicit }
            let days = mentions.compactMap(\.date)
            // (A date alone, "December 10, 2025", is when the text came out.)
            let entryHeading = named.count == 1 || scalars.first(where: { !$0.properties.isWhitespace }) == "#"
            // (But a day alone once the text's own day is known, or far from its top, heads the entries of that day: a live
            // blog's "SUNDAY, 8 MARCH".)
            let yearless = mentions.contains { $0.yearInferred }
            // (And a day set off by dashes, "——— 17 March 2025 ———", as a channel's export parts its days.)
            let dayAlone = (publishedBefore || firstSentence > ParagraphReader.publicationReach || yearless || ParagraphReader.isSetOff(sentence.tokens))
                && heading.allSatisfy { $0.kind == .punctuation || $0.isNumber || DateRecognizer.month(of: $0) != nil || DateRecognizer.isWeekday($0) }
            // (A hearing's line under its day, "11:00 | Judge …" or a case's "Serikov Arman - CC, Art. 274 Part 2", is of that day:
            // it gives none of its own.)
            let caseLine = ParagraphReader.namesAnArticle(sentence.tokens)
            let entryOfTheDay = caseLine || ParagraphReader.opensWithAClockTime(tokens[...])
            // A court list's case line, "Syzdykov Marat - CC, Art. 380 Part 1": the acts below it that name no one are the
            // defendant's (none's, when a body is tried), not those of the case before.
            if caseLine {
                let defendant = context.persons.persons(in: sentence.tokens).first { $0.tokens.lowerBound == sentence.tokens.startIndex && !$0.official }
                context.caseSubject = defendant?.name
                context.caseSubjectListed = defendant != nil
                context.lastActPersons = nil
            }
            if !(entryOfTheDay && days.isEmpty && context.sectionDay != nil) {
                context.sectionDay = (entryHeading || dayAlone) && days.count == 1 && days[0].precision == .day ? days[0] : nil
                if dayAlone, let day = context.sectionDay { context.entryDay = day }
                context.headingToday = dayAlone ? context.sectionDay : nil
            }
        }
        // A clock-time entry's day is the next entry's, unless that one names its own.
        // (Not a day a live text's entry looks back to: "09:48 — the lawyer says the notice was filed on 12 May" in a live text
        // of 20 May. A show's chapter, "[17:48] Zhanaozen, June 2024 …", goes on with its story in the next chapter.)
        let chapter = scalars.first(where: { !$0.properties.isWhitespace }) == "["
        if clockEntry, let day = paragraphDay ?? ParagraphReader.dayFromPublication(tokens[...], context.publicationDay),
           chapter || day >= (context.entryDay ?? context.titleDay ?? context.publicationDay ?? day) {
            context.entryDay = day
        }
        // The report's title, its first line, may scope it to one town.
        if firstSentence == 1, incidents.isEmpty, sentences.count == 1, ParagraphReader.isHeading(sentences[0].tokens) {
            let sentence = sentences[0]
            let named = PlaceRecognizer.gazetteerPlaces(in: sentence.tokens, sentence: text(of: sentence),
                                                        offset: sentence.start)
            let settlements = named.filter { [.city, .town, .village, .republicanCity].contains($0.place?.kind) }
            if settlements.count == 1, named.count == 1 { context.titlePlace = settlements[0].written }
            let days = DateRecognizer.dates(in: sentence.tokens, contextYear: nil).compactMap { $0.kind == .explicit ? $0.date : nil }
            if days.count == 1, days[0].precision == .day {
                context.titleDay = days[0]
                context.publicationDay = context.publicationDay ?? days[0]
            }
        }
        if incidents.isEmpty, crowdScene, let day = paragraphDay, day != sceneDay, !paragraphPlaces.isEmpty { context.sceneDay = day }
        if context.abroad { return [] }
        return incidents.map { incident in
            var scored = incident
            scored.confidence = ParagraphReader.confidence(of: incident)
            return scored
        }
    }

    /// How sure the reader is: an act with its date, its target and its legal detail is surer than a bare verb.
    static func confidence(of incident: ProposedIncident) -> Double {
        var score = 0.5
        if incident.date != nil { score += 0.15 }
        if !incident.persons.isEmpty || !incident.organizations.isEmpty { score += 0.15 } else { score -= 0.15 }
        if !incident.sanctions.isEmpty || !incident.legalProvisions.isEmpty { score += 0.1 }
        if incident.eventType == .other { score -= 0.1 }
        return (min(0.95, max(0.1, score)) * 100).rounded() / 100
    }

    /// People a name can own: "Mamay's colleague, Aigul Utepova" tells of the colleague, while "Abishev's petition"
    /// still tells of Abishev.
    private static let relations = WordSet(["colleague", "colleagues", "lawyer", "lawyers", "wife", "husband", "son", "daughter",
                                            "brother", "sister", "mother", "father", "friend", "friends", "relative", "relatives",
                                            "associate", "associates", "supporter", "supporters", "assistant", "deputy", "partner",
                                            "nephew", "niece", "cousin", "aide", "driver", "neighbour", "neighbor"])

    /// Whether a name is given as an organisation's leader, to say whose the organisation is: "in support of DVK and its
    /// exiled leader …". A "trade union leader" or "opposition leader" named so is who the act befell.
    /// So is one who leads the organisation acted on: "led by former MP …", "founded by".
    static func isTheOrganisationsLeader(_ mention: PersonMention, in t: ArraySlice<Token>) -> Bool {
        let ledBy = (max(t.startIndex, mention.tokens.lowerBound - 5)..<mention.tokens.lowerBound).contains { k in
            k + 1 < t.endIndex && leadVerbs.contains(t[k]) && t[k + 1].lower == "by"
        }
        if ledBy { return true }
        let k = mention.tokens.lowerBound - 1
        guard k > t.startIndex, t[k].lower == "leader" || t[k].lower == "leaders" else { return false }
        return (max(t.startIndex, k - 2)..<k).contains { owners.contains(t[$0]) }
    }
    private static let owners = WordSet(["its", "their", "whose"])

    private static let sameSurname = WordSet(["brother", "son", "father", "husband", "nephew", "grandson", "uncle"])
    private static let femaleRelatives = WordSet(["wife", "sister", "daughter", "mother", "niece", "granddaughter", "aunt"])
    /// Relatives named by a given name alone after the owner's surname: "Orazaliyev's brother, Yerbolat" → Yerbolat
    /// Orazaliyev; "Sadykov's wife Aigul" → Aigul Sadykova.
    static func relativesByGivenName(_ persons: [PersonMention], in t: ArraySlice<Token>) -> [PersonMention] {
        var found: [PersonMention] = []
        for owner in persons where isPossessive(owner, in: t) {
            let relation = owner.tokens.upperBound + 3
            var k = relation + 1
            if k < t.endIndex, t[k].isMark(",") { k += 1 }
            guard k < t.endIndex, t[k].isCapitalized, Lexicon.givenNames.contains(t[k]),
                  !persons.contains(where: { $0.tokens.contains(k) }), k + 1 >= t.endIndex || !t[k + 1].isCapitalized,
                  let surname = owner.name.split(separator: " ").last.map(String.init) else { continue }
            let name: String
            if sameSurname.contains(t[relation]) { name = "\(t[k].text) \(surname)" }
            else if femaleRelatives.contains(t[relation]), ["ov", "ev", "in"].contains(where: { surname.hasSuffix($0) }) { name = "\(t[k].text) \(surname)a" }
            else { continue }
            found.append(PersonMention(name: name, tokens: k...k, occupation: nil))
        }
        return found
    }

    /// Whether a name is written as the owner of another person: "Mamay's colleague", "Utebayev’s lawyer".
    static func isPossessive(_ mention: PersonMention, in t: ArraySlice<Token>) -> Bool {
        let k = mention.tokens.upperBound + 1
        guard k + 2 < t.endIndex else { return false }
        return (t[k].isMark("'") || t[k].isMark("’")) && !t[k].spaceBefore && t[k + 1].lower == "s" && !t[k + 1].spaceBefore
            && relations.contains(t[k + 2])
    }

    /// Whether a date sits in a clause about something else: ", who had also … on 23rd February,".
    /// ", who was convicted in 2021, was assaulted in July 2022": the year belongs to the clause's own act only.
    private func inRelativeClause(_ range: ClosedRange<Int>, _ t: ArraySlice<Token>, trigger: ClosedRange<Int>) -> Bool {
        var k = range.lowerBound - 1
        while k > t.startIndex, !t[k].isMark(",") {
            if ["who", "which"].contains(t[k].lower), k + 1 < t.endIndex {
                if ["had", "has"].contains(t[k + 1].lower) || (k + 2 < t.endIndex && t[k + 2].lower == "had") {
                    // The clause's own act keeps its date: ", who had been sentenced … in 2023".
                    let end = t[range.upperBound...].firstIndex { $0.isMark(",") } ?? t.endIndex
                    return !(k..<end).contains(trigger.lowerBound)
                }
                if ["was", "were"].contains(t[k + 1].lower) {
                    let end = t[range.upperBound...].firstIndex { $0.isMark(",") } ?? t.endIndex
                    return !(k..<end).contains(trigger.lowerBound)
                }
            }
            k -= 1
        }
        return false
    }
    /// Whether a date stands in a relative clause set off by commas that does not hold the act: "convicted A … for
    /// participation in the Zhana Kun movement, which a court declared extremist in 2023, and sentenced him …".
    static func inAnotherRelativeClause(_ range: ClosedRange<Int>, trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard inARelativeClause(range, in: t), let start = t[..<range.lowerBound].lastIndex(where: { relativePronouns.contains($0) }) else { return false }
        let end = t[range.upperBound...].firstIndex { $0.isMark(",") } ?? t.endIndex
        return !(start..<end).contains(trigger.lowerBound)
    }

    /// How many tokens lie between two spans; a span after `a` counts one more than one as far before it.
    static func distance(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Int {
        if b.upperBound < a.lowerBound { return a.lowerBound - b.upperBound }
        if b.lowerBound > a.upperBound { return b.lowerBound - a.upperBound + 1 }
        return 0
    }
}

extension Sanction {
    /// Whether the sanction is named without a term or an amount ("fined").
    var isBare: Bool { days == nil && months == nil && years == nil && amount == nil }
}

extension ProposedIncident {
    /// Takes in a re-mention of the same act: its passage, date and details.
    mutating func merge(_ other: ProposedIncident, scalars: [Unicode.Scalar], base: Int) {
        if date == nil || (other.date.map { $0.precision.rawValue.count } != nil && date!.precision != .day && other.date?.precision == .day) { date = other.date ?? date }
        for p in other.persons where !persons.contains(p) { persons.append(p) }
        for o in other.organizations where !organizations.contains(o) { organizations.append(o) }
        for l in other.locations where !locations.contains(l) { locations.append(l) }
        for p in other.legalProvisions where !legalProvisions.contains(p) { legalProvisions.append(p) }
        // ("fined … 25 MCI; she was the third pensioner fined": the re-mention's bare fine is the one already told.)
        for s in other.sanctions where !sanctions.contains(s) && !(s.isBare && sanctions.contains { $0.kind == s.kind }) { sanctions.append(s) }
        // (A bare "were fined" told first gives way to the fine with its amount.)
        let stated = sanctions.filter { !$0.isBare }
        sanctions.removeAll { s in s.isBare && stated.contains { $0.kind == s.kind } }
        extend(to: other.end, scalars: scalars, base: base)
    }

    /// Adds the sanctions of a sentence that only adds them ("The court also banned him …") when the act can carry
    /// them, lengthening the passage to that sentence's end; whether any was added.
    mutating func complete(with sanctions: [Sanction], through sentenceEnd: Int, scalars: [Unicode.Scalar], base: Int) -> Bool {
        let allowed = ParagraphReader.allowedSanctions(eventType)
        let added = sanctions.filter { allowed.contains($0.kind) && !self.sanctions.contains($0) }
        guard !added.isEmpty else { return false }
        self.sanctions += added
        // "… found him guilty under Part 1 of Article 488 of the Administrative Code. He was fined 30 MCI."
        if ParagraphReader.isAnAdministrativeFine(eventType, self.sanctions, legalProvisions) { eventType = .fine }
        extend(to: sentenceEnd, scalars: scalars, base: base)
        return true
    }

    /// Lengthens the passage to end at `end`, keeping the quote in step with the offsets.
    mutating func extend(to newEnd: Int, scalars: [Unicode.Scalar], base: Int) {
        guard newEnd > end, start >= base else { return }
        end = newEnd
        quote = Tokenizer.string(scalars[(start - base)..<(end - base)])
    }
}
