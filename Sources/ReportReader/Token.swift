/// A word, number or punctuation mark of a report, with its offsets in Unicode scalars (end exclusive).
///
/// Fields are ordered so that the one-byte ones share a word: tokens are copied a great deal.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punctuation }
    var text: String
    var lower: String
    var start: Int
    var end: Int
    /// The `WordKey` of `lower`, so that patterns and word sets compare numbers before strings.
    var key: Int
    /// The first scalar of `lower`, and whether it is the only one: marks are told apart by these
    /// without comparing strings (a comparison with "“" takes String's slow, normalising path).
    var first: Unicode.Scalar
    var isSingle: Bool
    var kind: Kind
    /// Whether whitespace (or nothing else) separates this token from the one before.
    var spaceBefore: Bool
    /// Whether the line before ended between this token and the one before, and was short, as a byline or a heading is: a
    /// name does not run across it ("By Aruzhan Kenzhebayeva\nVilnius, 21 March 2026"). (A long line wrapped, as text taken
    /// from a PDF has it, may break a name: "its journalist Meruert\nTurlibekova".)
    var lineBefore = false
    /// Written with a capital first letter: "Uralsk", "DVK".
    var isCapitalized: Bool
    /// Written entirely in capitals, as acronyms are: "DVK", "KIBHR".
    var isAllCaps: Bool

    init(text: String, lower: String, kind: Kind, start: Int, end: Int, spaceBefore: Bool, key: Int,
         first: Unicode.Scalar, isSingle: Bool, isCapitalized: Bool, isAllCaps: Bool) {
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end
        self.key = key
        self.first = first
        self.isSingle = isSingle
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// Whether the token is exactly this one mark or digit (`text == "."`, for a character that has no
    /// other canonically equivalent spelling and no case).
    @inline(__always) func isMark(_ mark: Unicode.Scalar) -> Bool { first == mark && isSingle }
    /// The numeric value of a number token ("538,000" → 538000, "1.5" → 1.5).
    var value: Double? {
        guard kind == .number else { return nil }
        // Thousands separators dropped by hand: Foundation's `replacingOccurrences` was 3 % of reading.
        return text.utf8.contains(UInt8(ascii: ",")) ? Double(String(text.filter { $0 != "," })) : Double(text)
    }
}

/// Splits text into tokens: runs of letters (with inner apostrophes kept apart), numbers with their
/// thousands separators and decimals, and single punctuation marks. Letters and digits written
/// together ("On11") become two tokens; ordinal endings ("5th") stay with their number.
enum Tokenizer {
    /// The tokens of the text, without those inside the skipped ranges (offsets as the tokens', from `base`).
    static func tokens(_ scalars: ArraySlice<Unicode.Scalar>, base: Int, skipping skipped: [Range<Int>]) -> [Token] {
        let all = tokens(scalars, base: base)
        guard !skipped.isEmpty else { return all }
        return all.filter { token in !skipped.contains { $0.contains(token.start) } }
    }

    /// The longest line, in scalars, that ends as a byline or a heading does rather than wraps ("By Aruzhan Kenzhebayeva").
    static let shortLine = 48

