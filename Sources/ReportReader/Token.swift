/// A word, number or punctuation mark of a report, with its offsets in Unicode scalars (end exclusive).
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punctuation }
    var text: String
    var lower: String
    var kind: Kind
    var start: Int
    var end: Int
    /// Whether whitespace (or nothing else) separates this token from the one before.
    var spaceBefore: Bool
    /// The hash of `lower`, so that patterns compare numbers before strings.
    var key: Int
    /// Written with a capital first letter: "Uralsk", "DVK".
    var isCapitalized: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    /// Written entirely in capitals, as acronyms are: "DVK", "KIBHR".
    var isAllCaps: Bool { kind == .word && text.unicodeScalars.count > 1 && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase } }
    /// The numeric value of a number token ("538,000" → 538000, "1.5" → 1.5).
    var value: Double? { kind == .number ? Double(text.replacingOccurrences(of: ",", with: "")) : nil }
}

/// Splits text into tokens: runs of letters (with inner apostrophes kept apart), numbers with their
/// thousands separators and decimals, and single punctuation marks. Letters and digits written
/// together ("On11") become two tokens; ordinal endings ("5th") stay with their number.
enum Tokenizer {
    static func tokens(_ scalars: ArraySlice<Unicode.Scalar>, base: Int) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(scalars.count / 5)
        var i = scalars.startIndex
        var sawSpace = true
        func make(_ from: Int, _ to: Int, _ kind: Token.Kind) {
            let text = Tokenizer.string(scalars[from..<to])
            let first = scalars[from]
            let capitalized = kind == .word && (first.value < 128 ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase)
            let ascii = scalars[from..<to].allSatisfy { $0.value < 128 }
            let lower = kind != .word ? text : (ascii && !capitalized && !scalars[(from + 1)..<to].contains { $0.value >= 65 && $0.value <= 90 } ? text : text.lowercased())
            out.append(Token(text: text, lower: lower, kind: kind,
                             start: base + (from - scalars.startIndex), end: base + (to - scalars.startIndex),
                             spaceBefore: sawSpace, key: lower.hashValue, isCapitalized: capitalized))
            sawSpace = false
        }
        while i < scalars.endIndex {
            let c = scalars[i]
            if c.value < 128 ? (c == " " || c == "\n" || c == "\t" || c == "\r" || c.value == 11 || c.value == 12) : (c.properties.isWhitespace || c == "\u{00A0}") {
                sawSpace = true
                i += 1
            } else if isLetter(c) {
                var j = i + 1
                while j < scalars.endIndex, isLetter(scalars[j]) { j += 1 }
                make(i, j, .word)
                i = j
            } else if isDigit(c) {
                var j = i + 1
                while j < scalars.endIndex {
                    if isDigit(scalars[j]) { j += 1; continue }
                    if (scalars[j] == "," || scalars[j] == "."), j + 1 < scalars.endIndex, isDigit(scalars[j + 1]) { j += 2; continue }
                    break
                }
                make(i, j, .number)
                i = j
                // An ordinal ending: 5th, 1st, 22nd, 3rd.
                if i + 1 < scalars.endIndex {
                    let pair = String(String.UnicodeScalarView(scalars[i..<(i + 2)])).lowercased()
                    let after = i + 2 < scalars.endIndex ? scalars[i + 2] : " "
                    if ["st", "nd", "rd", "th"].contains(pair), !after.properties.isAlphabetic {
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

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

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
    private static let abbreviations: Set<String> = ["no", "mr", "mrs", "ms", "dr", "st", "art", "p", "pp", "para", "vs", "etc", "jr", "sr", "г", "nos"]
    private static let bullets: Set<String> = ["•", "●", "▪", "◦", "·", "■"]

    static func sentences(_ tokens: [Token]) -> [Sentence] {
        var out: [Sentence] = []
        var begin = 0
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            if bullets.contains(t.text) {
                if k > begin { out.append(Sentence(tokens: tokens[begin..<k])) }
                begin = k + 1
            } else if t.kind == .punctuation, t.text == "." || t.text == "!" || t.text == "?" {
                var end = k + 1
                // Closing quotes and brackets stay with the sentence they close.
                while end < tokens.count, ["”", "\"", "’", ")", "»"].contains(tokens[end].text), !tokens[end].spaceBefore { end += 1 }
                if end >= tokens.count || startsSentence(tokens[end]), !isAbbreviation(tokens, k) {
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

    private static func startsSentence(_ next: Token) -> Bool {
        next.isCapitalized || next.isNumber || ["“", "\"", "(", "«", "‘"].contains(next.text) || bullets.contains(next.text)
    }

    private static func isAbbreviation(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, tokens[k].text == "." else { return false }
        let previous = tokens[k - 1]
        guard previous.isWord, previous.end == tokens[k].start else { return false }
        if abbreviations.contains(previous.lower) { return true }
        // An initial: "A. Ivanov".
        return previous.text.unicodeScalars.count == 1 && previous.isCapitalized
    }
}
