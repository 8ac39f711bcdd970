import Archive
import CivicModel
import Foundation
import Hummingbird
import RecordLinking

extension RecordEditPages {
    // MARK: Sources

    /// The languages a source can be written in, as the reports monitors cite come.
    static let sourceLanguages: [(code: String, label: String)] = [("en", "English"), ("ru", "Russian"), ("kk", "Kazakh")]

    func sourceValues(_ source: Source, context: WebContext) async throws -> [String: Any] {
        var languages = Self.sourceLanguages
        if !languages.contains(where: { $0.code == source.language }) { languages.append((source.language, source.language)) }
        return [
            "kindPath": "sources", "id": source.id.rawValue, "isNew": source.revision == 0, "revision": source.revision,
            "title": source.title, "publisher": source.publisher ?? "", "url": source.url ?? "", "publishedOn": source.publishedOn?.iso ?? "",
            "languages": languages.map { ["value": $0.code, "label": $0.label, "selected": $0.code == source.language] },
            "levels": Confidentiality.allCases.map { ["value": $0.rawValue, "selected": $0 == source.confidentiality] },
            "text": source.text ?? "", "hasText": source.text != nil, "textLength": source.text?.unicodeScalars.count ?? 0,
            "original": source.original.map { "\($0.fileName) (\($0.sizeText))" } as Any,
            "incidentCount": source.revision > 0 ? try await archive.incidents(matching: IncidentQuery(sourceID: source.id, limit: 0), as: .everything).total : 0,
            "csrf": context.sessions.session?.csrf ?? "",
        ]
    }

    /// Title, publisher, address, date, language and access from the form; the text only for a new source, since the
    /// passages of its incidents point into it by offset.
    func applySource(_ form: FormData, _ source: inout Source, _ linker: inout RecordLinker) throws {
        guard let title = form.text("title") else { throw WebError.badRequest("a title is required") }
        source.title = title
        source.publisher = form.text("publisher")
        source.url = try form.text("url").map { url in
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
                throw WebError.badRequest("'\(url)' is not a web address starting with http:// or https://")
            }
            return url
        }
        source.publishedOn = try form.text("publishedOn").map { written in
            do { return try PartialDate(iso: written) } catch {
                throw WebError.badRequest("'\(written)' is not a date: write 2021, 2021-03 or 2021-03-05")
            }
        }
        let language = form.text("language") ?? "en"
        guard language.count == 2, language.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            throw WebError.badRequest("'\(language)' is not a two-letter language code such as en, ru or kk")
        }
        source.language = language
        source.confidentiality = try Confidentiality.parse(form["confidentiality"] ?? "")
        if source.revision == 0, let text = form["text"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            source.text = text
            source.sha256 = ContentDigest.sha256(text)
        }
    }
}
