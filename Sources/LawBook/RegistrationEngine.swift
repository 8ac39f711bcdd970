import Foundation

/// Checks a planned registration against the association rules in force, and the foreign-funding reporting duties.
///
/// Every threshold, fee and deadline comes from `registration.yaml` and `foreign-funding.yaml`.
public struct RegistrationEngine: Sendable {
    public let lawBook: LawBook
    private var rules: RegistrationRules { lawBook.registrationRules }

    public init(lawBook: LawBook = .standard) {
        self.lawBook = lawBook
    }

    /// The fees for a registration: the head office, each branch, and the total, in MCI and in the year's tenge.
    public struct Fees: Hashable, Sendable {
        public let feeMci: Double
        public let branches: Int
        public let totalMci: Double
        public let mci: MCIValue?
        public var feeKzt: Double? { mci?.tenge(forMCI: feeMci) }
        public var totalKzt: Double? { mci?.tenge(forMCI: totalMci) }
    }

    public func check(_ request: RegistrationRequest) throws -> RegistrationAssessment {
        let total = rules.regions.total
        if let r = request.regions, r > total {
            throw LawBookError.invalidInput("there are \(total) regions; --regions \(r) is more")
        }
        if let id = request.reducedFee, !(rules.fees.flatMap(\.reduced).contains { $0.id == id }) {
            let known = Set(rules.fees.flatMap(\.reduced).map(\.id)).sorted().joined(separator: ", ")
            throw LawBookError.invalidInput("unknown reduced fee '\(id)' (expected one of: \(known))")
        }
        var requirements: [RuleCheck]
        switch request.form {
        case .publicAssociation: requirements = publicAssociation(request)
        case .religiousAssociation: requirements = religiousAssociation(request)
        case .politicalParty: requirements = politicalParty(request)
        case .ncoOther: requirements = [body()]
        }
        let fees = self.fees(for: request)
        requirements.append(feeRule(request, fees))
        if request.form != .politicalParty {
            let db = rules.ngoDatabase
            requirements.append(RuleCheck(rule: "ngo-database-report", holds: nil, explanation: db.explanation, source: db.source))
        }
        // A disagreement between readings is reported, not counted as a failed requirement.
        let failed = requirements.contains { $0.holds == false && !$0.rule.hasSuffix("-reading") }
        return RegistrationAssessment(holds: !failed,
                                      feeMci: fees?.feeMci, feeKzt: fees?.feeKzt, requirements: requirements)
    }

    /// The fees on the request's day, or nil when the sources state no fee for that period.
    public func fees(for request: RegistrationRequest) -> Fees? {
        guard let fee = rules.fee(on: request.day) else { return nil }
        let base = request.reducedFee.flatMap { id in fee.reduced.first { $0.id == id }?.mci } ?? fee.mci
        let branchCount = request.level == .local || request.form == .politicalParty ? 0 : (request.branches ?? request.regions ?? 0)
        let perBranch = fee.branchFeeSame ? base : 0
        return Fees(feeMci: base, branches: branchCount, totalMci: base + Double(branchCount) * perBranch,
                    mci: lawBook.mci(year: request.day.year))
    }

    // MARK: - Public associations

    private func publicAssociation(_ r: RegistrationRequest) -> [RuleCheck] {
        let pa = rules.publicAssociation
        var out: [RuleCheck] = [body()]
        out.append(RuleCheck(rule: "pa-registration-mandatory", holds: nil,
                             explanation: "Unregistered public associations are prohibited; file within \(pa.filingWithinMonths) months of founding, with: \(pa.documents.joined(separator: "; ")).",
                             source: pa.unregisteredSource + pa.filingSource + pa.documentsSource))
        out.append(count("pa-min-members", r.members, atLeast: pa.minMembers, what: "members", source: pa.minMembersSource))
        out.append(RuleCheck(rule: "pa-founders-citizens", holds: nil,
                             explanation: "Foreign citizens and stateless persons may not found a public association; they may be members (not of parties) if the charter allows.",
                             source: pa.foundersSource))
        guard let levels = pa.levels(on: r.day) else { return out }
        out += levelRules(r, levels: levels, pa: pa)
        return out
    }

    private func levelRules(_ r: RegistrationRequest, levels: RegistrationRules.Levels,
                            pa: RegistrationRules.PublicAssociation) -> [RuleCheck] {
        let total = rules.regions.total
        let rule: RegistrationRules.LevelRule = switch r.level {
        case .local: levels.local
        case .regional: levels.regional
        case .national: levels.national
        }
        let described = "As stated for \(levels.statedAsOf), a \(r.level.rawValue) association needs " +
            (rule.rule ?? (rule.maxRegions.map { "to operate within at most \($0) region" } ?? "")) + "."
        var out: [RuleCheck] = []
        let primary = meets(rule, regions: r.regions, total: total)
        let regionsText = r.regions.map { " It has branches in \($0) of \(total) regions." } ?? " The number of regions was not given."
        out.append(RuleCheck(rule: "pa-level-regions", holds: primary, explanation: described + regionsText,
                             source: levels.source + rules.regions.source))
        if let cities = rule.cities {
            out.append(RuleCheck(rule: "pa-level-cities", holds: nil,
                                 explanation: "Branches must include \(cities.joined(separator: ", ")); Kuzet cannot check this from a count.",
                                 source: levels.source))
        }
        if let alt = levels.alternative, r.level != .local, let regions = r.regions {
            // "More than half" for national, "less than half" for regional.
            let altHolds = r.level == .national ? 2 * regions > total : 2 * regions < total
            let same = altHolds == primary
            out.append(RuleCheck(rule: "pa-level-reading", holds: same,
                                 explanation: "Kuzet applies the thresholds above. \(alt.note) Under that reading (\(r.level == .national ? alt.nationalRule : alt.regionalRule)) this plan \(altHolds ? "qualifies" : "does not qualify")" + (same ? " - the answer is the same." : " - this would change the answer."),
                                 source: alt.source))
        }
        if r.level != .local {
            out.append(RuleCheck(rule: "pa-branches", holds: nil,
                                 explanation: "Each branch or representative office registers and pays the fee" +
                                    (r.level == .national ? "; a national association must open its branches within \(pa.branchesWithinMonths) months of registration." : "."),
                                 source: pa.branchesSource))
        }
        return out
    }

