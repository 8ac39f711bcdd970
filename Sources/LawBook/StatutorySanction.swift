import CivicModel

/// A sanction range an article sets for one kind of offender, as a source states it.
public struct StatutorySanction: Codable, Hashable, Sendable {
    /// Who the range applies to.
    public enum Offender: String, Codable, Hashable, Sendable, CaseIterable {
        case individual, official
        case legalEntity = "legal_entity"
    }

    public let appliesTo: Offender
    public let kind: SanctionKind
    public let part: String?
    public let minMci: Double?
    public let maxMci: Double?
    public let maxDays: Double?
    public let minMonths: Double?
    public let maxMonths: Double?
    public let maxYears: Double?
    /// Words for what the vocabulary does not name: corrective work, death penalty, "for repeat violations".
    public let measure: String?
    /// Measures imposed together with this one (suspension, prohibition, confiscation).
    public let with: [String]?

    /// "fine up to 70 MCI", "administrative arrest up to 25 days".
    public var phrase: String {
        var words = measure.map { "\(kind.label) (\($0))" } ?? kind.label
        func n(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
        switch (minMci, maxMci) {
        case let (lo?, hi?) where lo == hi: words += " of \(n(hi)) MCI"
        case let (lo?, hi?): words += " from \(n(lo)) to \(n(hi)) MCI"
        case let (nil, hi?): words += " up to \(n(hi)) MCI"
        case let (lo?, nil): words += " from \(n(lo)) MCI"
        default: break
        }
        if let maxDays { words += " up to \(n(maxDays)) days" }
        switch (minMonths, maxMonths) {
        case let (lo?, hi?): words += " \(n(lo))–\(n(hi)) months"
        case let (nil, hi?): words += " up to \(n(hi)) months"
        default: break
        }
        if let maxYears { words += " up to \(n(maxYears)) years" }
        if let with, !with.isEmpty { words += ", with " + with.joined(separator: ", ") }
        return words
    }

    private enum JSONKeys: String, CodingKey {
        case appliesTo = "applies_to", kind, part, minMci = "min_mci", maxMci = "max_mci", maxDays = "max_days"
        case minMonths = "min_months", maxMonths = "max_months", maxYears = "max_years", measure, with
    }

    /// Encodes the design's shape (`applies_to`, `max_mci`, `max_days` ...), leaving out what is not stated.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKeys.self)
        try c.encode(appliesTo, forKey: .appliesTo)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(part, forKey: .part)
        try c.encodeIfPresent(minMci, forKey: .minMci)
        try c.encodeIfPresent(maxMci, forKey: .maxMci)
        try c.encodeIfPresent(maxDays, forKey: .maxDays)
        try c.encodeIfPresent(minMonths, forKey: .minMonths)
        try c.encodeIfPresent(maxMonths, forKey: .maxMonths)
        try c.encodeIfPresent(maxYears, forKey: .maxYears)
        try c.encodeIfPresent(measure, forKey: .measure)
        try c.encodeIfPresent(with, forKey: .with)
    }
}
