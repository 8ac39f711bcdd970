import CivicModel

/// Finds articles of the codes as Russian reports cite them: "статьи 174 УК РК", "по ч. 2 ст. 488 КоАП",
/// "части 1 статьи 400 Уголовного кодекса", "статьям 174, 274 и 400 УК", "ст. 488 Кодекса об административных
/// правонарушениях". An article without a code after it (a law's, the Constitution's) is not taken, unless the text
/// cited it with its code before, or it is an offence article every source cites under one code (`ArticleCodes`:
/// "по статье 274", "по 488-й, часть шестая").
enum RussianProvisionRecognizer {
    /// `knownCodes`: the code each article number was last cited with in the text, for a later citation that names none
    /// ("по части 1 статьи 274" in an article about Article 274 of the Criminal Code).
    static func provisions(in t: ArraySlice<Token>, knownCodes: [String: LegalCode] = [:]) -> [(LegalProvisionRef, ClosedRange<Int>)] {
        var found: [(LegalProvisionRef, ClosedRange<Int>)] = []
        /// Articles cited without their code, joined by "," or "и" to the next citation, whose code they share.
        var waiting: [(articles: [String], part: String?, begin: Int, end: Int)] = []
        var k = t.startIndex
        while k < t.endIndex {
            var begin = k, cursor = k, part: String?
            // "по 488-й, часть шестая", "по 274-й статье": the article as a spoken ordinal, of a number `ArticleCodes` knows.
            if t[k].lower == "по", let (article, code, end) = spokenArticle(after: k, in: t) {
                var last = end
                if let (number, partEnd) = partTold(after: last, in: t) { part = number; last = partEnd }
                let text = OrganizationRecognizer.text(of: t[(k + 1)...last])
                found.append((LegalProvisionRef(code: code, article: article, part: part, text: text), (k + 1)...last))
                waiting.removeAll()
                k = last + 1
                continue
            }
            // "ч. 2", "части 2", "частью 2"
            if isPartWord(t[k]) {
                var n = k + 1
                if n < t.endIndex, t[n].isMark(".") { n += 1 }
                if n < t.endIndex, let number = partNumber(t[n]) { part = number; cursor = n + 1 } else { k += 1; continue }
            }
            guard cursor < t.endIndex, isArticleWord(t[cursor]) else { k += 1; continue }
            begin = part == nil ? cursor : begin
            var n = cursor + 1
            if n < t.endIndex, t[n].isMark(".") { n += 1 }
            var articles: [String] = []
            while n < t.endIndex, t[n].isNumber {
                var article = t[n].text
                // "174-1": an article number with its dash.
                if n + 2 < t.endIndex, t[n + 1].isMark("-"), !t[n + 1].spaceBefore, t[n + 2].isNumber, !t[n + 2].spaceBefore {
                    article += "-" + t[n + 2].text
                    n += 2
                }
                articles.append(article)
                n += 1
                if n < t.endIndex, t[n].isMark(",") || t[n].lower == "и", n + 1 < t.endIndex, t[n + 1].isNumber { n += 1 } else { break }
            }
            // "ст. 488 ч. 6 КоАП": the part after the article, as bulletins and tables write it.
            if part == nil, articles.count == 1, n < t.endIndex, isPartWord(t[n]) {
                var p = n + 1
                if p < t.endIndex, t[p].isMark(".") { p += 1 }
                if p < t.endIndex, let number = partNumber(t[p]) { part = number; n = p + 1 }
            }
            guard !articles.isEmpty else { k = max(k + 1, n); continue }
            guard var (code, last) = code(after: n, in: t) else {
                // "ч. 1 ст. 174, ст. 400 УК РК": an article whose code is named after the next one's.
                // (", часть вторая" without an article after it is this article's part.)
                let toldPart = part == nil && articles.count == 1 ? partTold(after: n - 1, in: t) : nil
                if toldPart == nil, n < t.endIndex, t[n].isMark(",") || t[n].lower == "и", n + 1 < t.endIndex, isArticleWord(t[n + 1]) || isPartWord(t[n + 1]) {
                    waiting.append((articles, part, begin, n - 1))
                } else if namesAnotherText(at: n, in: t) {
                    waiting.removeAll()
                } else if let known = knownCodes[articles[0]], articles.allSatisfy({ knownCodes[$0] == known }) {
                    waiting.removeAll()
                    let text = OrganizationRecognizer.text(of: t[begin...(n - 1)])
                    for article in articles { found.append((LegalProvisionRef(code: known, article: article, part: part, text: text), begin...(n - 1))) }
                } else if case let codes = articles.compactMap(ArticleCodes.code(of:)), codes.count == articles.count {
                    // "возбудили дело по статье 274, часть вторая": an offence article every source cites under one code
                    // (`ArticleCodes`), told without it, as speech and interviews do. (Not "статья 174 Закона …".)
                    waiting.removeAll()
                    var last = n - 1
                    if let (number, end) = toldPart { part = number; last = end }
                    let text = OrganizationRecognizer.text(of: t[begin...last])
                    for (article, code) in zip(articles, codes) {
                        found.append((LegalProvisionRef(code: code, article: article, part: part, text: text), begin...last))
                    }
                    n = last + 1
                } else {
                    waiting.removeAll()
                }
                k = max(k + 1, n)
                continue
            }
            // (Only a chain of citations each just before the next: "ст. 5, которая …, ст. 488 КоАП" shares no code.)
            var reach = begin, chained: [(articles: [String], part: String?, begin: Int, end: Int)] = []
            for held in waiting.reversed() where reach - held.end <= 3 {
                chained.insert(held, at: 0)
                reach = held.begin
            }
            for held in chained {
                let text = OrganizationRecognizer.text(of: t[held.begin...held.end])
                for article in held.articles { found.append((LegalProvisionRef(code: code, article: article, part: held.part, text: text), held.begin...held.end)) }
            }
            waiting.removeAll()
            // "по статье 488 КоАП, часть седьмая": the part told after the code.
            // (Not the part of the next article: "ст. 174 УК, ч. 1 ст. 274 УК".)
            if part == nil, articles.count == 1 {
                var p = last + 1
                if p < t.endIndex, t[p].isMark(",") { p += 1 }
                if p < t.endIndex, isPartWord(t[p]) {
                    p += 1
                    if p < t.endIndex, t[p].isMark(".") { p += 1 }
                    if p < t.endIndex, let number = partNumber(t[p]), !(p + 1 < t.endIndex && isArticleWord(t[p + 1])) { part = number; last = p }
                }
            }
            let text = OrganizationRecognizer.text(of: t[begin...last])
            for article in articles { found.append((LegalProvisionRef(code: code, article: article, part: part, text: text), begin...last)) }
            k = last + 1
        }
        return found
    }