    private func meets(_ rule: RegistrationRules.LevelRule, regions: Int?, total: Int) -> Bool? {
        guard let regions else { return nil }
        if let max = rule.maxRegions, regions > max { return false }
        if let min = rule.minRegions, regions < min { return false }
        if rule.moreThanHalf == true, 2 * regions <= total { return false }
        return regions >= 1
    }

    // MARK: - Religious associations

    private func religiousAssociation(_ r: RegistrationRequest) -> [RuleCheck] {
        let ra = rules.religiousAssociation
        var out = [body(), RuleCheck(rule: "ra-registration-mandatory", holds: nil, explanation: ra.note, source: ra.source)]
        guard r.day >= ra.from, let min = ra.minMembers[r.level.rawValue] else {
            out.append(RuleCheck(rule: "ra-min-members", holds: nil,
                                 explanation: "The sources state membership thresholds only under the 2011 religion law.", source: ra.source))
            return out
        }
        out.append(count("ra-min-members", r.members, atLeast: min, what: "members for \(r.level.rawValue) status", source: ra.source))
        return out
    }

    // MARK: - Political parties

    private func politicalParty(_ r: RegistrationRequest) -> [RuleCheck] {
        let party = rules.politicalParty
        let total = rules.regions.total
        var out: [RuleCheck] = [body()]
        out.append(count("party-founders", r.founders, atLeast: party.founders.min, what: "founders (citizens)", source: party.founders.source))
        let needed = party.founders.regionsFraction.atLeast(of: total)
        let cities = party.founders.plusCities.joined(separator: " and the ")
        out.append(count("party-founder-regions", r.regions, atLeast: needed,
                         what: "regions represented among the founders (\(party.founders.regionsFraction.numerator)/\(party.founders.regionsFraction.denominator) of \(total)), plus the \(cities)",
                         source: party.founders.source + rules.regions.source))
        if let m = party.membership.first(where: { $0.period.contains(r.day) }) {
            out.append(count("party-members", r.members, atLeast: m.minMembers, what: "members", source: m.source))
            if let per = m.perRegion {
                out.append(RuleCheck(rule: "party-members-per-region", holds: nil,
                                     explanation: "At least \(per) members in each region (and, after 2009, the capital and the city of state significance); Kuzet cannot check this from a total.",
                                     source: m.source))
            }
        }
        out.append(RuleCheck(rule: "party-organising-committee", holds: nil,
                             explanation: "An organising committee of at least \(party.organisingCommittee.min) people from the initiative group registers by notification.",
                             source: party.organisingCommittee.source))
        out.append(RuleCheck(rule: "party-deadlines", holds: nil,
                             explanation: "Hold the founding congress within \(party.deadlines.congressWithinMonths) months, then submit the members list within \(party.deadlines.membersListWithinMonths) months. No deadline binds the registering body.",
                             source: party.deadlines.source))
        out.append(RuleCheck(rule: "party-citizens-only", holds: nil,
                             explanation: "Foreign citizens and stateless persons may not found or join a political party.",
                             source: party.foreignersSource))
        return out
    }

    // MARK: - Shared requirements

    private func body() -> RuleCheck {
        let b = rules.registeringBody
        return RuleCheck(rule: "registration-body", holds: nil,
                         explanation: b.explanation + " Registration usually takes about \(b.processingWorkingDays) working days.",
                         source: b.source)
    }

    private func count(_ id: String, _ value: Int?, atLeast min: Int, what: String, source: [String]) -> RuleCheck {
        guard let value else {
            return RuleCheck(rule: id, holds: nil, explanation: "At least \(min) \(what) are needed; the number was not given.", source: source)
        }
        return RuleCheck(rule: id, holds: value >= min, explanation: "At least \(min) \(what) are needed; planned: \(value).", source: source)
    }

    private func feeRule(_ r: RegistrationRequest, _ fees: Fees?) -> RuleCheck {
        guard let fees, let fee = rules.fee(on: r.day) else {
            return RuleCheck(rule: "registration-fee", holds: nil,
                             explanation: "The sources state no registration fee amount for \(r.day.year).",
                             source: rules.fees.flatMap(\.source))
        }
        func money(_ mci: Double, _ kzt: Double?) -> String {
            "\(number(mci)) MCI" + (kzt.map { " (\(number($0)) KZT)" } ?? " (the \(r.day.year) MCI is not stated)")
        }
        var text = "The registration fee is \(money(fees.feeMci, fees.feeKzt))"
        if let id = r.reducedFee, let reduced = fee.reduced.first(where: { $0.id == id }) { text += ", the reduced fee for \(reduced.label)" }
        text += "."
        if fees.branches > 0 {
            text += " With \(fees.branches) branches at the same fee each, the total is \(money(fees.totalMci, fees.totalKzt))."
        }
        return RuleCheck(rule: "registration-fee", holds: nil, explanation: text + " " + fee.note, source: fee.source)
    }

    func number(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.2f", x).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
    }
}
