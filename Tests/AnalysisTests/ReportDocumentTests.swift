import Analysis
import Testing

@Suite struct ReportDocumentTests {
    func hostile() -> ReportDocument {
        var doc = ReportDocument(title: "A <b>title</b>", subtitle: "by *someone*")
        doc.add(.heading(1, "Section & more"))
        doc.add(.items([[.strong("1 March"), .text(" <script>alert(1)</script> [x](y)"), .link("a \"source\"", url: "https://example.org/?a=1&b=\"2\"")]]))
        doc.add(.table(headers: ["a|b"], rows: [["<td>"]]))
        return doc
    }

    @Test func htmlEscapesEveryTextAndAttribute() {
        let html = hostile().html()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("<h1>A &lt;b&gt;title&lt;/b&gt;</h1>"))
        #expect(html.contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""))
        #expect(html.contains("<td>&lt;td&gt;</td>"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains(hostile().bodyHTML()))
    }

    @Test func markdownEscapesMarkupCharacters() {
        let md = hostile().markdown()
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("\\[x\\](y)"), "text that looks like a link stays text")
        #expect(md.contains("| a\\|b |"))
        #expect(md.contains("## Section & more"))
    }
}
