import CivicModel

/// A person named in a sentence: the name in its fullest form known so far, the tokens written, and a role if stated.
struct PersonMention: Hashable, Sendable {
    var name: String
    var tokens: ClosedRange<Int>
    var occupation: Occupation?
    /// Whether the name is given with an official's title ("Judge Aidos Kemelbekov", "investigator Serikov"): who acted,
    /// not whom the act befell.
    var official = false
}

/// Finds named individuals: two to four capitalised words that read as a name (a known given name,
/// a surname ending, or a role word such as "activist" before them), and later mentions of a
/// surname already seen. Groups ("60 demonstrators") and institutions are not persons.
struct PersonRecognizer {
    /// Full names seen so far in the report, found again by any one of their words.
    private(set) var known: [String] = []
    private var bySurname: [String: String] = [:]
    /// Full names by their given name, for a text that goes on by given names ("my client Yerbol"); a given name two people
    /// share is marked (nil) and identifies no one.
    private var byGivenName: [String: String?] = [:]
    private var rememberedNames = Set<String>()
    /// Names first given with an official's title, so that a later mention of the surname alone is the official's too.
    private var officials = Set<String>()
    /// Folded keys of single words already seen (bounded, so memory stays small).
    private var folded: [String: String] = [:]

    private mutating func key(of word: String) -> String {
        if let known = folded[word] { return known }
        let key = NameKey(word).words.last ?? ""
        if folded.count > 20_000 { folded.removeAll(keepingCapacity: true) }
        folded[word] = key
        return key
    }

    mutating func persons(in tokens: ArraySlice<Token>) -> [PersonMention] {
        var found: [PersonMention] = []
        var k = tokens.startIndex
        while k < tokens.endIndex {
            guard tokens[k].isCapitalized, !tokens[k].isAllCaps || tokens[k].text.count <= 1 else { k += 1; continue }
            if let named = initialledName(at: k, in: tokens) {
                found.append(named)
                k = named.tokens.upperBound + 1
                continue
            }
            if tokens[k].isSingle || PersonRecognizer.isInitial(tokens[k]), let initials = initials(at: k, in: tokens) {
                found.append(initials)
                k = initials.tokens.upperBound + 1
                continue
            }
            // The run of capitalised words, hyphenated parts joined: "Tatiana Shevtsova-Valova".
            var parts: [(String, ClosedRange<Int>, String)] = []
            var j = k
            while j < tokens.endIndex, tokens[j].isCapitalized, !tokens[j].isAllCaps, j == k || !tokens[j].lineBefore {
                var text = tokens[j].text, lower = tokens[j].lower, last = j
                while last + 2 < tokens.endIndex, tokens[last + 1].isMark("-"), !tokens[last + 1].spaceBefore,
                      !tokens[last + 2].spaceBefore, tokens[last + 2].isCapitalized {
                    text += "-" + tokens[last + 2].text
                    lower += "-" + tokens[last + 2].lower
                    last += 2
                }
                parts.append((text, j...last, lower))
                j = last + 1
                if j < tokens.endIndex, tokens[j].isMark("’") || tokens[j].isMark("'") { break }
                // A nickname in quotes between the given name and the surname: Nurlan "Qara" Zhakenov.
                if parts.count == 1, j + 3 < tokens.endIndex, PersonRecognizer.isQuote(tokens[j]),
                   tokens[j + 1].isCapitalized, PersonRecognizer.isQuote(tokens[j + 2]), tokens[j + 3].isCapitalized,
                   !tokens[j + 3].isAllCaps, Lexicon.givenNames.contains(parts[0].2) {
                    j += 3
                }
            }
            let mention = name(in: parts, tokens: tokens)
            if let mention { found.append(mention) }
            k = max(j, k + 1)
        }
        return found
    }

