import Analysis
import Archive
import CivicModel
import Foundation
import Hummingbird
import LawBook

/// Generated reports, the civic-space rating and the UN recommendation tracker, as pages and downloads.
///
/// The documents are the ones `kuzet report|rating|recommendations` write, built from the archive as the
/// viewer may see it: visitors without an account get reviewed public incidents only.
struct ReportPages {
    let archive: any Archive
    let renderer: PageRenderer
    let lawBook: LawBook

    enum Kind: String, CaseIterable {
        case update, profile, shadow

        var label: String {
            switch self {
            case .update: "Periodic update (association, assembly, expression)"
            case .profile: "Country profile (the law at a glance)"
            case .shadow: "Shadow-report skeleton by ICCPR article"
            }
        }
    }

    func add(to router: Router<WebContext>) {
        router.get("/reports", use: reports)
        router.get("/rating", use: rating)
        router.get("/recommendations", use: recommendations)
        let api = router.group("api/v1")
        api.get("rating", use: ratingAPI)
        api.get("recommendations", use: recommendationsAPI)
    }

    /// The statuses a viewer's reports draw on: reviewed incidents only for visitors.
    static func statuses(_ context: WebContext) -> Set<ReviewStatus> {
        context.user == nil ? IncidentSearch.publishedStatuses : [.proposed, .verified]
    }

    // MARK: Reports

    /// `/reports`: the form, and with `kind` the generated document, in the page or as md, html or pdf.
    @Sendable func reports(_ request: Request, context: WebContext) async throws -> Response {
        let params = request.uri.queryParameters
        let (from, to) = try await period(request, context: context)
        var values: [String: Any] = [
            "from": from.iso, "to": to.iso,
            "kinds": Kind.allCases.map { ["value": $0.rawValue, "label": $0.label, "selected": $0.rawValue == params.get("kind")] },
            "visitor": context.user == nil,
        ]
        guard let kindText = params.get("kind"), !kindText.isEmpty else {
            return try renderer.page("reports", title: "Reports", values, context: context)
        }
        guard let kind = Kind(rawValue: kindText) else {
            throw WebError.badRequest("unknown report '\(kindText)' (expected update, profile or shadow)")
        }
        let document: ReportDocument
        do {
            switch kind {
            case .profile:
                document = try CountryProfile(lawBook: lawBook, asOf: to).document()
            case .update:
                document = try await PeriodicUpdate.build(archive: archive, viewer: context.clearance, from: from, to: to,
                                                          statuses: Self.statuses(context), lawBook: lawBook).document()
            case .shadow:
                document = try await ShadowReport.build(archive: archive, viewer: context.clearance, from: from, to: to,
                                                        tracker: try RecommendationTracker.standard(lawBook: lawBook),
                                                        statuses: Self.statuses(context), lawBook: lawBook).document()
            }
        } catch let error as AnalysisError {
            throw WebError.badRequest("\(error)")
        }
        let format = params.get("format") ?? "page"
        guard format == "page" else { return try await Self.file(document, format: format, name: "kuzet-\(kind.rawValue)-\(from.iso)-\(to.iso)") }
        values["document"] = document.bodyHTML()
        values["downloads"] = Self.downloads("/reports?kind=\(kind.rawValue)&from=\(from.iso)&to=\(to.iso)&")
        return try renderer.page("reports", title: document.title, values, context: context)
    }

    /// The period a request asks for: `from` and `to` as given (a day, month or year), and where one is
    /// missing, the default period's end (which costs a query, so only then).
    func period(_ request: Request, context: WebContext) async throws -> (CalendarDay, CalendarDay) {
        let params = request.uri.queryParameters
        let fromText = params.get("from").flatMap { $0.isEmpty ? nil : $0 }
        let toText = params.get("to").flatMap { $0.isEmpty ? nil : $0 }
        let defaults = fromText == nil || toText == nil ? try await defaultPeriod(context) : nil
        let from = try fromText.map { try Self.day($0, "from", earliest: true) } ?? defaults!.0
        let to = try toText.map { try Self.day($0, "to", earliest: false) } ?? defaults!.1
        guard from <= to else { throw WebError.badRequest("the period starts \(from), after its end \(to)") }
        return (from, to)
    }

