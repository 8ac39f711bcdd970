import CivicModel

/// A sanction found in a sentence, with the tokens it spans.
struct SanctionMention: Hashable, Sendable {
    var sanction: Sanction
    var tokens: ClosedRange<Int>
}

/// Finds sanctions: "five days of administrative detention", "12 days’ administrative detention",
/// "administrative detention of between 15 and 20 days", "two years of restriction of freedom",
/// "1.5 years’ imprisonment", "a suspended four-year prison sentence", "fined 538,000 KZT",
/// "KZT 20 million in moral compensation", "20 times the MCI", "banned from … activities for five years",
/// "suspended … for six months", "administrative supervision for up to three years", probation,
/// forced labour, confiscation of property, a ban on social networks, a warning.
enum SanctionRecognizer {
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a": 1, "an": 1,
    ]
    /// The keys of `numberWords`, so that most words are ruled out without hashing them.
    private static let numberWordSet = WordSet(numberWords.keys)
    private enum Unit: Sendable { case days, months, years }
    private static let units: [String: Unit] = [
        "day": .days, "days": .days, "month": .months, "months": .months, "year": .years, "years": .years,
        // As tables abbreviate them: "1 yr 6 mo", "2 yrs".
        "yr": .years, "yrs": .years, "mo": .months, "mos": .months,
    ]
    private static let multipliers: [String: Double] = ["thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "mln": 1_000_000]

    /// A term: a quantity of days, months or years, with its tokens.
    private struct Term { var quantity: Double; var unit: Unit; var tokens: ClosedRange<Int> }

    /// Words that lead into an amount converting the one before it, and how far after it that amount may stand.
    private static let conversionWords: Set<String> = ["(", "around", "about", "roughly", "approximately", "equivalent"]
    private static let conversionReach = 7

    static func sanctions(in tokens: ArraySlice<Token>) -> [SanctionMention] {
        var found: [SanctionMention] = []
        let lower = tokens.map(\.lower)
        let base = tokens.startIndex
        func word(_ i: Int) -> String { i >= base && i < tokens.endIndex ? lower[i - base] : "" }

        // Terms
        var terms: [Term] = []
        var k = base
        while k < tokens.endIndex {
            if let (q, last) = quantity(tokens, at: k) {
                var u = last + 1
                if word(u) == "-" { u += 1 }
                // "a 34-year-old courier": an age, not a term.
                if units[word(u)] != nil, word(u + 1) == "-" || word(u + 1) == "old", word(u + 1) == "old" || word(u + 2) == "old" {
                    k = u + 1
                    continue
                }
                // A table's "10 d. arrest": days abbreviated with a stop.
                if word(u) == "d", word(u + 1) == ".", tokens[u].isSingle, !tokens[u + 1].spaceBefore {
                    terms.append(Term(quantity: q, unit: .days, tokens: k...(u + 1)))
                    k = u + 2
                    continue
                }
                if let unit = units[word(u)] {
                    // "one year and six months", a table's "1 yr 6 mo": one term, in years.
                    if unit == .years, word(u + 1) == "and", let (q2, l2) = quantity(tokens, at: u + 2), units[word(l2 + 1)] == .months {
                        terms.append(Term(quantity: q + q2 / 12, unit: .years, tokens: k...(l2 + 1)))
                        k = l2 + 2
                        continue
                    }
                    if unit == .years, let (q2, l2) = quantity(tokens, at: u + 1), tokens[u + 1].isNumber, units[word(l2 + 1)] == .months {
                        terms.append(Term(quantity: q + q2 / 12, unit: .years, tokens: k...(l2 + 1)))
                        k = l2 + 2
                        continue
                    }
                    terms.append(Term(quantity: q, unit: unit, tokens: k...u))
                    k = u + 1
                    continue
                }
                // Terms listed in one unit: "between one and five years"; "four and three years respectively", "10, 7 and 5
                // days … respectively" (each read in the first one's clause).
                var listed = [(q, k)], at = u
                while word(at) == ",", let (next, end) = quantity(tokens, at: at + 1) { listed.append((next, at + 1)); at = end + 1 }
                if word(at) == "and", let (final, end) = quantity(tokens, at: at + 1), let unit = units[word(end + 1)] {
                    listed.append((final, at + 1))
                    let respectively = ((end + 2)...(end + 5)).contains { word($0) == "respectively" }
                    if respectively || (listed.count == 2 && word(k - 1) == "between") {
                        for (value, from) in listed { terms.append(Term(quantity: value, unit: unit, tokens: (respectively ? k : from)...(end + 1))) }
                        k = end + 2
                        continue
                    }
                }
            }
            k += 1
        }
        for term in terms {
            guard let kind = kind(for: term, tokens: tokens, word: word) else { continue }
            var sanction = Sanction(kind: kind)
            switch term.unit {
            case .days: sanction.days = term.quantity
            case .months: sanction.months = term.quantity
            case .years: sanction.years = term.quantity
            }
            found.append(SanctionMention(sanction: sanction, tokens: term.tokens))
        }

        // Amounts: fined 538,000 KZT; KZT 20 million; 20 times the MCI; 525,060 tenge
        k = base
        while k < tokens.endIndex {
            let w = word(k)
            // "30 monthly calculation indices", spelt out: MCI.
            if w == "monthly", word(k + 1) == "calculation", word(k + 2).hasPrefix("ind"), k - 1 >= base,
               let amount = tokens[k - 1].value ?? numberWords[word(k - 1)] {
                found.append(SanctionMention(sanction: Sanction(kind: .fine, amount: amount, currency: .mci), tokens: (k - 1)...(k + 2)))
                k += 3
                continue
            }
            // ("50 MCIs": the plural, as some reports write it.)
            if w == "kzt" || w == "tenge" || w == "mci" || w == "mcis" || w == "eur" || w == "usd" || w == "euro" {
                var amount: Double? = nil, span = k...k
                if let (q, last) = quantity(tokens, at: k + 1), tokens[k + 1].isNumber {
                    amount = q; span = k...last
                    if let m = multipliers[word(last + 1)] { amount = q * m; span = k...(last + 1) }
                } else if k - 1 >= base, tokens[k - 1].isNumber {
                    // "245 000 tenge": groups of three digits written apart, as Kazakhstani texts write thousands.
                    var first = k - 1, value = tokens[k - 1].value
                    while first - 1 >= base, tokens[first - 1].isNumber, tokens[first].spaceBefore, tokens[first].text.count == 3,
                          tokens[first].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), tokens[first - 1].text.count <= 3,
                          let high = tokens[first - 1].value, let low = value, !tokens[first - 1].text.contains(",") {
                        value = high * 1000 + low
                        first -= 1
                    }
                    amount = value; span = first...k
                } else if k - 2 >= base, let m = multipliers[word(k - 1)], let v = tokens[k - 2].value {
                    amount = v * m; span = (k - 2)...k
                } else if w == "mci", word(k - 1) == "the", word(k - 2) == "times", k - 3 >= base, let v = tokens[k - 3].value ?? numberWords[word(k - 3)] {
                    amount = v; span = (k - 3)...k
                }
                if let amount {
                    let currency: Currency = w == "mci" || w == "mcis" ? .mci : (w == "eur" || w == "euro" ? .eur : (w == "usd" ? .usd : .kzt))
                    let window = (max(base, span.lowerBound - 8)...min(tokens.endIndex - 1, span.upperBound + 6)).map { word($0) }
                    let insideBrackets = (max(base, span.lowerBound - 3)..<span.lowerBound).contains { Self.conversionWords.contains(word($0)) }
                    let kind: SanctionKind = window.contains(where: { $0.hasPrefix("fine") }) ? .fine
                        : (window.contains(where: { ["compensation", "damages", "pay"].contains($0) }) ? .other : .fine)
                    // "50 MCI (about 145,850 tenge)": the second amount converts the first. (So does "100 monthly calculation indices
                    // (MCI), or roughly 369,000 tenge".)
                    let converts = insideBrackets && found.contains { $0.sanction.amount != nil && $0.tokens.upperBound < span.lowerBound && span.lowerBound - $0.tokens.upperBound <= Self.conversionReach }
                    if !(insideBrackets && currency != .kzt && currency != .mci) && !converts {
                        found.append(SanctionMention(sanction: Sanction(kind: kind, amount: amount, currency: currency), tokens: span))
                    }
                }
            }
            k += 1
        }

        // Sanctions without a number
        let hasAmountFine = found.contains { $0.sanction.kind == .fine }
        for (i, w) in lower.enumerated() {
            let at = base + i
            func add(_ kind: SanctionKind) {
                // "three years of probation": the word names the term's kind, already found.
                if !found.contains(where: { $0.sanction.kind == kind && ($0.tokens.contains(at) || (1...3).contains(at - $0.tokens.upperBound)) }) {
                    found.append(SanctionMention(sanction: Sanction(kind: kind), tokens: at...at))
                }
            }
            switch w {
            case "fined" where !hasAmountFine: add(.fine)
            case "fine" where !hasAmountFine && (word(at - 1) == "a" && ["to", "into"].contains(word(at - 2))): add(.fine)
            case "probation": add(.other)
            case "labour", "labor" where word(at - 1) == "forced" || word(at - 1) == "correctional": if word(at - 1) == "forced" || word(at - 1) == "correctional" { add(.other) }
            case "confiscation": add(.other)
            case "networks", "media" where word(at - 1) == "social" && ["using", "use"].contains(word(at - 2)): if ["using", "use"].contains(word(at - 2)) { add(.other) }
            case "sentence" where word(at - 1) == "prison" && !terms.contains(where: { $0.tokens.upperBound >= at - 3 && $0.tokens.upperBound < at }):
                if word(at - 2) != "suspended" { add(.imprisonment) }
            case "imprisonment" where ["to", "into"].contains(word(at - 1)) && !terms.contains(where: { $0.tokens.upperBound >= at - 3 && $0.tokens.upperBound < at }):
                add(.imprisonment)
            case "warning": add(.warning)
            default: break
            }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// How far back a term's clause is read for its kind: far enough to pass a long organisation name
    /// ("suspended the work of the … Bureau for Human Rights and Rule of Law for three months").
    private static let clauseWindow = 20
    /// Words of a colony's punishment cell.
    private static let punishmentCellWords: Set<String> = ["punishment", "solitary", "disciplinary"]
    /// Words after a term that make it a prison term: "a five-year sentence".
    private static let termWords: Set<String> = ["sentence", "sentences", "term", "jail"]

    /// The kind a term belongs to, from the words right after it, else from the words before it in its clause.
    private static func kind(for term: Term, tokens: ArraySlice<Token>, word: (Int) -> String) -> SanctionKind? {
        let after = (term.tokens.upperBound + 1)...min(term.tokens.upperBound + 5, max(term.tokens.upperBound + 1, tokens.endIndex - 1))
        let afterWords = after.map(word)
        let before = (max(tokens.startIndex, term.tokens.lowerBound - clauseWindow)..<term.tokens.lowerBound).map(word)
        // "placed in a punishment cell for 15 days", "ten days in solitary confinement": a colony's own penalty.
        if term.unit == .days, (before.suffix(8) + afterWords).contains(where: { punishmentCellWords.contains($0) }) { return .other }
        func forward() -> SanctionKind? {
            let joined = " " + afterWords.joined(separator: " ") + " "
            if joined.contains(" administrative detention ") || joined.contains(" administrative arrest ") { return .administrativeArrest }
            // A post's shorthand: "10 days admin arrest", "15 days adm. detention".
            if term.unit == .days, joined.hasPrefix(" admin arrest ") || joined.hasPrefix(" admin detention ") || joined.hasPrefix(" adm ")
                || joined.hasPrefix(" admin . arrest ") || joined.hasPrefix(" admin . detention ")
                || joined.hasPrefix(" ' admin . arrest ") || joined.hasPrefix(" ’ admin . arrest ") { return .administrativeArrest }
            // "15 days of arrest", "ten days’ arrest": custody counted in days is administrative arrest.
            if term.unit == .days, joined.hasPrefix(" of arrest ") || joined.hasPrefix(" arrest ") || joined.hasPrefix(" ’ arrest ") || joined.hasPrefix(" ' arrest ") { return .administrativeArrest }
            if joined.contains(" restriction of freedom") || joined.contains(" restricted freedom") || joined.contains(" restriction of liberty") || joined.contains(" restricted liberty") { return .restrictionOfFreedom }
            if joined.contains(" prison ") || joined.contains(" imprisonment ") || joined.contains(" jail ") || joined.contains(" in prison") || joined.hasPrefix(" ’ imprisonment") {
                return before.suffix(3).contains("suspended") ? .other : .imprisonment
            }
            if joined.contains(" administrative supervision") || joined.contains(" probation") { return .other }
            // "a three-year ban on working as a journalist", "a five-year ban on holding elected positions": a ban on what the
            // person may do, unless it is on leaving ("a two-year travel ban").
            if let first = afterWords.first, first == "ban" || first == "prohibition" {
                return joined.hasPrefix(" ban on leaving") || joined.hasPrefix(" prohibition on leaving") ? .other : .banOnActivity
            }
            if afterWords.first == "travel", afterWords.dropFirst().first == "ban" { return .other }
            // "a two-year suspended sentence", "a five-year sentence"
            if afterWords.first == "suspended", afterWords.count > 1, termWords.contains(afterWords[1]) { return .other }
            if let first = afterWords.first, termWords.contains(first) { return before.suffix(3).contains("suspended") ? .other : .imprisonment }
            return nil
        }
        if let k = forward() { return k }
        // "received four years": the term a court gave.
        if let verb = before.last, verb == "received" || verb == "got" { return .imprisonment }
        // Look back to the nearest cue word in the clause.
        for (at, w) in before.enumerated().reversed() {
            switch w {
            case "detention", "arrest":
                return before.contains("administrative") || before.contains("admin") ? .administrativeArrest : nil
            // "sent him to a detention centre for 15 days" (not a pre-trial detention centre).
            case "centre", "center":
                if before.contains("detention"), !before.contains("trial") { return .administrativeArrest }
            case "supervision", "leaving": return .other
            case "suspended", "suspend", "suspends", "suspension":
                return .suspension
            case "activities", "activity", "engaging", "participating", "participation", "leading", "organisations", "organizations", "positions",
                 "blogging", "journalism", "journalistic", "publishing", "posting", "media", "networks", "internet":
                if before.contains(where: { ["banned", "prohibited", "barred", "ban", "prohibition", "deprived", "deprivation", "banning", "barring", "prohibiting", "bans"].contains($0) }) { return .banOnActivity }
            case "imprisonment", "prison", "jailed", "imprisoned": return .imprisonment
            // "restriction of freedom for a term of 3 years": the kind told before the term.
            case "freedom", "liberty":
                if before[max(0, at - 2)..<at].contains(where: { $0 == "restriction" || $0 == "restricted" }) { return .restrictionOfFreedom }
            case "sentenced":
                return .imprisonment
            case ".", ";", "on", "since", "after", "during", "within", "ago", "earlier", "than": return nil
            default: continue
            }
        }
        return nil
    }

    /// A quantity starting at `i`: "12", "1.5", "five", "one and a half", "half a"; with the index of its last token.
    static func quantity(_ tokens: ArraySlice<Token>, at i: Int) -> (Double, Int)? {
        guard i >= tokens.startIndex, i < tokens.endIndex else { return nil }
        let t = tokens[i]
        if t.isNumber, let v = t.value {
            // "7 1/2 years"
            if i + 3 < tokens.endIndex, tokens[i + 1].isMark("1"), tokens[i + 2].isMark("/"), tokens[i + 3].isMark("2") { return (v + 0.5, i + 3) }
            // "10 (ten) days": the number spelt out again in brackets, as official texts write terms.
            if i + 3 < tokens.endIndex, tokens[i + 1].isMark("("), let (spelt, end) = quantity(tokens, at: i + 2), !tokens[i + 2].isNumber,
               spelt == v, end + 1 < tokens.endIndex, tokens[end + 1].isMark(")") {
                return (v, end + 1)
            }
            // A number joined to a unit by a hyphen stays a number: "7.5-year".
            return (v, i)
        }
        guard t.isWord, numberWordSet.contains(t), let v = numberWords[t.lower] else { return nil }
        if t.lower == "a" || t.lower == "an" {
            // "a year", but not "a fine"
            return (v, i)
        }
        if i + 3 < tokens.endIndex, tokens[i + 1].lower == "and", tokens[i + 2].lower == "a", tokens[i + 3].lower == "half" { return (v + 0.5, i + 3) }
        if i + 1 < tokens.endIndex, numberWords[tokens[i + 1].lower] != nil, v >= 20, v.truncatingRemainder(dividingBy: 10) == 0,
           tokens[i + 1].lower != "a", tokens[i + 1].lower != "an" {
            return (v + numberWords[tokens[i + 1].lower]!, i + 1)
        }
        return (v, i)
    }
}
