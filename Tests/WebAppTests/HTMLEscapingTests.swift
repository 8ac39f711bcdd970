import Foundation
import Testing

@testable import WebApp

@Suite("Escaping in page templates")
struct HTMLEscapingTests {
    @Test("The five characters Mustache escapes are escaped the same way; other text comes back as it was")
    func escapesLikeMustache() {
        #expect(HTMLEscaping.escape(#"<b class="x">Tom & Jerry's</b>"#) == "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;")
        #expect(HTMLEscaping.escape("Қазақ «тілі» — no specials here") == "Қазақ «тілі» — no specials here")
        #expect(HTMLEscaping.escape("суд <решил> & «всё»") == "суд &lt;решил&gt; &amp; «всё»")
        #expect(HTMLEscaping.escape("") == "")
    }

    @Test("Every page template opens with the pragma that picks this escaping")
    func everyTemplateUsesIt() throws {
        // The sources beside this file: the templates as the package ships them.
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/WebApp/Resources/templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: templates.path).filter { $0.hasSuffix(".mustache") }
        #expect(names.count > 10)
        for name in names {
            let text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasPrefix("{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n"), "\(name)")
        }
    }
}
