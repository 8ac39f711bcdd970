import ArgumentParser
import CivicModel
import Foundation
import LawBook

/// `kuzet law`: the legal knowledge base — MCI values, articles in force on a date, and a browser for the rest.
struct LawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "law",
        abstract: "Look up MCI values, articles in force on a date, laws, rules and standards.",
        subcommands: [MCI.self, Article.self, Show.self])

    struct MCI: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mci", abstract: "The monthly calculation index (MCI) in tenge for a year, with its source.")

        @Argument(help: "Year, YYYY.") var year: String
        @Flag(help: "Print JSON: {\"year\":YYYY,\"mci_kzt\":N,\"source\":\"...\"}.") var json = false

        struct Output: Encodable {
            let year: Int
            let mci_kzt: Double
            let source: String
            let basis: String
        }

        func run() throws {
            guard let y = try OptionValue.year(year) else { return }
            guard let value = LawBook.standard.mci(year: y) else {
                throw LawBookError.notFound("the MCI for \(y) is not stated in Kuzet's sources (MO-02)")
            }
            if json {
                return try CommandOutput.printJSON(Output(year: y, mci_kzt: value.kzt, source: value.sourceText, basis: value.basis.rawValue))
            }
            print("MCI \(y): \(CommandOutput.number(value.kzt)) KZT (\(value.basis.rawValue); \(value.sourceText))")
            if let note = value.note { print(note) }
        }
    }

    struct Article: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "article",
            abstract: "An article of the Criminal Code (\"CC 174\") or the CoAO (\"CoAO 489\") as in force on a date.",
            discussion: "Sanction ranges are given in MCI and, where the year's MCI is known, in tenge of that year.")

        @Argument(help: "The citation, e.g. \"CoAO 488\" or \"CC 400\".") var citation: String
        @Option(help: "Date, YYYY-MM-DD (default: today).") var on: String?
        @Flag(help: "Print JSON.") var json = false

        struct SanctionOutput: Encodable {
            let sanction: StatutorySanction
            let minKzt: Double?
            let maxKzt: Double?

            enum Keys: String, CodingKey { case minKzt = "min_kzt", maxKzt = "max_kzt" }

            func encode(to encoder: Encoder) throws {
                try sanction.encode(to: encoder)
                var c = encoder.container(keyedBy: Keys.self)
                try c.encodeIfPresent(minKzt, forKey: .minKzt)
                try c.encodeIfPresent(maxKzt, forKey: .maxKzt)
            }
        }

        struct Output: Encodable {
            let code: LegalCode
            let article: String
            let title: String
            let sanctions: [SanctionOutput]
            let source: String
            let code_version: String
            let in_force: String
            let stated_as_of: String
            let mci_kzt: Double?
            let range_note: String?
        }

        func run() throws {
            let ref = try LegalProvisionRef.parse(citation)
            let day = try on.map { try CalendarDay(iso: $0) } ?? CalendarDay.of(.now)
            let book = LawBook.standard
            guard let version = book.article(ref, on: day) else {
                throw LawBookError.notFound("\(ref.citation) is not in Kuzet's data for \(day)" +
                    (book.codeVersion(ref.code, on: day).map { " (code in force: \($0.title))" } ?? " (no code version in force)"))
            }
            let tenge = book.sanctionsInTenge(version, on: day)
            let mci = book.mci(year: day.year)
            if json {
                return try CommandOutput.printJSON(Output(
                    code: version.code, article: version.article, title: version.title,
                    sanctions: tenge.map { SanctionOutput(sanction: $0.sanction, minKzt: $0.minKzt, maxKzt: $0.maxKzt) },
                    source: version.source.joined(separator: ", "), code_version: version.codeVersion,
                    in_force: version.period.description, stated_as_of: version.statedAsOf, mci_kzt: mci?.kzt,
                    range_note: version.rangeNote))
            }
            var lines = ["\(ref.citation) — \(version.title)",
                         "Code: \(version.codeTitle) (\(version.codeVersion)); this text: \(version.period), as stated \(version.statedAsOf)"]
            if let e = version.explanation { lines.append(e) }
            lines.append("Sanctions:")
            if tenge.isEmpty { lines.append("  " + (version.rangeNote ?? "none stated")) }
            for t in tenge {
                var line = "  \(t.sanction.appliesTo.rawValue)" + (t.sanction.part.map { ", part \($0)" } ?? "") + ": \(t.sanction.phrase)"
                if let tenge = t.tengeRange { line += " (\(tenge) in \(day.year))" }
                lines.append(line)
            }
            if mci == nil, tenge.contains(where: { $0.sanction.maxMci != nil }) {
                lines.append("The MCI for \(day.year) is not stated, so no tenge amounts are given.")
            }
            lines.append("Source: \(version.source.joined(separator: ", "))")
            print(lines.joined(separator: "\n"))
        }
    }
}