    private mutating func name(in parts: [(String, ClosedRange<Int>, String)], tokens: ArraySlice<Token>) -> PersonMention? {
        var words = parts
        // "Activists Daniyar Khassenov …" at the start of a sentence: the role is written with a capital.
        var leadingRole: Occupation? = nil
        var titled = false
        while let first = words.first, Lexicon.notNameWords.contains(first.2) || Lexicon.roles[first.2] != nil
                || Lexicon.officialTitles.contains(tokens[first.1.lowerBound]) {
            leadingRole = Lexicon.roles[first.2] ?? leadingRole
            if Lexicon.officialTitles.contains(tokens[first.1.lowerBound]) { titled = true }
            words.removeFirst()
        }
        // "Investigating Judge Abenov", "Senior Investigator Kaliyev": the title's own words before it, and the title.
        if let title = words.dropLast().lastIndex(where: { Lexicon.officialTitles.contains(tokens[$0.1.lowerBound]) }) {
            words.removeFirst(title + 1)
            titled = true
        }
        // "Vice-Rector for Educational Work Serik Baimukhanov": the end of a post's name before a given name.
        if words.count > 2, let given = words.indices.dropFirst().first(where: { Lexicon.givenNames.contains(words[$0].2) }),
           words[..<given].allSatisfy({ w in !Lexicon.givenNames.contains(w.2) && !Lexicon.surnameEndings.contains(where: { w.2.hasSuffix($0) }) }) {
            words.removeFirst(given)
        }
        // "Holding Bekova responsible, the court …", "Finally Bekova …", "Afterwards Arman …": a participle or an adverb opening
        // the sentence.
        if words.count > 1, let first = words.first, first.1.lowerBound == tokens.startIndex, !Lexicon.givenNames.contains(first.2),
           first.2.hasSuffix("ing") || first.2.hasSuffix("ly") || PersonRecognizer.openingAdverbs.contains(first.2) {
            words.removeFirst()
        }
        while let last = words.last, Lexicon.notNameWords.contains(last.2) { words.removeLast() }
        guard !words.isEmpty, words.count <= 4,
              !words.contains(where: { Lexicon.notNameWords.contains($0.2) || PlaceRecognizer.isPlaceWord(lowered: $0.2) })
        else { return nil }
        let range = words.first!.1.lowerBound...words.last!.1.upperBound
        // "the Manshuk Mametova square", "Abai avenue": a place named after a person.
        if range.upperBound + 1 < tokens.endIndex, PersonRecognizer.namedPlaces.contains(tokens[range.upperBound + 1]) { return nil }
        // "the Erkin Soz media foundation": a body named by its kind after it.
        if OrganizationRecognizer.kindFollows(range.upperBound, in: tokens) { return nil }
        // ("Abai Avenue", "Republic Square" written with capitals: the place word ends the run.)
        if words.count > 1, PersonRecognizer.namedPlaces.contains(words.last!.2) { return nil }
        let before = range.lowerBound > tokens.startIndex ? tokens[range.lowerBound - 1].lower : ""
        let occupation = Lexicon.roles[before] ?? leadingRole
        if range.lowerBound > tokens.startIndex, Lexicon.officialTitles.contains(tokens[range.lowerBound - 1]) { titled = true }
        if words.count == 1 {
            let key = key(of: words[0].0)
            if let full = bySurname[key] {
                return PersonMention(name: full, tokens: range, occupation: occupation, official: titled || (!officials.isEmpty && officials.contains(full)))
            }
            // "remanded Yerbol in custody": a given name alone, of the one person named with it so far.
            if Lexicon.givenNames.contains(words[0].2), let entry = byGivenName[key], let full = entry {
                return PersonMention(name: full, tokens: range, occupation: occupation, official: titled || (!officials.isEmpty && officials.contains(full)))
            }
            // A surname alone that the sentence introduces: "Ivanov (no first name known) is …", "blogger Ivanov, …".
            let next = range.upperBound + 1 < tokens.endIndex ? tokens[range.upperBound + 1].lower : ""
            let introduced = (range.lowerBound == tokens.startIndex || occupation != nil) && ["is", "was", "(", ","].contains(next)
            // "Mr. Nurpeisov", "Ms Akhmetova": a surname after a courtesy title is a person's, whatever follows.
            let titledBefore = PersonRecognizer.courtesyTitle(before: range.lowerBound, in: tokens)
            guard introduced || titledBefore, Lexicon.surnameEndings.contains(where: { words[0].2.hasSuffix($0) }), words[0].0.count > 4 else { return nil }
            remember(words[0].0, official: titled)
            return PersonMention(name: words[0].0, tokens: range, occupation: occupation, official: titled || (!officials.isEmpty && officials.contains(words[0].0)))
        }
        let first = words.first!.2, last = words.last!.2
        let looksLikeName = Lexicon.givenNames.contains(first) || occupation != nil
            || Lexicon.surnameEndings.contains(where: { last.hasSuffix($0) })
            // "Tokhtarov Yerlan Serikovich": a name with its patronymic, in whichever order.
            || (words.count == 3 && ParagraphReader.patronymicEndings.contains(where: { last.hasSuffix($0) }))
            // "Syzdykov Marat": a docket's order, surname first.
            || PersonRecognizer.isSurnameFirst(words.map(\.2))
        guard looksLikeName else { return nil }
        let full = words.map(\.0).joined(separator: " ")
        remember(full, official: titled)
        return PersonMention(name: full, tokens: range, occupation: occupation, official: titled || (!officials.isEmpty && officials.contains(full)))
    }

