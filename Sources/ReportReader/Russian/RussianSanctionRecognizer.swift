import CivicModel

/// Finds sanctions as Russian reports write them: "10 суток административного ареста", "арестован на пять суток",
/// "штраф в размере 50 МРП", "оштрафован на 138 900 тенге", "к семи годам лишения свободы", "два года ограничения
/// свободы", "пять лет условно", "запрет заниматься общественной деятельностью на 5 лет".
enum RussianSanctionRecognizer {
    /// A colony's punishment cells: "ШИЗО", "штрафной изолятор", "карцер", "ПКТ".
    private static let punishmentCells = ["шизо", "штрафн", "карцер", "пкт"]
    /// How far after "запрещено" the activity banned may be named ("запрещено заниматься общественно-политической деятельностью").
    private static let banObjectReach = 10
    static func sanctions(in t: ArraySlice<Token>) -> [SanctionMention] {
        var found: [SanctionMention] = []
        var k = t.startIndex
        while k < t.endIndex {
            guard let number = RussianWords.number(at: k, in: t), number.tokens.upperBound + 1 < t.endIndex else { k += 1; continue }
            var unitIndex = number.tokens.upperBound + 1
            // "10 (десять) суток", "100 (сто) МРП": the number in words, in brackets, as court papers repeat it.
            if unitIndex + 2 < t.endIndex, t[unitIndex].isMark("("), RussianWords.numberWords[t[unitIndex + 1]] != nil {
                var close = unitIndex + 2
                while close < t.endIndex, close - unitIndex <= 4, !t[close].isMark(")") { close += 1 }
                if close + 1 < t.endIndex, t[close].isMark(")") { unitIndex = close + 1 }
            }
            if let mention = fine(number, unitIndex: unitIndex, in: t) ?? term(number, unitIndex: unitIndex, in: t) {
                // "20 МРП (78 640 тенге)": the amount in brackets is the same fine in another unit.
                let converted = mention.sanction.kind == .fine && k - 1 > t.startIndex && t[k - 1].isMark("(")
                    && found.last.map { $0.sanction.kind == .fine && $0.tokens.upperBound >= k - 3 } == true
                    // ("на сто МРП, это больше четырёхсот тысяч тенге", "50 МРП, что составляет 216 250 тенге": the same fine.)
                    || mention.sanction.kind == .fine && found.last.map { last in
                        last.sanction.kind == .fine && last.sanction.currency != mention.sanction.currency && last.tokens.upperBound >= k - 5
                            && t[(last.tokens.upperBound + 1)..<k].contains { conversionWords.contains($0) }
                    } == true
                if !converted, !found.contains(where: { $0.sanction == mention.sanction }) { found.append(mention) }
                k = mention.tokens.upperBound + 1
            } else if let previous = found.last, [.imprisonment, .restrictionOfFreedom].contains(previous.sanction.kind),
                      let unit = RussianWords.unit(of: t[unitIndex]), unit != .day, number.tokens.lowerBound > t.startIndex,
                      ["к", "на"].contains(t[number.tokens.lowerBound - 1].lower) {
                // "А — к пяти годам лишения свободы, Б и В — к трём годам каждого": the kind of the term told before.
                let sanction = Sanction(kind: previous.sanction.kind, months: unit == .month ? number.value : nil, years: unit == .year ? number.value : nil)
                if !found.contains(where: { $0.sanction == sanction }) { found.append(SanctionMention(sanction: sanction, tokens: number.tokens.lowerBound...unitIndex)) }
                k = unitIndex + 1
            } else {
                k = number.tokens.upperBound + 1
            }
        }
        // "с запретом заниматься общественной деятельностью на весь срок": a ban as long as the term the sentence gives.
        if let whole = wholeTermBan(in: t), !found.contains(where: { $0.sanction.kind == .banOnActivity }),
           let term = found.first(where: { [.restrictionOfFreedom, .imprisonment].contains($0.sanction.kind) }) {
            found.append(SanctionMention(sanction: Sanction(kind: .banOnActivity, months: term.sanction.months, years: term.sanction.years), tokens: whole))
        }
        // "а Тимуру – предупреждение": a warning given, named by its noun.
        for k in t.indices where warningNouns.contains(t[k]) && !found.contains(where: { $0.sanction.kind == .warning })
            && !(k > t.startIndex && t[k - 1].lower == "без") {
            found.append(SanctionMention(sanction: Sanction(kind: .warning), tokens: k...k))
        }
        return found
    }
    private static let warningNouns = WordSet(["предупреждение", "предупреждения"])
    /// Where a sentence bans an activity "на весь срок" (or "на тот же срок", "на срок наказания"), the term its sentence (or
    /// the one before) gives: the words "весь срок".
    static func wholeTermBan(in t: ArraySlice<Token>) -> ClosedRange<Int>? {
        guard t.contains(where: { $0.lower.hasBytePrefix("запрет") || $0.lower.hasBytePrefix("запрещ") }),
              t.contains(where: { $0.lower.hasBytePrefix("деятельност") }) else { return nil }
        return t.indices.first { k in
            k + 1 < t.endIndex && ["весь", "тот", "срок"].contains(t[k].lower)
                && (t[k + 1].lower == "срок" && t[k].lower != "срок" || t[k].lower == "срок" && t[k + 1].lower.hasBytePrefix("наказани")
                    || t[k].lower == "тот" && k + 2 < t.endIndex && t[k + 1].lower == "же" && t[k + 2].lower == "срок")
                && k > t.startIndex && ["на", "весь"].contains(t[k - 1].lower)
        }.map { $0...($0 + 1) }
    }
    /// Words that give a fine again in another unit: "это больше …", "что составляет …", "около …".
    private static let conversionWords = WordSet(["это", "что", "составляет", "больше", "более", "около", "почти", "примерно"])
    private static let offsetWords = WordSet(["через", "спустя", "назад"])

