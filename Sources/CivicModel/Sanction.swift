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
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
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
