import Foundation
import ArgumentParser
import LawBook

/// `kuzet registration`: checking a planned registration of an association.
struct RegistrationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registration",
        abstract: "Check the registration of an association, party or NCO against the rules of a year.",
        subcommands: [Check.self, ForeignFunding.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check thresholds, fees (in MCI and tenge) and duties for a registration.",
            discussion: """
            --form (public-association | religious-association | political-party | nco-other) and --level \
            (local | regional | national) are required. --regions counts the regions with branches (associations) \
            or represented among the founders (parties). --year defaults to the current year; the rules are read as \
            they stood on 31 December of it.
            """)

        @Option(help: "public-association | religious-association | political-party | nco-other (required)") var form: String?
        @Option(help: "local | regional | national (required)") var level: String?
        @Option(help: "Number of regions.") var regions: String?
        @Option(help: "Number of members.") var members: String?
        @Option(help: "Number of founders.") var founders: String?
        @Option(help: "Branches or representative offices to register (default: --regions above local level).") var branches: String?
        @Option(name: .customLong("reduced-fee"), help: "A reduced fee the association qualifies for: youth | disability.") var reducedFee: String?
        @Option(help: "Year, YYYY (default: this year).") var year: String?
        @Flag(help: "Print the design's JSON.") var json = false

        func run() throws {
            let request = try RegistrationRequest(
                form: try RegistrationRequest.Form.parse(try OptionValue.required(form, "form")),
                level: try RegistrationRequest.Level.parse(try OptionValue.required(level, "level")),
                regions: try OptionValue.count(regions, "regions"),
                members: try OptionValue.count(members, "members"),
                founders: try OptionValue.count(founders, "founders"),
                branches: try OptionValue.count(branches, "branches"),
                reducedFee: reducedFee,
                year: try OptionValue.year(year) ?? CalendarDay.of(.now).year)
            let engine = RegistrationEngine(lawBook: .standard)
            let result = try engine.check(request)
            if json { return try CommandOutput.printJSON(result) }
            var lines = ["Holds: \(result.holds ? "yes" : "no")"]
            if let fee = result.feeMci {
                lines.append("Fee: \(CommandOutput.number(fee)) MCI" + (result.feeKzt.map { " = \(CommandOutput.number($0)) KZT" } ?? " (MCI for \(request.day.year) not stated)"))
            } else {
                lines.append("Fee: not stated for \(request.day.year)")
            }
            if let fees = engine.fees(for: request), fees.branches > 0 {
                lines.append("With \(fees.branches) branches: \(CommandOutput.number(fees.totalMci)) MCI" + (fees.totalKzt.map { " = \(CommandOutput.number($0)) KZT" } ?? ""))
            }
            lines.append("Requirements:")
            lines += result.requirements.map(CommandOutput.rule)
            print(lines.joined(separator: "\n"))
        }
    }
}

extension RegistrationCommand {
    /// `kuzet registration foreign-funding`: whether receiving foreign funds brings reporting duties.
    struct ForeignFunding: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "foreign-funding",
            abstract: "Check whether foreign funds received bring reporting duties (forms, frequency, register, penalties).",
            discussion: "Activities (2026 Tax Code): legal-assistance, opinion-polls, information. Before 2026 every receipt is covered.")

        @Option(help: "What the funds are for: legal-assistance | opinion-polls | information (required).") var activity: String?
        @Option(help: "Amount received, in KZT (required).") var amount: String?
        @Option(help: "Day the funds were received, YYYY-MM-DD (required).") var received: String?
        @Flag(help: "The activity is done for commercial purposes.") var commercial = false
        @Flag(help: "The funds come under an international treaty Kazakhstan ratified.") var treaty = false
        @Flag(help: "Print JSON: {\"reporting_required\":BOOL,\"duties\":[...]}.") var json = false

        struct Output: Encodable {
            let reporting_required: Bool
            let duties: [RuleCheck]
        }

        func run() throws {
            let text = try OptionValue.required(amount, "amount")
            guard let kzt = Double(text), kzt >= 0, kzt.isFinite else { throw LawBookError.invalidInput("--amount '\(text)' is not an amount in KZT") }
            let funds = RegistrationEngine.ForeignFunds(
                activity: try OptionValue.required(activity, "activity"), amountKzt: kzt, commercial: commercial,
                underRatifiedTreaty: treaty, received: try CalendarDay(iso: try OptionValue.required(received, "received")))
            let duties = try RegistrationEngine(lawBook: .standard).foreignFundingDuties(funds)
            let required = duties.first?.holds == true
            if json { return try CommandOutput.printJSON(Output(reporting_required: required, duties: duties)) }
            print((["Reporting required: \(required ? "yes" : "no")"] + duties.map(CommandOutput.rule)).joined(separator: "\n"))
        }
    }
}
