/// People an official text names by an initial ("гражданин С., гражданка Н. и гражданин Ж.", "citizen K.") and a later
/// paragraph names in full: a monitor's comment on a police statement ("Полиция пишет о «гражданах С., Н. и Ж.». …
/// задержаны Бауыржан Сейтказиев, Айгерим Нурланова и Ерлан Жумабеков"; "«Гражданин К.» — это блогер Дархан Калиев").
/// The incidents read before then get the full names.
enum NamedInitials {
    /// The full name each initial of the incidents read before stands for, learnt from a paragraph's incidents and its text:
    /// initials the paragraph writes together ("С., Н. и Ж.") and an act of it naming as many people in full, in the same
    /// order, each with a name beginning with its letter; one initial, when the paragraph says who it is ("К.» — это …").
    static func aliases(fresh: [ProposedIncident], earlier: [ProposedIncident], paragraph: String) -> [String: String] {
        let named = Set(earlier.flatMap(\.persons).filter(isInitial))
        guard !named.isEmpty else { return [:] }
        var found: [String: String] = [:]
        // (The paragraph is tokenized again only when it told acts, and then once.)
        lazy var runs = initialRuns(in: paragraph)
        for incident in fresh {
            let full = incident.persons.filter { !isInitial($0) && $0.contains(" ") }
            guard !full.isEmpty else { continue }
            // "о «гражданах С., Н. и Ж.» … задержаны Бауыржан Сейтказиев, Айгерим Нурланова и Ерлан Жумабеков"
            for run in runs where run.count == full.count && run.count >= 2 && zip(run, full).allSatisfy({ stands($0, for: $1) }) {
                for (initial, name) in zip(run, full) where named.contains(initial) && found[initial] == nil { found[initial] = name }
            }
            // "«Гражданин К.» — это блогер Дархан Калиев"
            for initial in named where found[initial] == nil && saysWhoItIs(initial, in: paragraph) {
                if let name = full.first(where: { stands(initial, for: $0) }) { found[initial] = name }
            }
        }
        // "«Гражданин Ж.» из сводки — это Ерлан Жаксыбеков, …" in a paragraph that tells no act of him: the name written after
        // "это", "is".
        for initial in named where found[initial] == nil && paragraph.contains(initial) {
            if let name = identity(of: initial, in: paragraph), stands(initial, for: name) { found[initial] = name }
        }
        return found
    }

    /// Whether a paragraph writes one of these letters as an initial, a capital and a stop after a space or a quote ("«Гражданин
    /// Ж.»"): read on its scalars, before any text is built.
    static func writesAnInitial(of letters: Set<Unicode.Scalar>, in paragraph: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !letters.isEmpty else { return false }
        var k = paragraph.startIndex
        while k + 1 < paragraph.endIndex {
            if paragraph[k + 1] == ".", letters.contains(paragraph[k]),
               k == paragraph.startIndex || !paragraph[k - 1].properties.isAlphabetic {
                return true
            }
            k += 1
        }
        return false
    }

    /// Initials written together, in order: "С., Н. и Ж.", "T. and O." (read on the paragraph's tokens).
    private static func initialRuns(in paragraph: String) -> [[String]] {
        let tokens = Tokenizer.tokens(Array(paragraph.unicodeScalars)[...], base: 0)
        var runs: [[String]] = [], current: [String] = []
        var k = tokens.startIndex
        while k < tokens.endIndex {
            let t = tokens[k]
            if t.isWord, t.isSingle, t.isCapitalized, k + 1 < tokens.endIndex, tokens[k + 1].isMark("."), !tokens[k + 1].spaceBefore {
                current.append(t.text + ".")
                k += 2
                // What may join two initials: ",", "и", "and".
                if k < tokens.endIndex, tokens[k].isMark(",") || joiners.contains(tokens[k].lower) { k += 1 }
                continue
            }
            if current.count >= 2 { runs.append(current) }
            current = []
            k += 1
        }
        if current.count >= 2 { runs.append(current) }
        return runs
    }
    private static let joiners: Set<String> = ["и", "and"]

    /// "С.", "K.": one capital letter and a stop.
    static func isInitial(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        return scalars.count == 2 && scalars[1] == "." && scalars[0].properties.isUppercase
    }

    /// Whether a full name begins a word with the initial's letter (the surname, written first or last).
    private static func stands(_ initial: String, for name: String) -> Bool {
        guard let letter = initial.unicodeScalars.first else { return false }
        let words = name.split(separator: " ")
        return [words.first, words.last].contains { $0?.unicodeScalars.first == letter }
    }

    /// Whether the text says who the initial is: "К.» — это блогер …", "K. is in fact …".
    private static func saysWhoItIs(_ initial: String, in paragraph: String) -> Bool {
        guard let at = paragraph.range(of: initial) else { return false }
        let after = paragraph[at.upperBound...].prefix(identityReach).lowercased()
        return after.contains("это ") || after.contains(" is ")
    }
    /// How many characters after an initial the words saying who it is may come.
    private static let identityReach = 8

    /// The full name a paragraph says an initial stands for: "«Гражданин Ж.» из сводки — это Ерлан Жаксыбеков", "the "citizen
    /// K." of the statement is the blogger Darkhan Kaliyev": past the initial (and a few words on where it was written), "это" or
    /// "is", a few words in lower case (what the person does), then two or three capitalised words.
    static func identity(of initial: String, in paragraph: String) -> String? {
        let tokens = Tokenizer.tokens(Array(paragraph.unicodeScalars)[...], base: 0)
        let letter = String(initial.dropLast())
        for k in tokens.indices where tokens[k].text == letter && k + 1 < tokens.endIndex && tokens[k + 1].isMark(".") && !tokens[k + 1].spaceBefore {
            // (At most a few words between: "из сводки", "in the statement".)
            guard let link = tokens[(k + 2)..<min(tokens.endIndex, k + 2 + identityWords)].firstIndex(where: { ["это", "is"].contains($0.lower) }),
                  !tokens[(k + 2)..<link].contains(where: { $0.isWord && $0.isCapitalized }) else { continue }
            var n = link + 1
            while n < tokens.endIndex, n - link <= roleWords, tokens[n].isWord, !tokens[n].isCapitalized {
                n += 1
                // (A place after "из", "from": "блогер из Кандыагаша Дархан Калиев".)
                if n + 1 < tokens.endIndex, ["из", "from"].contains(tokens[n - 1].lower), tokens[n].isCapitalized { n += 1 }
            }
            var words: [String] = []
            while n < tokens.endIndex, words.count < 3, tokens[n].isWord, tokens[n].isCapitalized, !tokens[n].isSingle {
                words.append(tokens[n].text)
                n += 1
            }
            if words.count >= 2 { return words.joined(separator: " ") }
        }
        return nil
    }
    /// How many tokens may stand between an initial and "это" ("» из сводки —").
    private static let identityWords = 6
    /// How many words in lower case may say what the person does before the name ("бывший оператор", "the blogger").
    private static let roleWords = 3
}
