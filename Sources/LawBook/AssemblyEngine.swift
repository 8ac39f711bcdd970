import Foundation

/// Checks a planned assembly against the assembly law in force on its date and against international standards.
///
/// Reads like the law: pick the law, pick the procedure for the form, count the deadlines, then check each rule.
/// Every number comes from `assembly.yaml`; every finding names its rule id and source facts.
public struct AssemblyEngine: Sendable {
    public let lawBook: LawBook

    public init(lawBook: LawBook = .standard) {
        self.lawBook = lawBook
    }

    /// The deadlines one reading of the law gives for a plan.
    public struct Deadlines: Hashable, Sendable {
        public let reading: AssemblyRulebook.Reading
        public let filingDeadline: CalendarDay
        public let filedInTime: Bool
        public let decisionDue: CalendarDay
    }

    public func check(_ plan: AssemblyPlan) throws -> AssemblyAssessment {
        let (law, regime) = try lawBook.assemblyRegime(on: plan.date)
        guard regime.forms.contains(plan.form.rawValue), let procedure = regime.procedure(for: plan.form.rawValue) else {
            throw LawBookError.invalidInput("the form '\(plan.form.rawValue)' is not one \(law.title) names")
        }
        let primary = deadlines(for: plan, reading: procedure.primaryReading)
        let others = procedure.readings.filter { $0.id != primary.reading.id }.map { deadlines(for: plan, reading: $0) }

        var rules: [RuleCheck] = []
        let p = regime.rulePrefix
        if let right = constitutionalRight(on: plan.date) { rules.append(right) }
        rules.append(procedureRule(plan, law: law, regime: regime, procedure: procedure))
        rules.append(filingRule(plan, prefix: p, procedure: procedure, deadlines: primary))
        rules.append(decisionRule(plan, prefix: p, deadlines: primary))
        if !others.isEmpty { rules.append(readingRule(plan, prefix: p, primary: primary, others: others)) }
        // Whether silence counts as consent; not applicable (nil) where the procedure has no deemed consent.
        rules.append(RuleCheck(rule: "\(p)-deemed-consent",
                               holds: procedure.deemedConsent ? deemedConsent(plan, procedure, primary) : nil,
                               explanation: procedure.deemedConsentNote, source: procedure.source))
        if let picket = regime.picket, plan.form == .picket { rules += picketRules(plan, prefix: p, picket: picket) }
        rules.append(placeRule(plan, prefix: p, places: regime.places))
        rules += eligibilityRules(plan, prefix: p, eligibility: regime.eligibility)
        let contents = contentsRule(plan, prefix: p, items: regime.applicationItems)
        rules.append(contents)
        rules.append(refusalRule(plan, prefix: p, refusal: regime.refusal, filedInTime: primary.filedInTime,
                                 contentsComplete: contents.holds == true))
        rules.append(spontaneousRule(plan, prefix: p, regime: regime))
        if let night = regime.nightTime, night.prohibited == true {
            rules.append(RuleCheck(rule: "\(p)-night-time", holds: nil,
                                   explanation: night.explanation + " Check the planned hours (\(plan.start)–\(plan.end)) against local rules.",
                                   source: night.source))
        }

        return AssemblyAssessment(
            law: law.title, procedure: procedure.procedure,
            filingDeadline: primary.filingDeadline, filedInTime: primary.filedInTime, decisionDue: primary.decisionDue,
            deemedConsent: deemedConsent(plan, procedure, primary), nationalLaw: rules,
            internationalStandards: standards(plan, regime: regime, procedure: procedure))
    }

    /// Filing deadline, filed-in-time and decision due date under one reading.
    public func deadlines(for plan: AssemblyPlan, reading: AssemblyRulebook.Reading) -> Deadlines {
        let calendar = lawBook.calendar
        let filing: CalendarDay = switch reading.filing.unit {
        case .calendar: plan.date.adding(days: -reading.filing.days)
        case .working: calendar.working(days: reading.filing.days, before: plan.date)
        }
        let anchor = reading.decision.anchor ?? .filing
        let due: CalendarDay = switch (anchor, reading.decision.unit) {
        case (.filing, .calendar): plan.filed.adding(days: reading.decision.days)
        case (.filing, .working): calendar.working(days: reading.decision.days, after: plan.filed)
        case (.assembly, .calendar): plan.date.adding(days: -reading.decision.days)
        case (.assembly, .working): calendar.working(days: reading.decision.days, before: plan.date)
        }
        return Deadlines(reading: reading, filingDeadline: filing, filedInTime: plan.filed <= filing, decisionDue: due)
    }

