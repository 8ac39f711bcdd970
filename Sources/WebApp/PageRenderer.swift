import Foundation
import Hummingbird
import Mustache

/// Renders pages from the Mustache templates in `Resources/templates`, each inside the shared layout.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// Loads every template; a missing or malformed template is an error with its name.
    public init() async throws {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw WebError(.internalServerError, "the web templates are missing from the build")
        }
        // Before the templates are parsed: their content-type pragma names it.
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        library = try await MustacheLibrary(directory: folder.appendingPathComponent("templates").path)
    }

    /// A template rendered on its own, for a fragment a page includes unescaped.
    func fragment(_ template: String, _ values: [String: Any]) throws -> String {
        guard let html = library.render(Self.clean(values) ?? [:], withTemplate: template) else {
            throw WebError(.internalServerError, "no template '\(template)'")
        }
        return html
    }

    /// The page `template` rendered with `values`, wrapped in the layout with navigation for `context`.
    func page(_ template: String, title: String, _ values: [String: Any], context: WebContext,
              status: HTTPResponse.Status = .ok) throws -> Response {
        guard let body = library.render(Self.clean(values) ?? [:], withTemplate: template) else {
            throw WebError(.internalServerError, "no template '\(template)'")
        }
        var layout: [String: Any] = ["title": title, "content": body, "nav_\(Self.navSection(of: template))": true]
        if let user = context.user {
            layout["user"] = ["name": user.name, "role": user.role.rawValue]
            layout["csrf"] = context.sessions.session?.csrf ?? ""
            layout["isEditor"] = user.role >= .editor
            layout["isAdmin"] = user.role == .admin
        }
        guard let html = library.render(layout, withTemplate: "layout") else {
            throw WebError(.internalServerError, "no template 'layout'")
        }
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if context.user != nil { headers[.cacheControl] = "no-store" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

extension PageRenderer {
    /// Main-navigation entries that pages of another name belong to, by the template's first word.
    private static let navSections = ["incident": "incidents", "record": "records", "source": "records", "casefile": "records",
                                      "duplicates": "records", "rating": "reports", "recommendations": "reports"]

    /// The main-navigation entry a page is marked under: "incident-form" under Incidents, a source under Records.
    static func navSection(of template: String) -> String {
        let first = String(template.split(separator: "-").first ?? "")
        return navSections[first] ?? first
    }

    /// Drops `nil` and empty strings from page values, recursively, so that `{{#field}}` sections
    /// show only for values that are really there (Mustache treats any string as present).
    static func clean(_ value: Any) -> Any? {
        // The common leaves first: every failed cast, and the `Mirror` below, costs a dynamic cast per value.
        switch value {
        case let s as String: return s.isEmpty ? nil : s
        case let b as Bool: return b
        case let i as Int: return i
        case let d as [String: Any]: return d.compactMapValues(clean)
        case let a as [[String: Any]]: return a.map { $0.compactMapValues(clean) }
        case let a as [String]: return a
        case let links as FactLinks: return links.isEmpty ? nil : links
        case let a as [Any]: return a.compactMap(clean)
        default:
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional else { return value }
            return mirror.children.first.flatMap { clean($0.value) }
        }
    }
}

/// Escaping for the few fragments built in Swift (SVG charts): text and attribute values.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
