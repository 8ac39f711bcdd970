import CivicModel
import Testing

@Suite("Locating a pasted quote in a source")
struct SourceLocateTests {
    static let source = Source(title: "Test digest", text: "Opening line.\nOn 3 May the court fined a “tea-house”\n  owner.\r\nOn 3 May the court fined a second owner.")

    @Test("A quote pasted with its line break lost and its quotes straightened is found at its scalars")
    func loose() throws {
        let spans = Self.source.spans(of: "  the court fined a \"tea-house\" owner. ")
        #expect(spans.count == 1)
        let span = try #require(spans.first)
        #expect(Self.source.excerpt(start: span.lowerBound, end: span.upperBound) == "the court fined a “tea-house”\n  owner.")
    }

    @Test("Every occurrence is reported, and text the source lacks or an empty quote has none")
    func occurrences() {
        #expect(Self.source.spans(of: "On 3 May the court fined a").count == 2)
        #expect(Self.source.spans(of: "the court acquitted").isEmpty)
        #expect(Self.source.spans(of: " \n ").isEmpty)
        #expect(Source(title: "No text").spans(of: "anything").isEmpty)
    }
}
