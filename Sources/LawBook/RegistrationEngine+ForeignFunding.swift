extension RegistrationEngine {
    /// A receipt of foreign funds or property, to check for reporting duties.
    public struct ForeignFunds: Hashable, Sendable {
        public let activity: String
        public let amountKzt: Double
        public let commercial: Bool
        public let underRatifiedTreaty: Bool
        public let received: CalendarDay

        public init(activity: String, amountKzt: Double, commercial: Bool = false, underRatifiedTreaty: Bool = false,
                    received: CalendarDay) {
            self.activity = activity
            self.amountKzt = amountKzt
            self.commercial = commercial
            self.underRatifiedTreaty = underRatifiedTreaty
            self.received = received
        }
    }

    /// Whether receiving these funds brings reporting duties, with the forms, frequency, register and penalty.
    public func foreignFundingDuties(_ funds: ForeignFunds) throws -> [RuleCheck] {
        guard let regime = lawBook.foreignFundingRules.regime(on: funds.received) else {
            throw LawBookError.notFound("no foreign-funding reporting regime in Kuzet's data applies on \(funds.received)")
        }
        var out: [RuleCheck] = []
        let law = lawBook.law(regime.law)?.title ?? regime.law
        var applies = true
        var why: [String] = []
        if let activities = regime.triggerActivities {
            if let a = activities.first(where: { $0.id == funds.activity }) {
                if a.commercial == false && funds.commercial {
                    applies = false
                    why.append("\(a.label) done for commercial purposes is not a trigger")
                } else {
                    why.append("\(a.label) is a trigger activity")
                }
            } else {
                let known = activities.map(\.id).joined(separator: ", ")
                throw LawBookError.invalidInput("unknown activity '\(funds.activity)' (expected one of: \(known))")
            }
        }
        if let threshold = regime.thresholdKzt {
            if funds.amountKzt > threshold { why.append("the amount exceeds \(number(threshold)) KZT") } else {
                applies = false
                why.append("the amount does not exceed \(number(threshold)) KZT")
            }
        }
        if funds.underRatifiedTreaty, let exemption = regime.exemption {
            applies = false
            why.append("exempt: \(exemption)")
        }
        out.append(RuleCheck(rule: "foreign-funding-reporting", holds: applies,
                             explanation: "Under \(law): " + why.joined(separator: "; ") + ". Duties: " + regime.duties.joined(separator: "; ") + ".",
                             source: regime.source + (regime.thresholdSource ?? [])))
        guard applies else { return out }
        if let every = regime.frequency(on: funds.received) {
            out.append(RuleCheck(rule: "foreign-funding-frequency", holds: nil,
                                 explanation: "Reports are due every \(every). " + (regime.deadlinesNote ?? ""), source: regime.source))
        }
        if let register = regime.register {
            out.append(RuleCheck(rule: "foreign-funding-register", holds: nil,
                                 explanation: "The State Revenue Committee publishes a register of recipients every \(register.publishedEveryMonths) months (since \(register.since)) showing \(register.contents.joined(separator: ", ")); a recipient is removed within \(register.removalBusinessDays) business days once the grounds no longer apply.",
                                 source: register.source))
        }
        if let note = regime.labellingNote {
            out.append(RuleCheck(rule: "foreign-funding-labelling", holds: nil, explanation: note, source: regime.source))
        }
        out.append(RuleCheck(rule: "foreign-funding-penalty", holds: nil,
                             explanation: "Breaches are punished under CoAO Art. \(regime.penaltyArticle)" +
                                (regime.publicationArticle.map { " (publication procedure: Art. \($0))" } ?? "") + ".",
                             source: regime.source))
        return out
    }
}
