import CivicModel

/// Finds references to articles of the codes: "Article 174 of the Criminal Code", "Criminal Code
/// Articles 174, 274 and 400", "Part 2 of Article 174 of the Criminal Code", "paragraph 3 of Article
/// 434 of the Code on Administrative Violations", "Article 73 of the Administrative Code", "CoAO 488 part 2", and the
/// abbreviations bulletins use: "art. 488 part 6 CoAO RK", "CC Art. 405(2)", "CoAO Art. 489(3)".
/// A phrase naming several articles gives one reference per article, all with that phrase as `text`.
/// An article named without its code takes the code of the phrase it is listed with ("Part 1 of Article 405 and Part 1
/// of Article 174 of the Criminal Code"); one "of the Code", "of the same Code", or cited "under" an article without a
/// code or in brackets after the offence ("(Article 405(2))") or opening its line ("Article 274, part 2, Criminal Code" under a
/// case's heading), takes the code named before it in the sentence, else
/// `fallbackCode` (the code the report named last).
enum LegalProvisionRecognizer {
    static func provisions(in tokens: ArraySlice<Token>, fallbackCode: LegalCode? = nil) -> [(LegalProvisionRef, ClosedRange<Int>)] {
        var found: [(LegalProvisionRef, ClosedRange<Int>)] = []
        // An article still waiting for its code: (where its phrase begins and ends, its numbers and part, whether "under" it).
        var waiting: (begin: Int, last: Int, numbers: [String], parts: [String?], part: String?, cited: Bool)? = nil
        // (A code only inferred gives way, article by article, to the one `ArticleCodes` knows: "under Article 488" after the
        // Criminal Code was named is the administrative article.)
        func settle(_ w: (begin: Int, last: Int, numbers: [String], parts: [String?], part: String?, cited: Bool), code: LegalCode?, through end: Int,
                    inferred: Bool = false) {
            let text = OrganizationRecognizer.text(of: tokens[w.begin...end])
            for (number, own) in zip(w.numbers, w.parts) {
                guard let code = (inferred ? ArticleCodes.code(of: number) : nil) ?? code else { continue }
                found.append((LegalProvisionRef(code: code, article: number, part: own ?? w.part, text: text), w.begin...end))
            }
        }
        func settleWaiting() {
            guard let w = waiting else { return }
            waiting = nil
            if w.cited { settle(w, code: found.last?.0.code ?? fallbackCode, through: w.last, inferred: true) }
        }
        var k = tokens.startIndex
        while k < tokens.endIndex {
            let w = tokens[k].lower
            // CoAO 488 part 2 / CC 174; in an English post, the Russian abbreviations: "УК 274 pt 2", "КоАП 488"
            // ("AOC 488(6)", "KoAP 488": the Administrative Offences Code in other abbreviations.)
            if (w == "coao" || w == "cao" || w == "aoc" || w == "koap" || w == "cc" || w == "ук" || w == "коап"), k + 1 < tokens.endIndex, tokens[k + 1].isNumber {
                var last = k + 1, part: String? = nil
                if let (p, end) = partWord(at: k + 2, in: tokens) {
                    part = p; last = end
                } else if k + 4 < tokens.endIndex, tokens[k + 2].isMark("("), tokens[k + 3].isNumber, tokens[k + 4].isMark(")") {
                    // "CAO 488(10)": the part in brackets.
                    part = tokens[k + 3].text; last = k + 4
                } else if k + 3 < tokens.endIndex, tokens[k + 2].isMark("-"), !tokens[k + 2].spaceBefore, tokens[k + 3].isNumber,
                          !tokens[k + 3].spaceBefore, tokens[k + 3].text.utf8.count <= 2 {
                    // "CoAO 488-6", a slide's or a table's shorthand: the part after a hyphen.
                    part = tokens[k + 3].text; last = k + 3
                }
                let ref = LegalProvisionRef(code: w == "cc" || w == "ук" ? .criminal : .administrative, article: tokens[k + 1].text, part: part,
                                            text: OrganizationRecognizer.text(of: tokens[k...last]))
                found.append((ref, k...last))
                k = last + 1
                continue
            }
            // [Part|Paragraph P of] [Criminal Code] Article(s) N[, M and K] [of the X Code]
            var begin = k, part: String? = nil, cursor = k
            if ["part", "paragraph"].contains(w), k + 3 < tokens.endIndex, tokens[k + 1].isNumber, tokens[k + 2].lower == "of" {
                part = tokens[k + 1].text
                cursor = k + 3
            }
            var code: LegalCode? = nil
            if let (c, after) = codeName(tokens, at: cursor) { code = c; cursor = after }
            guard cursor < tokens.endIndex, ["article", "articles", "art", "arts"].contains(tokens[cursor].lower) else { k += 1; continue }
            var numbers: [String] = [], parts: [String?] = []
            var j = cursor + 1
            // "art. 488": the abbreviation's full stop.
            if tokens[cursor].lower.hasPrefix("art"), tokens[cursor].lower.count <= 4 {
                guard j < tokens.endIndex, tokens[j].isMark("."), !tokens[j].spaceBefore else { k += 1; continue }
                j += 1
            }
            while j < tokens.endIndex {
                // "Article 456-2": an article inserted after 456, numbered with a hyphen.
                if tokens[j].isNumber, j + 2 < tokens.endIndex, tokens[j + 1].isMark("-"), !tokens[j + 1].spaceBefore,
                   tokens[j + 2].isNumber, !tokens[j + 2].spaceBefore {
                    numbers.append(tokens[j].text + "-" + tokens[j + 2].text); parts.append(nil); j += 3; continue
                }
                if tokens[j].isNumber {
                    numbers.append(tokens[j].text); parts.append(nil); j += 1
                    // "Art. 174(1) and 274(2) CC": each article of a list with its own part in brackets, written on (the last
                    // one's when the list's first had one; a lone article's is read below).
                    let listGoesOn = j + 4 < tokens.endIndex && [",", "and"].contains(tokens[j + 3].lower) && tokens[j + 4].isNumber
                    if let own = writtenOnPart(at: j, in: tokens), listGoesOn || (numbers.count > 1 && parts[0] != nil) {
                        parts[parts.count - 1] = own
                        j += 3
                    }
                    continue
                }
                if [",", "and"].contains(tokens[j].lower), j + 1 < tokens.endIndex, tokens[j + 1].isNumber { j += 1; continue }
                break
            }
            guard !numbers.isEmpty else { k += 1; continue }
            var last = j - 1
            // "Art. 405(2)": the part in brackets, written on; or after a space, as UN documents write it, "article 274 (2)" (a
            // part of one or two figures, not a year).
            if part == nil, numbers.count == 1, j + 2 < tokens.endIndex, tokens[j].isMark("("), tokens[j + 1].isNumber,
               !tokens[j].spaceBefore || tokens[j + 1].text.utf8.count <= 2, tokens[j + 2].isMark(")") {
                part = tokens[j + 1].text; last = j + 2; j += 3
            }
            // "Part 2 of Article 174" written after: "Article 174, Part 2" / "Article 174 part 2"
            if part == nil, let (p, end) = partWord(at: j, in: tokens) {
                part = p; last = end; j = end + 1
            } else if part == nil, j + 2 < tokens.endIndex, tokens[j].text == ",", ["part", "paragraph"].contains(tokens[j + 1].lower), tokens[j + 2].isNumber {
                part = tokens[j + 2].text; last = j + 2; j += 3
            }
            // "Article 488, part 6, of the Code …": a comma may close the part.
            if code == nil, j + 2 < tokens.endIndex, tokens[j].isMark(","), tokens[j + 1].lower == "of" { j += 1 }
            if code == nil, j + 1 < tokens.endIndex, tokens[j].lower == "of" {
                var c = j + 1
                if c < tokens.endIndex, tokens[c].lower == "the" { c += 1 }
                if let (found, after) = codeName(tokens, at: c) { code = found; last = after - 1 }
            }
            // "art. 488 part 6 CoAO RK", "art. 174 CC RK": the code's abbreviation after the article.
            if code == nil, j < tokens.endIndex {
                switch tokens[j].lower {
                case "coao", "cao", "aoc", "koap", "admcode": code = .administrative; last = j
                case "cc", "crimcode": code = .criminal; last = j
                default: break
                }
                if code != nil, last + 1 < tokens.endIndex, tokens[last + 1].lower == "rk" { last += 1 }
            }
            if code == nil, j + 1 < tokens.endIndex, tokens[j].lower == "of" {
                // "Article 489 of the Code", "of the same Code": the code named before.
                var c = j + 1
                while c < tokens.endIndex, ["the", "that", "same", "this"].contains(tokens[c].lower) { c += 1 }
                if c < tokens.endIndex, tokens[c].text == "Code", c > j + 1,
                   c + 1 == tokens.endIndex || !["on", "of"].contains(tokens[c + 1].lower),
                   let named = found.last?.0.code ?? fallbackCode {
                    code = named; last = c
                }
            }
            guard let code else {
                settleWaiting()
                if j == last + 1, j == tokens.endIndex || tokens[j].lower != "of" {
                    // (Cited in brackets after the offence: "for participating in a banned group (Article 405(2))".)
                    // (Or naming a case by its article: "closed the Article 274 investigation against the blogger".)
                    let namesACase = begin > tokens.startIndex && ["the", "an", "a"].contains(tokens[begin - 1].lower)
                        && last + 1 < tokens.endIndex && caseNouns.contains(tokens[last + 1].lower)
                    waiting = (begin, last, numbers, parts, part, begin == tokens.startIndex || tokens[begin - 1].lower == "under" || tokens[begin - 1].isMark("(") || namesACase)
                }
                k = j; continue
            }
            // "Part 1 of Article 405 and Part 1 of Article 174 of the Criminal Code": the first takes the code of the list.
            if let w = waiting {
                waiting = nil
                if tokens[(w.last + 1)..<begin].allSatisfy({ [",", "and", "or"].contains($0.lower) }) { settle(w, code: code, through: last) }
                else if w.cited { settle(w, code: found.last?.0.code ?? fallbackCode, through: w.last, inferred: true) }
            }
            let text = OrganizationRecognizer.text(of: tokens[begin...last])
            for (number, own) in zip(numbers, parts) {
                found.append((LegalProvisionRef(code: code, article: number, part: own ?? part, text: text), begin...last))
            }
            begin = last + 1
            k = last + 1
        }
        settleWaiting()
        return found
    }