    // MARK: - Rules, in the order the law reads

    /// The constitution in force on the date and its assembly article (Art. 32 until 30 June 2026, Art. 34 after).
    private func constitutionalRight(on day: CalendarDay) -> RuleCheck? {
        guard let constitution = lawBook.laws.first(where: { $0.kind == "constitution" && $0.isInForce(on: day) }),
              let article = constitution.articles?.first(where: { $0.topic == "assembly" }) else { return nil }
        let limits = constitution.articles?.first { $0.topic == "limitation" }
        return RuleCheck(rule: "constitution-assembly-right", holds: nil,
                         explanation: "\(constitution.title), Art. \(article.article): \(article.title.lowercased()); restrictions only by law" +
                            (limits.map { " (Art. \($0.article))" } ?? "") + ". Kuzet does not judge a restriction's necessity.",
                         source: article.source + (limits?.source ?? []))
    }

    private func procedureRule(_ plan: AssemblyPlan, law: Law, regime: AssemblyRulebook.Regime,
                               procedure: AssemblyRulebook.Procedure) -> RuleCheck {
        let p = regime.rulePrefix
        switch procedure.procedure {
        case "authorization":
            let holds: Bool
            let said: String
            switch plan.decision?.outcome {
            case .approved?: holds = true; said = "Permission was granted on \(plan.decision!.date)."
            case .refused?: holds = false; said = "Permission was refused on \(plan.decision!.date); holding the \(plan.form.rawValue) would be unlawful."
            case .alternative?: holds = false; said = "Another place or time was proposed on \(plan.decision!.date); permission covers only what was agreed."
            case nil: holds = false; said = "No permission has been received yet; without it the \(plan.form.rawValue) may not be held."
            }
            return RuleCheck(rule: "\(p)-authorization", holds: holds,
                             explanation: "Under \(law.title) every form, a picket included, needs the local executive body's prior permission. " + said,
                             source: regime.formsSource + procedure.source)
        default:
            let forms = procedure.forms.joined(separator: ", ")
            return RuleCheck(rule: "\(p)-procedure", holds: true,
                             explanation: "A \(plan.form.rawValue) needs \(procedure.procedure == "notification" ? "a notification" : "coordination (an application for a permit)") to the local executive body; this procedure covers: \(forms).",
                             source: regime.formsSource + procedure.source)
        }
    }

    private func filingRule(_ plan: AssemblyPlan, prefix: String, procedure: AssemblyRulebook.Procedure,
                            deadlines d: Deadlines) -> RuleCheck {
        let r = d.reading
        let late = d.filedInTime ? "" : ", \(lateness(plan.filed, d.filingDeadline, unit: r.filing.unit)) late"
        return RuleCheck(
            rule: "\(prefix)-filing-deadline", holds: d.filedInTime,
            explanation: "File no later than \(r.filing.days) \(r.filing.unit.words) before the date: by \(d.filingDeadline). Filed \(plan.filed)\(late).",
            source: r.source)
    }

    private func lateness(_ filed: CalendarDay, _ deadline: CalendarDay, unit: AssemblyRulebook.DayUnit) -> String {
        let days = deadline.days(until: filed)
        return "\(days) \(days == 1 ? "day" : "days")"
    }

    private func decisionRule(_ plan: AssemblyPlan, prefix: String, deadlines d: Deadlines) -> RuleCheck {
        let r = d.reading
        let anchorWords = (r.decision.anchor ?? .filing) == .filing ? "after filing" : "before the date"
        let rule = "The authority must decide \(r.decision.days) \(r.decision.unit.words) \(anchorWords): by \(d.decisionDue)."
        guard let decision = plan.decision else {
            return RuleCheck(rule: "\(prefix)-decision-deadline", holds: nil,
                             explanation: rule + " No answer has been received.", source: r.source)
        }
        let timely = decision.date <= d.decisionDue
        return RuleCheck(rule: "\(prefix)-decision-deadline", holds: timely,
                         explanation: rule + " It answered (\(decision.outcome.rawValue)) on \(decision.date)" + (timely ? ", in time." : ", late."),
                         source: r.source)
    }