    /// The default period: the three months up to the latest dated incident the viewer may see.
    func defaultPeriod(_ context: WebContext) async throws -> (CalendarDay, CalendarDay) {
        var query = IncidentQuery(sort: .dateDescending)
        query.statuses = Self.statuses(context)
        query.limit = 1
        let latest = try await archive.incidents(matching: query, as: context.clearance).incidents.first?.date
        let end = try latest.map { try CalendarDay(iso: PartialDate(iso: String($0.latestDay.prefix(7))).latestDay) } ?? CalendarDay.of(Date())
        var (year, month) = (end.year, end.month - 2)
        if month < 1 { month += 12; year -= 1 }
        return (try CalendarDay(iso: String(format: "%04d-%02d-01", year, month)), end)
    }

    // MARK: Rating

    @Sendable func rating(_ request: Request, context: WebContext) async throws -> Response {
        let (from, to) = try await period(request, context: context)
        let result = try await computeRating(from: from, to: to, context: context)
        let values: [String: Any] = [
            "from": from.iso, "to": to.iso, "document": result.document().bodyHTML(),
            "json": "/api/v1/rating?from=\(from.iso)&to=\(to.iso)",
            "visitor": context.user == nil,
        ]
        return try renderer.page("rating", title: "Civic-space rating", values, context: context)
    }

    @Sendable func ratingAPI(_ request: Request, context: WebContext) async throws -> Response {
        let params = request.uri.queryParameters
        guard params.get("from") != nil, params.get("to") != nil else {
            throw WebError.badRequest("give the period as 'from' and 'to' (YYYY-MM-DD, YYYY-MM or YYYY)")
        }
        let (from, to) = try await period(request, context: context)
        return try JSONBody.response(try await computeRating(from: from, to: to, context: context))
    }

    func computeRating(from: CalendarDay, to: CalendarDay, context: WebContext) async throws -> CivicSpaceRating {
        do {
            return try await CivicSpaceRating.compute(archive: archive, from: from, to: to, statuses: Self.statuses(context), lawBook: lawBook)
        } catch let error as AnalysisError {
            throw WebError.badRequest("\(error)")
        }
    }

    // MARK: Recommendations

    /// The tracked recommendations, filtered by ICCPR article and current status.
    func trackedRecords(_ request: Request) throws -> (RecommendationTracker, [RecommendationTracker.Record], Int?, String?) {
        let params = request.uri.queryParameters
        let tracker = try RecommendationTracker.standard(lawBook: lawBook)
        var article: Int?
        if let text = params.get("article"), !text.isEmpty {
            guard let n = Int(text) else { throw WebError.badRequest("'article' must be an ICCPR article number such as 21, not '\(text)'") }
            article = n
        }
        var status: String?
        if let text = params.get("status"), !text.isEmpty {
            guard RecommendationTracker.statuses.contains(text) else {
                throw WebError.badRequest("unknown status '\(text)' (expected one of: \(RecommendationTracker.statuses.joined(separator: ", ")))")
            }
            status = text
        }
        let records = tracker.records.filter { r in
            (article.map { r.iccprArticles.contains($0) } ?? true) && (status.map { r.currentStatus == $0 } ?? true)
        }
        return (tracker, records, article, status)
    }

