import ArgumentParser
import CivicModel
import LawBook

extension IncidentsCommand {
    /// `kuzet incidents check ID`: the incident against the law in force on its date and international standards.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check an incident against the law in force on its date and against international standards.",
            discussion: """
                Each cited article as in force that day with the sanction ranges the sources state (in MCI and in \
                tenge of that year), each sanction against those ranges, and the standards and UN Human Rights \
                Committee recommendations the incident engages, every part with its source fact IDs.
                """)
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The incident id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let incident = try await IncidentsCommand.incident(id, in: try await archiveOptions.open())
            let check = LawBook.standard.check(incident)
            if json { return try printJSON(check) }
            print(Self.text(of: check, for: incident))
        }

        static func text(of check: IncidentCheck, for incident: Incident) -> String {
            var lines = ["\(incident.id)  \(incident.date?.iso ?? "date unknown")  \(incident.summary)", check.dateNote, ""]
            lines.append("Articles")
            if check.provisions.isEmpty { lines.append("  none recorded") }
            for p in check.provisions {
                lines.append("  \(p.citation): \(p.note)")
                for r in p.ranges { lines.append("    \(r.sanction.phrase)\(r.tengeRange.map { " (\($0))" } ?? "")") }
                if let a = p.article { lines.append("    sources: \(a.source.joined(separator: ", "))") }
            }
            lines.append("")
            lines.append("Sanctions")
            if check.sanctions.isEmpty { lines.append("  none recorded") }
            for s in check.sanctions {
                lines.append("  \(s.sanction.phrase) — \(s.verdict.label)")
                lines.append("    \(s.explanation)")
                for note in s.notes { lines.append("    note: \(note)") }
                if !s.source.isEmpty { lines.append("    sources: \(s.source.joined(separator: ", "))") }
            }
            lines.append("")
            lines.append("International standards")
            if check.standards.isEmpty { lines.append("  none linked to this kind of incident") }
            for f in check.standards {
                lines.append("  \(f.standard.title) — \(f.standard.body)\(f.standard.citation.map { " (\($0))" } ?? "")")
                lines.append("    \(f.standard.explanation)")
                lines.append("    why: \(f.why)  sources: \(f.standard.source.joined(separator: ", "))")
            }
            if !check.recommendations.isEmpty {
                lines.append("")
                lines.append("UN Human Rights Committee recommendations on the same ICCPR articles")
                for r in check.recommendations {
                    lines.append("  \(r.id) (\(r.iccprArticle)) \(r.assessment.status) as of \(r.assessment.asOf): \(r.recommendation)")
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