    private func readingRule(_ plan: AssemblyPlan, prefix: String, primary: Deadlines, others: [Deadlines]) -> RuleCheck {
        var text = "The sources disagree on the day counts. Kuzet applies: \(primary.reading.label) (\(primary.reading.why))"
        var agree = true
        for o in others {
            // The answer is whether the filing was in time and, once an answer came, whether it came in time.
            let decisionTimely = { (d: Deadlines) in plan.decision.map { $0.date <= d.decisionDue } }
            let changes = o.filedInTime != primary.filedInTime || decisionTimely(o) != decisionTimely(primary)
            if changes { agree = false }
            text += " Under the other reading (\(o.reading.label)) the deadline is \(o.filingDeadline), filed in time: \(o.filedInTime ? "yes" : "no"), decision due \(o.decisionDue)"
            text += changes ? " - this would change the answer." : " - the answer is the same."
            if o.reading.filing.unit == .working && !lawBook.calendar.covers(plan.date) {
                text += " (Kuzet's holiday calendar does not cover \(plan.date.year); only weekends were skipped.)"
            }
        }
        let sources = Array(Set(([primary] + others).flatMap(\.reading.source))).sorted()
        return RuleCheck(rule: "\(prefix)-day-count-reading", holds: agree, explanation: text, source: sources)
    }

    private func deemedConsent(_ plan: AssemblyPlan, _ procedure: AssemblyRulebook.Procedure, _ d: Deadlines) -> Bool? {
        guard let decision = plan.decision else { return procedure.deemedConsent }
        // An answer after the due date comes after silence already counted as consent.
        return decision.date > d.decisionDue && procedure.deemedConsent ? true : nil
    }

    private func picketRules(_ plan: AssemblyPlan, prefix: String, picket: AssemblyRulebook.Picket) -> [RuleCheck] {
        let people: RuleCheck
        if let n = plan.participants {
            people = RuleCheck(rule: "\(prefix)-picket-one-person", holds: n <= picket.maxParticipants,
                               explanation: "A picket may involve at most \(picket.maxParticipants) person(s); planned: \(n).",
                               source: picket.source)
        } else {
            people = RuleCheck(rule: "\(prefix)-picket-one-person", holds: nil,
                               explanation: "A picket may involve at most \(picket.maxParticipants) person(s); the number of participants was not given.",
                               source: picket.source)
        }
        let minutes = plan.end.minutesSinceMidnight - plan.start.minutesSinceMidnight
        let limit = picket.maxHoursPerDay * 60
        let hours = Double(minutes) / 60
        let duration = RuleCheck(
            rule: "\(prefix)-picket-duration", holds: Double(minutes) <= limit,
            explanation: "A picket may last no more than \(format(picket.maxHoursPerDay)) hours a day; planned \(plan.start)–\(plan.end) (\(format(hours)) \(hours == 1 ? "hour" : "hours")).",
            source: picket.source)
        return [people, duration]
    }

    private func placeRule(_ plan: AssemblyPlan, prefix: String, places: AssemblyRulebook.Places) -> RuleCheck {
        let id = "\(prefix)-\(places.rule)-place"
        if places.exceptForms?.contains(plan.form.rawValue) == true {
            return RuleCheck(rule: id, holds: true,
                             explanation: "A \(plan.form.rawValue) need not be in a \(places.rule) place; it may be held in any place that is not forbidden (the list of forbidden places is not stated).",
                             source: places.source)
        }
        guard let place = plan.place else {
            return RuleCheck(rule: id, holds: false,
                             explanation: places.explanation + " No place was given.", source: places.source)
        }
        return RuleCheck(rule: id, holds: nil,
                         explanation: places.explanation + " Kuzet has no list of these places, so it cannot say whether '\(place)' is one.",
                         source: places.source)
    }

