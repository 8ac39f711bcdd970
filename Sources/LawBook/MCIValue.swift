/// The monthly calculation index for a year: the tenge value fines and fees are set in.
public struct MCIValue: Codable, Hashable, Sendable {
    /// stated: a seed source gives the value; external: from the named budget law, corroborated by a fine in the sources.
    public enum Basis: String, Codable, Hashable, Sendable { case stated, external }

    public let year: Int
    public let kzt: Double
    public let from: CalendarDay
    public let basis: Basis
    public let externalReference: String?
    public let note: String?
    public let source: [String]

    /// Tenge for an amount in MCI, rounded to the tiyn.
    public func tenge(forMCI amount: Double) -> Double {
        ((amount * kzt) * 100).rounded() / 100
    }

    /// "MO-01" or "Law on the Republican Budget ... (external); MO-20".
    public var sourceText: String {
        ([externalReference.map { "\($0) (external to the seed sources)" }].compactMap { $0} + source).joined(separator: "; ")
    }
}

/// An amount the sources give in MCI with a dollar equivalent (kept to cross-check, never to convert).
public struct MCIConversion: Codable, Hashable, Sendable {
    public let mci: Double
    public let usd: Double
    public let year: Int
    public let note: String?
    public let source: [String]
}
