import Archive
import CivicModel
import Foundation

/// One incident in the design's line shape (`kuzet extract --format jsonl`), as imported and exported.
///
/// Names stand for persons, organisations and places; the importer resolves them to records.
struct IncidentLine: Codable {
    var id: String?
    var source: String?
    /// The gold files name the document `doc` rather than `source`.
    var doc: String?
    var date: String?
    var datePrecision: String?
    var eventType: String
    var summary: String?
    var persons: [String]?
    var organizations: [String]?
    var locations: [String]?
    var legalProvisions: [LegalProvisionRef]?
    var sanctions: [Sanction]?
    var quote: String?
    var start: Int?
    var end: Int?
    var confidence: Double?
    var status: String?
    var confidentiality: String?

    enum CodingKeys: String, CodingKey {
        case id, source, doc, date, datePrecision = "date_precision", eventType = "event_type", summary, persons,
             organizations, locations, legalProvisions = "legal_provisions", sanctions, quote, start, end,
             confidence, status, confidentiality
    }

    /// Encodes the extract keys always (null where unknown) and the archive's own keys when present.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(date, forKey: .date)
        try c.encode(datePrecision, forKey: .datePrecision)
        try c.encode(eventType, forKey: .eventType)
        try c.encodeIfPresent(summary, forKey: .summary)
        try c.encode(persons ?? [], forKey: .persons)
        try c.encode(organizations ?? [], forKey: .organizations)
        try c.encode(locations ?? [], forKey: .locations)
        try c.encode(legalProvisions ?? [], forKey: .legalProvisions)
        try c.encode(sanctions ?? [], forKey: .sanctions)
        try c.encode(quote, forKey: .quote)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(confidence, forKey: .confidence)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(confidentiality, forKey: .confidentiality)
    }

    /// A line from its values (a spreadsheet row); the extract's span, quote and confidence stay empty.
    init(id: String?, source: String?, date: String?, eventType: String, summary: String?, persons: [String]?,
         organizations: [String]?, locations: [String]?, legalProvisions: [LegalProvisionRef]?, sanctions: [Sanction]?,
         status: String?, confidentiality: String?) {
        self.id = id
        self.source = source
        self.date = date
        self.eventType = eventType
        self.summary = summary
        self.persons = persons
        self.organizations = organizations
        self.locations = locations
        self.legalProvisions = legalProvisions
        self.sanctions = sanctions
        self.status = status
        self.confidentiality = confidentiality
    }

    /// The line for an incident with its links resolved.
    init(_ details: IncidentDetails) {
        let incident = details.incident
        let passage = details.passages.first
        id = incident.id.rawValue
        source = passage?.source.url ?? passage?.source.title
        date = incident.date?.iso
        datePrecision = incident.date?.precision.rawValue
        eventType = incident.eventType.rawValue
        summary = incident.summary
        persons = details.personNames
        organizations = details.organizationNames
        locations = details.placeNames
        legalProvisions = incident.legalProvisions
        sanctions = incident.sanctions
        quote = passage?.passage.quote ?? passage.flatMap { $0.source.excerpt(start: $0.passage.start, end: $0.passage.end) }
        start = passage?.passage.start
        end = passage?.passage.end
        confidence = incident.confidence
        status = incident.status.rawValue
        confidentiality = incident.confidentiality.rawValue
    }

    /// Checks the values a JSON decoder cannot: vocabularies, dates, spans.
    func validated() throws -> (date: PartialDate?, type: EventType, status: ReviewStatus?, confidentiality: Confidentiality?) {
        let type = try EventType.parse(eventType)
        let parsedDate = try date.map { try PartialDate(iso: $0) }
        if let datePrecision, let parsedDate, parsedDate.precision.rawValue != datePrecision {
            throw CLIError("date '\(parsedDate.iso)' does not have precision '\(datePrecision)'")
        }
        if let start, let end, start < 0 || end <= start {
            throw CLIError("span [\(start), \(end)) is empty or negative")
        }
        if (start == nil) != (end == nil) { throw CLIError("a span needs both start and end") }
        if let confidence, !(0...1).contains(confidence) { throw CLIError("confidence \(confidence) is outside 0…1") }
        return (parsedDate, type, try status.map(ReviewStatus.parse), try confidentiality.map(Confidentiality.parse))
    }
}
