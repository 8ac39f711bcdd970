extension AssemblyEngine {
    /// The assessment of the law applied against international standards, each finding with its source.
    func standards(_ plan: AssemblyPlan, regime: AssemblyRulebook.Regime,
                   procedure: AssemblyRulebook.Procedure) -> [StandardFinding] {
        let book = lawBook.assemblyRules
        var findings: [StandardFinding] = []
        func add(_ id: String, _ holds: Bool?, extra: String = "") {
            guard let s = book.standard(id) else { return }
            let text = holds.map { $0 ? s.explanationHolds : s.explanationFails } ?? (s.explanationUnknown ?? s.explanationFails)
            findings.append(StandardFinding(standard: id, holds: holds, explanation: text + extra, source: s.source))
        }
        add("no-prior-authorization", procedure.procedure == "notification",
            extra: procedure.procedure == "notification" ? " In practice both procedures have worked as pre-approval (PA-56)." : "")
        add("free-choice-of-place", regime.places.exceptForms?.contains(plan.form.rawValue) == true)
        add("spontaneous-assemblies", regime.spontaneousAllowed)
        let everyFormFiled = Set(regime.procedures.flatMap(\.forms)).isSuperset(of: regime.forms)
        add("small-assemblies-exempt", !everyFormFiled)
        add("participants-and-bystanders", regime.bystanders?.distinguished)
        add("everyone-may-assemble", !regime.eligibility.citizenshipRequired && regime.eligibility.minAge == 0)
        let exhaustive = regime.refusal.groundsCount != nil && regime.refusal.namedGrounds?.count == regime.refusal.groundsCount
        add("review-of-refusals", exhaustive)
        return findings
    }
}