    @Sendable func recommendations(_ request: Request, context: WebContext) async throws -> Response {
        let (tracker, records, article, status) = try trackedRecords(request)
        let articles = Set(tracker.records.flatMap(\.iccprArticles)).sorted()
        let query = IncidentSearch.link([("article", article.map(String.init) ?? ""), ("status", status ?? "")].filter { !$0.1.isEmpty }, path: "")
        let values: [String: Any] = [
            "count": records.count, "all": tracker.records.count,
            "articles": articles.map { ["value": $0, "selected": $0 == article] },
            "statuses": RecommendationTracker.statuses.map { ["value": $0, "selected": $0 == status] },
            "rows": records.map { r -> [String: Any] in
                let latest = r.assessments.last
                return ["id": r.id, "body": r.body, "document": r.document, "paragraph": r.paragraph,
                        "articles": r.iccprArticles.map(String.init).joined(separator: ", "), "text": r.text,
                        "status": latest?.status ?? "not assessed", "statusClass": latest?.status ?? "", "asOf": latest?.asOf ?? "",
                        "assessments": r.assessments.reversed().map { a -> [String: Any] in
                            ["asOf": a.asOf, "status": a.status, "by": a.by, "summary": a.summary,
                             "evidence": a.evidence.map { ["label": "\($0.kind) \($0.id)", "href": $0.link] },
                             "sources": FactLinks(a.source)]
                        },
                        "sources": FactLinks(r.source)]
            },
            "json": "/api/v1/recommendations" + query,
            "csv": "/api/v1/recommendations" + (query.isEmpty ? "?" : query + "&") + "format=csv",
            "markdown": "/api/v1/recommendations" + (query.isEmpty ? "?" : query + "&") + "format=md",
        ]
        return try renderer.page("recommendations", title: "UN recommendations", values, context: context)
    }

    @Sendable func recommendationsAPI(_ request: Request, context: WebContext) async throws -> Response {
        let (tracker, records, _, _) = try trackedRecords(request)
        switch request.uri.queryParameters.get("format") ?? "json" {
        case "json": return try JSONBody.response(records)
        case "md": return Download.response(tracker.document(records: records).markdown(), type: "text/markdown; charset=utf-8", name: "kuzet-recommendations.md")
        case "csv":
            var out = "id,body,document,paragraph,iccpr_articles,current_status,as_of,assessments,text\n"
            for r in records {
                out += [r.id, r.body, r.document, r.paragraph, r.iccprArticles.map(String.init).joined(separator: " "),
                        r.currentStatus ?? "", r.assessments.last?.asOf ?? "", String(r.assessments.count), r.text].map(CSVWriter.cell).joined(separator: ",") + "\n"
            }
            return Download.response(out, type: "text/csv; charset=utf-8", name: "kuzet-recommendations.csv")
        case let other: throw WebError.badRequest("unknown format '\(other)' (expected json, csv or md)")
        }
    }

    // MARK: Pieces

    /// Whether Chromium is installed to print PDFs: looked up once, not on every page.
    static let canPrintPDF = PDFRenderer.chromium() != nil

    /// The download links of a document page: `base` ends with `?` or `&`.
    static func downloads(_ base: String) -> [[String: String]] {
        [["label": "Markdown", "href": base + "format=md"], ["label": "HTML (print-friendly)", "href": base + "format=html"]]
            + (canPrintPDF ? [["label": "PDF", "href": base + "format=pdf"]] : [])
    }

    /// A generated document as a file: Markdown, print-friendly HTML or PDF.
    static func file(_ document: ReportDocument, format: String, name: String) async throws -> Response {
        switch format {
        case "md": return Download.response(document.markdown(), type: "text/markdown; charset=utf-8", name: name + ".md")
        case "html": return Download.response(document.html(), type: "text/html; charset=utf-8", name: name + ".html")
        case "pdf": return try await pdf(document, name: name + ".pdf")
        default: throw WebError.badRequest("unknown format '\(format)' (expected page, md, html or pdf)")
        }
    }

    /// A day from a form or query: a full date, or a month or year taken at its first or last day.
    static func day(_ text: String, _ name: String, earliest: Bool) throws -> CalendarDay {
        do {
            let date = try PartialDate(iso: text)
            return try CalendarDay(iso: earliest ? date.earliestDay : date.latestDay)
        } catch {
            throw WebError.badRequest("'\(name)' must be a date such as 2021-02, 2021-02-05 or 2021, not '\(text)'")
        }
    }

    /// The document printed to PDF by headless Chromium, in a temporary folder removed afterwards.
    static func pdf(_ document: ReportDocument, name: String) async throws -> Response {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kuzet-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        let html = document.html()
        do {
            try await Task.detached { try PDFRenderer.render(html: html, to: path) }.value
        } catch let error as AnalysisError {
            throw WebError(.serviceUnavailable, "\(error)")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return Response(status: .ok, headers: [.contentType: "application/pdf", .contentDisposition: "attachment; filename=\"\(name)\""],
                        body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