    /// A name written with its initials before the surname, as official texts and briefing notes write people: "A. Zhumabekov",
    /// "citizen Zh. Sarsenbayev", "Ye. Mukhametzhanov", "N. B. Seitkaziev". The person of that surname named in full before
    /// ("Zhandos Sarsenbayev") when the first initial is that name's; else the name as written, which a later mention of the
    /// surname alone finds. A surname must read as one (its ending) unless a name before gave it.
    private mutating func initialledName(at k: Int, in tokens: ArraySlice<Token>) -> PersonMention? {
        var j = k, letters = 0
        while j + 1 < tokens.endIndex, PersonRecognizer.isInitial(tokens[j]), tokens[j + 1].isMark("."), !tokens[j + 1].spaceBefore,
              letters < 3 {
            letters += 1
            j += 2
        }
        guard letters > 0, j < tokens.endIndex, tokens[j].isWord, tokens[j].isCapitalized, !tokens[j].isAllCaps,
              tokens[j].text.unicodeScalars.count > 3, !Lexicon.notNameWords.contains(tokens[j].lower),
              !PlaceRecognizer.isPlaceWord(lowered: tokens[j].lower) else { return nil }
        // ("A. Baitursynov Street": a place named after a person.)
        if j + 1 < tokens.endIndex, PersonRecognizer.namedPlaces.contains(tokens[j + 1]) { return nil }
        let surname = tokens[j]
        let before = k > tokens.startIndex ? tokens[k - 1] : nil
        let occupation = before.flatMap { Lexicon.roles[$0.lower] }
        // (An official's title, also as a label: "Prosecutor: A. Kenzhebayev".)
        let label = before.map { $0.isMark(":") } == true && k - 2 >= tokens.startIndex ? tokens[k - 2] : nil
        // (Or after the name: "N. Nazarbaev, the President of Kazakhstan".)
        var post = j + 1
        if post < tokens.endIndex, tokens[post].isMark(",") { post += 1 }
        if post < tokens.endIndex, tokens[post].lower == "the" { post += 1 }
        let titled = (label ?? before).map { Lexicon.officialTitles.contains($0) } == true
            || (post > j + 1 && post < tokens.endIndex && (Lexicon.officialTitles.contains(tokens[post]) || PersonRecognizer.posts.contains(tokens[post])))
        if let full = bySurname[key(of: surname.text)],
           full.unicodeScalars.first.map({ String($0) }) == tokens[k].text.unicodeScalars.first.map({ String($0) }) {
            return PersonMention(name: full, tokens: k...j, occupation: occupation,
                                 official: titled || (!officials.isEmpty && officials.contains(full)))
        }
        guard Lexicon.surnameEndings.contains(where: { surname.lower.hasSuffix($0) }) else { return nil }
        let name = stride(from: k, to: j, by: 2).map { tokens[$0].text + "." }.joined(separator: " ") + " " + surname.text
        remember(name, official: titled)
        return PersonMention(name: name, tokens: k...j, occupation: occupation, official: titled || officials.contains(name))
    }