    static func tokens(_ scalars: ArraySlice<Unicode.Scalar>, base: Int) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(scalars.count / 5)
        var i = scalars.startIndex
        var sawSpace = true, sawLine = false
        // Where the line being read starts, whether a token stood on it, and whether the last line with one was short.
        var lineStart = scalars.startIndex, lineHasText = false, shortLineEnded = false
        func make(_ from: Int, _ to: Int, _ kind: Token.Kind) {
            let first = scalars[from]
            let capitalized = kind == .word && (first.value < 128 ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase)
            var ascii = true, upperAfterFirst = false, lowerSeen = false
            // The key of the lower-cased form, in the same pass: only words have capitals to fold.
            var hash = WordKey.start
            for index in from..<to {
                let c = scalars[index]
                if c.value >= 128 { ascii = false; break }
                let byte = UInt8(truncatingIfNeeded: c.value)
                if byte >= 97 && byte <= 122 { lowerSeen = true } else if byte >= 65 && byte <= 90 { upperAfterFirst = upperAfterFirst || index > from }
                hash = WordKey.add(hash, byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
            }
            let text: String, lower: String, key: Int
            if ascii {
                // ASCII (nearly every token): both spellings and the key straight from the scalars, no `lowercased()`.
                let count = to - from
                text = String(unsafeUninitializedCapacity: count) { buffer in
                    for offset in 0..<count { buffer[offset] = UInt8(truncatingIfNeeded: scalars[from + offset].value) }
                    return count
                }
                let folds = kind == .word && (capitalized || upperAfterFirst)
                key = WordKey.finish(hash)
                lower = !folds ? text : String(unsafeUninitializedCapacity: count) { buffer in
                    for offset in 0..<count {
                        let byte = UInt8(truncatingIfNeeded: scalars[from + offset].value)
                        buffer[offset] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
                    }
                    return count
                }
            } else {
                lowerSeen = scalars[from..<to].contains { $0.properties.isLowercase }
                // (An encyclopedia's stress marks, "Бекза́т", are no part of the word's spelling.)
                let range = scalars[from..<to]
                text = range.contains(Tokenizer.stressMark) ? Tokenizer.string(ArraySlice(range.filter { $0 != Tokenizer.stressMark })) : Tokenizer.string(range)
                lower = kind != .word ? text : text.lowercased()
                key = WordKey.of(lower)
            }
            let allCaps = kind == .word && to - from > 1 && !lowerSeen
            let lowerFirst = ascii || kind != .word ? (first.value >= 65 && first.value <= 90 && kind == .word ? Unicode.Scalar(first.value | 0x20)! : first)
                : (lower.unicodeScalars.first ?? first)
            out.append(Token(text: text, lower: lower, kind: kind,
                             start: base + (from - scalars.startIndex), end: base + (to - scalars.startIndex),
                             spaceBefore: sawSpace, key: key, first: lowerFirst, isSingle: to - from == 1,
                             isCapitalized: capitalized, isAllCaps: allCaps))
            out[out.count - 1].lineBefore = sawLine && shortLineEnded
            sawSpace = false
            sawLine = false
            lineHasText = true
        }
        while i < scalars.endIndex {
            let c = scalars[i]
            if c.value < 128 ? (c == " " || c == "\n" || c == "\t" || c == "\r" || c.value == 11 || c.value == 12) : (c.properties.isWhitespace || c == "\u{00A0}") {
                sawSpace = true
                if c == "\n" {
                    if lineHasText { shortLineEnded = i - lineStart < Tokenizer.shortLine }
                    sawLine = true
                    lineStart = i + 1
                    lineHasText = false
                }
                i += 1
            } else if isLetter(c) {
                var j = i + 1
                while j < scalars.endIndex, isLetter(scalars[j]) || scalars[j] == Tokenizer.stressMark { j += 1 }
                // A word broken at the end of a line with a hyphen, as text taken from a PDF has it ("sen-\ntenced"): one word,
                // its offsets spanning the break.
                if let (resume, end) = Tokenizer.brokenWord(after: j, in: scalars) {
                    let joined = Array(scalars[i..<j]) + Array(scalars[resume..<end])
                    if var word = Tokenizer.tokens(joined[...], base: 0).first, word.isWord, word.end == joined.count {
                        word.start = base + (i - scalars.startIndex)
                        word.end = base + (end - scalars.startIndex)
                        word.spaceBefore = sawSpace
                        word.lineBefore = sawLine && shortLineEnded
                        out.append(word)
                        sawSpace = false
                        sawLine = false
                        lineHasText = true
                        i = end
                        continue
                    }
                }
                // Words run together by the text's extraction ("asUtebayev", "toadministrative") are split
                // after a short function word when the rest is a name or a word the recognisers look for.
                if let split = Tokenizer.gluedSplit(scalars[i..<j]) {
                    make(i, i + split, .word)
                    make(i + split, j, .word)
                } else {
                    make(i, j, .word)
                }
                i = j
            } else if isDigit(c) {
                var j = i + 1
                while j < scalars.endIndex {
                    if isDigit(scalars[j]) { j += 1; continue }
                    if (scalars[j] == "," || scalars[j] == "."), j + 1 < scalars.endIndex, isDigit(scalars[j + 1]),
                       !(scalars[j] == "." && Tokenizer.footnoteAfterStop(scalars, dot: j)) { j += 2; continue }
                    break
                }
                make(i, j, .number)
                i = j
                // An ordinal ending: 5th, 1st, 22nd, 3rd.
                if i + 1 < scalars.endIndex {
                    // Compared on ASCII letters, folded to lower case: only ASCII pairs can spell an ending.
                    let a = scalars[i].value, b = scalars[i + 1].value
                    let pair = a < 128 && b < 128 ? ((a | 0x20) << 8 | (b | 0x20)) : 0
                    let isEnding = pair == Tokenizer.st || pair == Tokenizer.nd || pair == Tokenizer.rd || pair == Tokenizer.th
                    if isEnding, !(i + 2 < scalars.endIndex && scalars[i + 2].properties.isAlphabetic) {
                        out[out.count - 1].end += 2
                        i += 2
                    }
                }
            } else {
                make(i, i + 1, .punctuation)
                i += 1
            }
        }
        return out
    }