    /// "50 МРП", "50 месячных расчётных показателей", "138 900 тенге", "100 тыс. тенге".
    private static func fine(_ number: RussianWords.Number, unitIndex: Int, in t: ArraySlice<Token>) -> SanctionMention? {
        let unit = t[unitIndex].lower
        let currency: Currency
        var last = unitIndex
        if unit == "мрп" || unit == "мрп-" {
            currency = .mci
        } else if unit.hasBytePrefix("месячн"), unitIndex + 2 < t.endIndex, t[unitIndex + 1].lower.hasBytePrefix("расч"), t[unitIndex + 2].lower.hasBytePrefix("показател") {
            currency = .mci
            last = unitIndex + 2
        } else if unit == "тенге" || unit == "тг" {
            currency = .kzt
        } else if unit == "долларов" || unit == "доллара" || unit == "usd" {
            currency = .usd
        } else {
            return nil
        }
        return SanctionMention(sanction: Sanction(kind: .fine, amount: number.value, currency: currency), tokens: number.tokens.lowerBound...last)
    }

    /// A term: days of arrest, years of prison or restriction of freedom, a ban on activity for years.
    private static func term(_ number: RussianWords.Number, unitIndex: Int, in t: ArraySlice<Token>) -> SanctionMention? {
        guard let unit = RussianWords.unit(of: t[unitIndex]) else { return nil }
        // "в декабре 2022 года к пяти годам …": a year of the calendar, not a term.
        if unit == .year, DateRecognizer.years.contains(Int(number.value)) { return nil }
        // "Через два дня суд арестовал его …", "спустя три дня", "неделю назад": how long after, not a term.
        if number.tokens.lowerBound > t.startIndex, offsetWords.contains(t[number.tokens.lowerBound - 1]) { return nil }
        if unitIndex + 1 < t.endIndex, offsetWords.contains(t[unitIndex + 1]) { return nil }
        var years: Double?, months: Double?, days: Double?
        switch unit {
        case .day: days = number.value
        case .month: months = number.value
        case .year: years = number.value
        }
        var last = unitIndex
        // "два года и шесть месяцев", "2 года 6 месяцев"
        var next = last + 1
        if next < t.endIndex, t[next].lower == "и" { next += 1 }
        if unit == .year, next < t.endIndex, let more = RussianWords.number(at: next, in: t), more.tokens.upperBound + 1 < t.endIndex,
           RussianWords.unit(of: t[more.tokens.upperBound + 1]) == .month {
            months = more.value
            last = more.tokens.upperBound + 1
        }
        let after = t[(last + 1)..<min(t.endIndex, last + 6)].map(\.lower)
        let before = t[max(t.startIndex, number.tokens.lowerBound - 8)..<number.tokens.lowerBound].map(\.lower)
        let kind: SanctionKind
        if unit == .day, t[unitIndex].lower.hasBytePrefix("сут") || after.contains(where: { $0.hasBytePrefix("арест") }) || before.contains(where: { $0.hasBytePrefix("арест") }) {
            // Days are the administrative arrest Russian reports count in "сутки".
            guard !before.contains(where: { $0.hasBytePrefix("домашн") }) else { return nil }
            // ("на 15 суток водворили в штрафной изолятор": days in a colony's punishment cell, a prison's own penalty.)
            kind = (before + after).contains(where: { w in punishmentCells.contains { w.hasBytePrefix($0) } }) ? .other : .administrativeArrest
        } else if let ban = before.lastIndex(where: { $0.hasBytePrefix("запрет") }),
                  !before[ban...].contains(where: { $0.hasBytePrefix("ограничени") || $0.hasBytePrefix("лишени") }),
                  before[ban...].contains(where: { $0.hasBytePrefix("деятельност") || $0.hasBytePrefix("заним") }) {
            // "к двум годам ограничения свободы с запретом заниматься общественной деятельностью на три года": the ban's
            // term, after the sentence's.
            kind = .banOnActivity
        } else if after.first?.hasBytePrefix("запрет") == true
                    // ("ему на три года запрещено заниматься общественно-политической деятельностью")
                    || (after.first?.hasBytePrefix("запрещ") == true && t[(last + 1)...].prefix(Self.banObjectReach).contains(where: { $0.lower.hasBytePrefix("деятельност") })) {
            // "2 года ограничения свободы и 3 года запрета на журналистскую деятельность": the term's own noun names the ban.
            kind = .banOnActivity
        } else if after.prefix(2).contains(where: { $0.hasBytePrefix("услов") }) || before.suffix(3).contains(where: { $0.hasBytePrefix("услов") })
                    // ("к 3 годам лишения свободы условно")
                    || (phrase(Array(after.prefix(2)), "лишени", "свобод") && after.dropFirst(2).first?.hasBytePrefix("условн") == true) {
            // A suspended sentence is not imprisonment.
            kind = .other
        } else if phrase(after, "лишени", "свобод") || phrase(before, "лишени", "свобод") || after.prefix(2).contains(where: { $0.hasBytePrefix("заключени") || $0.hasBytePrefix("тюрем") || $0.hasBytePrefix("колони") }) {
            kind = .imprisonment
        } else if phrase(after, "ограничени", "свобод") || phrase(before, "ограничени", "свобод") {
            kind = .restrictionOfFreedom
        } else if unit != .day, before.suffix(2).contains(where: { $0.hasBytePrefix("приостанов") }) {
            // "приостановил на три месяца деятельность фонда": the body's work stopped for a time, not a ban.
            kind = .suspension
        } else if before.contains(where: { $0.hasBytePrefix("запрет") || $0.hasBytePrefix("запрещ") || $0.hasBytePrefix("лишени") })
                    || after.contains(where: { $0.hasBytePrefix("деятельност") })
                    // ("лишил её права заниматься журналистской деятельностью на два года")
                    || (before.contains(where: { $0.hasBytePrefix("деятельност") }) && before.contains(where: { ["лишил", "лишила", "лишили", "лишён", "лишен", "лишена"].contains($0) }))
                    // ("запретил ему заниматься общественной и журналистской деятельностью в течение трёх лет")
                    || (before.contains(where: { $0.hasBytePrefix("деятельност") })
                        && t[max(t.startIndex, number.tokens.lowerBound - 12)..<number.tokens.lowerBound].contains(where: { $0.lower.hasBytePrefix("запрет") })) {
            // "запрет заниматься общественной деятельностью на пять лет", "лишение права … на три года"
            kind = .banOnActivity
        } else if unit != .day, before.contains(where: { $0.hasBytePrefix("приостанов") }) {
            kind = .suspension
        } else {
            return nil
        }
        if kind == .other { last = max(last, t[(last + 1)..<min(t.endIndex, last + 4)].firstIndex { $0.lower.hasBytePrefix("услов") } ?? last) }
        return SanctionMention(sanction: Sanction(kind: kind, days: days, months: months, years: years), tokens: number.tokens.lowerBound...last)
    }

    /// Whether two words run in order, in full or shortened with a stop as tables write them: "ограничения свободы",
    /// "огр. своб.", "лиш. своб.".
    private static func phrase(_ words: [String], _ first: String, _ second: String) -> Bool {
        if zip(words, words.dropFirst()).contains(where: { $0.hasBytePrefix(first) && $1.hasBytePrefix(second) }) { return true }
        let short = (String(first.prefix(3)), String(second.prefix(4)))
        return words.indices.dropLast(2).contains { i in
            words[i] == short.0 && words[i + 1] == "." && words[i + 2] == short.1
        }
    }
}