    /// Adverbs of time that open a sentence before a name without a comma: "Afterwards Arman was detained".
    private static let openingAdverbs: Set<String> = ["afterwards", "afterward", "later", "then", "meanwhile", "yesterday", "today", "soon", "now"]

    /// Posts of state an apposition gives a name: "N. Nazarbaev, the President of Kazakhstan".
    private static let posts = WordSet(["president", "chairman", "chairwoman", "head", "deputy", "governor", "speaker", "ombudsman"])

    /// An initial: one capital letter, or two where transliteration writes one Kazakh or Russian letter with two ("Zh.",
    /// "Ye.", "Sh.").
    static func isInitial(_ token: Token) -> Bool {
        guard token.isWord, token.isCapitalized else { return false }
        return token.isSingle || (token.text.unicodeScalars.count == 2 && twoLetterInitials.contains(token))
    }
    static let twoLetterInitials = WordSet(["zh", "sh", "ch", "kh", "ye", "yu", "ya", "yo", "ts", "gh"])

    /// A person a text names by initials alone, as monitors write clients who asked not to be named: "against A.K., a
    /// teacher", "activist A. K.", "citizen K.", and the same initials again ("acquitted A.K."). Initials before a surname
    /// ("A. K. Bekov") are the name's, and initials nobody is said to be ("the U.S.") are none.
    private mutating func initials(at k: Int, in tokens: ArraySlice<Token>) -> PersonMention? {
        var j = k, letters = 0
        // (A letter written with two, "A.Zh.", is one initial.)
        while j + 1 < tokens.endIndex, PersonRecognizer.isInitial(tokens[j]), tokens[j + 1].isMark("."),
              !tokens[j + 1].spaceBefore, letters < 3 {
            letters += 1
            j += 2
        }
        guard letters > 0 else { return nil }
        let last = j - 1
        // ("A. K. Bekov": the initials of a name written in full.)
        if j < tokens.endIndex, tokens[j].isCapitalized, tokens[j].isWord, !tokens[j].isSingle { return nil }
        let name = tokens[k...last].map { ($0.spaceBefore && $0.start != tokens[k].start ? " " : "") + $0.text }.joined()
        if knownInitials.contains(name) { return PersonMention(name: name, tokens: k...last) }
        let before = k > tokens.startIndex ? tokens[k - 1] : nil
        let role = before.flatMap { Lexicon.roles[$0.lower] }
        // "citizen K.", "activist A.K.": a word before that says who they are (a courtesy title too, for two initials or more).
        // (Also as a field's label: "Client: A.Zh.")
        let label = before.map { $0.isMark(":") } == true && k - 2 >= tokens.startIndex ? tokens[k - 2] : nil
        let led = role != nil || (label ?? before).map { PersonRecognizer.initialsLeads.contains($0) } == true
        let titled = letters >= 2 && PersonRecognizer.courtesyTitle(before: k, in: tokens)
        // "A.K., a secondary-school teacher, …": who the initials are, said after them.
        let described = letters >= 2 && last + 2 < tokens.endIndex && tokens[last + 1].isMark(",")
            && ["a", "an"].contains(tokens[last + 2].lower)
        guard led || titled || described else { return nil }
        if knownInitials.count < 1_000 { knownInitials.insert(name) }
        return PersonMention(name: name, tokens: k...last, occupation: role)
    }
    /// Initials met so far as a person's.
    private var knownInitials = Set<String>()
    /// Words before initials that make them a person's: "citizen K.", "against A.K.", "client A.K.".
    private static let initialsLeads = WordSet(["citizen", "citizens", "client", "clients", "teacher", "resident", "applicant",
                                                "complainant", "defendant", "against", "mother", "father", "son", "daughter",
                                                "wife", "husband", "student", "pensioner", "victim", "detainee", "woman", "man"])

