import Gazetteer

/// An organisation named in a sentence, as written, with the tokens it spans.
struct OrganizationMention: Hashable, Sendable {
    var name: String
    var tokens: ClosedRange<Int>
}

/// Finds parties, movements, unions, NGOs and media outlets: quoted names, names ending in a head word
/// ("Democratic Party", "Uralsk Week"), names before or after a kind of organisation ("the Alga!
/// opposition party", "organisation Abiroi"), web outlets ("ratel.kz") and acronyms ("DVK").
/// Courts, akimats, prosecutors and ministries act on others and are not listed.
enum OrganizationRecognizer {
    static let headWords = WordSet(["party", "union", "movement", "association", "foundation", "bureau", "week",
                                         "fund", "alliance", "network", "coalition", "federation", "society", "league", "front",
                                         "centre", "center", "institute", "confederation", "initiative", "group", "forum"] + religiousHeads)
    /// Words that end a religious community's name: "the Council of Churches Baptists", "Jehovah's Witnesses".
    static let religiousHeads = ["baptists", "witnesses", "church", "churches", "congregation", "adventists", "pentecostals", "mosque"]
    static let kindNouns = WordSet(["newspaper", "magazine", "portal", "site", "website", "outlet", "party", "movement",
                                         "union", "organisation", "organization", "association", "foundation", "group", "channel",
                                         "weekly", "daily", "journal", "ngo", "agency", "publication", "groups", "movements", "initiative", "chat", "newsroom",
                                         "confederation", "federation"])
    static let actorWords = WordSet(["court", "prosecutor", "prosecutor’s", "akimat", "committee", "department", "ministry",
                                          "police", "parliament", "office", "government", "service", "kibhr", "iphr", "bank", "company",
                                          "un", "osce", "european", "monitor", "civicus", "administration", "council"])
    static let notAcronyms: Set<String> = ["EOM", "ODIHR", "PEC", "DEC", "SIAC", "SAC", "SMAC", "RK", "OMON", "SIZO", "LLP", "JSC", "LLC", "IVS", "KZT", "EUR", "USD", "MCI", "UN", "OSCE", "KIBHR", "IPHR", "ICCPR", "NGO", "NGOS", "ROK",
                                           "COAO", "CAO", "CC", "EU", "US", "USA", "TV", "URL", "HRW", "KNB", "OHCHR", "UNHRC", "ICNL",
                                           "CIVICUS", "PDF", "COVID", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "CIS",
                                           "UK", "UNDP", "OK", "NB", "CEO", "PR", "ID", "AM", "PM", "HIV", "AIDS", "LGBT", "WWW", "HTTP", "HTTPS", "MP", "MPS",
                                           // A post's shorthand, and Russian codes' abbreviations in an English text.
                                           "FB", "IG", "DM", "DMS", "RT", "UPDATE", "UPD", "BREAKING",
                                           // A cable's paragraph markings and labels: "(SBU)" sensitive but unclassified, "REF A".
                                           "SBU", "REF", "POLOFF", "CONOFF", "FM", "HQ", "УК", "УПК", "КОАП", "GPS", "SMS", "VPN", "IT",
                                           // Codes and regions shortened in English: the Administrative Offences Code, West Kazakhstan Oblast.
                                           "AOC", "WKO", "EKO", "NKO", "SKO", "DP",
                                           // A fact-check's verdict: "The claim is FALSE."
                                           "FALSE", "TRUE", "MISLEADING", "UNPROVEN",
                                           // Words a post stresses in capitals: "do NOT sign anything", "EDIT: he is out".
                                           "NOT", "NO", "YES", "DO", "DONT", "NEVER", "ALWAYS", "ONLY", "ALL", "ANY", "EVERY", "NONE",
                                           "MUST", "NOW", "STILL", "AND", "OR", "BUT", "THE", "YOU", "WE", "IS", "ARE", "WAS", "EDIT",
                                           "NOTE", "STOP", "HELP", "URGENT", "ALERT", "WARNING",
                                           // A timestamp's zone and a script's scene headings: "11:40, 9 February 2026 (UTC)", "INT. COURTROOM".
                                           "UTC", "GMT", "INT", "EXT"]
    /// Verbs whose object is a body to be entered on the register: "refused to register Adal Kogam".
    private static let registering = WordSet(["register", "re-register", "registering", "reregister"])
    /// Verbs that declare what something is: "recognised … as an extremist organisation".
    private static let designating = WordSet(["recognised", "recognized", "declared", "designated", "branded", "labelled", "labeled", "listed"])
    /// What a body is declared to be when it is outlawed.
    private static let outlawing = WordSet(["extremist", "terrorist", "banned", "illegal", "undesirable"])
    /// What a body has and a court stops: "the activities of …", "the registration of …".
    private static let bodysDoings = WordSet(["activities", "activity", "registration", "liquidation", "suspension", "re-registration"])
    static let domains = WordSet(["kz", "net", "com", "org", "ru", "info", "kg", "io", "media"])
    /// Small words a name can run across ("Union of Journalists"), and words that lead into one without being part of it.
    private static let joiners = WordSet(["of", "and", "for", "the"])
    private static let leaders = WordSet(["the", "a", "an", "on", "in", "by", "of"])
    /// Words of a time that may open a sentence before a body's name: "Last Thursday the …", "Early in March the …".
    private static let timeLeaders = WordSet(["last", "this", "next", "early", "late", "yesterday", "today", "earlier", "later"])
    private static let describers = WordSet(["opposition", "news", "independent", "publishing", "online", "weekly", "civic", "public", "trade",
                                             "environmental", "ecological", "youth", "student", "feminist", "volunteer", "charitable",
                                             "political", "unregistered", "informal", "grassroots", "religious", "rights", "monitoring",
                                             "legal", "aid", "human", "media"])
    private static let kindsBefore = WordSet(["organisation", "organization", "newspaper", "magazine", "portal", "party", "movement", "ngo", "union", "outlet", "weekly", "channel", "foundation", "fund", "association", "society", "initiative", "website", "site", "agency", "group", "pollster", "community", "congregation", "pf", "pa", "centre", "center"])
    /// The words of a body's legal form written before its name in quotes: Public Foundation "…", Independent Trade Union "…".
    private static let legalFormWords = WordSet(["public", "private", "independent", "non-governmental", "non-profit", "nonprofit",
                                                 "non-commercial", "corporate", "foundation", "fund", "association", "union", "trade",
                                                 "organisation", "organization", "institution", "pf", "pa", "ngo", "llp", "jsc"])
    /// A kind of body abbreviated: a public foundation, a public association, a non-governmental organisation.
    private static let kindAbbreviations = WordSet(["pf", "pa", "ngo"])
    private static let religious = WordSet(religiousHeads)
    /// Words that refer back to an organisation already named.
    static let anaphora: Set<String> = ["magazine", "newspaper", "party", "organisation", "organization", "union", "portal",
                                        "site", "sites", "outlet", "movement", "association", "foundation", "magazines", "newspapers"]

