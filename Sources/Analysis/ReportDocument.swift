/// A generated report as blocks of text, rendered to Markdown or to a print-friendly HTML page.
///
/// Reports build one document and render it twice, so the Markdown and the HTML say the same thing.
public struct ReportDocument: Sendable {
    /// A run of text inside a paragraph or list item.
    public enum Inline: Sendable, Hashable {
        case text(String)
        case strong(String)
        case link(String, url: String)
    }

    public enum Block: Sendable, Hashable {
        case heading(Int, String)
        case paragraph([Inline])
        case items([[Inline]])
        case table(headers: [String], rows: [[String]])
        /// An SVG chart; Markdown gets its caption and says the chart is in the HTML and PDF.
        case figure(svg: String, caption: String)
        case note(String)
    }

    public var title: String
    public var subtitle: String?
    public var blocks: [Block] = []

    public init(title: String, subtitle: String? = nil) {
        self.title = title
        self.subtitle = subtitle
    }

    public mutating func add(_ block: Block) { blocks.append(block) }

    // MARK: Markdown

    public func markdown() -> String {
        var out = "# \(Markup.markdown(title))\n\n"
        if let subtitle { out += "_\(Markup.markdown(subtitle))_\n\n" }
        for block in blocks {
            switch block {
            case let .heading(level, text):
                out += String(repeating: "#", count: min(level + 1, 6)) + " \(Markup.markdown(text))\n\n"
            case let .paragraph(inlines):
                out += md(inlines) + "\n\n"
            case let .items(items):
                out += items.map { "- " + md($0) }.joined(separator: "\n") + "\n\n"
            case let .table(headers, rows):
                out += "| " + headers.map(Markup.markdown).joined(separator: " | ") + " |\n"
                out += "|" + headers.map { _ in " --- |" }.joined() + "\n"
                for row in rows { out += "| " + row.map(Markup.markdown).joined(separator: " | ") + " |\n" }
                out += "\n"
            case let .figure(_, caption):
                let text = caption.hasSuffix(".") ? String(caption.dropLast()) : caption
                out += "_Figure: \(Markup.markdown(text)) (drawn in the HTML and PDF versions)._\n\n"
            case let .note(text):
                out += "> \(Markup.markdown(text))\n\n"
            }
        }
        return out
    }

    private func md(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case let .text(t): Markup.markdown(t)
            case let .strong(t): "**\(Markup.markdown(t))**"
            case let .link(t, url): "[\(Markup.markdown(t))](\(url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: ")", with: "%29")))"
            }
        }.joined()
    }

    // MARK: HTML

    /// A whole page with a print stylesheet (A4, readable margins, no page break inside an entry).
    public func html() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Markup.escape(title))</title>
        <style>
        \(Self.stylesheet)
        </style>
        </head>
        <body>
        <main>
        \(bodyHTML())</main>
        </body>
        </html>

        """
    }

    /// The report's HTML without the page around it, for the web app to place inside its own layout.
    public func bodyHTML() -> String {
        var body = "<h1>\(Markup.escape(title))</h1>\n"
        if let subtitle { body += "<p class=\"subtitle\">\(Markup.escape(subtitle))</p>\n" }
        for block in blocks {
            switch block {
            case let .heading(level, text):
                let h = min(level + 1, 6)
                body += "<h\(h)>\(Markup.escape(text))</h\(h)>\n"
            case let .paragraph(inlines):
                body += "<p>\(html(inlines))</p>\n"
            case let .items(items):
                body += "<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>\n"
            case let .table(headers, rows):
                body += "<table>\n<thead><tr>" + headers.map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in rows { body += "<tr>" + row.map { "<td>\(Markup.escape($0))</td>" }.joined() + "</tr>\n" }
                body += "</tbody>\n</table>\n"
            case let .figure(svg, caption):
                body += "<figure>\n\(svg)<figcaption>\(Markup.escape(caption))</figcaption>\n</figure>\n"
            case let .note(text):
                body += "<p class=\"note\">\(Markup.escape(text))</p>\n"
            }
        }
        return body
    }

    private func html(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case let .text(t): Markup.escape(t)
            case let .strong(t): "<strong>\(Markup.escape(t))</strong>"
            case let .link(t, url): "<a href=\"\(Markup.escape(url))\">\(Markup.escape(t))</a>"
            }
        }.joined()
    }

    /// The stylesheet of the standalone page, print rules included.
    public static let stylesheet = """
    body { font-family: "DejaVu Serif", Georgia, serif; color: #1f2933; line-height: 1.45; margin: 0; }
    main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
    h1 { font-size: 1.7rem; margin-bottom: .2rem; }
    h2 { font-size: 1.3rem; border-bottom: 1px solid #c5ccd3; padding-bottom: .2rem; margin-top: 2rem; }
    h3 { font-size: 1.1rem; }
    .subtitle { color: #52606d; margin-top: 0; }
    .note { color: #52606d; font-size: .9rem; border-left: 3px solid #c5ccd3; padding-left: .6rem; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .6rem 0 1rem; }
    th, td { border: 1px solid #c5ccd3; padding: .25rem .45rem; text-align: left; vertical-align: top; }
    th { background: #eef1f4; }
    li { margin-bottom: .45rem; }
    a { color: #1d4f76; }
    figure { margin: 1rem 0; }
    figure svg { max-width: 100%; height: auto; }
    figcaption { font-size: .85rem; color: #52606d; }
    @page { size: A4; margin: 18mm 16mm; }
    @media print {
      main { max-width: none; margin: 0; padding: 0; }
      li, tr, figure { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
