import ArgumentParser
import LawBook

/// `kuzet assembly`: planning and checking assemblies against the law in force on their date.
struct AssemblyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assembly",
        abstract: "Check a planned assembly against the law in force on its date.",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a planned assembly: procedure, deadlines, rules and international standards.",
            discussion: """
            Picks the assembly law in force on --date (the 1995 law or the 2020 law; see 'kuzet law show assembly') \
            and prints the procedure, filing deadline, decision due date, deemed consent, every national \
            rule checked and the assessment against international standards. --form, --date, --start, --end and \
            --filed are required. --decision is DATE:OUTCOME with OUTCOME approved, refused or alternative; without \
            it, no answer has been received.
            """)

        @Option(help: "picket | meeting | rally | demonstration | march (required)") var form: String?
        @Option(help: "Assembly date, YYYY-MM-DD (required).") var date: String?
        @Option(help: "Start time, HH:MM (required).") var start: String?
        @Option(help: "End time, HH:MM (required).") var end: String?
        @Option(help: "Day the notification or application was filed, YYYY-MM-DD (required).") var filed: String?
        @Option(help: "Place or route.") var place: String?
        @Option(help: "Expected number of participants.") var participants: String?
        @Option(name: .customLong("organizer-age"), help: "Organizer's age in years.") var organizerAge: String?
        @Option(name: .customLong("organizer-citizen"), help: "Whether the organizer is a citizen of Kazakhstan: true | false.")
        var organizerCitizen: String?
        @Option(help: "The authority's answer, DATE:OUTCOME (approved | refused | alternative).") var decision: String?
        @Flag(help: "Print the design's JSON.") var json = false

        func run() throws {
            let plan = try AssemblyPlan(
                form: try AssemblyPlan.Form.parse(try OptionValue.required(form, "form")),
                date: try CalendarDay(iso: try OptionValue.required(date, "date")),
                start: try TimeOfDay(try OptionValue.required(start, "start")),
                end: try TimeOfDay(try OptionValue.required(end, "end")),
                place: place,
                participants: try OptionValue.count(participants, "participants"),
                organizerAge: try OptionValue.count(organizerAge, "organizer-age"),
                organizerCitizen: try OptionValue.bool(organizerCitizen, "organizer-citizen"),
                filed: try CalendarDay(iso: try OptionValue.required(filed, "filed")),
                decision: try decision.map { try AuthorityDecision(parsing: $0) })
            let assessment = try AssemblyEngine(lawBook: .standard).check(plan)
            if json { return try CommandOutput.printJSON(assessment) }
            print(Self.text(assessment))
        }

        static func text(_ a: AssemblyAssessment) -> String {
            var lines = [
                "Law: \(a.law)",
                "Procedure: \(a.procedure)",
                "Filing deadline: \(a.filingDeadline) (filed in time: \(a.filedInTime ? "yes" : "no"))",
                "Decision due: \(a.decisionDue)",
                "Deemed consent if silent: " + (a.deemedConsent.map { $0 ? "yes" : "no" } ?? "not applicable (an answer was received)"),
                "National law:",
            ]
            lines += a.nationalLaw.map(CommandOutput.rule)
            lines.append("International standards:")
            lines += a.internationalStandards.map { "  [\(CommandOutput.yesNo($0.holds))] \($0.standard): \($0.explanation) (\($0.source))" }
            return lines.joined(separator: "\n")
        }
    }
}