    /// "the Halyk Tandauy (People's Choice) party": a translation in brackets between the name and its kind.
    /// Plurals not made with "-s", whose possessive ends in "'s" inside a name: "People's", "Women's".
    private static let irregularPlurals = WordSet(["people", "women", "children", "men"])
    static func kindAfterGloss(_ last: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard last + 1 < tokens.endIndex, tokens[last + 1].isMark("("),
              let close = tokens[(last + 2)..<min(tokens.endIndex, last + 10)].firstIndex(where: { $0.isMark(")") }),
              close + 1 < tokens.endIndex else { return false }
        return kindNouns.contains(tokens[close + 1])
    }

    static func organizations(in tokens: ArraySlice<Token>) -> [OrganizationMention] {
        var found: [OrganizationMention] = []
        // Whether the sentence is written in capitals, worked out at its first acronym (most sentences have none).
        var shoutingMemo: Bool?
        func shouting() -> Bool {
            if let known = shoutingMemo { return known }
            var wordCount = 0, capitals = 0
            for token in tokens where token.isWord {
                wordCount += 1
                if token.isAllCaps && token.text.count > 1 { capitals += 1 }
            }
            shoutingMemo = wordCount >= 4 && capitals * 4 >= wordCount * 3
            return shoutingMemo!
        }
        func add(_ given: ClosedRange<Int>) {
            // A body's kind and its name in quotes after it: the Trade Union of Oil Workers “Birlik”, one name.
            var range = given
            let open = given.upperBound + 1
            if open + 1 < tokens.endIndex, tokens[open].isMark("“") || tokens[open].isMark("\"") || tokens[open].isMark("«"),
               tokens[open + 1].isCapitalized, tokens[given].contains(where: { headWords.contains($0) || kindNouns.contains($0) }),
               let close = tokens[(open + 1)..<min(tokens.endIndex, open + 8)].firstIndex(where: { $0.isMark("”") || $0.isMark("\"") || $0.isMark("»") }) {
                // (A legal form alone before the name is no part of it: Public Foundation "Adal Qogam" is Adal Qogam.)
                range = tokens[given].allSatisfy({ legalFormWords.contains($0) }) && close - 1 > open ? (open + 1)...(close - 1) : given.lowerBound...close
            }
            let words = tokens[range]
            // ("the Independent Union of Oil Service Workers": whom a union gathers may hold an actor's word.)
            let head = words.firstIndex { joiners.contains($0) && $0.lower != "the" && $0.lower != "and" }
                .flatMap { of in words[words.startIndex..<of].contains(where: { headWords.contains($0) }) ? words[words.startIndex..<of] : nil } ?? words
            // (A religious community's "Council of Churches" is no state body.)
            guard !head.contains(where: { actorWords.contains($0) }) || religious.contains(tokens[range.upperBound]) else { return }
            let name = text(of: words)
            guard !name.isEmpty, !found.contains(where: { $0.tokens.overlaps(range) }) else { return }
            found.append(OrganizationMention(name: name, tokens: range))
        }
        // A transcript's speaker label in capitals ("ANCHOR:", "LAWYER KANAT SEITOV:", "REPORTER (voice-over):") names no body.
        // (So does a dateline's town in capitals, foreign or not: "VIENNA, 14 November 2024 – …".)
        var speakerLabelEnd = Self.speakerLabelEnd(tokens)
        if let first = tokens.first, first.isAllCaps, tokens.count > 3, tokens[tokens.startIndex + 1].isMark(","),
           tokens[tokens.startIndex + 2].isNumber || DateRecognizer.month(of: tokens[tokens.startIndex + 2]) != nil {
            speakerLabelEnd = max(speakerLabelEnd, tokens.startIndex + 1)
        }
        var k = tokens.startIndex
        while k < tokens.endIndex {
            let t = tokens[k]
            // “Quoted Name”, «Quoted Name»
            if t.kind == .punctuation, t.isMark("“") || t.isMark("\"") || t.isMark("«") {
                var j = k + 1
                while j < tokens.endIndex, j - k <= 16, !tokens[j].isMark("”"), !tokens[j].isMark("\""), !tokens[j].isMark("»") { j += 1 }
                // (A name opens with a word: a closing quote before a bracket, "… information") against … outlet "Zhaiyq"", is none.)
                if j < tokens.endIndex, j - k > 1, j - k <= 16, tokens[k + 1].isWord {
                    let inner = tokens[(k + 1)..<j]
                    let capitals = inner.filter(\.isCapitalized).count
                    // "the organisation «Erkindik Qanaty»": a kind of organisation just before names what is quoted.
                    // (So does one just after: the "Halyk Tilegi" party.)
                    // (A translation in brackets may come between: the "Halyq Dauysy" (People's Voice) party.)
                    var kindAt = j + 1
                    if kindAt < tokens.endIndex, tokens[kindAt].isMark("("),
                       let close = tokens[kindAt..<min(tokens.endIndex, kindAt + 8)].firstIndex(where: { $0.isMark(")") }) { kindAt = close + 1 }
                    // (Or the kind and a comma: "an independent union, "Yntymak", with 410 members".)
                    let kindBefore = (k > tokens.startIndex && kindsBefore.contains(tokens[k - 1])
                        || (k - 2 >= tokens.startIndex && tokens[k - 1].isMark(",") && kindNouns.contains(tokens[k - 2]) && !tokens[k - 2].isCapitalized)
                        || (kindAt < tokens.endIndex && kindNouns.contains(tokens[kindAt]) && !tokens[kindAt].isCapitalized)) && inner.first?.isCapitalized == true
                    if kindBefore || capitals >= 2, kindBefore || inner.contains(where: { headWords.contains($0) || kindNouns.contains($0) }) || capitals * 2 > inner.filter(\.isWord).count && inner.contains(where: { headWords.contains($0) }) {
                        // (The comma American usage puts inside the quotes, "the channel "Kampus Kuldi," for …", is no part of it.)
                        var last = j - 1
                        while last > k + 1, tokens[last].isMark(",") || tokens[last].isMark(".") { last -= 1 }
                        add((k + 1)...last)
                        k = j + 1
                        continue
                    }
                }
            }
            // web outlets with digits in their names: qala24.kz, orda1.kz
            if t.isWord, k + 3 < tokens.endIndex, tokens[k + 1].isNumber, !tokens[k + 1].spaceBefore, tokens[k + 2].isMark("."),
               !tokens[k + 2].spaceBefore, !tokens[k + 3].spaceBefore, domains.contains(tokens[k + 3]) {
                add(k...(k + 3)); k += 4; continue
            }
            // web outlets: ratel.kz, www.itau.kz
            if t.isWord, k + 2 < tokens.endIndex, tokens[k + 1].isMark("."), !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore,
               domains.contains(tokens[k + 2]),
               !((k > tokens.startIndex && ["/", ".", ":"].contains(tokens[k - 1].text) && !t.spaceBefore)
                 || (k + 3 < tokens.endIndex && tokens[k + 3].isMark("/") && !tokens[k + 3].spaceBefore)) {
                var begin = k
                if t.lower == "www" { begin = k + 2 }
                if t.lower == "www", k + 4 < tokens.endIndex, tokens[k + 3].isMark("."), domains.contains(tokens[k + 4]) {
                    add((k + 2)...(k + 4)); k += 5; continue
                }
                if begin == k { add(k...(k + 2)); k += 3; continue }
            }
            // "PF “Jaña Qadam”", "NGO "Taza Su"": a kind's abbreviation before a quoted name, which is the name.
            if t.isAllCaps, kindAbbreviations.contains(t), k + 1 < tokens.endIndex,
               tokens[k + 1].isMark("“") || tokens[k + 1].isMark("\"") || tokens[k + 1].isMark("«") {
                k += 1
                continue
            }
            // Capitalised run
            if t.isCapitalized {
                var j = k
                var last = k
                while j < tokens.endIndex {
                    let w = tokens[j]
                    if w.isCapitalized { last = j; j += 1; continue }
                    if joiners.contains(w), j + 1 < tokens.endIndex, tokens[j + 1].isCapitalized { j += 1; continue }
                    if (w.isMark("–") || w.isMark("-")), j + 1 < tokens.endIndex, tokens[j + 1].isCapitalized { j += 1; continue }
                    if w.isMark("!"), !w.spaceBefore { last = j; j += 1; continue }
                    // A name that is a call, with a comma inside: "Oyan, Qazaqstan!", "Alga, Kazakhstan!".
                    if w.isMark(","), j + 2 < tokens.endIndex, tokens[j + 1].isCapitalized, tokens[j + 2].isMark("!"), !tokens[j + 2].spaceBefore {
                        j += 1; continue
                    }
                    // A plural possessive inside a name: "the Atameken Farmers’ Union".
                    if w.isMark("’") || w.isMark("'"), !w.spaceBefore, tokens[j - 1].lower.hasSuffix("s"), j + 1 < tokens.endIndex,
                       tokens[j + 1].isCapitalized, headWords.contains(tokens[j + 1]) { j += 1; continue }
                    // An irregular plural's possessive inside a name: "the Namys People's Party", "the Women's Union".
                    if w.isMark("’") || w.isMark("'"), !w.spaceBefore, irregularPlurals.contains(tokens[j - 1]), j + 2 < tokens.endIndex,
                       tokens[j + 1].lower == "s", !tokens[j + 1].spaceBefore, tokens[j + 2].isCapitalized { j += 2; continue }
                    // A singular possessive before a community's word: "Jehovah's Witnesses".
                    if w.isMark("’") || w.isMark("'"), !w.spaceBefore, j + 2 < tokens.endIndex, tokens[j + 1].lower == "s", !tokens[j + 1].spaceBefore,
                       tokens[j + 2].isCapitalized, religious.contains(tokens[j + 2]) { j += 2; continue }
                    // Dotted names written without spaces: "Ar.Rukh.Khak".
                    if w.isMark("."), !w.spaceBefore, j + 1 < tokens.endIndex, tokens[j + 1].isCapitalized, !tokens[j + 1].spaceBefore { j += 1; continue }
                    break
                }
                var begin = k
                // ("Last Thursday the Adilet Monitoring Group added …": the time told first opens no name.)
                while begin <= last, leaders.contains(tokens[begin]) || DateRecognizer.month(of: tokens[begin]) != nil
                        || DateRecognizer.isWeekday(tokens[begin]) || (begin == tokens.startIndex && timeLeaders.contains(tokens[begin])) { begin += 1 }
                if begin <= last {
                    let run = begin...last
                    let lastWord = tokens[last].lower
                    let before = begin > tokens.startIndex ? tokens[begin - 1].lower : ""
                    let after1 = last + 1 < tokens.endIndex ? tokens[last + 1].lower : ""
                    let after2 = last + 2 < tokens.endIndex ? tokens[last + 2].lower : ""
                    let single = run.count == 1 && !tokens[begin].isAllCaps
                    // "Democratic Party", and "Communist Party of Kazakhstan", "Union of Journalists": a head word at the
                    // end or before "of".
                    let headBeforeOf = run.dropLast().contains { i in headWords.contains(tokens[i]) && ["of", "for"].contains(tokens[i + 1].lower) }
                    if (headWords.contains(lastWord) || headBeforeOf) && run.count >= 2 {
                        add(run)
                    } else if kindNouns.contains(after1) || (tokens[last + 1 < tokens.endIndex ? last + 1 : last].isWord && kindNouns.contains(after2) && describers.contains(after1))
                                || Self.kindAfterDescribers(last, in: tokens)
                                || Self.kindAfterWhom(last, in: tokens) || Self.kindAfterGloss(last, in: tokens) {
                        if !(single && PlaceRecognizer.isPlaceWord(tokens[begin])) && !(Lexicon.notNameWords.contains(tokens[begin]) && run.count == 1)
                            && !(single && Self.opensAClause(begin, in: tokens))
                            // ("Trade union leader …": a describing word with a capital only as the sentence's first, or as a
                            // headline's: "[Marker 06] Online outlet suspended".)
                            && !(single && describers.contains(tokens[begin])) {
                            add(run)
                        }
                    } else if Self.kindInApposition(after: last, in: tokens), !(single && PlaceRecognizer.isPlaceWord(tokens[begin])),
                              !Lexicon.givenNames.contains(tokens[begin].lower) {
                        // "Dala Shyndygy, an independent news website known for …": the kind said after a comma.
                        add(run)
                    } else if kindsBefore.contains(before) || Self.kindOfWhom(before: begin, in: tokens),
                              run.count > 1 || !PlaceRecognizer.isPlaceWord(tokens[begin]) {
                        // ("the newspaper Semey Times": a place may open a name of two words or more.)
                        add(run)
                    } else if before == "of", begin - 2 >= tokens.startIndex, bodysDoings.contains(tokens[begin - 2]), run.count >= 2, run.count <= 5,
                              !Lexicon.givenNames.contains(tokens[begin].lower), !PlaceRecognizer.isPlaceWord(tokens[begin]) {
                        // "suspended the activities of Taza Aua": what has activities and a registration is a body.
                        add(run)
                    } else if registering.contains(before), run.count <= 5, !Lexicon.givenNames.contains(tokens[begin].lower),
                              !PlaceRecognizer.isPlaceWord(tokens[begin]) {
                        // "refused to register Adal Kogam": what is registered is a body.
                        add(run)
                    } else if designating.contains(before), ["as", "a", "an"].contains(after1), run.count <= 5, !PlaceRecognizer.isPlaceWord(tokens[begin]),
                              case let declared = tokens[(last + 2)..<min(tokens.endIndex, last + 6)],
                              declared.contains(where: { kindNouns.contains($0) }) && declared.contains(where: { outlawing.contains($0) }) {
                        // "recognised Erkin Dala as an extremist organisation", "declared Erkin Dala an "extremist"
                        // organisation": what is so declared is a body, whatever given name its words make.
                        add(run)
                    } else if before == ",", begin - 2 >= tokens.startIndex, kindsBefore.contains(tokens[begin - 2]), run.count <= 4,
                              [",", ".", ";", ""].contains(after1), !Lexicon.givenNames.contains(tokens[begin].lower),
                              run.count > 1 || !PlaceRecognizer.isPlaceWord(tokens[begin]) {
                        // "the plant's independent union, Birlik, …": the name in apposition to its kind (not a person's).
                        add(run)
                    } else if kindsBefore.contains(tokens[begin]), begin < last, tokens[begin + 1].isCapitalized,
                              !PlaceRecognizer.isPlaceWord(tokens[begin + 1]) {
                        // "the NGO Adilet Zhol": the kind, written with a capital, leads the run.
                        add((begin + 1)...last)
                    }
                }
                // Acronyms inside the run; a place in capitals ("ALMATY --", a news agency's dateline) is no acronym, nor is
                // any word of a line written in capitals.
                for i in k...max(k, last) where tokens[i].isAllCaps && tokens[i].text.count >= 2 && tokens[i].text.count <= 6 && !notAcronyms.contains(tokens[i].text.uppercased())
                    && !PlaceRecognizer.isPlaceWord(tokens[i]) && !shouting() && i >= speakerLabelEnd
                    // (Nor a smaller town's dateline the short list does not hold: "TEKELI.")
                    && Gazetteer.kazakhstan.place(named: tokens[i].text) == nil
                    && !Self.opensAPapersNumber(i, in: tokens) {
                    add(i...i)
                }
                k = max(j, k + 1)
                continue
            }
            k += 1
        }
        // (An acronym given in brackets after the name, "the Kenshi Miners' Union (KMU)", is no second body.)
        if found.count >= 2 {
            let given = found.compactMap { mention in acronym(after: mention, in: tokens).map { (end: mention.tokens.upperBound, acronym: $0) } }
            found.removeAll { mention in
                given.contains { $0.acronym == mention.name && mention.tokens.lowerBound > $0.end && mention.tokens.lowerBound <= $0.end + 3 }
            }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The acronym in brackets just after a body's name, when its letters are the initials of the name's capitalised
    /// words: "(KIMU)" after "Kenshi Independent Miners' Union", "("UCR")" after "Ulytau Copper Resources plc".
    static func acronym(after organization: OrganizationMention, in tokens: ArraySlice<Token>) -> String? {
        var k = organization.tokens.upperBound + 1
        guard k + 2 < tokens.endIndex, tokens[k].isMark("(") else { return nil }
        k += 1
        let quoted = tokens[k].isMark("\"") || tokens[k].isMark("“")
        if quoted { k += 1 }
        guard k + 1 < tokens.endIndex, tokens[k].isWord, tokens[k].isAllCaps, tokens[k].text.unicodeScalars.count >= 2 else { return nil }
        let acronym = tokens[k].text
        k += quoted ? 2 : 1
        guard k < tokens.endIndex, tokens[k].isMark(")") else { return nil }
        let initials = organization.name.split(whereSeparator: { $0 == " " || $0 == "-" })
            .compactMap { $0.unicodeScalars.first }.filter { $0.properties.isUppercase }
        guard initials.count >= 2, String(String.UnicodeScalarView(initials)) == acronym, acronym != organization.name else { return nil }
        return acronym
    }

    /// Whether letters in capitals open a paper's number, not a body's acronym: "исх. № ЗТ-2024-01187", "ref. AB-1234".
    static func opensAPapersNumber(_ i: Int, in tokens: ArraySlice<Token>) -> Bool {
        i + 2 < tokens.endIndex && tokens[i + 1].isMark("-") && !tokens[i + 1].spaceBefore
            && tokens[i + 2].text.unicodeScalars.first.map(Tokenizer.isDigit) == true
    }

    /// Where a speaker's label in capitals at the sentence's start ends (its colon), or the sentence's start when it has none.
    static func speakerLabelEnd(_ tokens: ArraySlice<Token>) -> Int {
        var k = tokens.startIndex, words = 0
        while k < tokens.endIndex, k - tokens.startIndex < 12 {
            let t = tokens[k]
            if t.isMark(":") { return words > 0 ? k : tokens.startIndex }
            if t.isWord { guard t.isAllCaps || (words > 0 && !t.isCapitalized) else { return tokens.startIndex }; words += 1 }
            else if !(t.isMark("(") || t.isMark(")") || t.isMark("-")) { return tokens.startIndex }
            k += 1
        }
        return tokens.startIndex
    }

    /// Whether a name is followed by two describing words and its kind: "the Adal Qogam legal aid center", "the Kasipqor
    /// independent trade union".
    static func kindAfterDescribers(_ last: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard last + 3 < tokens.endIndex, describers.contains(tokens[last + 1]), describers.contains(tokens[last + 2]) else { return false }
        return kindNouns.contains(tokens[last + 3]) || headWords.contains(tokens[last + 3])
    }

    /// Whether a body's kind follows a name written lower-case, after at most two describing words: "the Erkin Soz media
    /// foundation", "the Adal group": the name is the body's, not a person's.
    static func kindFollows(_ last: Int, in tokens: ArraySlice<Token>) -> Bool {
        var k = last + 1
        while k < tokens.endIndex, k - last <= 2, !tokens[k].isCapitalized, describers.contains(tokens[k]) { k += 1 }
        return k < tokens.endIndex && !tokens[k].isCapitalized && kindNouns.contains(tokens[k])
    }

    /// Whether a name is followed by its kind in apposition: ", an independent news website", ", a youth movement".
    static func kindInApposition(after last: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard last + 3 < tokens.endIndex, tokens[last + 1].isMark(","), ["a", "an", "the"].contains(tokens[last + 2].lower) else { return false }
        // (Four words at most; an apostrophe is none: "Munaishy Birligi, the independent oil workers' union".)
        var words = 0
        for k in (last + 3)..<min(tokens.endIndex, last + 9) {
            if tokens[k].isMark("'") || tokens[k].isMark("’") { continue }
            words += 1
            if words > 4 { return false }
            // ("Senim Legal Aid, a legal aid NGO from Pavlodar"; not "Instead, the union's chairman …".)
            if kindNouns.contains(tokens[k]) || headWords.contains(tokens[k]) {
                return !(k + 2 < tokens.endIndex && (tokens[k + 1].isMark("'") || tokens[k + 1].isMark("’")) && tokens[k + 2].lower == "s")
            }
            // ("Dala Times, an independent YouTube outlet": a platform's name describes it.)
            if tokens[k].kind == .punctuation || (tokens[k].isCapitalized && !platforms.contains(tokens[k])) { return false }
        }
        return false
    }
    /// Platforms an outlet is described by: "a YouTube channel", "a Telegram outlet".
    private static let platforms = WordSet(["youtube", "telegram", "instagram", "facebook", "tiktok", "whatsapp", "vk"])

    /// Whether the kind follows the name after whom it gathers, in the plural possessive: "the Ata-Analar Kenesi parents'
    /// association".
    static func kindAfterWhom(_ last: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard last + 3 < tokens.endIndex else { return false }
        let whom = tokens[last + 1], mark = tokens[last + 2]
        return whom.isWord && !whom.isCapitalized && whom.lower.hasSuffix("s") && (mark.isMark("'") || mark.isMark("’")) && !mark.spaceBefore
            && kindNouns.contains(tokens[last + 3])
    }

    /// Whether a kind and whom it gathers lead to the name: "the trade union of miners Kenshi", "the association of
    /// farmers Atameken".
    static func kindOfWhom(before begin: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard begin - 3 >= tokens.startIndex else { return false }
        let whom = tokens[begin - 1]
        guard whom.isWord, !whom.isCapitalized, whom.lower.hasSuffix("s") else { return false }
        // ("the trade union of oilfield workers Yntymaq": a word may describe whom it gathers.)
        for of in [begin - 2, begin - 3] where of - 1 >= tokens.startIndex && (tokens[of].lower == "of" || tokens[of].lower == "for") {
            if of == begin - 3, tokens[begin - 2].isCapitalized || !tokens[begin - 2].isWord { continue }
            if kindsBefore.contains(tokens[of - 1]) { return true }
        }
        return false
    }

    /// Whether a lone capitalised word is a verb form opening a sentence or a quotation ("“Jailing union leaders …”",
    /// "Banning party meetings …"), written with a capital for its place, not as a name.
    static func opensAClause(_ k: Int, in tokens: ArraySlice<Token>) -> Bool {
        let lower = tokens[k].lower
        guard lower.hasSuffix("ing") || lower.hasSuffix("ed") else { return false }
        let firstWord = tokens[tokens.startIndex...].firstIndex { $0.isWord }
        return k == firstWord || (k > tokens.startIndex && (tokens[k - 1].isMark("“") || tokens[k - 1].isMark("\"") || tokens[k - 1].isMark("«")))
    }

    /// The words of a span as written, with their spacing.
    static func text(of tokens: ArraySlice<Token>) -> String {
        var out = ""
        for (i, t) in tokens.enumerated() {
            if i > 0, t.spaceBefore { out += " " }
            out += t.text
        }
        return out
    }
}
