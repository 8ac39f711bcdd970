import Foundation

/// The kinds of sanction a court or authority imposes.
public enum SanctionKind: String, Vocabulary {
    case administrativeArrest = "administrative_arrest"
    case fine
    case restrictionOfFreedom = "restriction_of_freedom"
    case imprisonment
    case suspension
    case banOnActivity = "ban_on_activity"
    case warning
    case other

    public static let vocabularyName = "sanction kind"
}

/// Currencies and the monthly calculation index (MCI), in which fines are set.
public enum Currency: String, Vocabulary {
    case kzt = "KZT", mci = "MCI", eur = "EUR", usd = "USD"
    public static let vocabularyName = "currency"
}

/// A sanction as imposed: a kind with a term (days, months, years) or an amount.
///
/// Terms the text does not give stay `nil`; "between 15 and 20 days" is two sanctions.
public struct Sanction: Codable, Hashable, Sendable {
    public var kind: SanctionKind
    public var days: Double?
    public var months: Double?
    public var years: Double?
    public var amount: Double?
    public var currency: Currency?

    public init(kind: SanctionKind, days: Double? = nil, months: Double? = nil, years: Double? = nil,
                amount: Double? = nil, currency: Currency? = nil) {
        self.kind = kind
        self.days = days
        self.months = months
        self.years = years
        self.amount = amount
        self.currency = currency
    }

    /// Encodes every key, `null` where unknown, as the design's extract shape does.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(days, forKey: .days)
        try c.encode(months, forKey: .months)
        try c.encode(years, forKey: .years)
        try c.encode(amount, forKey: .amount)
        try c.encode(currency, forKey: .currency)
    }

    /// A readable phrase: "administrative arrest, 10 days", "fine, 538000 KZT".
    public var phrase: String {
        var parts: [String] = []
        func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
        if let years { parts.append("\(number(years)) \(years == 1 ? "year" : "years")") }
        if let months { parts.append("\(number(months)) \(months == 1 ? "month" : "months")") }
        if let days { parts.append("\(number(days)) \(days == 1 ? "day" : "days")") }
        if let amount { parts.append("\(NumberText.grouped(amount))\(currency.map { " \($0.rawValue)" } ?? "")") }
        return parts.isEmpty ? kind.label : "\(kind.label), \(parts.joined(separator: " "))"
    }
}

extension Sanction {
    /// Reads a sanction written as `phrase` writes one: the kind, then its terms and amount, in any order
    /// ("fine, 20 MCI", "administrative arrest, 10 days", "imprisonment, 5 years 6 months", "fine, 530,250 KZT").
    /// The kind may be written with spaces or underscores, in any case.
    public init(phrase written: String) throws {
        let line = written.trimmingCharacters(in: .whitespaces)
        let lower = line.lowercased()
        // The longest label the line begins with: "administrative arrest" before any shorter kind.
        let kinds = SanctionKind.allCases.sorted { $0.label.count > $1.label.count }
        guard let kind = kinds.first(where: { lower.hasPrefix($0.label) || lower.hasPrefix($0.rawValue) }) else {
            throw ModelError.unknownTerm(SanctionKind.vocabularyName, line.split(separator: ",").first.map(String.init) ?? line,
                                         allowed: SanctionKind.allCases.map(\.label))
        }
        let kindLength = lower.hasPrefix(kind.label) ? kind.label.count : kind.rawValue.count
        var rest = Substring(lower.dropFirst(kindLength))
        if let first = rest.first, first.isLetter {
            throw ModelError.unknownTerm(SanctionKind.vocabularyName, line, allowed: SanctionKind.allCases.map(\.label))
        }
        rest = rest.drop { $0 == "," || $0 == " " || $0 == ":" }
        self.init(kind: kind)
        let words = rest.split(separator: " ")
        var index = 0
        func refuse() -> ModelError {
            .invalidValue("cannot read the sanction '\(line)': write it as 'fine, 20 MCI', 'administrative arrest, 10 days' or 'imprisonment, 5 years 6 months'")
        }
        while index < words.count {
            // A number (thousands may be grouped with commas) and what it counts.
            guard index + 1 < words.count, let number = Double(words[index].replacingOccurrences(of: ",", with: "")),
                  number >= 0, number.isFinite else { throw refuse() }
            let unit = String(words[index + 1])
            switch unit {
            case "year", "years": guard years == nil else { throw refuse() }; years = number
            case "month", "months": guard months == nil else { throw refuse() }; months = number
            case "day", "days": guard days == nil else { throw refuse() }; days = number
            default:
                guard amount == nil, let unitCurrency = Currency(rawValue: unit.uppercased()) else { throw refuse() }
                amount = number
                currency = unitCurrency
            }
            index += 2
        }
    }
}
