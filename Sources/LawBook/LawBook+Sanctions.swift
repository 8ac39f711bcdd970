import CivicModel

/// A statutory sanction range with its tenge amounts for one year.
public struct SanctionInTenge: Codable, Hashable, Sendable {
    public let sanction: StatutorySanction
    public let minKzt: Double?
    public let maxKzt: Double?
}

extension SanctionInTenge {
    /// The tenge amounts in words: "up to 204,190 KZT", "145,850 – 291,700 KZT", "291,700 KZT"; `nil` without them.
    public var tengeRange: String? {
        guard let high = maxKzt else { return nil }
        let low = minKzt.map { $0 == high ? "" : "\(NumberText.grouped($0)) – " } ?? "up to "
        return low + "\(NumberText.grouped(high)) KZT"
    }
}

extension LawBook {
    /// The tenge amount of an imposed sanction: MCI amounts at the MCI of the day's year, tenge as they are.
    ///
    /// nil when the sanction has no amount, is in another currency, or the year's MCI is not stated.
    public func kzt(for sanction: Sanction, on day: CalendarDay) -> Double? {
        guard let amount = sanction.amount else { return nil }
        switch sanction.currency {
        case .kzt?: return amount
        case .mci?: return mci(year: day.year)?.tenge(forMCI: amount)
        default: return nil
        }
    }

    public func kzt(for sanction: Sanction, on date: PartialDate) -> Double? {
        kzt(for: sanction, on: CalendarDay(earliest: date))
    }

    /// The article's sanction ranges on a day, each with its tenge amounts at that year's MCI when stated.
    public func sanctionsInTenge(_ version: ArticleVersion, on day: CalendarDay) -> [SanctionInTenge] {
        let value = mci(year: day.year)
        return version.sanctions.map { s in
            SanctionInTenge(sanction: s, minKzt: s.minMci.flatMap { m in value?.tenge(forMCI: m) },
                            maxKzt: s.maxMci.flatMap { m in value?.tenge(forMCI: m) })
        }
    }
}