    private func eligibilityRules(_ plan: AssemblyPlan, prefix: String,
                                  eligibility e: AssemblyRulebook.Eligibility) -> [RuleCheck] {
        let who = e.appliesToParticipants == true ? "Organizers and participants" : "Organizers"
        let age: RuleCheck
        if let a = plan.organizerAge {
            age = RuleCheck(rule: "\(prefix)-eligibility-age", holds: a >= e.minAge,
                            explanation: "\(who) must be at least \(e.minAge); the organizer is \(a).", source: e.source)
        } else {
            age = RuleCheck(rule: "\(prefix)-eligibility-age", holds: nil,
                            explanation: "\(who) must be at least \(e.minAge); the organizer's age was not given.", source: e.source)
        }
        guard e.citizenshipRequired else { return [age] }
        let citizen: RuleCheck
        if let c = plan.organizerCitizen {
            citizen = RuleCheck(rule: "\(prefix)-eligibility-citizenship", holds: c,
                                explanation: "\(who) must be citizens of Kazakhstan; the organizer is \(c ? "" : "not ")a citizen. " + e.citizenshipNote,
                                source: e.source)
        } else {
            citizen = RuleCheck(rule: "\(prefix)-eligibility-citizenship", holds: nil,
                                explanation: "\(who) must be citizens of Kazakhstan; citizenship was not given. " + e.citizenshipNote,
                                source: e.source)
        }
        return [age, citizen]
    }

    private func contentsRule(_ plan: AssemblyPlan, prefix: String, items: AssemblyRulebook.ApplicationItems) -> RuleCheck {
        var missing: [String] = []
        for item in items.checked {
            switch item {
            case "place": if plan.place == nil { missing.append(item) }
            case "number of participants": if plan.participants == nil { missing.append(item) }
            default: break  // form, times and dates are always given
            }
        }
        var text = "The filing must state: \(items.items.joined(separator: "; "))."
        if let note = items.note { text += " " + note }
        text += missing.isEmpty ? " Kuzet checked \(items.checked.joined(separator: ", ")): all given."
                                : " Missing: \(missing.joined(separator: ", "))."
        return RuleCheck(rule: "\(prefix)-application-contents", holds: missing.isEmpty, explanation: text, source: items.source)
    }

    private func refusalRule(_ plan: AssemblyPlan, prefix: String, refusal: AssemblyRulebook.Refusal,
                             filedInTime: Bool, contentsComplete: Bool) -> RuleCheck {
        var text = refusal.explanation
        let holds: Bool?
        if let named = refusal.namedGrounds {
            var applying: [String] = []
            if !filedInTime, let g = named.first(where: { $0.contains("deadline") }) { applying.append(g) }
            if !contentsComplete, let g = named.first(where: { $0.contains("incomplete") }) { applying.append(g) }
            holds = applying.isEmpty
            text += applying.isEmpty ? " No named ground applies to this plan." : " Named grounds that apply: \(applying.joined(separator: "; "))."
        } else {
            holds = nil
            text += " The grounds turn on the assembly's objective, which Kuzet does not judge."
        }
        if plan.decision?.outcome == .refused { text += " The authority refused on \(plan.decision!.date)." }
        return RuleCheck(rule: "\(prefix)-grounds-for-refusal", holds: holds, explanation: text, source: refusal.source)
    }

    private func spontaneousRule(_ plan: AssemblyPlan, prefix: String, regime: AssemblyRulebook.Regime) -> RuleCheck {
        let sameDay = plan.filed == plan.date
        let holds = regime.spontaneousAllowed || !sameDay
        let text = regime.spontaneousAllowed ? "Spontaneous assemblies are allowed."
            : "Spontaneous assemblies, held without the prior procedure, are prohibited and must end when the authority demands." +
              (sameDay ? " Filed on the day itself, this one is spontaneous." : " This one was filed in advance.")
        return RuleCheck(rule: "\(prefix)-spontaneous", holds: holds, explanation: text, source: regime.spontaneousSource)
    }

    private func format(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(format: "%.2f", x) }
}
