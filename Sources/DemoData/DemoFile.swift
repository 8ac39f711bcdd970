import CivicModel
import Foundation

/// The layout of `Resources/demo.json`: records refer to each other and to places by name, as monitors
/// write them; `DemoData.batch(gazetteer:)` resolves the names.
struct DemoFile: Decodable, Sendable {
    var note: String?
    var sources: [SourceEntry]
    var persons: [PersonEntry]
    var organizations: [OrganizationEntry]
    var incidents: [IncidentEntry]
    /// Evidence files of synthetic incidents, their text written for the demo.
    var attachments: [AttachmentEntry]?

    struct AttachmentEntry: Decodable, Sendable {
        var id: String
        var incident: String
        var fileName: String
        var mediaType: String
        var description: String?
        var confidentiality: Confidentiality
        var text: String
    }

    struct SourceEntry: Decodable, Sendable {
        var id: String
        var title: String
        var publisher: String?
        var publishedOn: String?
        var url: String?
        var language: String
        /// The seed report this source is, by file name; `nil` for synthetic sources.
        var seedFile: String?
        var sha256: String?
        /// Only synthetic sources ship their text; a report's text arrives when the report is imported.
        var text: String?
        var confidentiality: Confidentiality
        var note: String?
    }

    struct PersonEntry: Decodable, Sendable {
        var id: String
        var name: String
        var aliases: [String]
        var occupation: Occupation?
        var place: String?
        var description: String?
        var confidentiality: Confidentiality
    }

    struct OrganizationEntry: Decodable, Sendable {
        var id: String
        var name: String
        var aliases: [String]
        var kind: OrganizationKind
        var place: String?
        var statusHistory: [StatusEntry]
        var description: String?
        var confidentiality: Confidentiality
    }

    struct StatusEntry: Decodable, Sendable {
        var date: String?
        var status: OrganizationStatus
        var note: String?
    }

    struct IncidentEntry: Decodable, Sendable {
        var id: String
        var date: String?
        var eventType: EventType
        var summary: String
        var places: [String]
        var persons: [String]
        var organizations: [String]
        var perpetrators: [PerpetratorKind]
        var rightsAffected: [AffectedRight]
        var legalProvisions: [LegalProvisionRef]
        var sanctions: [Sanction]
        var status: ReviewStatus
        var confidentiality: Confidentiality
        var passage: PassageEntry
    }

    struct PassageEntry: Decodable, Sendable {
        var source: String
        var start: Int
        var end: Int
    }
}