    /// Where a word broken by a hyphen at the end of a line goes on, and where it ends: after "-", a line break and any
    /// spaces, lower-case letters ("deten-\ntion"; not "Nur-\nSultan", which keeps its capital and its hyphen).
    static func brokenWord(after j: Int, in scalars: ArraySlice<Unicode.Scalar>) -> (Int, Int)? {
        guard j + 2 < scalars.endIndex, scalars[j] == "-" else { return nil }
        var k = j + 1
        if scalars[k] == "\r" { k += 1 }
        guard k < scalars.endIndex, scalars[k] == "\n" else { return nil }
        k += 1
        while k < scalars.endIndex, scalars[k] == " " { k += 1 }
        guard k < scalars.endIndex, scalars[k].properties.isLowercase else { return nil }
        var end = k
        while end < scalars.endIndex, isLetter(scalars[end]) { end += 1 }
        return (k, end)
    }

    private static let st: UInt32 = 0x73 << 8 | 0x74, nd: UInt32 = 0x6E << 8 | 0x64, rd: UInt32 = 0x72 << 8 | 0x64, th: UInt32 = 0x74 << 8 | 0x68

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    private static let gluedPrefixes: [[UInt32]] = ["and", "as", "to", "of", "the", "in", "on", "by", "for", "with"].map { $0.unicodeScalars.map(\.value) }

    /// Where to split a word glued to a function word before it, or `nil`.
    static func gluedSplit(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        guard word.count >= 6, let first = word.first else { return nil }
        switch first.value {
        case 0x61, 0x62, 0x66, 0x69, 0x6F, 0x74, 0x77: break  // a b f i o t w: the letters the prefixes start with
        default: return nil
        }
        for prefix in gluedPrefixes where word.count >= prefix.count + 4 && prefix[0] == first.value {
            var same = true
            for (offset, value) in prefix.enumerated() where word[word.startIndex + offset].value != value { same = false; break }
            guard same else { continue }
            let rest = word.dropFirst(prefix.count)
            let restFirst = rest.first!
            // "asUtebayev": a capital inside a lower-case word starts a name.
            if restFirst.value >= 65 && restFirst.value <= 90 || (restFirst.value >= 128 && restFirst.properties.isUppercase) {
                if rest.dropFirst().allSatisfy({ $0.properties.isLowercase }) { return prefix.count }
                continue
            }
            // "toadministrative": the rest is a word the recognisers look for, the whole is not.
            guard rest.count >= 5, rest.count < EventRecognizer.vocabularyLengths.count, EventRecognizer.vocabularyLengths[rest.count],
                  rest.allSatisfy({ $0.value >= 97 && $0.value <= 122 }) else { continue }
            if EventRecognizer.vocabulary.contains(string(rest)), !EventRecognizer.vocabulary.contains(string(word)) { return prefix.count }
        }
        return nil
    }

    /// A string from scalars, written straight into the string's UTF-8 storage.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for c in scalars { count += UTF8.width(c) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for c in scalars {
                if c.value < 0x80 {
                    buffer[i] = UInt8(c.value); i += 1
                } else {
                    UTF8.encode(c) { byte in buffer[i] = byte; i += 1 }
                }
            }
            return i
        }
    }
    /// Words that open a sentence, in lower case: after "part 1.10 The …" the figures after the stop are a footnote's.
    private static let sentenceOpeners: Set<String> = ["the", "he", "she", "they", "it", "his", "her", "their", "on", "in", "a", "an",
                                                       "this", "police", "we", "our", "at", "after", "since", "when"]

    /// Whether the figures after the stop at `dot` are a footnote's number glued to it, as PDF text has them ("… Article 174,
    /// part 1.10 The Taraz City Court …"): one to three digits, a space, then a word that opens a sentence. ("2.5 MCI" and
    /// "Article 488.1" are numbers.)
    static func footnoteAfterStop(_ scalars: ArraySlice<Unicode.Scalar>, dot: Int) -> Bool {
        var j = dot + 1
        while j < scalars.endIndex, isDigit(scalars[j]) { j += 1 }
        guard j - dot - 1 <= 3, j + 1 < scalars.endIndex, scalars[j] == " ", scalars[j + 1].properties.isUppercase else { return false }
        var end = j + 1
        while end < scalars.endIndex, isLetter(scalars[end]) { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[(j + 1)..<end])).lowercased()
        return sentenceOpeners.contains(word)
    }

    /// The acute accent dictionaries and encyclopedias put over a Russian word's stressed vowel (U+0301), inside the word.
    static let stressMark: Unicode.Scalar = "\u{0301}"

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
        return c.properties.isAlphabetic
    }
}

