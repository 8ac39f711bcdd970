import Archive
import ArgumentParser
import CivicModel
import Foundation
import RecordLinking

/// `kuzet review`: the queue of incidents proposed from reports; list them, accept, reject or edit one.
struct Review: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review incidents proposed from reports: list, accept, reject or edit them.",
        subcommands: [List.self, Accept.self, Reject.self, Edit.self, Merge.self],
        defaultSubcommand: List.self)

    /// `kuzet review list`: proposed incidents, oldest first, with their passages.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List proposed incidents.")
        @OptionGroup var archive: ArchiveOptions
        @Option(help: "How many to show.") var limit: Int = 50
        @Option(help: "Only the proposals read from this source (src-…).") var source: String?
        @Flag(help: "Print JSON instead of a table.") var json = false

        func run() async throws {
            let store = try await archive.open()
            var query = IncidentQuery(statuses: [.proposed], sourceID: source.map { Source.ID($0) }, sort: .dateAscending)
            query.limit = limit
            let page = try await store.incidents(matching: query, as: .everything)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let data = try encoder.encode(page.incidents)
                print(String(decoding: data, as: UTF8.self))
                return
            }
            if page.incidents.isEmpty { print("no proposed incidents"); return }
            let matcher = IncidentMatcher(archive: store)
            for incident in page.incidents {
                let confidence = incident.confidence.map { String(format: "%.2f", $0) } ?? "-"
                print("\(incident.id)  \(incident.date?.iso ?? "undated")  \(incident.eventType.rawValue)  confidence \(confidence)")
                print("    \(incident.summary)")
                if let quote = incident.passages.first?.quote {
                    print("    “\(quote.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(160))”")
                }
                for match in try await matcher.candidates(for: incident, as: .everything) {
                    print("    possibly recorded already: \(match.incident.id) (\(match.reasons.map(\.rawValue).joined(separator: ", "))): \(match.incident.summary)")
                }
            }
            print("\(page.incidents.count) of \(page.total) proposed")
        }
    }

    /// `kuzet review accept ID…` or `--source SRC`: marks proposed incidents verified, in one write.
    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Accept proposed incidents (status verified): those named, or every proposal from a source.")
        @OptionGroup var archive: ArchiveOptions
        @OptionGroup var choice: Choice

        func run() async throws {
            let saved = try await choice.decide(.verified, in: archive)
            print("verified \(saved.count) incident\(saved.count == 1 ? "" : "s"): \(saved.map(\.id.rawValue).joined(separator: ", "))")
        }
    }

    /// `kuzet review reject ID…` or `--source SRC`: marks proposed incidents rejected; they stay in the archive for the audit trail.
    struct Reject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reject proposed incidents (status rejected): those named, or every proposal from a source.")
        @OptionGroup var archive: ArchiveOptions
        @OptionGroup var choice: Choice

        func run() async throws {
            let saved = try await choice.decide(.rejected, in: archive)
            print("rejected \(saved.count) incident\(saved.count == 1 ? "" : "s"): \(saved.map(\.id.rawValue).joined(separator: ", "))")
        }
    }

    /// Which incidents a decision takes: named ones, and every proposal read from a source.
    struct Choice: ParsableArguments {
        @Argument(help: "The incidents' identifiers (inc-…).") var ids: [String] = []
        @Option(help: "Every proposed incident read from this source (src-…), as `kuzet review list --source` shows them.") var source: String?

        func validate() throws {
            if ids.isEmpty, source == nil { throw ValidationError("name the incidents (inc-…) or give --source") }
        }

        /// Sets the status of the chosen incidents in one write: all of them or, when one is missing, none.
        func decide(_ status: ReviewStatus, in options: ArchiveOptions) async throws -> [Incident] {
            let store = try await options.open()
            var chosen: [Incident.ID: Incident] = [:]
            for id in ids {
                guard let incident = try await store.fetch(Incident.self, id: Incident.ID(id), as: .everything) else {
                    throw ValidationError("no incident \(id) in \(options.location); nothing was changed")
                }
                chosen[incident.id] = incident
            }
            if let source {
                guard try await store.fetch(Source.self, id: Source.ID(source), as: .everything) != nil else {
                    throw ValidationError("no source \(source) in \(options.location); nothing was changed")
                }
                var query = IncidentQuery(statuses: [.proposed], sourceID: Source.ID(source), sort: .dateAscending, limit: 1_000)
                while true {
                    let page = try await store.incidents(matching: query, as: .everything)
                    for incident in page.incidents { chosen[incident.id] = incident }
                    if page.incidents.count < query.limit { break }
                    query.offset += query.limit
                }
            }
            let decided = chosen.values.sorted { $0.id.rawValue < $1.id.rawValue }.map { incident -> Incident in
                var changed = incident
                changed.status = status
                return changed
            }
            guard !decided.isEmpty else { return [] }
            try await store.write(ArchiveBatch(incidents: decided), by: .commandLine)
            return decided
        }
    }

    /// `kuzet review edit ID --date … --event-type … --summary …`: corrects a proposal before accepting it.
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Correct fields of a proposed incident.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The incident's identifier (inc-…).") var id: String
        @Option(help: "The date: YYYY, YYYY-MM or YYYY-MM-DD, or 'none'.") var date: String?
        @Option(help: "The event type, from the controlled vocabulary.") var eventType: String?
        @Option(help: "A one-line summary in your own words.") var summary: String?
        @Option(help: "public, restricted or confidential.") var confidentiality: String?
        @Option(help: "A legal provision to set, e.g. 'CC 174' or 'CoAO 488 part 2' (repeatable).") var provision: [String] = []
        @Option(help: "Internal notes.") var notes: String?
        @Flag(help: "Also accept the incident (status verified).") var accept = false

        func validate() throws {
            if date == nil, eventType == nil, summary == nil, confidentiality == nil, provision.isEmpty, notes == nil, !accept {
                throw ValidationError("nothing to change: give at least one of --date, --event-type, --summary, --confidentiality, --provision, --notes, --accept")
            }
        }

        func run() async throws {
            // Parse everything first, so a bad value changes nothing.
            let newDate: PartialDate?? = try date.map { text -> PartialDate? in text == "none" ? nil : try PartialDate(iso: text) }
            let newType = try eventType.map(EventType.parse)
            let newConfidentiality = try confidentiality.map(Confidentiality.parse)
            let newProvisions = try provision.map(LegalProvisionRef.parse)
            let saved = try await Review.change(id, in: archive) { incident in
                if let newDate { incident.date = newDate }
                if let newType { incident.eventType = newType }
                if let summary { incident.summary = summary }
                if let newConfidentiality { incident.confidentiality = newConfidentiality }
                if !newProvisions.isEmpty { incident.legalProvisions = newProvisions }
                if let notes { incident.notes = notes }
                if accept { incident.status = .verified }
            }
            print("edited \(saved.id) (revision \(saved.revision), status \(saved.status.rawValue))")
        }
    }

    /// `kuzet review merge ID --into KEPT`: the proposal records an event the archive holds already.
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge a proposal into the incident that already records its event.",
            discussion: "The incident kept gains the proposal's source passages; the proposal is rejected with a note naming it. `kuzet review list` names the likely candidates.")
        @OptionGroup var archive: ArchiveOptions
        @Argument(help: "The proposal's identifier (inc-…).") var id: String
        @Option(help: "The incident that already records the event (inc-…).") var into: String

        func run() async throws {
            let store = try await archive.open()
            let kept = try await store.merge(incident: Incident.ID(id), into: Incident.ID(into), by: .commandLine)
            print("merged \(id) into \(kept.id) (revision \(kept.revision), \(kept.passages.count) source passages); \(id) is rejected")
        }
    }

    /// Loads an incident, applies a change and saves it as the command line's editor.
    static func change(_ id: String, in options: ArchiveOptions, _ body: (inout Incident) -> Void) async throws -> Incident {
        let store = try await options.open()
        guard var incident = try await store.fetch(Incident.self, id: Incident.ID(id), as: .everything) else {
            throw ValidationError("no incident \(id) in \(options.location)")
        }
        body(&incident)
        try incident.validate()
        return try await store.save(incident, by: .commandLine)
    }
}