    /// Whether a courtesy title stands just before token `k`: "Mr.", "Ms", "Mrs.".
    static func courtesyTitle(before k: Int, in tokens: ArraySlice<Token>) -> Bool {
        var j = k - 1
        if j >= tokens.startIndex, tokens[j].isMark(".") { j -= 1 }
        return j >= tokens.startIndex && courtesyTitles.contains(tokens[j])
    }
    private static let courtesyTitles = WordSet(["mr", "ms", "mrs"])

    @inline(__always) private static func isQuote(_ token: Token) -> Bool {
        token.kind == .punctuation && token.isSingle && "\"“”«»'‘’".unicodeScalars.contains(token.first)
    }
    /// Words after a name that make it the name of a place or an institution.
    private static let namedPlaces = WordSet(["square", "street", "avenue", "prospect", "park", "boulevard", "stadium", "school",
                                              "university", "library", "museum", "theatre", "theater", "village", "monument", "embankment"])

    /// Whether a name's words (lower-cased) put the surname first: a surname's ending, then a given name and a patronymic
    /// ("tokhtarov yerlan serikovich") or a given name alone ("syzdykov marat").
    static func isSurnameFirst(_ words: [String]) -> Bool {
        guard let first = words.first, let last = words.last, Lexicon.surnameEndings.contains(where: { first.hasSuffix($0) }) else { return false }
        if words.count == 3 { return ParagraphReader.patronymicEndings.contains { last.hasSuffix($0) } }
        return words.count == 2 && Lexicon.givenNames.contains(last) && !Lexicon.surnameEndings.contains { last.hasSuffix($0) }
    }

    /// Adds a full name so that later mentions of its surname are found.
    mutating func remember(_ full: String, official: Bool = false) {
        if official, officials.count < 1_000 { officials.insert(full) }
        guard !rememberedNames.contains(full) else { return }
        // Bounded, so that reading a very long text does not grow memory without end.
        if rememberedNames.count > 20_000 { rememberedNames.removeAll(); known.removeAll(); bySurname.removeAll(); byGivenName.removeAll() }
        rememberedNames.insert(full)
        known.append(full)
        let words = NameKey(full).words
        // The surname is the last word; given names are not enough to identify a person.
        if let surname = words.last { bySurname[surname] = full }
        if words.count > 2 { bySurname[words[words.count - 2]] = bySurname[words[words.count - 2]] ?? full }
        // A docket's or a register's order, surname first: "Tokhtarov Yerlan Serikovich", "Syzdykov Marat" are Tokhtarov and
        // Syzdykov later.
        if PersonRecognizer.isSurnameFirst(full.split(separator: " ").map { $0.lowercased() }), let surname = words.first {
            bySurname[surname] = full
        }
        // (The given name is looked up as written: its key folds spellings, "Daniyar" to another form the list lacks.)
        if words.count >= 2, let given = words.first,
           Lexicon.givenNames.contains(given) || full.split(separator: " ").first.map({ Lexicon.givenNames.contains($0.lowercased()) }) == true {
            if let entry = byGivenName[given] { if entry != full { byGivenName[given] = .some(nil) } } else { byGivenName[given] = full }
        }
    }
}