/// A sentence as a range of tokens of its paragraph, with its span in the document.
struct Sentence {
    var tokens: ArraySlice<Token>
    var start: Int { tokens.first?.start ?? 0 }
    var end: Int { tokens.last?.end ?? 0 }
}

/// Finds sentence ends: a full stop, question or exclamation mark followed by a capital, a quote,
/// a bullet or a number, except after abbreviations and initials; bullets start sentences too.
enum SentenceSplitter {
    private static let abbreviations = WordSet(["no", "mr", "mrs", "ms", "dr", "st", "art", "p", "pp", "para", "vs", "etc", "jr", "sr", "nos", "pt",
                                                // "(b. 1987)": born.
                                                "b",
                                                // Months abbreviated before their day: "on Jan. 8, 2022".
                                                "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
                                                // Russian: "ч. 2 ст. 488", "2021 г.", "ул. Абая", "100 тыс. тенге", "обл."
                                                "г", "гг", "ч", "ст", "п", "пп", "ул", "им", "тыс", "млн", "обл", "см", "т", "д", "руб",
                                                // "гр. Тлеуова": a citizen, as official letters name people.
                                                "гр",
                                                // Months abbreviated, as channels write them: "10 апр. 2025".
                                                "янв", "фев", "февр", "апр", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек"])
    /// With U+0387, which `Set<String>` took for the middle dot it is canonically equivalent to.
    private static let bullets = WordSet(["•", "●", "▪", "◦", "·", "\u{0387}", "■"])
    private static let ends = WordSet([".", "!", "?", ";"])
    private static let superscripts = Set("⁰¹²³⁴⁵⁶⁷⁸⁹".unicodeScalars)
    static func isSuperscript(_ c: Unicode.Scalar?) -> Bool { c.map(superscripts.contains) ?? false }
    private static let closers = WordSet(["”", "\"", "’", ")", "»"])
    private static let openers = WordSet(["“", "\"", "(", "«", "‘"])

    /// `startsLine` tells whether a token opens a line of the text: a line opening with a label ("Date: …", "Type of
    /// violation: …"), as a database's records are written, is a sentence of its own.
    static func sentences(_ tokens: [Token], startsLine: (Token) -> Bool = { _ in false }) -> [Sentence] {
        var out: [Sentence] = []
        var begin = 0
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            if t.kind != .punctuation { k += 1; continue }
            if t.isMark(":"), let label = labelStart(tokens, colon: k, startsLine: startsLine), label > begin {
                out.append(Sentence(tokens: tokens[begin..<label]))
                begin = label
            }
            if bullets.contains(t) {
                if k > begin { out.append(Sentence(tokens: tokens[begin..<k])) }
                begin = k + 1
            } else if ends.contains(t) || isAnEmoji(t) && k > begin && tokens[k - 1].kind != .punctuation && k + 1 < tokens.count
                        && tokens[k + 1].spaceBefore && tokens[k + 1].isCapitalized {
                // (A post's or a chat's emoji after a word ends its sentence as a stop would: "… на особом контроле 🙂 Дело
                // Кусаинова …"; not one heading a post, "🧵 Aktobe, Sat 15 March".)
                var end = k + 1
                // Closing quotes and brackets stay with the sentence they close.
                while end < tokens.count, closers.contains(tokens[end]), !tokens[end].spaceBefore { end += 1 }
                // So does a footnote's number glued to the stop, as PDF text has it: "… foreign funding.14 The fund's …".
                if end + 1 < tokens.count, tokens[end].isNumber, !tokens[end].spaceBefore, tokens[end].text.count <= 3,
                   tokens[end + 1].isCapitalized, t.isMark(".") { end += 1 }
                // Or in superscript figures: "… under house arrest.⁵ In June …".
                while end < tokens.count, tokens[end].isSingle, !tokens[end].spaceBefore, superscripts.contains(tokens[end].first) { end += 1 }
                // And one in brackets, as web pages and monitoring reports print it: "… were seized.[4] He was …"; several, and an
                // editor's note in small letters as encyclopedias print it ("… was fined.[8][citation needed] From …").
                while let close = gluedNote(tokens, at: end) { end = close + 1 }
                // (A label in square brackets opens one too: "АСТАНА, 11 ноября. [ОБНОВЛЕНИЕ] Суд …", "[UPDATE] On Monday …".)
                let label = end + 1 < tokens.count && tokens[end].isMark("[") && tokens[end + 1].isWord && tokens[end + 1].isCapitalized
                // (A year's "г." ending a line ends its sentence: "… исчисляя срок с 14.03.2026 г.\nОмарова Б.А. признать …".)
                let yearEndsALine = end < tokens.count && startsLine(tokens[end]) && startsSentence(tokens[end]) && k >= 2
                    && (tokens[k - 1].lower == "г" || tokens[k - 1].lower == "гг") && tokens[k - 2].isNumber
                if end >= tokens.count || startsSentence(tokens[end]) || label || t.isMark(";"), !isAbbreviation(tokens, k) || yearEndsALine {
                    out.append(Sentence(tokens: tokens[begin..<end]))
                    begin = end
                    k = end
                    continue
                }
            }
            k += 1
        }
        if begin < tokens.count { out.append(Sentence(tokens: tokens[begin..<tokens.count])) }
        return out
    }

    /// Whether a token is a pictograph: "🙂", "😭", "🙏".
    private static func isAnEmoji(_ t: Token) -> Bool {
        t.kind == .punctuation && t.text.unicodeScalars.first.map { $0.properties.isEmojiPresentation && $0.value > 0x2000 } == true
    }

    /// Where a label ending at a colon begins: one to four words, the first capitalised ("Type of violation:").
    private static func labelStart(_ tokens: [Token], colon: Int, startsLine: (Token) -> Bool) -> Int? {
        var b = colon - 1
        // ("Подсудимый (лицо, привлекаемое к ответственности):", "Defendant (convicted):": an aside in brackets before the colon.)
        if b > 0, tokens[b].isMark(")"), let open = (max(0, colon - labelAside)..<b).last(where: { tokens[$0].isMark("(") }),
           !tokens[(open + 1)..<b].contains(where: { $0.isMark(")") }) {
            b = open - 1
        }
        let last = b
        while b >= 0, last - b < 4, tokens[b].isWord {
            if tokens[b].isCapitalized, startsLine(tokens[b]) { return b }
            b -= 1
        }
        return nil
    }

    /// How many tokens a label's aside in brackets may take, with its brackets.
    private static let labelAside = 10

    /// Where a mark in square brackets opening at `k` and glued to the stop before it closes: a number ("[4]") or a few words
    /// in small letters ("[citation needed]", "[a]").
    private static func gluedNote(_ tokens: [Token], at k: Int) -> Int? {
        guard k + 2 < tokens.count, tokens[k].isMark("["), !tokens[k].spaceBefore else { return nil }
        if tokens[k + 1].isNumber, tokens[k + 2].isMark("]") { return k + 2 }
        var j = k + 1
        while j < tokens.count, j - k <= noteWords, tokens[j].isWord, !tokens[j].isCapitalized { j += 1 }
        return j > k + 1 && j < tokens.count && tokens[j].isMark("]") ? j : nil
    }
    /// How many words an editor's note in brackets may hold.
    private static let noteWords = 3

    private static func startsSentence(_ next: Token) -> Bool {
        next.isCapitalized || next.isNumber || openers.contains(next) || bullets.contains(next)
    }

    private static func isAbbreviation(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, tokens[k].isMark(".") else { return false }
        let previous = tokens[k - 1]
        guard previous.isWord, previous.end == tokens[k].start else { return false }
        // ("(b. 1987)" is born; a citizen's "1987 y.b. On 25 April …" ends its sentence.)
        if previous.lower == "b", k + 1 < tokens.count, !tokens[k + 1].isNumber { return false }
        if abbreviations.contains(previous) { return true }
        // A name of dotted parts written without spaces: "Ar.Rukh.Khak" (two such dots, so that "Almaty.Police", text run
        // together by extraction, still ends a sentence).
        func glued(_ dot: Int) -> Bool {
            dot > tokens.startIndex && dot + 1 < tokens.count && tokens[dot].isMark(".") && !tokens[dot].spaceBefore
                && tokens[dot - 1].isWord && tokens[dot + 1].isWord && tokens[dot + 1].isCapitalized && !tokens[dot + 1].spaceBefore
        }
        if glued(k), glued(k + 2) || glued(k - 2) { return true }
        // An initial: "A. Ivanov", "Zh. Sarsenbayev".
        return PersonRecognizer.isInitial(previous)
    }
}
