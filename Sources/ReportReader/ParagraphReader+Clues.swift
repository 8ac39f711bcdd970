import CivicModel

/// The clues `ParagraphReader` reads a sentence by besides the recognisers' mentions: what makes a count a statistic,
/// an act another day's or a group's, a date an occasion's or a period's, a name the source's or an employer's, and
/// whose an act is when a sentence states several.
extension ParagraphReader {
    /// Words for people counted as a class: "6,601 individuals", "43,220 convicted people".
    static let classNouns = WordSet(Lexicon.peopleAsAClass + ["citizens", "cases"])
    /// From how many people a count is a statistic of the whole country rather than one crowd an act befell.
    static let statisticalCount = 1_000.0

    /// Whether the sentence counts people in the thousands ("49,821 individuals served sentences"): figures of a
    /// system, not an incident.
    /// Whether a sentence counts cases: "documented 143 cases in which participants … were fined".
    static func countsCases(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard caseCounts.contains(t[k]), k > t.startIndex else { return false }
            // ("41 criminal cases": a word may describe them; "14 similar travel bans": two.)
            func describes(_ i: Int) -> Bool { i >= t.startIndex && t[i].isWord && !t[i].isCapitalized && SanctionRecognizer.numberWords[t[i].lower] == nil }
            var n = k - 1
            while n > k - 3, describes(n), n - 1 >= t.startIndex { n -= 1 }
            let counted = t[n].isNumber && (t[n].value ?? 0) >= 3 && !DateRecognizer.years.contains(Int(t[n].value ?? 0))
                || (SanctionRecognizer.numberWords[t[n].lower] ?? 0) >= 3
            // (Acts counted by their own noun, "counted 14 similar travel bans", only after a verb of counting: "in at least
            // fourteen other refusals recorded in 2024" compares, and the act told before it stands.)
            guard counted, actCounts.contains(t[k]) else { return counted }
            return t[max(t.startIndex, n - 4)..<n].contains { countingVerbs.contains($0) }
        }
    }

    /// Whether a sentence counts a hundred people or more over a span of days: "312 people were detained in the region
    /// between 5 and 15 January", "detained at least 140 persons during the year".
    static func countsOverAPeriod(_ t: ArraySlice<Token>) -> Bool {
        let period = duringTheYear(t) || t.indices.contains { k in
            (t[k].lower == "between" && k + 1 < t.endIndex && t[k + 1].isNumber) || (t[k].lower == "from" && k + 1 < t.endIndex && t[k + 1].isNumber
                && t[(k + 2)..<min(t.endIndex, k + 6)].contains { $0.lower == "to" || $0.isMark("–") })
        }
        guard period else { return false }
        return t.indices.contains { k in
            t[k].isNumber && (t[k].value ?? 0) >= 100 && !DateRecognizer.years.contains(Int(t[k].value ?? 0)) && k + 1 < t.endIndex
                && (classNouns.contains(t[k + 1]) || ["people", "persons"].contains(t[k + 1].lower))
        }
    }
    /// Whether a custody told is the measure another replaced: "replaced his pre-trial detention with house arrest" tells
    /// the house arrest, not a new detention.
    static func isAMeasureReplaced(_ event: EventMention, in t: ArraySlice<Token>) -> Bool {
        guard event.type == .pretrialDetention, event.trigger.upperBound + 1 < t.endIndex else { return false }
        let before = t[max(t.startIndex, event.trigger.lowerBound - replacedReach)..<event.trigger.lowerBound]
        return before.contains { replacingVerbs.contains($0) } && t[(event.trigger.upperBound + 1)...].prefix(2).contains { $0.lower == "with" }
    }
    private static let replacingVerbs = WordSet(["replaced", "replacing", "changed", "commuted", "substituted"])
    /// How many tokens before the measure the verb replacing it may stand ("replaced Nurlan Zhaksybekov's pre-trial detention").
    private static let replacedReach = 7
    /// Whether the act's word is what a measure should be, in general: "noting that pre-trial detention should remain an
    /// exceptional measure".
    static func saysWhatAMeasureShouldBe(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        t[(trigger.upperBound + 1)...].prefix(2).contains { modalsOfDuty.contains($0) }
    }
    private static let modalsOfDuty = WordSet(["should", "must", "ought"])

    /// Whether a sentence counts people over a span of time or the whole country, with no day: "at least 37 people were
    /// detained across Kazakhstan in February", "at least 17 journalists and bloggers have been summoned … since January".
    static func countsPeopleOverTime(_ t: ArraySlice<Token>, _ dates: [DateMention]) -> Bool {
        // (A day is a count's only as the day it runs to: "by 1 November 2025 police had detained 214 people nationwide".)
        func runsTo(_ d: DateMention) -> Bool { d.tokens.lowerBound > t.startIndex && t[d.tokens.lowerBound - 1].lower == "by" }
        guard !dates.contains(where: { $0.kind == .explicit && $0.date?.precision == .day && !runsTo($0) }) else { return false }
        let overTime = dates.contains { $0.date?.precision == .month || $0.date?.precision == .year || runsTo($0) }
            // ("since the beginning of January"; not "since the early morning".)
            || t.indices.contains { k in t[k].lower == "since" && dates.contains { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 4 } }
            || ParagraphReader.countryWide.contains { $0.firstMatch(in: t) != nil }
        guard overTime else { return false }
        return t.indices.contains { k in
            guard t[k].isNumber, let value = t[k].value, value >= countOverTime, !DateRecognizer.years.contains(Int(value)),
                  (k > t.startIndex + 1 && t[k - 2].lower == "at" && t[k - 1].lower == "least")
                    // (Without "at least", the count of an act's own: "police had detained 214 people", not "238 people had been killed".)
                    || (value >= countOverTimeAlone && t[max(t.startIndex, k - 3)..<min(t.endIndex, k + 5)].contains { countedActs.contains($0) })
            else { return false }
            return t[(k + 1)..<min(t.endIndex, k + 3)].contains { countedPeople.contains($0) }
        }
    }
    /// How many people "at least" must count for a count over time.
    private static let countOverTime = 15.0
    /// How many people a count over time names without "at least".
    private static let countOverTimeAlone = 100.0
    private static let countedActs = WordSet(["detained", "arrested", "fined", "charged", "convicted", "prosecuted", "summoned", "sentenced"])
    private static let countedPeople = WordSet(["people", "persons", "citizens", "individuals", "journalists", "bloggers", "activists",
                                                "candidates", "students", "protesters", "demonstrators", "residents"])
    private static let caseCounts = WordSet(["cases", "incidents", "instances", "bans", "detentions", "arrests", "searches", "refusals",
                                             "attacks", "prosecutions", "convictions", "raids"])
    private static let actCounts = WordSet(["bans", "detentions", "arrests", "searches", "refusals", "attacks", "prosecutions", "convictions", "raids"])
    private static let countingVerbs = WordSet(["counted", "recorded", "documented", "registered", "logged", "tallied", "counts", "records",
                                                "documents", "registers", "logs"])

    static func countsAPopulation(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard t[k].isNumber, let value = t[k].value, value >= statisticalCount, value.rounded() == value else { return false }
            // A year is a date, not a count: "in 2012 – 48,684 individuals".
            if !t[k].text.contains(","), DateRecognizer.years.contains(Int(exactly: value) ?? 0) { return false }
            let next = t[(k + 1)..<min(t.endIndex, k + 3)]
            return next.contains { classNouns.contains($0) }
        }
    }

    /// Whether the sentence puts its act at another time than the day the paragraph tells of: "Later, he was
    /// fined", "he had previously been detained", "before the trial he was held". A "before" or "after" that follows
    /// the act and goes on with a verb in -ing tells how the act went on, not when it was: "kettled for hours
    /// before being allowed to leave", "detained after giving a speech".
    static func placesActElsewhereInTime(_ t: ArraySlice<Token>, trigger: ClosedRange<Int>) -> Bool {
        t.indices.contains { k in
            guard vagueTimeWords.contains(t[k]) else { return false }
            if k > trigger.upperBound, sequenceWords.contains(t[k]), k + 1 < t.endIndex, t[k + 1].isWord, t[k + 1].lower.hasSuffix("ing") {
                return false
            }
            // "released after three hours", "after several hours", "After forty minutes he was detained", "two hours
            // later": the same day.
            // ("detained minutes after he unfolded a poster": so too.)
            if sequenceWords.contains(t[k]),
               t[(k + 1)..<min(t.endIndex, k + 4)].contains(where: { hoursWords.contains($0) })
                   || (k > t.startIndex && hoursWords.contains(t[k - 1])) {
                return false
            }
            // "shortly before noon", "after midnight": a time of that day.
            if k + 1 < t.endIndex, timesOfDay.contains(t[k + 1]) { return false }
            if t[k].lower == "later", k > t.startIndex, hoursWords.contains(t[k - 1]) { return false }
            // "Later I found out they had detained …": when the writer learnt of the act, not when it was.
            if k < trigger.lowerBound, t[k].lower == "later", t[(k + 1)..<min(trigger.lowerBound, k + 5)].contains(where: { learningWords.contains($0) }) {
                return false
            }
            // "taken to police stations in buses that had been parked there since the early morning": the time of a clause
            // about something else.
            if k > trigger.upperBound, t[(trigger.upperBound + 1)..<k].contains(where: { relativeWords.contains($0) }) { return false }
            return true
        }
    }
    static let sequenceWords = WordSet(["before", "after"])
    /// "had", telling a look back from the story's time.
    static let pluperfectWords = WordSet(["had"])
    /// Whether a date stands in an aside after a dash that follows the act and opens with an article: "… over an unpaid
    /// fine – a fine he says he paid in November".
    static func inADashAside(_ date: ClosedRange<Int>, after trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard date.lowerBound > trigger.upperBound,
              let dash = t[(trigger.upperBound + 1)..<date.lowerBound].lastIndex(where: { $0.isMark("–") || $0.isMark("—") }),
              dash + 1 < date.lowerBound else { return false }
        return articles.contains(t[dash + 1])
    }
    private static let articles = WordSet(["a", "an", "the"])
    private static let learningWords = WordSet(["found", "learned", "learnt", "heard", "discovered", "realised", "realized"])
    /// Whether a date points to another entry or paragraph: "(see yesterday, 17:15)", "(see 10 and 11 March)".
    static func isACrossReference(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        t[max(t.startIndex, date.lowerBound - 2)..<date.lowerBound].contains { $0.lower == "see" || $0.lower == "cf" }
    }
    /// Whether a sentence names the court of the act before it again: "by the same judge", "the same court".
    static func bySameCourt(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in t[k].lower == "same" && k + 1 < t.endIndex && courtNouns.contains(t[k + 1]) }
    }
    private static let courtNouns = WordSet(["judge", "court", "judges", "bench"])
    private static let relativeWords = WordSet(["that", "which", "who", "whom", "where"])
    static let hoursWords = WordSet(["hours", "hour", "minutes", "midnight"])

    /// Words that tell a punishment threatened, not given: "face up to six years", "could be jailed".
    static let threatWords = WordSet(["face", "faces", "facing", "could", "may", "might", "risk", "risks", "threatened"])
    /// Whether "more than N people" is one crowd an act befell rather than a count of many acts: fewer than a hundred,
    /// detained together where the sentence says ("police in Almaty detained more than 30 people who had gathered …").
    static func isOneCrowd(_ match: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        // ("more than a dozen people": about twelve.)
        guard let count = t[match].first(where: { $0.isNumber })?.value ?? (t[match].contains { $0.lower == "dozen" } ? 12 : nil), count < 100 else { return false }
        return t.contains { $0.lower == "detained" || $0.lower == "dispersed" } && t.contains { $0.lower == "in" || $0.lower == "at" }
    }

    /// Verbs that ask a court for a decision rather than tell one.
    static let requestVerbs = WordSet(["asked", "requested", "demanded", "sought", "proposed", "urged"])

    /// How many people a group reference counts: "all three", "the four", "all five activists" → 3, 4, 5.
    static func groupCount(_ t: ArraySlice<Token>) -> Int? {
        // "both activists", "the pair": two.
        if t.contains(where: { $0.lower == "both" }) { return 2 }
        if t.indices.dropLast().contains(where: { t[$0].lower == "the" && t[$0 + 1].lower == "pair" }) { return 2 }
        for k in t.indices.dropLast() where t[k].lower == "all" || t[k].lower == "the" {
            if let value = SanctionRecognizer.numberWords[t[k + 1].lower], value >= 2 { return Int(value) }
        }
        return nil
    }

    /// Whether the sentence counts a group of people named before or beside them: "all five", "the other four".
    static func countsAGroup(_ t: ArraySlice<Token>) -> Bool {
        groupCount(t) != nil || t.indices.contains { k in
            t[k].lower == "other" && k + 1 < t.endIndex && SanctionRecognizer.numberWords[t[k + 1].lower] != nil
        }
    }

    /// Whether a sentence is a heading: a line that does not end as sentences do, with a full stop, "!" or "?".
    /// Whether a sentence is one quotation and nothing else ("Pensioner fined over one-man picket".), as a cited title is.
    static func isAQuotedTitle(_ t: ArraySlice<Token>) -> Bool {
        guard let first = t.first, openingQuotes.contains(where: first.isMark) else { return false }
        let end = t.last?.isMark(".") == true ? t.endIndex - 2 : t.endIndex - 1
        guard end > t.startIndex, closingQuotes.contains(where: t[end].isMark) else { return false }
        return !t[(t.startIndex + 1)..<end].contains { token in closingQuotes.contains(where: token.isMark) }
    }
    private static let openingQuotes: [Unicode.Scalar] = ["\"", "“", "«"], closingQuotes: [Unicode.Scalar] = ["\"", "”", "»"]

    /// The day an update to a post gives, at its start ("UPD, 3 ноября, 11:20.", "Update, 4 March:"): from there on what
    /// "today" and "yesterday" count from.
    static func updateDay(_ t: ArraySlice<Token>, _ dates: [DateMention]) -> PartialDate? {
        guard let first = t.firstIndex(where: { $0.isWord }), updateLabels.contains(t[first]) else { return nil }
        // (An update's number between the label and its day is no word of the reach: "UPDATE #1 — 3 April 2025".)
        return dates.first { date in
            date.kind == .explicit && date.date?.precision == .day && date.tokens.lowerBound > first
                && t[(first + 1)..<date.tokens.lowerBound].count(where: { $0.isWord }) < updateReach
        }?.date
    }
    private static let updateLabels = WordSet(["upd", "update", "updated", "обновление", "дополнение", "апдейт"])
    /// Whether a token stands inside a link to an earlier item that opens with its day, as news sites write them into a
    /// sentence: "… fined him [27.11.2024 — «Blogger fined over a placard»]". The headline tells that item's act, which the
    /// sentence around it has told already.
    static func isInsideADatedLink(_ k: Int, in t: ArraySlice<Token>) -> Bool {
        guard let open = t[..<k].lastIndex(where: { $0.isMark("[") }), !t[open..<k].contains(where: { $0.isMark("]") }),
              open + 1 < k, t[open + 1].isNumber else { return false }
        return true
    }

    /// Whether a line heads an update with its hour alone ("UPD 17:45", "Update, 19:30"): one made on the day the text came
    /// out, which the acts below it are of.
    static func headsAnUpdateOfTheDay(_ t: ArraySlice<Token>) -> Bool {
        guard let first = t.firstIndex(where: { $0.isWord }), updateLabels.contains(t[first]) else { return false }
        let rest = t[(first + 1)...]
        return opensWithAClockTime(rest.drop { $0.kind == .punctuation }) && rest.allSatisfy { $0.isNumber || $0.kind == .punctuation }
    }
    private static let updateReach = 3

    /// Whether a record's first words say it repeats another: "DUPLICATE of Marker 01", "[Entry 7] Duplicate of entry 3",
    /// "ДУБЛЬ записи 12" (not "a duplicate of the decision was issued": a label's capital, near the record's start).
    static func marksADuplicate(_ t: ArraySlice<Token>) -> Bool {
        t.indices.prefix(duplicateReach).contains { k in
            duplicateWords.contains(t[k]) && (t[k].isAllCaps && t[k].text.count > 1 || t[k].isCapitalized && k + 1 < t.endIndex && t[k + 1].lower == "of")
        }
    }
    private static let duplicateWords = WordSet(["duplicate", "дубль", "дубликат"])
    private static let duplicateReach = 6
    /// Whether a paragraph is labelled a summary of what follows: "1. (SBU) Summary: …", "Summary: …" (after a number or
    /// a marking in brackets only).
    static func opensASummary(_ t: ArraySlice<Token>) -> Bool {
        guard let label = t.prefix(summaryReach).firstIndex(where: { $0.lower == "summary" }), label + 1 < t.endIndex, t[label + 1].isMark(":"),
              t[label].isCapitalized else { return false }
        var inBrackets = false
        return t[t.startIndex..<label].allSatisfy { token in
            if token.isMark("(") { inBrackets = true } else if token.isMark(")") { inBrackets = false; return true }
            return inBrackets || token.isNumber || token.kind == .punctuation
        }
    }
    private static let summaryReach = 6

    /// Whether a sentence is a number alone, as a numbered entry or heading may be split: "2." before "ХРОНОМЕТРАЖ (…)".
    static func isANumberAlone(_ t: ArraySlice<Token>) -> Bool {
        // (A section's number in Roman figures too: "II.", "IV".)
        t.allSatisfy { $0.isNumber || $0.kind == .punctuation || romanNumbers.contains($0.text) }
    }
    private static let romanNumbers: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// Whether an organisation is named as the one who acts, after "by" ("recognised … by the Adilet Coalition").
    static func isTheAgent(_ org: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = org.lowerBound - 1
        if k >= t.startIndex, t[k].lower == "the" { k -= 1 }
        return k >= t.startIndex && t[k].lower == "by"
    }

    static func isHeading(_ t: ArraySlice<Token>) -> Bool {
        // (Nor does a footnote's mark after the stop make one: "… detained in Oral.[5]", "… in Oral.⁵".)
        var t = t
        if t.count > 3, t[t.endIndex - 1].isMark("]"), t[t.endIndex - 3].isMark("["), !t[t.endIndex - 3].spaceBefore { t = t.dropLast(3) }
        while let last = t.last, last.isSingle, SentenceSplitter.isSuperscript(last.first) { t = t.dropLast() }
        // (A sentence ending in a quotation ends with its closing mark: … closed for "repair works.")
        guard let last = t.last(where: { !($0.isMark("\"") || $0.isMark("”") || $0.isMark("»") || $0.isMark("’") || $0.isMark(")")) }) else { return false }
        // (A clause cut at a semicolon is no heading either.)
        return !last.isMark(".") && !last.isMark("!") && !last.isMark("?") && !last.isMark(";")
    }

    /// How many years on from the year being told a sentence says its day is: "a year to the day after …", "two years after
    /// the protests, on 16 December" (0 when it says none).
    static func yearsOn(_ t: ArraySlice<Token>) -> Int {
        for k in t.indices where k + 2 < t.endIndex && (t[k + 1].lower == "year" || t[k + 1].lower == "years") {
            guard let count = t[k].lower == "a" ? 1 : SanctionRecognizer.numberWords[t[k].lower].map(Int.init) ?? Int(t[k].text), (1...5).contains(count) else { continue }
            var next = k + 2
            if next + 3 < t.endIndex, t[next].lower == "to", t[next + 1].lower == "the", t[next + 2].lower == "day" { next += 3 }
            if t[next].lower == "after" || t[next].lower == "since" { return count }
        }
        return 0
    }

    /// The date a heading gives the item below it: a line that ends without a full stop and holds a month or a day
    /// in brackets, as news digests and reading lists write it ("… Over Protest Crackdown (April 2024) (English)").
    /// A year alone is no such date: "Law on Mass Media (2024)" names a law.
    static func headingDate(_ t: ArraySlice<Token>) -> PartialDate? {
        guard isHeading(t) else { return nil }
        for mention in DateRecognizer.dates(in: t, contextYear: nil) where mention.kind == .explicit && !mention.yearInferred {
            guard let date = mention.date, date.precision != .year else { continue }
            let before = mention.tokens.lowerBound - 1, after = mention.tokens.upperBound + 1
            guard before >= t.startIndex, after < t.endIndex, t[before].isMark("("), t[after].isMark(")") else { continue }
            return date
        }
        return nil
    }

    /// The people of each act when a sentence states several, each naming its own people after its verb (the court
    /// "fined A 30 MCI and sentenced B to ten days of arrest"); nil when anyone is named before the first act (the
    /// sentence's subject: "A and B were detained and fined"), when an act names no one or when all name the same.
    static func peopleByAct(_ people: [PersonMention], _ events: [EventMention], in t: ArraySlice<Token>) -> [[String]]? {
        guard events.count > 1 else { return nil }
        // Where each act's words begin: a sanction named by its noun ("ten days of administrative arrest") begins at the
        // verb that imposes it ("sentenced B to …"), after the act before it.
        var starts: [Int] = [], floors: [Int] = []
        for (i, event) in events.enumerated() {
            // (Triggers may overlap: "… the arrest of …" inside another act's words.)
            let floor = min(i == 0 ? t.startIndex : events[i - 1].trigger.upperBound + 1, event.trigger.lowerBound)
            let verb = (floor..<event.trigger.lowerBound).last { imposingVerbs.contains(t[$0]) }
            let anchor = verb ?? event.trigger.lowerBound
            var start = anchor
            // An act in the passive has its people just before it: "A was sentenced to … and B was fined", "A was later fined";
            // so does one its people underwent: "A and B got ten days of administrative arrest, C got off with a warning".
            let undergone = verb == nil ? (floor...event.trigger.lowerBound).last { undergoingVerbs.contains(t[$0]) } : nil
            let auxiliary = undergone ?? (anchor - 1 >= floor && passiveAuxiliaries.contains(t[anchor - 1]) ? anchor - 1
                : anchor - 2 >= floor && passiveAuxiliaries.contains(t[anchor - 2]) && mannerWords.contains(t[anchor - 1]) ? anchor - 2 : nil)
            if let auxiliary,
               let subject = people.last(where: { $0.tokens.lowerBound >= floor && $0.tokens.upperBound < auxiliary && auxiliary - $0.tokens.upperBound <= 2 }) {
                start = subject.tokens.lowerBound - 1
                // "…, while A and B were fined": the whole coordinated subject.
                while start - 1 >= floor, t[start].lower == "and" || t[start].isMark(","),
                      let before = people.last(where: { $0.tokens.upperBound == start - 1 && $0.tokens.lowerBound >= floor }) {
                    start = before.tokens.lowerBound - 1
                }
            }
            starts.append(start)
            floors.append(floor)
        }
        guard people.allSatisfy({ $0.tokens.lowerBound > starts[0] }) else { return nil }
        let byAct = events.indices.map { i -> [String] in
            let end = i + 1 < events.count ? starts[i + 1] : Int.max
            return people.filter { $0.tokens.lowerBound > starts[i] && $0.tokens.lowerBound < end }.map(\.name).uniqued()
        }
        // An act with no one of its own is some of a group ("Most were released, but B was fined"), or it shares them all.
        let unnamed = events.indices.filter { byAct[$0].isEmpty }
        guard unnamed.count < events.count,
              unnamed.allSatisfy({ i in ParagraphReader.actsOnNoOne.contains(events[i].type) || isCoordinatedNoun(events[i].trigger, in: t)
                  || (floors[i]..<events[i].trigger.lowerBound).contains { groupSubjects.contains(t[$0]) } }),
              Set(byAct.map { Set($0) }).count > 1 else { return nil }
        return byAct
    }

    /// Whether a date after a court's act dates the offence it judged: "found guilty of organising riots during a
    /// protest in May" was not found guilty in May. (A detention "during a protest on 5 May" is on that day.)
    static func datesTheOffence(_ date: ClosedRange<Int>, of event: EventMention, in t: ArraySlice<Token>) -> Bool {
        guard courtActs.contains(event.type), date.lowerBound > event.trigger.upperBound else { return false }
        let between = t[(event.trigger.upperBound + 1)..<date.lowerBound]
        guard !between.contains(where: { $0.isMark(",") || $0.isMark(";") }),
              let during = between.firstIndex(where: { $0.lower == "during" }) else { return false }
        return t[(event.trigger.upperBound + 1)..<during].contains { $0.lower == "of" || $0.lower == "for" }
    }
    /// Whether a date tells when a list or a count held rather than when anything happened: a heading's "(as of 1 October
    /// 2025)". ("became inaccessible as of 9 September" is the day it began.)
    static func datesAState(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard date.lowerBound - 2 >= t.startIndex, t[date.lowerBound - 2].lower == "as", t[date.lowerBound - 1].lower == "of" else { return false }
        return isHeading(t) || (date.lowerBound - 3 >= t.startIndex && t[date.lowerBound - 3].isMark("("))
    }
    /// Whether a sentence is wholly in Markdown bold ("**Police detain activist**"), as a feed's headlines are written.
    static func isInBold(_ t: ArraySlice<Token>) -> Bool {
        t.count > 4 && t[t.startIndex].isMark("*") && t[t.startIndex + 1].isMark("*") && t[t.endIndex - 1].isMark("*") && t[t.endIndex - 2].isMark("*")
    }

    /// Whether a sentence's words are all in capitals (two words at least), as headlines are written.
    static func isInCapitals(_ t: ArraySlice<Token>) -> Bool {
        var words = 0
        for token in t where token.isWord {
            guard token.isAllCaps || token.text.count == 1 && token.isCapitalized else { return false }
            words += 1
        }
        return words >= 2
    }

    /// Whether a date is a dateline's, the day a story was filed ("VIENNA, 14 November 2024 – … detained … on 10 November"): a
    /// town in capitals and a comma just before it, opening the sentence.
    static func isADatelinesDay(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        date.lowerBound == t.startIndex + 2 && t[t.startIndex].isAllCaps && t[t.startIndex + 1].isMark(",")
    }

    /// Whether a date is of an appointment rather than of the act: "a summons to appear on Friday", "a hearing scheduled for
    /// 3 May", "due to stand trial on 12 June".
    static func datesAnAppointment(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        t[max(t.startIndex, date.lowerBound - 3)..<date.lowerBound].contains { appointmentWords.contains($0) }
            // ("on 20 September she is due to appear before a court")
            // (Not past a comma: "rejected it on 29.01.2025, citing scheduled repairs".)
            || t[(date.upperBound + 1)..<min(t.endIndex, date.upperBound + 5)].prefix { !$0.isMark(",") }.contains { $0.lower == "due" || $0.lower == "scheduled" }
    }
    private static let appointmentWords = WordSet(["appear", "scheduled", "due", "postponed", "adjourned"])

    /// Whether a date only says since when something has held, "the harshest response since early 2023": the act told is
    /// not of that date. (A state the act began is: "under house arrest since 20 February" began that day.)
    static func countsSince(_ date: ClosedRange<Int>, of event: EventMention, in t: ArraySlice<Token>) -> Bool {
        guard !states.contains(event.type) else { return false }
        var before = date.lowerBound - 1
        if before >= t.startIndex, ["early", "late", "mid", "mid-"].contains(t[before].lower) { before -= 1 }
        return before >= t.startIndex && t[before].lower == "since"
    }
    /// Acts that begin a state lasting since their day: custody, house arrest, a travel ban, surveillance.
    private static let states: Set<EventType> = [.detention, .pretrialDetention, .houseArrest, .travelRestriction, .surveillance, .politicalPrisonerRecognized,
                                                 .charged]
    /// Whether a date after a refusal is the day of the gathering refused, not of the refusal: "refused the notification
    /// … for a rally on 22 March (13.03.2026)".
    static func datesTheGathering(_ date: ClosedRange<Int>, of event: EventMention, in t: ArraySlice<Token>) -> Bool {
        guard event.type == .assemblyRefused, date.lowerBound > event.trigger.upperBound else { return false }
        // ("the notice for an 8 March environmental rally": the day as the gathering's attribute, after "a" or "an".)
        if date.lowerBound > t.startIndex, ["a", "an"].contains(t[date.lowerBound - 1].lower),
           t[(date.upperBound + 1)..<min(t.endIndex, date.upperBound + 1 + nearGathering)].contains(where: { gatheringWords.contains($0) }) {
            return true
        }
        // ("March" with a capital is the month.)
        // ("to hold a rally against rising utility tariffs in the Family Park on 21 March": the gathering and where it was to be,
        // then its day.)
        // (Not across a comma: "refused to approve the rally a week earlier, on 24 April" is the refusal's day.)
        let span = t[max(event.trigger.upperBound + 1, date.lowerBound - gatheringReach)..<date.lowerBound]
        let clause = span[((span.lastIndex { $0.isMark(",") || $0.isMark(";") }).map { $0 + 1 } ?? span.startIndex)...]
        // (Further than a few words back, only a day the gathering was set "on" or "for": "a rally on 22 March (13.03.2026)"
        // keeps the refusal's day in brackets.)
        let near = clause.suffix(nearGathering)
        let setFor = date.lowerBound > t.startIndex && ["on", "for"].contains(t[date.lowerBound - 1].lower)
        return (setFor ? clause : near).contains { gatheringWords.contains($0) && !$0.isCapitalized }
    }
    private static let gatheringReach = 12, nearGathering = 4
    private static let gatheringWords = WordSet(["rally", "rallies", "picket", "march", "meeting", "demonstration", "assembly", "gathering"])

    /// Whether a date is a day planned: "to be held on 5 October", "scheduled for 12 May", "planned for 1 June".
    /// So is one told in the future tense: "A cassation complaint will be filed in the first quarter of 2026".
    static func isAPlannedDay(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        if isInTheFuture(date, in: t) { return true }
        // "the hearing is adjourned to 27 May"
        if date.lowerBound - 2 >= t.startIndex, ["to", "until"].contains(t[date.lowerBound - 1].lower), adjournments.contains(t[date.lowerBound - 2]) {
            return true
        }
        guard date.lowerBound - 2 >= t.startIndex, ["on", "for"].contains(t[date.lowerBound - 1].lower) else { return false }
        return plannings.contains(t[date.lowerBound - 2])
    }
    private static let adjournments = WordSet(["adjourned", "postponed", "deferred", "moved", "rescheduled"])

    /// Whether a date stands in a source's citation in square brackets, after its name: "[Source: Kazakhstan Bureau Online, 20
    /// February 2024]", "[KIBHR interview, 2 May 2025]".
    static func citesASource(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard date.upperBound + 1 < t.endIndex, t[date.upperBound + 1].isMark("]"),
              let open = t[max(t.startIndex, date.lowerBound - citationReach)..<date.lowerBound].lastIndex(where: { $0.isMark("[") }),
              !t[open..<date.lowerBound].contains(where: { $0.isMark("]") }) else { return false }
        return t[date.lowerBound - 1].isMark(",") || (open + 1 < date.lowerBound && sourceLabels.contains(t[open + 1]))
    }
    /// Whether a name stands in a source's citation in square brackets: "[Source: Adilet Monitoring Group, statement, …]".
    static func isASourceCited(_ name: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard let open = t[max(t.startIndex, name.lowerBound - 3)..<name.lowerBound].lastIndex(where: { $0.isMark("[") }),
              open + 1 < name.lowerBound else { return false }
        return sourceLabels.contains(t[open + 1])
    }
    private static let sourceLabels = WordSet(["source", "sources"])
    /// How many tokens a citation's name may take before its date.
    private static let citationReach = 12

    /// Where a sentence names the day planned for something as its own: "on the appointed day", "on the planned day".
    static func appointedDay(in t: ArraySlice<Token>) -> ClosedRange<Int>? {
        for k in t.indices where k + 2 < t.endIndex && t[k].lower == "the" && appointedWords.contains(t[k + 1]) && t[k + 2].lower == "day" {
            return k...(k + 2)
        }
        return nil
    }
    private static let appointedWords = WordSet(["appointed", "planned", "scheduled", "designated", "announced", "declared"])
    /// How many sentences after a day planned "the appointed day" may name it.
    static let plannedDayReach = 3
    /// Whether "will" or "shall" comes shortly before a date in its clause: a time to come.
    static func isInTheFuture(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = date.lowerBound - 1
        while k >= max(t.startIndex, date.lowerBound - 8) {
            if t[k].kind == .punctuation, !t[k].isMark("-") { return false }
            if futureWords.contains(t[k]) { return true }
            k -= 1
        }
        return false
    }
    /// ("A verdict is expected in late January 2026", "the hearing is due on 3 May", "scheduled for".)
    private static let futureWords = WordSet(["will", "shall", "expected", "due", "scheduled"])

    /// Whether a year stands in a relative clause, from "which" or "who" to the next comma: "The party's initiative group,
    /// which first applied in 2023, filed its documents again in April" (the clause's year is not the sentence's).
    static func inARelativeClause(_ span: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = span.lowerBound - 1
        while k >= t.startIndex, !t[k].isMark(",") {
            if relativePronouns.contains(t[k]) {
                // (The clause may close the sentence: "…, which a court declared extremist in 2019.")
                return k > t.startIndex && t[k - 1].isMark(",")
                    && (t[(span.upperBound + 1)...].contains { $0.isMark(",") } || t[(span.upperBound + 1)...].allSatisfy { !$0.isWord && !$0.isNumber })
            }
            k -= 1
        }
        return false
    }
    static let relativePronouns = WordSet(["which", "who", "whose", "where"])
    /// Whether an act is told in a clause that looks back from the sentence's own: "A, who had already been fined in 2024,
    /// was sentenced …".
    static func inALookBackClause(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = trigger.lowerBound - 1
        while k > t.startIndex, !t[k].isMark(",") {
            if relativePronouns.contains(t[k]), k + 1 < t.endIndex, t[k + 1].lower == "had", t[k - 1].isMark(",") {
                return t[(trigger.upperBound + 1)...].contains { $0.isMark(",") }
            }
            k -= 1
        }
        return false
    }
    /// Whether a date comes after "in which", "where" or "whose" in its sentence: it tells of what the clause describes.
    static func followsARelative(_ span: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        (t.startIndex..<span.lowerBound).contains { k in
            t[k].lower == "where" || t[k].lower == "whose" || (t[k].lower == "which" && k > t.startIndex && ["in", "on", "at"].contains(t[k - 1].lower))
        }
    }
    private static let plannings = WordSet(["held", "planned", "scheduled", "due", "set", "hold", "stage", "staged"])

    /// Whether a date ends a term rather than dates an act: "extended the house arrest until 3 June".
    static func endsATerm(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        date.lowerBound > t.startIndex && termEnds.contains(t[date.lowerBound - 1])
    }
    private static let termEnds = WordSet(["until", "till"])
    /// Whether a date is an end of a span ("Between 14 April and 22 June 2026, monitors attended …", "from 1 to 5 May"):
    /// no day the paragraph's acts happened on.
    static func isPartOfASpan(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard date.lowerBound > t.startIndex else { return false }
        if spanStarts.contains(t[date.lowerBound - 1]) || termEnds.contains(t[date.lowerBound - 1]) { return true }
        guard spanEnds.contains(t[date.lowerBound - 1]) else { return false }
        return t[max(t.startIndex, date.lowerBound - 8)..<(date.lowerBound - 1)].contains { spanStarts.contains($0) }
    }
    private static let spanStarts = WordSet(["between", "from"])
    private static let spanEnds = WordSet(["and", "to"])
    /// Whether a day is the first of a span, told by what follows it rather than by what comes before (`isPartOfASpan`): what a
    /// record tells of and not the day it was written, "Date: 2 December 2025 – May 2026", "2 December 2025 to May 2026".
    static func opensASpan(_ date: DateMention, in t: ArraySlice<Token>) -> Bool {
        let after = date.tokens.upperBound + 1
        guard after < t.endIndex else { return false }
        return joinsASpan(t[after])
    }
    /// A dash or a word between a span's two ends: "–", "to", "until".
    private static func joinsASpan(_ token: Token) -> Bool {
        token.isMark("–") || token.isMark("-") || token.isMark("—") || spanEndWords.contains(token)
    }
    private static let spanEndWords = WordSet(["to", "until", "till", "through"])

    /// Whether a date closes a span: "14 March – 6 April 2025", "from 1 May to 3 June 2025" (an infobox's "Date:" of a
    /// protest wave is the period it tells of, not the day the text was written).
    static func closesASpan(_ date: DateMention, in t: ArraySlice<Token>) -> Bool {
        let before = date.tokens.lowerBound - 1
        guard before > t.startIndex else { return false }
        return joinsASpan(t[before])
    }

    /// Acts of the courts and investigators: they may take a verdict's day, and (in Russian reports) the articles a
    /// paragraph named before them.
    static let courtActs: Set<EventType> = [.conviction, .fine, .administrativeArrest, .charged, .criminalCaseOpened, .warning]

    /// Whether a place is what a publication was about rather than where the act happened: "after she reported on a gas
    /// explosion in Temirtau", "an investigation into land sales in Almaty region" (within the clause, after "on",
    /// "about" or "into" following a word for a publication).
    static func isATopic(_ place: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = place.lowerBound - 1
        var sawAbout = false
        while k >= t.startIndex, place.lowerBound - k <= 10, !t[k].isMark(","), !t[k].isMark(";") {
            if topicPrepositions.contains(t[k]) { sawAbout = true }
            else if sawAbout, publicationWords.contains(t[k]) { return true }
            k -= 1
        }
        return false
    }
    static let topicPrepositions = WordSet(["on", "about", "into"])
    static let publicationWords = WordSet(["report", "reports", "reported", "reporting", "investigation", "article", "articles",
                                           "story", "video", "videos", "post", "posts", "wrote", "written", "publication", "published"])

    /// Words that name a court's decision, whose day a later court act without one takes, within `verdictReach` sentences.
    static let verdictWords = WordSet(["verdict", "judgment", "judgement", "ruling"])
    static let verdictReach = 4

    /// Whether a paragraph opens with a clock time, as a live blog's entries do: "11:40 — …", "15.30 - …".
    /// Whether a sentence opens by telling the day of writing in the past, as a diary written at the day's end does: "Today
    /// was the appeal", "Today were the closing speeches".
    static func tellsTodayInThePast(_ t: ArraySlice<Token>) -> Bool {
        let words = t.filter(\.isWord)
        return words.count > 2 && words[0].lower == "today" && ["was", "were"].contains(words[1].lower)
    }
    /// Whether the word before a day, a comma apart, is "today" ("today, 12 March 2025").
    static func calledToday(before k: Int, in t: ArraySlice<Token>) -> Bool {
        var i = k - 1
        if i >= t.startIndex, t[i].isMark(",") { i -= 1 }
        return i >= t.startIndex && t[i].lower == "today"
    }
    /// Words before the hour a diary's paragraph opens with: "At 10:40", "By 11:05".
    static let clockPrepositions = WordSet(["at", "by", "around"])
    /// Whether a line names an article by its number, "Art. 274 Part 2", "ст. 488": a case's line in a court's list.
    static func namesAnArticle(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard articleWords.contains(t[k]) else { return false }
            let next = k + 1 < t.endIndex && t[k + 1].isMark(".") ? k + 2 : k + 1
            return next < t.endIndex && t[next].isNumber
        }
    }
    private static let articleWords = WordSet(["art", "article", "ст", "статья", "статье"])

    static func opensWithAClockTime(_ t: ArraySlice<Token>) -> Bool {
        let words = t.prefix(4)
        guard words.count >= 3, let hour = words.first, hour.isNumber, let minutes = words.dropFirst(2).first else { return false }
        let colon = words[words.startIndex + 1]
        return (colon.isMark(":") || colon.isMark(".")) && minutes.isNumber && minutes.text.count == 2 && hour.text.count <= 2
    }

    /// Acts on a gathering or a network rather than on people: "dispersed the gathering and detained B" gives B the
    /// detention only.
    static let actsOnNoOne: Set<EventType> = [.assemblyDispersed, .internetShutdown]
    /// Words after "the court" that make it a building: "outside the court building".
    /// Nouns after "the court" or "the case" that make it a thing, not the case told before: "the court building",
    /// "the case files" of an NGO's clients.
    static let buildingWords = WordSet(["building", "buildings", "house", "premises", "steps", "entrance", "files", "file", "materials",
                                        "archive", "records"])

    /// Whether the sentence speaks of a case or decision already told ("the court", "her trial", "the fine"), written
    /// in lower case: "the Criminal Code" names a law.
    static func refersToTheCase(_ t: ArraySlice<Token>) -> Bool {
        // "the same court extended the house arrest": the court or the measure already told of.
        if sameCourt.firstMatch(in: t) != nil || theMeasure.firstMatch(in: t) != nil { return true }
        var from = t.startIndex
        while let match = pattern6.firstMatch(in: t, from: from) {
            let next = match.upperBound + 1
            if !t[match.upperBound].isCapitalized, !(next < t.endIndex && buildingWords.contains(t[next])) { return true }
            from = match.lowerBound + 1
        }
        return false
    }

    private static let sameCourt = TokenPattern("the same court|judge")
    private static let theMeasure = TokenPattern("the house arrest")

    /// Acts on organisations.
    static let organisational: Set<EventType> = [.organizationSuspended, .organizationBanned, .registrationDenied, .other]

    static let passiveAuxiliaries = WordSet(["was", "were", "been"])
    /// Words between an auxiliary and its verb: "was later fined", "were also detained".
    static let mannerWords = WordSet(["later", "also", "then", "subsequently", "eventually", "again", "reportedly", "allegedly", "briefly"])
    static let speechVerbs = WordSet(["said", "told", "reported", "announced", "stated", "wrote", "confirmed"])
    /// The words of a remark quoted at a sentence's opening, when a speaker is named after it: "“A five-year term for reporting
    /// tells every reporter where the lines are,” said A of B." What it says of sentences in general tells no act.
    static func quotedRemark(_ t: ArraySlice<Token>) -> Range<Int>? {
        guard let open = t.first, open.isMark("\"") || open.isMark("“"),
              let close = t.dropFirst().firstIndex(where: { $0.isMark("\"") || $0.isMark("”") }), close > t.startIndex + 1,
              t[(close + 1)..<min(t.endIndex, close + 4)].contains(where: { remarkVerbs.contains($0) }) else { return nil }
        return (t.startIndex + 1)..<close
    }
    private static let remarkVerbs = WordSet(["said", "says", "added", "told", "wrote", "stressed", "noted"])

    /// Whether a name is the source a sentence cites after its act: "…, their lawyer Askar Temirbayev said.", "according to
    /// residents and Erkin Tor". (Not "said" with an object: "Temirbayev said he had been beaten" is about someone else.)
    static func isTheSource(_ mention: PersonMention, in t: ArraySlice<Token>, opensALine: Bool = false) -> Bool {
        let after = mention.tokens.upperBound + 1
        if after < t.endIndex, remarkVerbs.contains(t[after]),
           t[(after + 1)...].allSatisfy({ $0.kind == .punctuation }) || (after + 1 < t.endIndex && t[after + 1].isMark(",")),
           t[max(t.startIndex, mention.tokens.lowerBound - 4)..<mention.tokens.lowerBound].contains(where: { $0.isMark(",") }) {
            return true
        }
        // Minutes' reported speech: "Zhanar (Zhasyl Dala) reported that …", "Aigerim told the meeting that …": who tells, at
        // the sentence's head, with their organisation in brackets.
        // (Or at its line's, under an item's heading: "3.4 Zhasyl Dala Ecoforum (Semey)\nZhanar (Zhasyl Dala) reported that …".)
        // (Only with the organisation: "Tasbolatova told monitors that her car had been set on fire" tells of herself.)
        if opensALine || t[t.startIndex..<mention.tokens.lowerBound].allSatisfy({ $0.kind == .punctuation }),
           mention.tokens.upperBound + 1 < t.endIndex, t[mention.tokens.upperBound + 1].isMark("("),
           let close = t[(mention.tokens.upperBound + 1)...].prefix(bracketReach).firstIndex(where: { $0.isMark(")") }) {
            let next = close + 1
            if next + 1 < t.endIndex, minutesVerbs.contains(t[next]),
               t[(next + 1)...].prefix(4).contains(where: { $0.lower == "that" || $0.isMark(":") }) { return true }
        }
        guard mention.tokens.lowerBound > t.startIndex + 1 else { return false }
        // ("According to the inspector, Baimukhanov had been fined": the source is the inspector, before the comma.)
        return (max(t.startIndex + 1, mention.tokens.lowerBound - 5)..<mention.tokens.lowerBound).contains { k in
            t[k].lower == "to" && t[k - 1].lower == "according" && !t[(k + 1)..<mention.tokens.lowerBound].contains { $0.isMark(",") }
        }
    }

    /// The pronouns that say who tells: "he said", ", she added,", "He noted that …".
    static func speakingPronouns(_ t: ArraySlice<Token>) -> Set<Int> {
        var out: Set<Int> = []
        // (Unless the speaker tells of herself: "'I was charged for talking to people,' she said.")
        if t.contains(where: { firstPersonWords.contains($0) || $0.text == "I" }) { return out }
        for k in t.indices.dropLast() where (t[k].lower == "he" || t[k].lower == "she") && (minutesVerbs.contains(t[k + 1]) || speechVerbs.contains(t[k + 1])) {
            out.insert(k)
        }
        return out
    }

    /// Whether a name at the sentence's head tells of someone else: "Ms Bekova noted that the court had rejected his appeal"
    /// (a pronoun of the other gender in what she says). ("Tasbolatova told monitors that her car had been set on fire"
    /// tells of herself.)
    static func tellsOfAnother(_ mention: PersonMention, in t: ArraySlice<Token>) -> Bool {
        let head = t[t.startIndex..<mention.tokens.lowerBound]
        guard head.allSatisfy({ !$0.isWord || $0.lower == "dr" || NameGender.of(title: $0.lower) != nil }) else { return false }
        var verb = mention.tokens.upperBound + 1
        // ("Aliya later told me that …")
        if verb < t.endIndex, speechAdverbs.contains(t[verb]) { verb += 1 }
        guard verb < t.endIndex, minutesVerbs.contains(t[verb]) || speechVerbs.contains(t[verb]) else { return false }
        let told = t[(verb + 1)...]
        let genders = Set(told.compactMap { NameGender.of(pronoun: $0.lower) })
        // "Aliya later told me that Qyzgaldaq had filed a notification … and got a refusal": what she tells is of no one she
        // could be, neither "she" nor "I".
        if let that = told.prefix(thatReach).firstIndex(where: { $0.lower == "that" }), genders.isEmpty,
           !t[(that + 1)...].contains(where: { firstPerson.contains($0) }) {
            return true
        }
        guard let speaker = NameGender.of(mention.name) ?? head.lazy.compactMap({ NameGender.of(title: $0.lower) }).first else { return false }
        return !genders.isEmpty && !genders.contains(speaker)
    }
    private static let speechAdverbs = WordSet(["later", "also", "then", "afterwards", "recently"])
    private static let firstPerson = WordSet(["i", "me", "my", "mine", "myself", "we", "us", "our"])
    /// How far after the verb of speech its "that" may stand: "told me that", "told the meeting that".
    private static let thatReach = 4

    /// Verbs a meeting's minutes report a member's words with.
    private static let minutesVerbs = WordSet(["reported", "said", "told", "informed", "noted", "explained", "added", "stated", "updated",
                                                 "recalled", "confirmed", "mentioned", "briefed"])
    /// How many tokens a member's organisation in brackets may take.
    private static let bracketReach = 10

    /// Whether a name is given as someone's lawyer: "Baimukhanov's lawyer, Gulnar Yessenova,", "their lawyer Askar Temirbayev".
    static func isSomeonesCounsel(_ mention: PersonMention, in t: ArraySlice<Token>) -> Bool {
        var k = mention.tokens.lowerBound - 1
        if k >= t.startIndex, t[k].isMark(",") { k -= 1 }
        guard k - 1 >= t.startIndex, counselWords.contains(t[k]) else { return false }
        let owner = t[k - 1]
        // (Unless the act is against the lawyer's own standing: "to revoke the licence of her advocate, Marat Ospanov".)
        if k - 3 >= t.startIndex, t[k - 2].lower == "of", standingNouns.contains(t[k - 3]) { return false }
        // (Or the lawyer is its subject: "Ms Bekova's lawyer, Saltanat Omarova, was stopped at the airport".)
        var after = mention.tokens.upperBound + 1
        if after < t.endIndex, t[after].isMark(",") { after += 1 }
        if after < t.endIndex, ["was", "were"].contains(t[after].lower) { return false }
        return ["his", "her", "their"].contains(owner.lower) || owner.lower == "s" || owner.text.hasSuffix("'s") || owner.text.hasSuffix("’s")
            || (k - 2 >= t.startIndex && (owner.isMark("'") || owner.isMark("’")))
    }
    private static let counselWords = WordSet(["lawyer", "counsel", "attorney", "advocate"])
    private static let standingNouns = WordSet(["licence", "license", "membership", "accreditation", "disbarment"])

    /// Whether a name is told by its apposition to be a body's, not a person's: "Erkin Tor, an Almaty-based digital rights
    /// group", "the website of Erkin Soz, a Russian-language investigative outlet".
    static func isABodyByApposition(_ mention: PersonMention, in t: ArraySlice<Token>) -> Bool {
        let comma = mention.tokens.upperBound + 1
        guard comma + 1 < t.endIndex, t[comma].isMark(","), ["a", "an", "the"].contains(t[comma + 1].lower) else { return false }
        let phrase = t[(comma + 2)..<min(t.endIndex, comma + 2 + appositionReach)]
        let end = phrase.firstIndex(where: { $0.kind == .punctuation && !$0.isMark("-") }) ?? phrase.endIndex
        // (The body is the apposition's head: not "a correspondent for the weekly …", "a member of the group".)
        // (Nor a body's member or leader: "the outlet's editor-in-chief", "a trade union activist".)
        guard let head = phrase[..<end].firstIndex(where: { bodyNouns.contains($0) }),
              head + 1 >= t.endIndex || !(t[head + 1].isMark("'") || t[head + 1].isMark("’") || t[head + 1].lower == "s" || t[head + 1].isWord && !headFollowers.contains(t[head + 1]))
        else { return false }
        return !phrase[..<head].contains { appositionLinks.contains($0) || Lexicon.roles[$0.lower] != nil }
    }
    /// Words that may follow the body's noun in its apposition: "a group that tracks …", "a site based in …".
    private static let headFollowers = WordSet(["that", "which", "based", "in", "of", "with", "run", "founded", "registered", "known", "for", "from"])
    private static let appositionLinks = WordSet(["for", "of", "at", "with", "from", "in", "on", "who", "whose", "and"])
    private static let appositionReach = 6
    private static let bodyNouns = WordSet(["group", "organisation", "organization", "outlet", "website", "site", "channel", "newspaper",
                                            "movement", "initiative", "coalition", "agency", "ngo", "association", "foundation", "union",
                                            "party", "portal", "weekly", "magazine", "network", "fund", "bureau"])
    /// Whether a date is the day something was said: "…, their lawyer said on Sunday".
    static func datesAStatement(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        // ("said that on 11 February her office was searched": the date is the act's, told after "that".)
        let before = t[max(t.startIndex, date.lowerBound - 2)..<date.lowerBound]
        // (A body's own act announced that day is of that day: "the police announced on 13 January that it had opened …".)
        let that = date.upperBound + 1
        if that + 1 < t.endIndex, t[that].lower == "that", ["it", "they"].contains(t[that + 1].lower), before.contains(where: { $0.lower == "announced" }) {
            return false
        }
        return before.contains { speechVerbs.contains($0) } && !before.contains { $0.lower == "that" }
    }
    /// Words for part of a group as a subject: "Most were released", "the others were fined".
    static let groupSubjects = WordSet(["most", "others", "many", "some", "several", "rest", "majority", "companions", "colleagues",
                                        "co-defendants", "codefendants", "remaining", "participants", "protesters", "demonstrators"])

    /// Verbs that impose a sanction named after them by its noun: "sentenced B to ten days of administrative arrest".
    static let imposingVerbs = WordSet(["sentenced", "ordered", "gave", "given", "placed", "subjected", "imposed", "handed"])
    /// The act a court's fine is: under the Criminal Code, a sentence; under any other code, a fine.
    /// So is a fine given with a ban on an activity for years ("штраф 1 500 МРП и лишил права заниматься журналистской
    /// деятельностью на два года"): a criminal court's additional penalty.
    static func typeOfFine(_ type: EventType, under provisions: [LegalProvisionRef], sanctions: [Sanction] = []) -> EventType {
        guard type == .fine else { return type }
        return provisions.contains(where: { $0.code == .criminal }) || sanctions.contains(where: { $0.kind == .banOnActivity && ($0.years ?? 0) > 0 })
            ? .conviction : type
    }
    /// Verbs whose subject underwent the act: "A got ten days", "B received a fine".
    static let undergoingVerbs = WordSet(["got", "received", "gets", "receives"])

    /// Whether a date after an act leads the next act's clause instead: "He was released after three hours, but on 10 August
    /// a court fined him" (a comma, "but" or a semicolon lies between the first act and the date, the second act follows).
    static func opensTheNextAct(_ date: ClosedRange<Int>, after trigger: ClosedRange<Int>, before next: Int?, in t: ArraySlice<Token>) -> Bool {
        guard let next, date.lowerBound > trigger.upperBound, date.upperBound < next else { return false }
        // ("was detained and on 28 April sentenced …": after "and" the date is the sentence's.)
        return (trigger.upperBound + 1..<date.lowerBound).contains { t[$0].isMark(",") || t[$0].isMark(";") || t[$0].lower == "but" || t[$0].lower == "and" }
    }

    /// The days a sentence says an act was repeated on: explicit dates after the act's own, each after "again" ("on 2 May
    /// and again on 19 October").
    static func repeatedDays(after date: PartialDate?, in dates: [DateMention], _ t: ArraySlice<Token>) -> [PartialDate] {
        guard let date, let own = dates.first(where: { $0.kind == .explicit && $0.date == date }) else { return [] }
        var days: [PartialDate] = [], previous = own.tokens.upperBound
        for mention in dates where mention.kind == .explicit && mention.tokens.lowerBound > previous {
            guard let day = mention.date, mention.tokens.lowerBound - previous <= 4,
                  t[(previous + 1)..<mention.tokens.lowerBound].contains(where: { $0.lower == "again" }) else { break }
            days.append(day)
            previous = mention.tokens.upperBound
        }
        return days
    }

    /// The year a sentence gives the period a report covers, written without a preposition the date recogniser knows:
    /// "the reporting period (2023)", "Monitoring report 2023", "Annual review for 2022", a heading "Kazakhstan 2024".
    /// Whether a date is a writing's, named by it: "referred to an article of 10 February 2025", "a post dated 3 May". The
    /// story's days go on from the act before it, not from the day the writing came out.
    static func datesAWriting(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = date.lowerBound - 1
        guard k >= t.startIndex, ["of", "dated", "from"].contains(t[k].lower) else { return false }
        k -= 1
        return k >= t.startIndex && writings.contains(t[k])
    }
    private static let writings = WordSet(["article", "articles", "post", "posts", "video", "publication", "interview", "letter", "statement",
                                           "report", "story", "piece", "column", "broadcast", "comment", "message"])
    /// Whether a date is that of something a person published, named by it ("for calling on fans, in a Telegram post of 12
    /// September, to march"): not the day of an act on them. (A letter's day may be the act's: "informing the organisers in a
    /// letter dated 27 February" of a refusal.)
    static func datesAPublication(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        let k = date.lowerBound - 1
        return k - 1 >= t.startIndex && ["of", "dated", "from"].contains(t[k].lower) && publications.contains(t[k - 1])
    }
    private static let publications = WordSet(["article", "articles", "post", "posts", "video", "videos", "publication", "interview",
                                               "broadcast", "comment", "comments", "stream", "livestream", "tweet", "reel", "column"])
    private static let editionsOfTheYearBefore: Set<String> = ["freedom in the world", "freedom on the net", "nations in transit"]
    static func periodYear(_ t: ArraySlice<Token>) -> Int? {
        // A heading (a line without a closing full stop) with a year names its period too: "Kazakhstan 2024: a summary".
        // The year first: few sentences hold a bare one, so most are passed over without looking at their words.
        var found: Int?
        for k in t.indices where t[k].kind == .number && t[k].end - t[k].start == 4 {
            if let year = Int(t[k].text), DateRecognizer.years.contains(year) {
                // ("… will be filed in the first quarter of 2026": a time to come is no period told.)
                if isInTheFuture(k...k, in: t), !isHeading(t) { return nil }
                // ("Freedom in the World 2026", "Nations in Transit 2025": Freedom House names each edition after the year it
                // comes out in, and it tells of the year before.)
                if k - 4 >= t.startIndex, editionsOfTheYearBefore.contains(t[(k - 4)..<k].map(\.lower).joined(separator: " ")) {
                    return year - 1
                }
                found = year; break
            }
        }
        guard let year = found else { return nil }
        return isHeading(t) || t.contains(where: { periodWords.contains($0) }) ? year : nil
    }
    /// Whether an act is named in a clause that only says when something else happened: "after the bloggers were
    /// sentenced", "until the day they were detained", "during the dispersal", "before their arrest".
    static func inAClauseOfTime(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        for k in stride(from: trigger.lowerBound - 1, through: max(t.startIndex, trigger.lowerBound - 6), by: -1) {
            if t[k].kind == .punctuation { return false }
            // (", while her two companions were fined": a contrast, not a time.)
            if timeConjunctions.contains(t[k]) { return !(t[k].lower == "while" && k > t.startIndex && t[k - 1].isMark(",")) }
        }
        return false
    }
    private static let timeConjunctions = WordSet(["after", "before", "until", "since", "during", "following", "while"])

    /// Whether a date lies in a description of someone set off by commas after their name (", a Taldykorgan activist
    /// sentenced in December 2020 to four years,"), with the sentence's act outside it: the description's time, not the act's.
    /// So is one in a participle's phrase between commas: "the fine, imposed in 2024 for a picket, had been paid".
    /// Whether a date stands in a clause opened by "since": "since 2019", "since the movement was founded in 2021".
    static func inASinceClause(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool { sinceBefore(date, in: t) != nil }

    /// Where the "since" of a date's clause stands, within `participleReach` words before it and no punctuation between.
    private static func sinceBefore(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Int? {
        var k = date.lowerBound - 1
        while k >= t.startIndex, date.lowerBound - k <= participleReach, t[k].kind != .punctuation {
            if t[k].lower == "since" { return k }
            k -= 1
        }
        return nil
    }

    /// Whether a date is the time of an occasion a "since" counts from: "the worst unrest since deadly riots in January
    /// 2022". It dates no act of the sentence.
    static func datesAnOccasionSince(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard let since = sinceBefore(date, in: t) else { return false }
        return t[since..<date.lowerBound].contains { occasions.contains($0) }
    }

    /// Whether a date is that of deaths an act remembers: "a gathering in memory of those killed in January 2022", "laying
    /// flowers for the victims of January 2022", "on the anniversary of the shooting of December 2011". It dates no act of
    /// the sentence.
    static func datesTheDead(_ date: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = date.lowerBound - 1
        while k >= t.startIndex, date.lowerBound - k <= 3, linkWords.contains(t[k]) { k -= 1 }
        return k >= t.startIndex && k < date.lowerBound - 1 && remembrance.contains(t[k])
    }
    private static let linkWords = WordSet(["in", "of", "the", "on", "в", "на"])
    private static let remembrance = WordSet(["killed", "died", "perished", "victims", "anniversary", "memory", "commemorate",
                                              "commemorating", "погибших", "погибшим", "жертв", "жертвам", "годовщину", "памяти"])

    /// How far after a clause's comma the date of a participle's clause may stand: ", introduced by the State Revenue Committee in".
    static let participleReach = 8
    static func inAnApposition(_ date: ClosedRange<Int>, in t: ArraySlice<Token>, trigger: ClosedRange<Int>?) -> Bool {
        guard let open = t[t.startIndex..<date.lowerBound].lastIndex(where: { $0.isMark(",") }), open > t.startIndex, open + 1 < date.lowerBound,
              (t[open - 1].isCapitalized && ["a", "an"].contains(t[open + 1].lower))
                // (", introduced in 2023,"; ", introduced by the State Revenue Committee in 2023,")
                || (date.lowerBound - open <= Self.participleReach && !t[open + 1].isCapitalized && t[open + 1].lower.hasSuffix("ed")
                    && ["in", "on"].contains(t[date.lowerBound - 1].lower) && !t[(open + 1)..<date.lowerBound].contains(where: { $0.kind == .punctuation })),
              let close = t[(date.upperBound + 1)...].firstIndex(where: { $0.isMark(",") }) else { return false }
        guard let trigger else { return true }
        return !(open...close).contains(trigger.lowerBound)
    }

    /// Whether an act is told only as the point another is timed from: "more than a year after the case was opened", "two
    /// weeks before he was detained". Its own day is not the sentence's.
    static func isAReferencePoint(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        for k in stride(from: trigger.upperBound - 1, through: max(t.startIndex + 1, trigger.upperBound - 6), by: -1) {
            if t[k].kind == .punctuation { return false }
            if referenceConjunctions.contains(t[k]) { return spanWords.contains(t[k - 1]) }
        }
        return false
    }
    private static let referenceConjunctions = WordSet(["after", "before", "since"])
    private static let spanWords = WordSet(["day", "days", "week", "weeks", "month", "months", "year", "years"])

    /// Whether a clause of time names the court's decision: "after the verdict was read out", "while the verdict was being
    /// read", "after the hearing".
    static func timedByTheVerdict(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            timeConjunctions.contains(t[k]) && t[min(t.endIndex, k + 1)..<min(t.endIndex, k + 4)].contains { verdictNouns.contains($0) }
        }
    }
    private static let verdictNouns = WordSet(["verdict", "hearing", "sentencing", "ruling", "judgment", "judgement"])

    /// Whether a sentence is an e-mail's header line: "Subject: [Alert] 9 new matches for "detained" …", "Re: …", "Fwd: …".
    /// Its words are a subject's, told below if at all.
    static func isAMailHeader(_ t: ArraySlice<Token>) -> Bool {
        guard let first = t.first, first.isWord, t.count > 2, t[t.startIndex + 1].isMark(":") else { return false }
        return mailHeaders.contains(first)
    }
    private static let mailHeaders = WordSet(["subject", "re", "fwd", "fw"])
    /// Whether a sentence says first that what it tells is a rumour: "RUMOUR, not confirmed: people say he was beaten".
    static func marksARumour(_ t: ArraySlice<Token>) -> Bool {
        t.first(where: \.isWord).map { rumourWords.contains($0) } ?? false
    }
    private static let rumourWords = WordSet(["rumour", "rumor", "rumours", "rumors", "unconfirmed", "слух", "слухи", "непроверенное"])

    /// Whether a sentence counts a group of its own: "three members of the party", "12 activists".
    static func countsItsOwnGroup(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard k + 1 < t.endIndex, t[k].isNumber || (SanctionRecognizer.numberWords[t[k].lower].map { $0 >= 2 } ?? false) else { return false }
            // ("the two activists", "all three": a group named before.)
            if k > t.startIndex, definiteCounts.contains(t[k - 1]) { return false }
            return t[(k + 1)..<min(t.endIndex, k + 3)].contains { ownGroupNouns.contains($0) }
        }
    }
    private static let definiteCounts = WordSet(["the", "these", "those", "all", "both", "other", "its", "their", "his", "her"])
    /// Whether a plural pronoun follows a crowd the sentence names itself: "Officers pushed the protesters back and ordered
    /// them to leave." ("them" are the protesters.)
    static func pronounOfItsOwnCrowd(_ t: ArraySlice<Token>) -> Bool {
        guard let pronoun = t.firstIndex(where: { ["they", "them", "their"].contains($0.lower) }) else { return false }
        return t[t.startIndex..<pronoun].contains { crowdNouns.contains($0) }
    }
    /// Whether a sentence counts a crowd in words or figures: "about twenty women from the initiative gathered", "some 40
    /// workers". (Its "them" after are the crowd.)
    static func countsACrowd(_ t: ArraySlice<Token>) -> Bool {
        // (The nouns looked for first: a word set's lookup is cheaper than a number word's.)
        t.indices.contains { n in
            guard crowdNouns.contains(t[n]) || (ownGroupNouns.contains(t[n]) && t[n].lower != "them") else { return false }
            return (max(t.startIndex, n - 2)..<n).contains { k in
                guard t[k].isNumber || (SanctionRecognizer.numberWords[t[k].lower].map { $0 >= 2 } ?? false) else { return false }
                // ("the two women", "all three": people named before; "she went with about forty workers": someone with a crowd.)
                return !(k > t.startIndex && definiteCounts.contains(t[k - 1]))
            } && !t.contains { $0.lower == "with" }
        }
    }
    /// Whether a sentence tells a crowd gathering: "a group of residents gathered outside the akimat", "about 30 workers
    /// came out".
    static func gathersACrowd(_ t: ArraySlice<Token>) -> Bool {
        t.contains { gatheringVerbs.contains($0) } && t.contains { crowdNouns.contains($0) || ownGroupNouns.contains($0) || $0.lower == "group" }
    }
    /// Whether a sentence names a gathering's crowd: "participants", "protesters", "demonstrators".
    static func namesTheCrowd(_ t: ArraySlice<Token>) -> Bool { t.contains { crowdMembers.contains($0) } }
    private static let crowdMembers = WordSet(["participants", "protesters", "demonstrators", "picketers", "marchers"])
    /// The bodies that called the gathering an act of the sentence before dispersed, for its crowd detained after it
    /// ("Police dispersed the rally. Twelve participants were detained.", "Мероприятие было пресечено. 12 участников
    /// доставлены в полицию"); in either language.
    static func dispersersCrowd(_ incidents: [ProposedIncident], sentences: [Int], now: Int) -> [String]? {
        guard let last = incidents.last, last.eventType == .assemblyDispersed, !last.organizations.isEmpty,
              let at = sentences.last, now - at <= 1 else { return nil }
        return last.organizations
    }
    private static let gatheringVerbs = WordSet(["gathered", "assembled", "rallied", "marched", "picketed"])
    private static let crowdNouns = WordSet(["protesters", "demonstrators", "participants", "picketers", "marchers", "strikers", "crowd",
                                             "crowds", "gathering", "residents", "workers", "traders", "borrowers"])
    private static let ownGroupNouns = WordSet(["members", "activists", "people", "protesters", "demonstrators", "participants", "supporters",
                                                "journalists", "bloggers", "workers", "residents", "women", "men", "students",
                                                // "at least 15 of them": some of a group, not all of those named before.
                                                "them"])

    /// Words a clock-time entry can open with: "Yesterday, 12:00 — …".
    static let dayWords = WordSet(["yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

    /// The day the first weekday, "today" or "yesterday" of some words stands for, counted from the day of publication.
    static func dayFromPublication(_ t: ArraySlice<Token>, _ published: PartialDate?) -> PartialDate? {
        guard let published else { return nil }
        for k in t.indices where dayWords.contains(t[k]) {
            if let mention = DateRecognizer.published(at: k, in: t) {
                return DateRecognizer.resolve(mention.kind, published: published)
            }
            // A weekday alone in brackets: "(Sunday)".
            if let day = DateRecognizer.weekdays[t[k]], k > t.startIndex, t[k - 1].isMark("(") {
                return DateRecognizer.resolve(.weekday(day), published: published)
            }
        }
        return nil
    }

    /// Whether a date says when the text came out: "Published February 2026", "Last updated: 4 May 2026".
    static func datesThePublication(_ mention: DateMention, in t: ArraySlice<Token>) -> Bool {
        let from = max(t.startIndex, mention.tokens.lowerBound - 3)
        return t[from..<mention.tokens.lowerBound].contains { publicationLeads.contains($0) }
    }
    private static let publicationLeads = WordSet(["published", "posted", "updated", "dated"])

    /// Whether a month with its year closes its sentence after a comma, in a paragraph that writes another year, as a report's
    /// imprint gives the month it came out after the year it reports on: "Annual Report 2025. Adilet Watch, Almaty, February 2026."
    static func isAnImprint(_ mention: DateMention, in t: ArraySlice<Token>, paragraph: ArraySlice<Token>) -> Bool {
        guard mention.date?.precision == .month, mention.tokens.lowerBound > t.startIndex, t[mention.tokens.lowerBound - 1].isMark(","),
              t[(mention.tokens.upperBound + 1)...].allSatisfy({ !$0.isWord && !$0.isNumber }) else { return false }
        return paragraph.indices.contains { k in
            !mention.tokens.contains(k) && paragraph[k].isNumber && DateRecognizer.years.contains(Int(paragraph[k].value ?? 0))
        }
    }

    /// Whether a sentence speaks of "this year".
    static func saysThisYear(_ t: ArraySlice<Token>) -> Bool {
        // (By the words' keys alone: this runs on every sentence, and handing each token over copies its strings.)
        t.indices.dropLast().contains { k in t[k].key == thisKey && thisPeriods.contains(t[k + 1]) }
    }
    private static let thisKey = WordKey.of("this")
    private static let thisPeriods = WordSet(["year", "spring", "summer", "autumn", "fall", "winter", "month"])
    /// Whether a sentence speaks of "last year".
    static func saysLastYear(_ t: ArraySlice<Token>) -> Bool {
        t.indices.dropLast().contains { k in t[k].key == lastKey && t[k + 1].key == yearKey && t[k + 1].lower == "year" }
    }
    private static let lastKey = WordKey.of("last"), yearKey = WordKey.of("year")
    /// The year of "last June", "last May Day": the last such month before the day of publication.
    static func yearOfLastMonth(_ t: ArraySlice<Token>, published: PartialDate) -> Int? {
        guard let publishedMonth = published.month,
              let k = t.indices.dropLast().first(where: { t[$0].key == lastKey && t[$0 + 1].isCapitalized }),
              let month = DateRecognizer.month(of: t[k + 1]) else { return nil }
        return month < publishedMonth ? published.year : published.year - 1
    }
    static let periodWords = WordSet(["period", "report", "review", "overview", "monitoring", "chronicle", "update", "digest", "annual"])

    /// Whether an organisation is named as someone's workplace, as people are kept out by "manager" before their names:
    /// "paid compensation to …, manager of the Medicine Centre".
    static func isAnEmployer(_ span: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        (max(t.startIndex, span.lowerBound - 3)..<span.lowerBound).contains { k in
            k + 1 < t.endIndex && t[k].lower == "manager" && t[k + 1].lower == "of"
        }
    }

    /// Whether a span stands after "according to" or "reported by", up to four words before it: the text cites it.
    static func isCited(_ span: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        let from = max(t.startIndex, span.lowerBound - 5)
        if (from..<span.lowerBound).contains(where: { k in
            k + 1 < t.endIndex && ((t[k].lower == "according" && t[k + 1].lower == "to") || (t[k].lower == "reported" && t[k + 1].lower == "by"))
        }) { return true }
        // "…, the local news site Ontustik Zhanalyktary reported.": an attribution closing the sentence after a comma.
        let after = span.upperBound + 1
        return after < t.endIndex && closingAttributions.contains(t[after]) && t[(after + 1)...].allSatisfy { $0.kind == .punctuation }
            && (from..<span.lowerBound).contains { t[$0].isMark(",") }
    }
    private static let closingAttributions = WordSet(["reported", "said", "wrote", "reports", "says", "writes", "added"])

    private static let comparisons = WordSet(["compared", "than", "versus", "vs"])
    private static let lawMaking = WordSet(["adopted", "enacted", "decriminalized", "decriminalised", "criminalized", "criminalised",
                                            "ratified", "promulgated", "repealed"])
    private static let laws = WordSet(["law", "laws", "code", "constitution", "amendments", "act", "decree", "rules"])
    /// Nouns for occasions a date can name: "the 2022 events", "the December 2011 strike", "the events of January 2022".
    static let occasions = WordSet(["events", "event", "protests", "protest", "unrest", "riots", "demonstrations", "demonstration",
                                            "rallies", "rally", "strike", "strikes", "tragedy", "massacre", "uprising", "crackdown",
                                            "elections", "election", "referendum", "clashes", "violence", "crisis", "vote",
                                            "gathering", "gatherings", "picket", "pickets", "march", "marches", "meeting", "assembly",
                                            "shootings", "shooting", "killings"])

    /// Whether a date names an occasion rather than saying when something happened: written after "the" and before an
    /// occasion noun (an adjective may come between: "the 2021 parliamentary elections"), or after such a noun and "of".
    static func namesAnOccasion(_ mention: DateMention, in t: ArraySlice<Token>) -> Bool {
        guard mention.kind == .explicit else { return false }
        let before = mention.tokens.lowerBound - 1, after = mention.tokens.upperBound + 1
        if before >= t.startIndex, t[before].lower == "the",
           (after..<min(t.endIndex, after + 2)).contains(where: { t[$0].isWord && !t[$0].isCapitalized && occasions.contains(t[$0]) }),
           after < t.endIndex, t[after].isWord, !t[after].isCapitalized {
            return true
        }
        // "the 2020 Law on Peaceful Assemblies", "the 2014 Law on Trade Unions": a year that names a law.
        // ("Kazakhstan's 2020 law on peaceful assemblies", "its 2014 Law on Trade Unions": whatever stands before.)
        if after < t.endIndex, mention.date?.precision == .year, laws.contains(t[after]) { return true }
        // "the Law on Mass Media adopted in June 2024", "decriminalized in 2020": when a law was made, not when anything befell anyone.
        if t[max(t.startIndex, before - 2)...max(t.startIndex, before)].contains(where: { lawMaking.contains($0) }) { return true }
        // "found him guilty … for a single picket at the akimat on 10.02.2025 and fined him": the day of what was punished,
        // not of the punishment.
        if mention.date?.precision == .day, before >= t.startIndex, t[before].lower == "on",
           let noun = t[max(t.startIndex, before - 7)..<before].lastIndex(where: { occasions.contains($0) && !$0.isCapitalized }),
           t[max(t.startIndex, noun - 3)..<noun].contains(where: { $0.lower == "for" }) {
            return true
        }
        // "upheld the verdict of 24 June", "quashed the decision of 3 May": the day of the decision a court reviews.
        if mention.date?.precision == .day, before - 1 >= t.startIndex, t[before].lower == "of", reviewedDecisions.contains(t[before - 1]),
           t.contains(where: { reviewWords.contains($0) }) {
            return true
        }
        // "a strike at the mine that began on 18 November": the day the occasion began.
        if before - 1 >= t.startIndex, t[before].lower == "on", ["began", "started", "ended", "begun"].contains(t[before - 1].lower),
           t[max(t.startIndex, before - 6)..<(before - 1)].contains(where: { occasions.contains($0) && !$0.isCapitalized }) {
            return true
        }
        // "the Law \"On peaceful assemblies\" of 25 May 2020", "Decree No. 12 dated 3 March 2021": the day a law bears.
        // (The law is named within a few words before, and no act's verb lies between.)
        if before >= t.startIndex, ["of", "dated"].contains(t[before].lower),
           let law = t[max(t.startIndex, before - 12)..<before].lastIndex(where: { laws.contains($0) && $0.isCapitalized }),
           EventRecognizer.events(in: t[law..<before]).isEmpty {
            return true
        }
        // "(see 14 July)": a reference to an entry above, not a day of this one.
        if before >= t.startIndex, t[before].lower == "see" { return true }
        // "61 activists were fined in 2025, compared with 74 in 2024": a year compared with is not the one being told.
        if mention.date?.precision == .year, t[max(t.startIndex, before - 4)...max(t.startIndex, before)].contains(where: { comparisons.contains($0) }) { return true }
        // ("the victims of January 2022", "the anniversary of December 2011": the occasion named by its time.)
        return before - 1 >= t.startIndex && t[before].lower == "of" && (occasions.contains(t[before - 1]) || remembrances.contains(t[before - 1]))
    }
    /// Decisions a court reviews, and the words that tell the review: "upheld the verdict of 24 June".
    private static let reviewedDecisions = WordSet(["verdict", "sentence", "judgment", "judgement", "ruling", "decision"])
    private static let reviewWords = WordSet(["upheld", "upholding", "upholds", "overturned", "quashed", "annulled", "appeal", "cassation", "unchanged"])
    private static let remembrances = WordSet(["victims", "anniversary", "memory", "commemoration", "remembrance"])

    /// How many sentences into a text a line may be and still give the day it was published.
    static let publicationReach = 8
    /// Words that name the people a case is against: "questioned as suspects", "named as a suspect".
    /// Words telling that someone was (not) told of a case: "Nobody tells Yerlan", "She learned of it a month later".
    static let noticeWords = WordSet(["tells", "told", "informs", "informed", "notifies", "notified", "learns", "learned", "learnt", "knows", "knew"])
    static let suspectWords = WordSet(["suspect", "suspects", "подозреваемой", "подозреваемого", "подозреваемых", "подозреваемые", "подозреваемая", "подозреваемый"])
    /// Acts of a criminal case after its opening, in which a case opened against no one named just before is theirs.
    static let stepsOfACase: Set<EventType> = [.charged, .pretrialDetention, .houseArrest, .searchOfPremises]
    /// Words that open a line dating the text ("Published on 14 May 2025 by …", "Last updated …"). ("On 29 September 2025
    /// residents notified the akimat …" opens a story: a sentence of its own beginning with its day is no such line.)
    private static let publishingWords = WordSet(["published", "posted", "updated", "last", "date", "dated"])
    /// Whether a line labels the day of what an entry tells: "Date of incident: 14/01/2026", an alert's field, "Incident date:".
    static func labelsAToldDay(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            toldDayLabels.contains(t[k])
                || (k - 2 >= t.startIndex && t[k - 1].lower == "of" && t[k - 2].lower == "date" && t[k].isWord && !publicationNouns.contains(t[k]))
        }
    }
    /// Whether the words just before an act open a relative clause on what was named before it: ", which was declared …",
    /// ", which had been banned …", "that was declared …", ", banned as extremist in 2025".
    static func opensARelativeClause(before k: Int, in t: ArraySlice<Token>) -> Bool {
        // (", banned as extremist in 2025": a participle's clause on the noun before it.)
        if k > t.startIndex, t[k - 1].isMark(","), clauseParticiples.contains(t[k]) { return true }
        let from = max(t.startIndex, k - relativeClauseReach)
        guard let relative = t[from..<k].lastIndex(where: { ["which", "that"].contains($0.lower) }) else { return false }
        return t[(relative + 1)..<k].allSatisfy { $0.isWord && relativeClauseLinks.contains($0) }
    }
    private static let relativeClauseReach = 4
    private static let clauseParticiples = WordSet(["banned", "declared", "designated", "recognised", "recognized", "liquidated", "outlawed"])
    private static let relativeClauseLinks = WordSet(["was", "were", "had", "has", "have", "been", "later", "subsequently", "earlier", "officially"])
    /// Whether a sentence's subject is a case already named: "The case was opened over …", "That case was brought …".
    static func opensWithTheCase(_ t: ArraySlice<Token>) -> Bool {
        let words = t.lazy.filter(\.isWord).prefix(2).map(\.lower)
        return Array(words) == ["the", "case"] || Array(words) == ["this", "case"] || Array(words) == ["that", "case"]
    }
    /// A record's field label: the few words before its colon, lower-cased ("date of judgment", "дата решения"), and where the
    /// colon stands; none when no value follows it.
    static func fieldLabel(_ t: ArraySlice<Token>, words: Int) -> (words: [String], colon: Int)? {
        guard let colon = t.prefix(words + 1).firstIndex(where: { $0.isMark(":") }), colon > t.startIndex, colon + 1 < t.endIndex,
              t[..<colon].allSatisfy(\.isWord) else { return nil }
        return (t[..<colon].map(\.lower), colon)
    }

    /// Whether a sentence is a record's field on a line of its own: a label of a few words, a colon, a short value ("Date of
    /// incident: 14/01/2026", "Source of threat: Police", "Status: Active").
    static func isAFieldLine(_ t: ArraySlice<Token>) -> Bool {
        guard t.count <= fieldLineLength, let colon = t.prefix(fieldLabelWords + 1).firstIndex(where: { $0.isMark(":") }), colon > t.startIndex else { return false }
        return t[..<colon].allSatisfy(\.isWord) && t[..<colon].first?.isCapitalized == true && colon + 1 < t.endIndex
    }
    private static let fieldLineLength = 12
    /// The month a record's field line gives as its value, and nothing else: "Date: February 2025", "When: Jun 2025".
    static func labelledMonth(_ t: ArraySlice<Token>, _ dates: [DateMention]) -> PartialDate? {
        guard isAFieldLine(t), dates.count == 1, dates[0].kind == .explicit, let month = dates[0].date, month.precision == .month,
              let colon = t.firstIndex(where: { $0.isMark(":") }), colon < dates[0].tokens.lowerBound,
              monthLabels.contains(t[colon - 1]) || toldDayLabels.contains(t[colon - 1]),
              t[(dates[0].tokens.upperBound + 1)...].allSatisfy({ $0.kind == .punctuation }),
              t[(colon + 1)..<dates[0].tokens.lowerBound].allSatisfy({ $0.kind == .punctuation || monthParts.contains($0) }) else { return nil }
        return month
    }
    private static let monthLabels = WordSet(["date", "when", "month", "period"])
    private static let fieldLabelWords = 4
    /// The month a sentence opens on: "In July, …", "In late March 2025, …" (not one planned, "In July the union will …").
    /// (Also on a line of its own below a case's heading: "Zhanaozen: a meeting over wages\nIn July, around 80 workers …".)
    static func scenesMonth(_ t: ArraySlice<Token>, _ dates: [DateMention], startsLine: (Token) -> Bool) -> PartialDate? {
        guard let mention = dates.first, mention.kind == .explicit, let month = mention.date, month.precision == .month,
              !isAPlannedDay(mention.tokens, in: t),
              let opening = t[..<mention.tokens.lowerBound].lastIndex(where: { $0.lower == "in" }),
              opening == t.startIndex || (t[opening].isCapitalized && startsLine(t[opening])) || opensOnATimeOfDay(t[..<opening]),
              t[(opening + 1)..<mention.tokens.lowerBound].allSatisfy({ monthParts.contains($0) }) else { return nil }
        // (Not a month's tally: "In September 2024, the Bureau recorded 21 notifications …".)
        if t.contains(where: { tallyWords.contains($0) }) { return nil }
        // ("In February this year, …": a year the month's own words give, which the story's may not be.)
        let after = mention.tokens.upperBound + 1
        if mention.yearInferred, after + 1 < t.endIndex, t[after + 1].lower == "year" { return nil }
        return month
    }
    private static let monthParts = WordSet(["early", "late", "mid", "-"])
    /// Whether words open a sentence on a time of day, as a story sets its scene: "On a grey morning" (in February 2025, …),
    /// "One cold night".
    private static func opensOnATimeOfDay(_ t: ArraySlice<Token>) -> Bool {
        guard let first = t.first, first.lower == "on" || first.lower == "one", t.count <= timeOfDayWords, let last = t.last else { return false }
        return sceneTimes.contains(last) && t.allSatisfy(\.isWord)
    }
    private static let sceneTimes = WordSet(["morning", "afternoon", "evening", "night", "day"])
    private static let timeOfDayWords = 5
    private static let tallyWords = WordSet(["recorded", "documented", "counted", "registered", "tallied", "logged", "received"])
    /// How many days after an act told by its month alone a relative day ("the next day", "two days later", "a week later")
    /// stays in it.
    static let daysOnInAMonth = 7
    /// What a date line's day may be of and still date the text: "Date of publication: …", "Date of issue: …".
    private static let publicationNouns = WordSet(["publication", "issue", "release", "report", "posting", "submission", "writing"])
    /// Labels of a line giving the day of what an entry tells: "Incident date: …", "Hearing: 4 June 2026".
    private static let toldDayLabels = WordSet(["incident", "incidents", "event", "hearing", "arrest", "detention", "offence", "violation"])

    /// The day a sentence of a date alone gives: "December 10, 2025", "Published on 14 May 2025 by the monitoring team",
    /// "Last updated: May 8, 2026". A day with its year written, and few other words.
    static func publicationDay(_ t: ArraySlice<Token>) -> PartialDate? {
        let dates = DateRecognizer.dates(in: t, contextYear: nil)
        guard dates.count == 1, dates[0].kind == .explicit, !dates[0].yearInferred, let day = dates[0].date, day.precision == .day,
              EventRecognizer.events(in: t).isEmpty else { return nil }
        let others = t.indices.filter { !dates[0].tokens.contains($0) && t[$0].isWord }
        if labelsAToldDay(t) { return nil }
        if opensASpan(dates[0], in: t) { return nil }
        let opensWithPublication = t.first(where: \.isWord).map { publishingWords.contains($0) } ?? false
        // A byline: "By Dana Ospanova & Kirill Vedenin · 18 February 2026 · 14 min read" (its names and a reading time).
        if t.first(where: \.isWord)?.lower == "by",
           others.filter({ !t[$0].isCapitalized && !["by", "and"].contains(t[$0].lower) && !readingTime.contains(t[$0]) }).count <= bylineLowercaseWords {
            return day
        }
        // A wire's date line: the day first, then the desk and a reading time between bars ("Friday, Nov. 14, 2025 | Wire
        // desk | 8 min read").
        let datedFirst = t[t.startIndex..<dates[0].tokens.lowerBound].allSatisfy { !$0.isWord || DateRecognizer.isWeekday($0) }
        if datedFirst, dates[0].tokens.upperBound + 1 < t.endIndex, datelineSeparators.contains(t[dates[0].tokens.upperBound + 1].first),
           others.filter({ !t[$0].isCapitalized && !readingTime.contains(t[$0]) && !DateRecognizer.isWeekday(t[$0]) }).count <= bylineLowercaseWords {
            return day
        }
        return others.count <= 4 || opensWithPublication ? day : nil
    }
    /// The last day of the month an issue line gives: a month with its year written, the word "issue", "newsletter" or
    /// "bulletin", and the marks a date line sets between its parts ("Monthly newsletter · Issue 47 · November 2025"). The marks
    /// cut the line into sentences: `dates` are the sentence's, `t` the paragraph's.
    static func issueMonthEnd(_ dates: [DateMention], line t: ArraySlice<Token>) -> PartialDate? {
        let months = dates.filter { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .month }
        guard months.count == 1, let issue = months[0].date, let month = issue.month, dates.allSatisfy({ $0.date?.precision != .day }),
              t.contains(where: { issueWords.contains($0) }) && t.contains(where: { datelineSeparators.contains($0.first) && $0.isSingle })
                  // (A month's roundup names itself so: "SUBJECT: KAZAKHSTAN: MARCH 2025 HUMAN RIGHTS ROUNDUP".)
                  || t.contains(where: { roundupWords.contains($0) }) && isHeading(t) && lastDayOfARange(t) == nil
        else { return nil }
        return try? PartialDate(year: issue.year, month: month, day: PartialDate.daysIn(month: month, year: issue.year))
    }
    private static let issueWords = WordSet(["issue", "newsletter", "bulletin"])
    private static let roundupWords = WordSet(["roundup", "round-up"])
    private static let timesOfDay = WordSet(["noon", "midday", "midnight", "lunch", "dawn", "dusk", "sunset", "sunrise"])
    /// Whether "the eve of" something stands a few words before a day, which is that something's: "On the eve of our forum
    /// (held on 22 November)".
    static func onTheEveOf(_ day: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        (max(t.startIndex, day.lowerBound - eveReach)..<day.lowerBound).contains { k in
            k + 1 < t.endIndex && t[k].lower == "eve" && t[k + 1].lower == "of" && k > t.startIndex && t[k - 1].lower == "the"
        }
    }
    private static let eveReach = 8
    /// A heading without the number of the day or the hearing it opens with: "Day 2 — Wednesday 4 June" → "— Wednesday 4 June".
    static func droppingADaysNumber(_ t: ArraySlice<Token>) -> ArraySlice<Token> {
        let words = t.drop { $0.kind == .punctuation }
        guard words.count > 2, numberedSittings.contains(words[words.startIndex]) else { return t }
        // ("Update #4 · 16 Apr 2026", a fundraiser's or a blog's numbered post.)
        let number = words[words.startIndex + 1].isMark("#") ? words.startIndex + 2 : words.startIndex + 1
        let numbered = words[number].isNumber
            || (words[number].text.hasPrefix("#") && words[number].text.count > 1 && words[number].text.dropFirst().allSatisfy(\.isNumber))
        // ("UPDATE 11 March, 17:40: …" is a day, not a post's number.)
        guard numbered, !(number + 1 < words.endIndex && DateRecognizer.month(of: words[number + 1]) != nil) else { return t }
        return words[(number + 1)...]
    }
    private static let numberedSittings = WordSet(["day", "hearing", "session", "sitting", "update", "post", "entry", "dispatch",
                                                   // (A training text's or a brief's numbered case: "Case 2. Oral: a refusal",
                                                   // "Кейс 1. Жанаозен: превентивное задержание".)
                                                   "case", "example", "episode", "кейс", "пример", "эпизод"])
    /// A heading's sentences without the number it opens with, "2. AKTOBE: TEACHER FINED", "Case 2. Oral: a refusal",
    /// "Update #4 · 16 Apr 2026": its words.
    static func headingSentences(_ sentences: [Sentence]) -> ArraySlice<Sentence> {
        sentences.count == 2 && (isANumberAlone(sentences[0].tokens) || droppingADaysNumber(sentences[0].tokens).allSatisfy({ $0.kind == .punctuation }))
            ? sentences.dropFirst() : sentences[...]
    }
    /// The marks a date line sets between its day, its desk and its reading time.
    static let datelineSeparators: Set<Unicode.Scalar> = ["|", "·", "•"]

    /// The day of a news agency's dateline that opens a sentence: a place in capitals, a comma and a day with its year, then
    /// a dash ("ALMATY, 14 November 2024 — A court …").
    /// The words of a reading time after a byline's day: "14 min read".
    private static let readingTime = WordSet(["min", "mins", "minute", "minutes", "read"])
    /// The last day of a range of days a heading gives: "Digest for 4–10 March 2024" → 10 March 2024; in Russian (with
    /// its months) "Итоги недели | 10–16 марта 2025", "с 10 по 16 марта 2025".
    static func lastDayOfARange(_ t: ArraySlice<Token>, month monthOf: (Token) -> Int? = DateRecognizer.month(of:)) -> PartialDate? {
        for k in t.indices where k + 4 < t.endIndex && t[k].isNumber && (t[k + 1].isMark("–") || t[k + 1].isMark("-") || t[k + 1].lower == "по")
                                 && t[k + 2].isNumber {
            guard let month = monthOf(t[k + 3]), t[k + 4].isNumber, let year = Int(t[k + 4].text), DateRecognizer.years.contains(year),
                  let day = Int(t[k + 2].text) else { continue }
            return try? PartialDate(year: year, month: month, day: day)
        }
        // (Month first, as US style writes it: "March 9–15, 2026".)
        for k in t.indices where k + 5 < t.endIndex && t[k + 1].isNumber && (t[k + 2].isMark("–") || t[k + 2].isMark("-")) && t[k + 3].isNumber {
            guard let month = monthOf(t[k]), t[k + 4].isMark(","), let year = Int(t[k + 5].text), DateRecognizer.years.contains(year),
                  let day = Int(t[k + 3].text) else { continue }
            return try? PartialDate(year: year, month: month, day: day)
        }
        return nil
    }

    static func datelineDay(_ t: ArraySlice<Token>, _ dates: [DateMention], startsLine: (Token) -> Bool = { _ in false }) -> PartialDate? {
        // "🧵 Aktobe, Sat 15 March 2025.": a place, a weekday and a day alone in their sentence, or alone on the last line
        // of a heading ("Press conference …\nAlmaty, 17 April 2025, 11:00"), perhaps with the hour.
        if let date = dates.first(where: { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }) {
            let line = t[t.startIndex..<date.tokens.lowerBound].lastIndex(where: startsLine) ?? t.startIndex
            let words = t[line...].drop { !$0.isWord }
            let after = t[(date.tokens.upperBound + 1)...]
            let rest = after[..<(after.firstIndex(where: startsLine) ?? after.endIndex)]
            if let first = words.first, first.isCapitalized, let comma = words.prefix(4).firstIndex(where: { $0.isMark(",") }),
               date.tokens.lowerBound > comma, date.tokens.lowerBound - comma <= 3,
               rest.allSatisfy({ !$0.isWord && !$0.isNumber }) || isAnHour(rest),
               rest.endIndex == t.endIndex || line > t.startIndex,
               t[(comma + 1)..<date.tokens.lowerBound].allSatisfy({ !$0.isWord || DateRecognizer.isWeekday($0) }) {
                return date.date
            }
        }
        let words = t.drop { !$0.isWord }
        // A byline ending in the day: "By Aliya N., The Steppe Observer, 12 March 2025".
        if let first = words.first, first.lower == "by", words.startIndex + 1 < words.endIndex, words[words.startIndex + 1].isCapitalized,
           let date = dates.last(where: { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }),
           // (A reading time may follow: "… · 18 February 2026 · 14 min read".)
           t[(date.tokens.upperBound + 1)...].allSatisfy({ !$0.isWord || readingTime.contains($0) })
               && t[(date.tokens.upperBound + 1)...].filter(\.isNumber).count <= 1,
           t[words.startIndex..<date.tokens.lowerBound].filter({ $0.isWord && !$0.isCapitalized && !["by", "and", "of", "the"].contains($0.lower) }).count
               <= bylineLowercaseWords {
            return date.date
        }
        // The place in capitals or in title case ("New York, March 4, 2026 — …"), one to three words before a comma.
        guard let first = t.first, first.isWord, first.isCapitalized,
              let comma = t.prefix(4).firstIndex(where: { $0.isMark(",") }), comma > t.startIndex,
              // ("LONDON / ALMATY, 18 November 2025 – …": the places of a statement issued in two cities.)
              t[t.startIndex..<comma].allSatisfy({ $0.isCapitalized || $0.isMark("/") }),
              let date = dates.first(where: { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }),
              date.tokens.lowerBound - t.startIndex <= 5, date.tokens.upperBound + 1 < t.endIndex else { return nil }
        let next = t[date.tokens.upperBound + 1]
        return next.isMark("—") || next.isMark("–") || next.isMark("-") ? date.date : nil
    }

    /// Whether a weekday is told with "last" ("last Friday", "So last Friday …"): counted back from the day of writing.
    static func saysLast(_ mention: DateMention, in t: ArraySlice<Token>) -> Bool {
        t[max(t.startIndex, mention.tokens.lowerBound - 1)...mention.tokens.lowerBound].contains { $0.lower == "last" }
    }

    /// Whether tokens are only an hour after a mark: ", 11:00", "· 18.30".
    static func isAnHour(_ t: ArraySlice<Token>) -> Bool {
        let numbers = t.filter(\.isNumber)
        return !t.contains(where: \.isWord) && numbers.count == 2 && t.contains { $0.isMark(":") || $0.isMark(".") }
            && numbers.allSatisfy { $0.text.count <= 2 }
    }

    /// Whether a place opens its sentence in capitals before a dash or comma, as a news agency's dateline: "ALMATY --",
    /// "ALMATY, 14 November 2024 —".
    static func isDateline(_ place: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard place.lowerBound == t.startIndex, place.upperBound + 1 < t.endIndex, t[place].allSatisfy({ $0.isAllCaps || !$0.isWord }) else { return false }
        let next = t[place.upperBound + 1]
        return next.isMark("-") || next.isMark("—") || next.isMark("–") || next.isMark(",")
    }

    /// Whether a sentence counts time in hours after something: "released several hours later", "after three hours".
    static func countsHours(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            hoursWords.contains(t[k]) && ((k + 1 < t.endIndex && t[k + 1].lower == "later")
                || t[max(t.startIndex, k - 3)..<k].contains { sequenceWords.contains($0) })
                // "released shortly before midnight": the night of the day told.
                || (t[k].lower == "midnight" && k > t.startIndex && ["before", "by", "around", "until"].contains(t[k - 1].lower))
        }
    }

    /// Whether the act is told as the next step of the one before: "His flat was then searched", "police then took him".
    static func followsDirectly(_ t: ArraySlice<Token>, trigger: ClosedRange<Int>) -> Bool {
        t[max(t.startIndex, trigger.lowerBound - 2)..<trigger.lowerBound].contains { $0.lower == "then" }
    }

    private static let courthouseWords = WordSet(["courthouse", "courtroom"])
    /// Whether a sentence names the hearing on someone's custody: "while the custody hearing was under way", "during the
    /// remand hearing".
    static func namesACustodyHearing(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in k > t.startIndex && ["hearing", "hearings"].contains(t[k].lower) && custodyWords.contains(t[k - 1]) }
    }
    private static let custodyWords = WordSet(["custody", "remand", "detention", "bail", "arrest"])
    private static let courtWord = WordSet(["court"])
    /// Whether a sentence places its act at the court: "outside the courthouse", "in front of the court building".
    static func isAtTheCourthouse(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            courthouseWords.contains(t[k]) || (courtWord.contains(t[k]) && k + 1 < t.endIndex && t[k + 1].lower == "building")
        }
    }

    /// The person a heading names as the one whose case a report follows: "Case of Serik Abdrakhmanov (Pavlodar City
    /// Court)", "Case history: Dariga Sapina, journalist", "The case of …".
    static func caseSubject(_ t: ArraySlice<Token>, persons: inout PersonRecognizer) -> String? {
        guard t.count <= 24, let k = t.indices.first(where: { t[$0].lower == "case" }), k + 1 < t.endIndex,
              ["of", "history", "study", ":"].contains(t[k + 1].lower), !t.contains(where: { $0.isMark(".") && $0 == t.last }) else { return nil }
        return persons.persons(in: t[(k + 1)...]).first(where: { !$0.official })?.name
    }

    /// The person a file's numbered heading names: "Matter 2025-07. Yerlan Toktarov (civic activist, Almaty)", "Client No. 4:
    /// Saule Ibraeva".
    static func matterSubject(_ t: ArraySlice<Token>, persons: inout PersonRecognizer) -> String? {
        guard t.count <= 24, let first = t.first(where: \.isWord), matterLabels.contains(first),
              t.prefix(matterNumberReach).contains(where: \.isNumber) else { return nil }
        return persons.persons(in: t).first(where: { !$0.official && $0.name.contains(" ") })?.name
    }
    private static let matterLabels = WordSet(["matter", "client", "file", "dossier"])
    private static let matterNumberReach = 5

    /// The person a heading names in capitals after its number, before a comma or the line's end: "1. AIGERIM ZHAKSYLYKOVA,
    /// journalist, Oral" is Aigerim Zhaksylykova. (A known given name first, or a surname's ending last.)
    static func nameInCapitals(_ t: ArraySlice<Token>) -> String? {
        // (Not a transcript's speaker, "GAUKHAR BEKOVA (Ulan FM): …": a heading has no colon and few words.)
        guard t.count <= sectionHeadingLength, !t.contains(where: { $0.isMark(":") }) else { return nil }
        var k = t.startIndex
        while k < t.endIndex, t[k].isNumber || t[k].kind == .punctuation { k += 1 }
        var words: [String] = []
        while k < t.endIndex, t[k].isWord, t[k].isAllCaps, t[k].text.count > 1, words.count < 3 { words.append(t[k].text); k += 1 }
        guard (2...3).contains(words.count), k == t.endIndex || t[k].isMark(",") || t[k].isMark("(") || t[k].isMark("—") || t[k].isMark("–"),
              !words.contains(where: { Lexicon.notNameWords.contains($0.lowercased()) || PlaceRecognizer.isPlaceWord(lowered: $0.lowercased()) })
        else { return nil }
        let first = words[0].lowercased(), last = words[words.count - 1].lowercased()
        guard Lexicon.givenNames.contains(first) || Lexicon.surnameEndings.contains(where: { last.hasSuffix($0) }) && Lexicon.givenNames.contains(words[1].lowercased())
        else { return nil }
        return words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// The person a line names alone, with at most a place after it ("Nurlan Temirov", "Nurlan Temirov\nKazakhstan"), as a
    /// case page's heading does.
    static func nameAlone(_ t: ArraySlice<Token>, persons: inout PersonRecognizer) -> String? {
        guard t.count <= 6, t.allSatisfy({ $0.isWord && $0.isCapitalized }) else { return nil }
        let found = persons.persons(in: t)
        guard found.count == 1, let person = found.first, !person.official, person.tokens.lowerBound == t.startIndex,
              t[(person.tokens.upperBound + 1)...].allSatisfy({ PlaceRecognizer.isPlaceWord($0) || $0.lower == "kazakhstan" }) else { return nil }
        return person.name
    }

    /// Whether a sentence refers to someone by a role with "the": "the 29-year-old musician", "the young poet" (one person,
    /// a role word in the singular within a few words of "the").
    static func namesARole(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard theWord.contains(t[k]) else { return false }
            var j = k + 1
            while j < t.endIndex, j - k <= 6 {
                if t[j].isCapitalized { return false }
                if let _ = Lexicon.roles[t[j]], !t[j].lower.hasSuffix("s") {
                    // ("the feminist initiative": the role word describes the noun after it; "the editor of the portal" is
                    // known by what follows, not by a name before.)
                    let next = j + 1 < t.endIndex ? t[j + 1] : nil
                    return !(next.map { $0.isCapitalized || $0.lower == "of" || OrganizationRecognizer.kindNouns.contains($0)
                        || OrganizationRecognizer.headWords.contains($0) } ?? false)
                }
                j += 1
            }
            return false
        }
    }
    private static let theWord = WordSet(["the"])

    /// Whether a sentence names a court.
    static func namesACourt(_ t: ArraySlice<Token>) -> Bool { t.contains { courtWord.contains($0) } }
    /// Whether it refers to a court already named: "the court", "the same court" (not "a court in …").
    static func refersToTheCourt(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            courtWord.contains(t[k]) && k > t.startIndex && (theWord.contains(t[k - 1]) || t[k - 1].lower == "same")
        }
    }

    /// The day of a heading that opens with it: "4 March 2026 / Defender released under travel ban" (a line without a full
    /// stop).
    static func datedHeadline(_ t: ArraySlice<Token>) -> PartialDate? {
        guard isHeading(t), t.count <= 30, let first = t.first, first.isNumber || DateRecognizer.month(of: first) != nil else { return nil }
        guard let date = DateRecognizer.dates(in: t.prefix(5), contextYear: nil).first, date.kind == .explicit,
              date.tokens.lowerBound == t.startIndex, date.date?.precision == .day, t.count > date.tokens.count + 1 else { return nil }
        return date.date
    }

    private static let placeLabels = WordSet(["place", "location", "city", "town", "region", "where", "venue"])
    private static let personLabels = WordSet(["journalist", "name", "person", "victim", "activist", "defender", "blogger", "detainee"])

    /// Whether a sentence opens with one to four words and a colon ("Place: …", "Aktau: …"); most do not, and are ruled out
    /// before any text is built.
    @inline(__always) static func opensWithALabel(_ t: ArraySlice<Token>) -> Bool {
        var k = t.startIndex, words = 0
        while k < t.endIndex, words <= 5 {
            if t[k].isWord { words += 1 } else if t[k].isMark(":") { return words > 0 } else if words > 0 && !t[k].isMark("-") { return false }
            k += 1
        }
        return false
    }

    /// The places a sentence gives as a label: "Aktau: activist … detained" (a place before a colon opening it) or "Place:
    /// Kostanay" (a place label).
    static func labelledPlaces(_ t: ArraySlice<Token>, sentence: String, offset: Int) -> [String]? {
        let opening = t.drop { !$0.isWord }
        guard let colon = opening.prefix(5).firstIndex(where: { $0.isMark(":") }), colon > opening.startIndex,
              opening[opening.startIndex..<colon].allSatisfy({ $0.isWord && $0.isCapitalized || $0.isMark("-") }) else { return nil }
        let places = PlaceRecognizer.gazetteerPlaces(in: t, sentence: sentence, offset: offset)
        if placeLabels.contains(opening[opening.startIndex]), colon - opening.startIndex == 1 {
            let after = places.filter { $0.tokens.lowerBound > colon }.map(\.written)
            return after.isEmpty ? nil : after
        }
        let before = places.filter { $0.tokens.upperBound < colon && $0.tokens.lowerBound == opening.startIndex }.map(\.written)
        return before.isEmpty ? nil : before
    }

    /// Whether a sentence is a record's label for a person: "Journalist: Asel Zhunusova".
    static func labelsAPerson(_ t: ArraySlice<Token>) -> Bool {
        t.count > 2 && t[t.startIndex + 1].isMark(":") && personLabels.contains(t[t.startIndex])
    }

    private static let questionWords = WordSet(["is", "was", "were", "are", "did", "does", "do", "has", "have", "had", "can", "could", "will",
                                                "would", "why", "what", "how", "who", "whom", "when", "where", "which"])
    /// Whether a sentence is a question: it ends with a question mark and opens with an auxiliary or a question word ("Is it
    /// true she was detained?", "Why was she fined?"; a "Q:" label before it counts for nothing).
    static func isAQuestion(_ t: ArraySlice<Token>) -> Bool {
        guard let last = t.last(where: { !$0.isMark("\"") && !$0.isMark("”") }), last.isMark("?") else { return false }
        var words = t.drop { !$0.isWord }
        if let first = words.first, first.lower == "q", words.dropFirst().first?.isMark(":") == true { words = words.dropFirst(2).drop { !$0.isWord } }
        if words.first.map({ questionWords.contains($0) }) ?? false { return true }
        // A question after a speaker's words or a dash: "SADYKOV (Kokzhiek News): Sorry, one thing — where was he detained?"
        return words.indices.contains { k in
            k > words.startIndex && (words[k - 1].isMark(":") || words[k - 1].isMark("—") || words[k - 1].isMark("–"))
                && questionWords.contains(words[k]) && words[k...].filter(\.isWord).count >= minimumQuestionWords
        }
    }

    /// Whether an act is what "how many" asks about: "(b) indicate how many assembly notifications were refused in 2024 and
    /// on what grounds;", "how many journalists were detained". A count asked for is no act.
    static func isAskedToCount(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard let how = (max(t.startIndex, trigger.lowerBound - howManyReach)..<trigger.lowerBound).last(where: { k in
            t[k].lower == "how" && k + 1 < t.endIndex && ["many", "much", "often"].contains(t[k + 1].lower)
        }) else { return false }
        return !t[how..<trigger.lowerBound].contains { $0.isMark(".") || $0.isMark(";") || $0.isMark("?") }
    }
    private static let howManyReach = 8

    /// Whether a sentence speaks of acts in general, its subject the acts themselves: "Detaining, arresting or fining someone
    /// for a peaceful picket is still a sanction.", "Prosecuting journalists for their posts violates Article 19."
    static func speaksOfActsInGeneral(_ t: ArraySlice<Token>) -> Bool {
        guard let first = t.first(where: \.isWord), first.isCapitalized, actGerunds.contains(first) else { return false }
        // (Not "Fining her 100 MCI on 3 March, the court …": a clause of the act told.)
        return !t.contains { $0.lower == "her" || $0.lower == "him" || $0.lower == "them" }
            && t.contains { generalVerbs.contains($0) }
    }
    private static let actGerunds = WordSet(["detaining", "arresting", "fining", "jailing", "imprisoning", "prosecuting", "punishing",
                                             "sentencing", "banning", "dispersing", "blocking", "charging", "convicting", "penalising",
                                             "penalizing", "criminalising", "criminalizing", "refusing", "denying", "harassing"])
    private static let generalVerbs = WordSet(["is", "are", "remains", "remain", "violates", "violate", "amounts", "amount", "constitutes",
                                               "constitute", "breaches", "breach", "contradicts", "contravenes"])

    /// Whether a sentence counts how often acts happened, or how few of many they befell: "advocates were summoned at least
    /// nine times", "of more than 6,000 advocates, only 12 had their licences suspended". A count, no one act.
    static func countsHowOften(_ t: ArraySlice<Token>) -> Bool {
        t.indices.contains { k in
            guard k + 1 < t.endIndex, let n = t[k].isNumber ? t[k].value : SanctionRecognizer.numberWords[t[k].lower], n >= 3 else { return false }
            // ("at least nine times"; not "refused … three times, most recently in August", nor a video "viewed 200,000 times".)
            if t[k + 1].lower == "times" {
                return (k > t.startIndex && t[k - 1].lower == "least" || n >= 5) && n <= Double(timesCounted)
                    && !t.contains { $0.lower == "recently" || $0.lower == "latest" }
            }
            return k > t.startIndex && t[k - 1].lower == "only" && ["had", "have", "were", "was"].contains(t[k + 1].lower)
        }
    }

    /// The most times a sentence counts acts by ("summoned at least nine times"); beyond it, views and shares.
    private static let timesCounted = 100

    /// Whether a date stands in a clause of the reason after the act: ", as he had already been fined in January", "because
    /// she had picketed in March", or of what it went against: "although she had paid the fine in February".
    static func inAReasonAfter(_ date: ClosedRange<Int>, trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        guard date.lowerBound > trigger.upperBound + 1 else { return false }
        return ((trigger.upperBound + 1)..<date.lowerBound).contains { k in
                // (Or what it went against: ", although she had paid the fine in February".)
                ["because", "although", "though"].contains(t[k].lower) || (t[k].lower == "as" && t[k - 1].isMark(",") && k + 1 < date.lowerBound
                                           && ["he", "she", "they", "it"].contains(t[k + 1].lower))
            }
    }

    /// The acts a sentence times another by, "on the evening of their detention", "the day of his arrest": the kinds
    /// `DateRecognizer.actsByNoun` gives the noun.
    static func timedByTheirAct(_ t: ArraySlice<Token>) -> Set<EventType>? {
        for k in t.indices where k + 3 < t.endIndex && partsOfADay.contains(t[k]) && t[k + 1].lower == "of"
            && ["his", "her", "their", "the"].contains(t[k + 2].lower) {
            if let kinds = DateRecognizer.actsByNoun[t[k + 3].lower] { return kinds }
        }
        return nil
    }
    /// Parts of a day an act is timed by another with: "on the evening of their detention", "the same evening the case was opened".
    static let partsOfADay = WordSet(["day", "evening", "morning", "night", "afternoon"])

    /// Whether a line labels a section by its place and what befell there, as a heading does: "Almaty: a licence suspended",
    /// "Astana: a criminal case and a travel ban" (no stop, a small letter after the colon, no one named).
    static func isAPlacedSectionLabel(_ t: ArraySlice<Token>) -> Bool {
        guard t.count <= sectionLabelLength, t.count > 2, PlaceRecognizer.isPlaceWord(t[t.startIndex]), t[t.startIndex + 1].isMark(":"),
              let last = t.last, last.isWord, !t[t.startIndex + 2].isCapitalized else { return false }
        return !t.contains { $0.isNumber }
    }
    private static let sectionLabelLength = 12

    /// Whether a sentence gives the day of the act just told by naming its paper: "The refusal was dated 2024-09-14.", "The
    /// decision is dated 14 September."
    /// ("The refusal letter, dated 11 March, was shared with us.")
    static func datesTheActJustTold(_ t: ArraySlice<Token>) -> Bool {
        let words = t.prefix(6)
        guard let dated = words.firstIndex(where: { $0.lower == "dated" }), dated - t.startIndex >= 2,
              ["the", "its", "this", "that"].contains(t[t.startIndex].lower), actPapers.contains(t[t.startIndex + 1]) else { return false }
        return t[(t.startIndex + 2)..<dated].allSatisfy { ["was", "is", ",", "letter", "itself"].contains($0.lower) }
    }
    /// Papers that carry an act and its day: "the refusal was dated …", "the akimat's letter dated 10.02.2025".
    static let actPapers = WordSet(["refusal", "decision", "ruling", "order", "verdict", "warning", "reply", "letter", "notice",
                                    "resolution", "judgment", "judgement", "rejection", "denial", "summons", "response", "notification"])

    /// How many words a question after a colon or dash holds at least ("where was he detained").
    static let minimumQuestionWords = 4
    private static let entryWords = WordSet(["case", "no", "№"])
    /// The person a case file's heading names: "Case 7. Aset Zhumabekov, 27, Shymkent.", "Aset Zhumabekov (27), Shymkent" — a
    /// name first (after "Case 7."), then only an age, places or a title, set off by commas or brackets.
    static func entryHead(_ t: ArraySlice<Token>, persons: [PersonMention]) -> PersonMention? {
        var k = t.startIndex
        if k + 1 < t.endIndex, entryWords.contains(t[k]), t[k + 1].isNumber { k += 2; while k < t.endIndex, t[k].kind == .punctuation { k += 1 } }
        guard t.count <= 16, let person = persons.first, person.tokens.lowerBound == k, !person.official else { return nil }
        let rest = t[(person.tokens.upperBound + 1)...]
        guard let first = rest.first, first.isMark(",") || first.isMark("("),
              rest.allSatisfy({ $0.isNumber || $0.kind == .punctuation || $0.isCapitalized }) else { return nil }
        return person
    }

    private static let organizationLabels = WordSet(["outlet", "organisation", "organization", "media", "newspaper", "ngo", "group", "publication"])
    /// The name a record's label gives an organisation: "Outlet: Shyndyq Media".
    static func labelledOrganization(_ t: ArraySlice<Token>) -> String? {
        guard t.count > 2, t[t.startIndex + 1].isMark(":"), organizationLabels.contains(t[t.startIndex]) else { return nil }
        let name = t[(t.startIndex + 2)...].prefix { $0.isCapitalized || $0.isMark(".") || $0.isMark("-") }
        return name.isEmpty ? nil : OrganizationRecognizer.text(of: name)
    }

    private static let headcountNouns = WordSet(["activists", "people", "protesters", "journalists", "bloggers", "members", "residents",
                                                 "women", "men", "participants", "supporters", "pensioners", "workers", "students"])
    /// How many people a sentence counts: "Two activists who held a picket … were fined" → 2.
    static func headcount(_ quote: String) -> Int? {
        let t = Tokenizer.tokens(ArraySlice(Array(quote.unicodeScalars)), base: 0)
        for k in t.indices.dropLast() {
            let value = t[k].isNumber ? t[k].value : SanctionRecognizer.numberWords[t[k].lower]
            guard let value, value >= 1, value < 100, value.rounded() == value else { continue }
            if t[(k + 1)..<min(t.endIndex, k + 3)].contains(where: { headcountNouns.contains($0) }) { return Int(value) }
        }
        return nil
    }

    private static let defenceWords = WordSet(["client", "counsel", "defending", "defends", "defence", "defense", "represent",
                                               "represents", "representing", "advocate", "lawyer"])
    /// Whether a sentence tells whom a lawyer defends: "acting as defence counsel for …", "I represent …".
    static func tellsOfDefence(_ t: ArraySlice<Token>) -> Bool { t.contains { defenceWords.contains($0) } }

    private static let clientWords = WordSet(["client", "clients", "principal", "defendant"])
    /// Whether a body's kind written with a capital after "the" stands for the body acted on: "fined the Foundation 100 MCI",
    /// "The Bureau was searched" (not a name going on, "the Union of Journalists", nor the body acting).
    static func isAKindActedOn(at k: Int, in t: ArraySlice<Token>) -> Bool {
        guard k > t.startIndex, t[k].isCapitalized, !t[k].isAllCaps, referableKinds.contains(t[k]), t[k - 1].lower == "the" else { return false }
        let next = k + 1 < t.endIndex ? t[k + 1] : nil
        // (At the sentence's head, only as the one acted on: "The Bureau was searched", not "The Centre challenged the refusal".)
        if k - 1 == t.startIndex, !(next.map { passiveHeads.contains($0) } ?? false) { return false }
        guard let next else { return true }
        // (Nor before a verb of its own anywhere: "on 30 April the Centre challenged the refusal".)
        if next.isWord, !next.isCapitalized, next.lower.hasSuffix("ed") || speechVerbs.contains(next) { return false }
        if next.isCapitalized { return false }
        return !(k + 2 < t.endIndex && nameContinuations.contains(next) && t[k + 2].isCapitalized)
    }

    /// The kinds of act a court's review names: "upheld the arrest", "quashed the fine", "left the sentence unchanged".
    static func actReviewed(_ t: ArraySlice<Token>) -> Set<EventType>? {
        for k in t.indices.dropFirst(2) {
            guard var kinds = reviewedActs[t[k].lower] else { continue }
            var j = k - 1
            // ("lifted the house arrest": the house arrest.)
            if t[k].lower == "arrest", t[j].lower == "house", j - 2 >= t.startIndex { kinds = [.houseArrest]; j -= 1 }
            guard ["the", "his", "her", "their"].contains(t[j].lower), reviewVerbs.contains(t[j - 1]) else { continue }
            return kinds
        }
        return nil
    }
    private static let reviewVerbs = WordSet(["upheld", "upholds", "confirmed", "quashed", "overturned", "annulled", "cancelled", "reversed", "left",
                                              // "lifted the house arrest and replaced it with an undertaking not to leave Oral"
                                              "lifted", "revoked", "replaced", "extended"])
    private static let reviewedActs: [String: Set<EventType>] = [
        "arrest": [.administrativeArrest, .pretrialDetention], "fine": [.fine], "penalty": [.fine, .administrativeArrest],
        "sentence": [.conviction], "verdict": [.conviction], "conviction": [.conviction], "warning": [.warning],
    ]
    /// Whether a sentence speaks of "the client", "my client", "our client" (one, not "clients").
    static func namesTheClient(_ t: ArraySlice<Token>) -> Bool {
        t.indices.dropLast().contains { k in ["the", "my", "our"].contains(t[k].lower) && t[k + 1].lower == "client" }
    }
    /// Whether a sentence's first person is a lawyer's "my client" or "our client".
    static func speaksOfAClient(_ t: ArraySlice<Token>) -> Bool {
        t.indices.dropLast().contains { k in (t[k].lower == "my" || t[k].lower == "our") && clientWords.contains(t[k + 1]) }
    }

    private static let setOffMarks = WordSet(["—", "–", "-", "=", "~", "─"])
    /// Whether a line is set off by dashes on both sides, as a channel's export parts its days: "——— 20 March 2025 ———".
    static func isSetOff(_ t: ArraySlice<Token>) -> Bool {
        guard let first = t.first, let last = t.last, t.count > 2 else { return false }
        return setOffMarks.contains(first) && setOffMarks.contains(last)
    }

    /// Whether a paragraph opens with a post's time in brackets: "[10:06]".
    static func opensWithABracketedTime(_ t: ArraySlice<Token>) -> Bool {
        let k = t.startIndex
        return t.count >= 5 && t[k].isMark("[") && t[k + 1].isNumber && t[k + 2].isMark(":") && t[k + 3].isNumber && t[k + 4].isMark("]")
    }

    /// How many sentences back "the same article" reaches.
    static let sameArticleReach = 3
    private static let sameArticle = TokenPattern("same|this|that article|provision")
    /// "The same article" cited again, with the part named of it: "under Part 2 of the same article".
    struct ArticleAgain { let part: String? }
    /// Whether a sentence cites "the same article" again, and the part it names of it.
    static func sameArticle(in t: ArraySlice<Token>) -> ArticleAgain? {
        guard let match = sameArticle.firstMatch(in: t), match.lowerBound > t.startIndex, ["the", "that", "this"].contains(t[match.lowerBound - 1].lower)
                || t[match.lowerBound].lower != "same" else { return nil }
        let before = t[max(t.startIndex, match.lowerBound - 5)..<match.lowerBound]
        let part = before.indices.first { ["part", "paragraph"].contains(before[$0].lower) && $0 + 1 < match.lowerBound && before[$0 + 1].isNumber }
        return ArticleAgain(part: part.map { before[$0 + 1].text })
    }

    private static let groupOpeners = [TokenPattern("among them|those"), TokenPattern("they were|are"),
                                       TokenPattern("those|the detained|arrested|held|convicted|fined were|are|included|include"),
                                       TokenPattern("the detainees were|are|included|include")]
    /// Whether a sentence opens by naming the people of the group the sentence before counted: "Among them was A",
    /// "They were A, B and C", "Those detained included A".
    static func namesTheGroup(_ t: ArraySlice<Token>) -> Bool {
        groupOpeners.contains { $0.match(in: t, at: t.startIndex) != nil }
    }

    /// Whether a sentence opens by naming the one person the sentence before left unnamed: "The woman, Gulnara Zhaksybekova,
    /// said …", "The organiser, local activist Bolat Utepov, said …".
    static func namesTheOneTold(_ t: ArraySlice<Token>, persons: [PersonMention]) -> PersonMention? {
        let s = t.startIndex
        guard t.count > 4, t[s].lower == "the", oneTold.contains(t[s + 1]) || Lexicon.roles[t[s + 1].lower] != nil, t[s + 2].isMark(",") else { return nil }
        return persons.first { !$0.official && $0.tokens.lowerBound >= s + 3 && $0.tokens.lowerBound <= s + 3 + oneToldReach }
    }
    private static let oneTold = WordSet(["woman", "man", "organiser", "organizer", "applicant", "pensioner", "student", "nurse",
                                          "teacher", "detainee", "girl", "mother", "father", "owner", "author", "picketer"])
    /// How many words may come between "The organiser," and the name: "local activist".
    private static let oneToldReach = 3

    private static let yearSpans = TokenPattern("during|throughout|over the year")
    /// Whether a sentence places its act in the year told: "during the year", "throughout the year".
    static func duringTheYear(_ t: ArraySlice<Token>) -> Bool { yearSpans.firstMatch(in: t) != nil }

    private static let listPrepositions = WordSet(["by", "over", "about", "at", "of", "to"])
    /// Whether an act is named by a noun after "and the" ("… and the blocking of the news portal …"): one item of a list
    /// of acts.
    static func isCoordinatedNoun(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = trigger.lowerBound
        if t[k].lower != "the" { k -= 1 }
        guard k - 1 >= t.startIndex, k >= t.startIndex, t[k].lower == "the" else { return false }
        // ("…, by the detention of …": a preposition may repeat after the comma.)
        if listPrepositions.contains(t[k - 1]), k - 2 >= t.startIndex { k -= 1 }
        return t[k - 1].lower == "and" || t[k - 1].isMark(",")
    }

    /// A weekday told after a day the paragraph dated more than `storyWeekdayGap` days before the text came out is of that
    /// story, not of the week of publication: "25 января, в субботу, оба были задержаны. В понедельник суд …" in a letter of
    /// 10 March is 27 January. (A digest's "sentenced on 28 August … On Friday the court rejected his appeal", out on 14
    /// September, is of the week it came out.)
    /// With `again` ("on the same Friday"), the last such weekday up to the day told.
    static func weekdayInAStory(_ wanted: Int, after told: PartialDate?, published: PartialDate?, again: Bool = false) -> PartialDate? {
        guard let told, told.precision == .day else { return nil }
        if let published, let later = DateRecognizer.offset(told, days: storyWeekdayGap, months: 0), later >= published { return nil }
        guard again else { return DateRecognizer.first(weekday: wanted, from: told) }
        return DateRecognizer.offset(told, days: -6, months: 0).flatMap { DateRecognizer.first(weekday: wanted, from: $0) }
    }
    static let storyWeekdayGap = 21
    /// How many sentences back a criminal case opened against no one named looks for whose story it is.
    static let openedCaseReach = 3
    /// The steps of a case that befall the one it is against, and are told without naming them: opened, charged, held,
    /// searched, tried, decided on appeal.
    static let unnamedStepsOfACase: Set<EventType> = [.other, .acquittalOrCaseClosed, .conviction, .charged, .criminalCaseOpened,
                                               .searchOfPremises, .pretrialDetention, .houseArrest]
    /// The name a registration refused was for, written right after the verb: "refused to register Oral Azamattary as a public
    /// association" → "Oral Azamattary". Capitalised words only, up to "as", a comma or the sentence's end.
    static func bodyToRegister(in t: ArraySlice<Token>) -> ClosedRange<Int>? {
        guard let verb = t.indices.first(where: { ["register", "registering", "re-register"].contains(t[$0].lower) }), verb + 1 < t.endIndex,
              t[verb + 1].isCapitalized, t[verb + 1].isWord else { return nil }
        var end = verb + 1
        while end + 1 < t.endIndex, t[end + 1].isWord, t[end + 1].isCapitalized, end - verb < registeredNameLength { end += 1 }
        let next = end + 1 < t.endIndex ? t[end + 1].lower : "."
        guard ["as", ",", ".", ";", "in", "because", "citing", "on"].contains(next) else { return nil }
        return (verb + 1)...end
    }
    private static let registeredNameLength = 5

    /// Words of a case's course, in a sentence of a court's or an investigator's decision.
    static let caseStepWords = WordSet(["appeal", "appealed", "upheld", "upholds", "verdict", "verdicts", "sentence", "conviction", "trial",
                                        "hearing", "hearings", "complaint", "motion", "motions", "investigation", "penalty", "ruling",
                                        "arrests", "charge", "charges"])
    /// The acts of a case that take the article its section's heading names, when they name none.
    static let actsOfACaseHeading: Set<EventType> = [.detention, .administrativeArrest, .fine, .warning, .charged, .criminalCaseOpened,
                                                     .pretrialDetention, .houseArrest, .conviction, .acquittalOrCaseClosed]
    /// Words of a case opened over a crime someone suffered, not one against them.
    static let crimesAgainstSomeone = WordSet(["hooliganism", "suspect", "suspects", "unidentified", "unknown", "attackers", "assailants",
                                               "arson", "attack", "assault", "beating", "theft", "vandalism", "damage"])
    /// What a weekday's possessive may name as the occasion a sentence tells: "Monday's hearings went as we feared".
    static let occasionsOfADay = WordSet(["hearing", "hearings", "trial", "session", "sessions", "protest", "protests", "rally", "picket",
                                          "pickets", "march", "raid", "raids", "search", "searches", "verdict", "ruling"])
    /// How many words in small letters a byline may hold ("By the Monitor team · 29 December 2025").
    static let bylineLowercaseWords = 2
    /// How many sentences after "Monday, 11 March 2024" a story's weekdays still count from that week.
    static let storyWeekReach = 30

    /// The term a text defines for a group in brackets: "(hereinafter "the Detainees")", "(together, the "Applicants")" — a
    /// capitalised plural in quotes just after "hereinafter", "together", "collectively" or "jointly".
    static func definedTerm(_ t: ArraySlice<Token>) -> String? {
        guard let k = t.indices.first(where: { definingWords.contains(t[$0]) }) else { return nil }
        let window = t[(k + 1)..<min(t.endIndex, k + 8)]
        guard let quote = window.firstIndex(where: { ["\"", "“", "«"].contains($0.text) }) else { return nil }
        var j = quote + 1
        if j < t.endIndex, t[j].lower == "the" { j += 1 }
        guard j < t.endIndex, t[j].isWord, t[j].isCapitalized, t[j].lower.hasSuffix("s"), t[j].text.count > 3 else { return nil }
        return t[j].text
    }
    private static let definingWords = WordSet(["hereinafter", "together", "collectively", "jointly"])
    /// How a patronymic ends in Latin letters: "Serikovich", "Bolatovna", "Kairatuly", "Nurlanqyzy".
    static let patronymicEndings = ["ovich", "evich", "ovna", "evna", "uly", "kyzy", "qyzy"]
    /// Whether a day is written with its weekday before it: "on Monday, 11 March 2024".
    static func namesItsWeekday(_ date: DateMention, in t: ArraySlice<Token>) -> Bool {
        guard date.kind == .explicit, !date.yearInferred, date.date?.precision == .day else { return false }
        var k = date.tokens.lowerBound - 1
        if k >= t.startIndex, t[k].isMark(",") { k -= 1 }
        return k >= t.startIndex && DateRecognizer.isWeekday(t[k])
    }
}
