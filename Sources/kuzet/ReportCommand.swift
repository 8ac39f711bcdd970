import Analysis
import Archive
import ArgumentParser
import CivicModel
import Foundation
import LawBook

/// `kuzet report`: a periodic update, a country profile or a shadow-report skeleton as Markdown, HTML or PDF.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Generate a periodic update, a country profile, a shadow-report skeleton or a person's or organisation's case file.",
        discussion: """
        update: the incidents of --from … --to by association, assembly and expression, each with its source \
        link (--source ID follows one report: every incident it documents, in the order of its text). \
        profile: the LawBook's "at a glance" table as in force on --to. shadow: a skeleton by ICCPR article \
        with the recommendations and incidents. casefile --person ID or --organization ID: everything recorded on \
        them, with sources and the legal check, restricted records marked. PDF needs Chromium.
        """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case update, profile, shadow, casefile }
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, pdf }

    @OptionGroup var archiveOptions: ArchiveOptions

    @Argument(help: "update, profile, shadow or casefile.")
    var kind: Kind
    @Option(help: "First day of the period (YYYY-MM-DD, YYYY-MM or YYYY).")
    var from: String?
    @Option(help: "Last day of the period; the profile's as-of day (default today).")
    var to: String?
    @Option(help: "md (default), html or pdf.")
    var format: Format = .md
    @Option(name: .shortAndLong, help: "Write to this file (required for pdf) instead of standard output.")
    var output: String?
    @Option(help: "Only for update: follow the incidents of this source id, in the order of its text.")
    var source: String?
    @Option(help: "Only for casefile: the person (per-…).")
    var person: String?
    @Option(help: "Only for casefile: the organisation (org-…).")
    var organization: String?
    @Option(help: "The highest confidentiality to include: public (default), restricted or confidential.")
    var clearance: String = "public"
    @Option(help: "Prefix for links into the web app, e.g. https://kuzet.example.org (default: relative links).")
    var linkBase: String = ""

    func run() async throws {
        if format == .pdf, output == nil { throw CLIError("--format pdf needs -o FILE") }
        let viewer = Clearance(try Confidentiality.parse(clearance))
        let end = try to.map { try CalendarDay(iso: PartialDate(iso: $0).latestDay) } ?? CalendarDay.of(Date())
        let document: ReportDocument
        switch kind {
        case .profile:
            document = try CountryProfile(asOf: end).document()
        case .casefile:
            let subject: CaseFile.Subject
            switch (person, organization) {
            case let (id?, nil): subject = .person(Person.ID(id))
            case let (nil, id?): subject = .organization(Organization.ID(id))
            default: throw CLIError("report casefile needs --person ID or --organization ID (one of them)")
            }
            document = try await CaseFile.build(subject, archive: try await archiveOptions.open(), viewer: viewer, linkBase: linkBase)
        case .update, .shadow:
            guard let from else { throw CLIError("report \(kind.rawValue) needs --from and --to") }
            guard to != nil else { throw CLIError("report \(kind.rawValue) needs --from and --to") }
            let start = try CalendarDay(iso: PartialDate(iso: from).earliestDay)
            guard start <= end else { throw CLIError("--from \(from) is after --to \(to!)") }
            let archive = try await archiveOptions.open()
            if kind == .update {
                document = try await PeriodicUpdate.build(archive: archive, viewer: viewer, from: start, to: end,
                                                          sourceID: source.map { Source.ID($0) }, linkBase: linkBase).document()
            } else {
                document = try await ShadowReport.build(archive: archive, viewer: viewer, from: start, to: end,
                                                        tracker: try RecommendationTracker.standard(), linkBase: linkBase).document()
            }
        }
        switch format {
        case .md, .html:
            let text = format == .md ? document.markdown() : document.html()
            if let output { try writeFile(text, to: output) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
        case .pdf:
            try PDFRenderer.render(html: document.html(), to: output!)
        }
    }
}
