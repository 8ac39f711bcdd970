import CivicModel
import Foundation
import Hummingbird
import LawBook

/// The registration planner: a form over `RegistrationEngine` for founding an association, party or NCO, and for
/// the reporting duties that foreign funds bring, answering in plain words with each rule's source. The same two
/// checks are in the API (`/api/v1/registration/check`, `/api/v1/registration/foreign-funding`).
struct RegistrationPages {
    let lawBook: LawBook
    let renderer: PageRenderer

    func add(to router: Router<WebContext>) {
        router.get("/registration", use: planner)
        let api = router.group("api/v1")
        api.get("registration/check", use: checkAPI)
        api.get("registration/foreign-funding", use: foreignFundingAPI)
    }

    private var engine: RegistrationEngine { RegistrationEngine(lawBook: lawBook) }

    /// Runs a LawBook call, turning its input errors into a 400 with its message.
    private func lawInput<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as LawBookError { throw WebError.badRequest("\(error)") }
    }

    // MARK: Reading the forms

    private static func count(_ p: FormData, _ name: String) throws -> Int? {
        try p.text(name).map {
            guard let n = Int($0), n >= 0 else { throw WebError.badRequest("'\(name)' must be a whole number of zero or more, not '\($0)'") }
            return n
        }
    }

    /// The planned registration the query describes; `nil` when the form has not been submitted.
    func registration(from p: FormData) throws -> RegistrationRequest? {
        guard let formText = p.text("form") else { return nil }
        let year = try Self.count(p, "year") ?? CalendarDay.of(Date()).year
        return try lawInput {
            try RegistrationRequest(form: try RegistrationRequest.Form.parse(formText),
                                    level: try RegistrationRequest.Level.parse(p.text("level") ?? ""),
                                    regions: try Self.count(p, "regions"), members: try Self.count(p, "members"),
                                    founders: try Self.count(p, "founders"), branches: try Self.count(p, "branches"),
                                    reducedFee: p.text("reduced_fee").flatMap { $0 == "none" ? nil : $0 }, year: year)
        }
    }

    /// The receipt of foreign funds the query describes; `nil` when that form has not been submitted.
    func foreignFunds(from p: FormData) throws -> RegistrationEngine.ForeignFunds? {
        guard let amountText = p.text("amount") else { return nil }
        guard let amount = Double(amountText.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "")), amount >= 0, amount.isFinite else {
            throw WebError.badRequest("'amount' must be an amount in tenge, not '\(amountText)'")
        }
        return try lawInput {
            RegistrationEngine.ForeignFunds(activity: p.text("activity") ?? "", amountKzt: amount,
                                            commercial: p.get("commercial") == "yes", underRatifiedTreaty: p.get("treaty") == "yes",
                                            received: try CalendarDay(iso: p.text("received") ?? CalendarDay.of(Date()).iso))
        }
    }

    // MARK: The page

    @Sendable func planner(_ request: Request, context: WebContext) async throws -> Response {
        let p = FormData.query(request)
        let today = CalendarDay.of(Date())
        let reduced = lawBook.registrationRules.fees.flatMap(\.reduced).uniqued(by: \.id)
        let activities = lawBook.foreignFundingRules.regimes.flatMap { $0.triggerActivities ?? [] }.uniqued(by: \.id)
        var values: [String: Any] = [
            "forms": RegistrationRequest.Form.allCases.map { ["value": $0.rawValue, "label": Self.label($0), "selected": $0.rawValue == p.get("form")] },
            "levels": RegistrationRequest.Level.allCases.map { ["value": $0.rawValue, "selected": $0.rawValue == p.get("level")] },
            "regions": p.get("regions") ?? "", "members": p.get("members") ?? "", "founders": p.get("founders") ?? "",
            "branches": p.get("branches") ?? "", "year": p.get("year") ?? String(today.year),
            "reducedFees": reduced.map { ["value": $0.id, "label": $0.label, "selected": $0.id == p.get("reduced_fee")] },
            "regionTotal": lawBook.registrationRules.regions.total,
            "activities": activities.map { ["value": $0.id, "label": $0.label, "selected": $0.id == p.get("activity")] },
            "amount": p.get("amount") ?? "", "received": p.get("received") ?? today.iso,
            "commercial": p.get("commercial") == "yes", "treaty": p.get("treaty") == "yes",
        ]
        var status = HTTPResponse.Status.ok
        do {
            if let registration = try registration(from: p) {
                let result = try lawInput { try engine.check(registration) }
                values["answer"] = answer(result, for: registration)
            }
        } catch let error as WebError {
            values["message"] = error.message
            status = error.status
        }
        do {
            if let funds = try foreignFunds(from: p) {
                let duties = try lawInput { try engine.foreignFundingDuties(funds) }
                values["funding"] = Self.fundingAnswer(duties, funds: funds)
            }
        } catch let error as WebError {
            values["fundingMessage"] = error.message
            status = error.status
        }
        return try renderer.page("registration", title: "Registration planner", values, context: context, status: status)
    }

    static func label(_ form: RegistrationRequest.Form) -> String {
        switch form {
        case .publicAssociation: "public association"
        case .religiousAssociation: "religious association"
        case .politicalParty: "political party"
        case .ncoOther: "other non-commercial organisation"
        }
    }

    /// A rule as a table row: a "-reading" rule compares two readings of the sources and is no requirement.
    static func row(_ check: RuleCheck) -> [String: Any] {
        let isReading = check.rule.hasSuffix("-reading")
        let state = isReading ? (check.holds == false ? "readings differ" : "readings agree")
            : check.holds == true ? "met" : check.holds == false ? "not met" : "check yourself"
        let cssClass = isReading ? "unknown" : check.holds == true ? "holds" : check.holds == false ? "fails" : "unknown"
        return ["rule": check.rule, "state": state, "class": cssClass, "explanation": check.explanation, "source": FactLinks(check.source)]
    }

    /// The registration check in plain words: the verdict, the fees, then each requirement with its source.
    func answer(_ result: RegistrationAssessment, for request: RegistrationRequest) -> [String: Any] {
        let what = "a \(request.level.rawValue) \(Self.label(request.form))"
        let failing = result.requirements.filter { $0.holds == false && !$0.rule.hasSuffix("-reading") }
        let open = result.requirements.filter { $0.holds == nil }.count
        let verdict = failing.isEmpty
            ? "As planned, \(what) meets every requirement Kuzet can check for \(request.day.year)."
            : "Not as planned: \(failing.count) requirement\(failing.count == 1 ? "" : "s") for \(what) \(failing.count == 1 ? "is" : "are") not met. See below."
        var values: [String: Any] = [
            "verdict": verdict, "ok": failing.isEmpty, "year": request.day.year,
            "openNote": open > 0 ? "\(open) duties and conditions below cannot be checked from numbers: read them before filing." : "",
            "rules": result.requirements.map(Self.row),
        ]
        if let fees = engine.fees(for: request) {
            func tenge(_ kzt: Double?) -> String { kzt.map { " = \(Self.number($0)) KZT" } ?? "" }
            values["fee"] = "\(Self.number(fees.feeMci)) MCI" + tenge(fees.feeKzt)
            if fees.branches > 0 {
                values["total"] = "\(Self.number(fees.totalMci)) MCI" + tenge(fees.totalKzt) + " with \(fees.branches) branch\(fees.branches == 1 ? "" : "es")"
            }
            values["mci"] = fees.mci.map { FactLinks("1 MCI = \(Self.number($0.kzt)) KZT in \($0.year) (sources: \($0.sourceText))") }
                ?? FactLinks("Kuzet's sources state no MCI value for \(request.day.year): the fee is given in MCI only.")
        } else {
            values["fee"] = "not stated by Kuzet's sources for \(request.day.year)"
        }
        return values
    }

    static func fundingAnswer(_ duties: [RuleCheck], funds: RegistrationEngine.ForeignFunds) -> [String: Any] {
        let required = duties.first?.holds == true
        return [
            "required": required,
            "verdict": required
                ? "Yes: receiving \(number(funds.amountKzt)) KZT on \(funds.received.iso) brings the reporting duties below."
                : "No reporting duty: \(duties.first?.explanation ?? "no rule applies").",
            // The first rule says whether the duties apply; the others are the duties themselves.
            "rules": duties.enumerated().map { index, duty -> [String: Any] in
                var row = Self.row(duty)
                if index == 0 {
                    row["state"] = required ? "applies" : "does not apply"
                } else {
                    row["state"] = "duty"
                    row["class"] = "unknown"
                }
                return row
            },
        ]
    }

    /// 6.5 → "6.5", 28112.5 → "28,112.5", 4325 → "4,325".
    static func number(_ value: Double) -> String {
        value.formatted(.number.precision(.fractionLength(0...2)).locale(Locale(identifier: "en_US")))
    }

    // MARK: API

    @Sendable func checkAPI(_ request: Request, context: WebContext) async throws -> Response {
        let p = FormData.query(request)
        guard let registration = try registration(from: p) else {
            throw WebError.badRequest("give at least form and level, e.g. ?form=public-association&level=national&regions=12&members=10")
        }
        return try JSONBody.response(try lawInput { try engine.check(registration) })
    }

    struct FundingAnswer: Encodable {
        let reporting_required: Bool
        let duties: [RuleCheck]
    }

    @Sendable func foreignFundingAPI(_ request: Request, context: WebContext) async throws -> Response {
        let p = FormData.query(request)
        guard let funds = try foreignFunds(from: p) else {
            throw WebError.badRequest("give at least amount and received, e.g. ?amount=500000&received=2026-03-01&activity=information")
        }
        let duties = try lawInput { try engine.foreignFundingDuties(funds) }
        return try JSONBody.response(FundingAnswer(reporting_required: duties.first?.holds == true, duties: duties))
    }
}