    private static func isPartWord(_ token: Token) -> Bool { partWords.contains(token) }

    /// A part told after an article: ", часть шестая", "ч. 2", "первая часть". Its number and last token.
    private static func partTold(after last: Int, in t: ArraySlice<Token>) -> (String, Int)? {
        var p = last + 1
        if p < t.endIndex, t[p].isMark(",") { p += 1 }
        guard p < t.endIndex else { return nil }
        if isPartWord(t[p]) {
            p += 1
            if p < t.endIndex, t[p].isMark(".") { p += 1 }
            // (Not the part of the next article: "ч. 2 ст. 488".)
            if p < t.endIndex, let number = partNumber(t[p]), !(p + 1 < t.endIndex && isArticleWord(t[p + 1])) { return (number, p) }
        } else if t[p].isWord, let number = partNumber(t[p]), p + 1 < t.endIndex, t[p + 1].lower == "часть" {
            return (number, p + 1)
        }
        return nil
    }

    /// "488-й" (and "274-й статье") right after `k`: a number `ArticleCodes` knows with an ordinal ending. Its code and last
    /// token.
    private static func spokenArticle(after k: Int, in t: ArraySlice<Token>) -> (String, LegalCode, Int)? {
        let n = k + 1
        guard n + 2 < t.endIndex, t[n].isNumber, t[n + 1].isMark("-"), !t[n + 1].spaceBefore, !t[n + 2].spaceBefore,
              ["й", "ой"].contains(t[n + 2].lower), let code = ArticleCodes.code(of: t[n].text) else { return nil }
        var last = n + 2
        if last + 1 < t.endIndex, isArticleWord(t[last + 1]) { last += 1 }
        return (t[n].text, code, last)
    }

    /// Whether the word after an article's numbers names a text other than the codes: "статья 174 Закона …",
    /// "ст. 400 УПК", "статьи 405 Конституции" (a word in capitals that no code's name begins).
    private static func namesAnotherText(at n: Int, in t: ArraySlice<Token>) -> Bool {
        guard n < t.endIndex, t[n].isWord, let first = t[n].text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// A part's number in figures or as an ordinal word: "2", "первая", "части седьмой", "третьей".
    private static func partNumber(_ token: Token) -> String? {
        if token.isNumber { return token.text }
        guard token.isWord else { return nil }
        let word = token.lower
        for ending in ordinalEndings where word.hasByteSuffix(ending) {
            if let value = ordinalStems[String(word.dropLast(ending.count))] { return String(value) }
        }
        return nil
    }
    /// Feminine ordinal endings (a part, "часть", is feminine), the longest first.
    private static let ordinalEndings = ["ьей", "ая", "ой", "ую", "ья", "ью", "ей"]
    private static let ordinalStems: [String: Int] = ["перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
                                                      "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12]
    private static func isArticleWord(_ token: Token) -> Bool { articleWords.contains(token) }
    private static let partWords = WordSet(["ч", "части", "часть", "частью", "частей"])
    private static let articleWords = WordSet(["ст", "статья", "статьи", "статье", "статью", "статьей", "статьёй", "статьям", "статей", "статьями"])

    /// The code named right after the article numbers, and its last token: "УК РК", "КоАП", "Уголовного кодекса".
    private static func code(after n: Int, in t: ArraySlice<Token>) -> (LegalCode, Int)? {
        guard n < t.endIndex else { return nil }
        let w = t[n].lower
        var code: LegalCode?, last = n
        if w == "ук" {
            code = .criminal
        } else if w == "коап" || w == "кркоап" {
            code = .administrative
        } else if w.hasBytePrefix("уголовн"), n + 1 < t.endIndex, t[n + 1].lower.hasBytePrefix("кодекс") {
            code = .criminal
            last = n + 1
        } else if w.hasBytePrefix("кодекс") {
            // "Кодекса об административных правонарушениях", "Кодекса РК об административных правонарушениях"
            let following = t[(n + 1)..<min(t.endIndex, n + 5)]
            if let admin = following.firstIndex(where: { $0.lower.hasBytePrefix("административн") }) {
                code = .administrative
                last = admin + 1 < t.endIndex && t[admin + 1].lower.hasBytePrefix("правонаруш") ? admin + 1 : admin
            }
        }
        guard let code else { return nil }
        // "РК", "Республики Казахстан"
        if last + 1 < t.endIndex, t[last + 1].lower == "рк" { last += 1 }
        return (code, last)
    }
}