    /// A part in brackets written on after its article's number: "174(1)".
    private static func writtenOnPart(at j: Int, in tokens: ArraySlice<Token>) -> String? {
        guard j + 2 < tokens.endIndex, tokens[j].isMark("("), !tokens[j].spaceBefore, tokens[j + 1].isNumber, tokens[j + 2].isMark(")") else { return nil }
        return tokens[j + 1].text
    }
    /// A part told after its article by a word and its number: "part 6", "paragraph 2", "pt 2", "pt.6"; and where it ends.
    private static func partWord(at j: Int, in tokens: ArraySlice<Token>) -> (String, Int)? {
        guard j + 1 < tokens.endIndex, ["part", "paragraph", "pt"].contains(tokens[j].lower) else { return nil }
        if tokens[j + 1].isNumber { return (tokens[j + 1].text, j + 1) }
        if tokens[j].lower == "pt", j + 2 < tokens.endIndex, tokens[j + 1].isMark("."), tokens[j + 2].isNumber { return (tokens[j + 2].text, j + 2) }
        return nil
    }

    /// Nouns a case is named by after its article: "the Article 274 investigation".
    private static let caseNouns: Set<String> = ["case", "cases", "investigation", "charge", "charges", "proceedings", "prosecution", "trial"]

    /// "Criminal Code", "Administrative Code", "Code on Administrative Offences|Violations", "CoAO", "Civil Code".
    private static func codeName(_ tokens: ArraySlice<Token>, at i: Int) -> (LegalCode, Int)? {
        guard i < tokens.endIndex else { return nil }
        func word(_ j: Int) -> String { j < tokens.endIndex ? tokens[j].lower : "" }
        switch (word(i), word(i + 1)) {
        case ("criminal", "code"): return (.criminal, i + 2)
        case ("administrative", "code"): return (.administrative, i + 2)
        case ("civil", "code"), ("labour", "code"), ("labor", "code"), ("tax", "code"): return (.other, i + 2)
        case ("coao", _), ("cao", _), ("aoc", _), ("koap", _): return (.administrative, i + 1)
        // "CC Art. 405(2)": the Criminal Code's abbreviation before the article's.
        case ("cc", "art"), ("cc", "article"), ("cc", "articles"): return (.criminal, i + 1)
        case ("criminal", "procedure"), ("criminal", "procedural"):
            return word(i + 2) == "code" ? (.other, i + 3) : nil
        case ("law", "on"):
            // "the Law on Communications", "the Law on Mass Media": the law's name runs over its capitalised words.
            var end = i + 2
            while end < tokens.endIndex, tokens[end].isCapitalized || (tokens[end].lower == "and" && end + 1 < tokens.endIndex && tokens[end + 1].isCapitalized) {
                end += 1
            }
            return end > i + 2 ? (.other, end) : nil
        case ("code", "on"), ("code", "of"):
            if word(i + 2) == "administrative" { return (.administrative, min(i + 4, tokens.endIndex)) }
            // "the Code of RK on Administrative Offences", as translations of official texts write it.
            if word(i + 1) == "of", word(i + 2) == "rk", word(i + 3) == "on", word(i + 4) == "administrative" {
                return (.administrative, min(i + 6, tokens.endIndex))
            }
            return nil
        // "the Administrative Offences Code".
        case ("administrative", "offences"), ("administrative", "offenses"), ("administrative", "violations"):
            return word(i + 2) == "code" ? (.administrative, i + 3) : nil
        default: return nil
        }
    }
}
