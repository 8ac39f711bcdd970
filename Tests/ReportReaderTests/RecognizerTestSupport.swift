import CivicModel
@testable import ReportReader

/// A day, for the dates tests expect.
func day(_ year: Int, _ month: Int, _ day: Int) -> PartialDate? { try? PartialDate(year: year, month: month, day: day) }

/// Tokens of a sentence written for a test, starting at offset 0.
func tokens(_ text: String) -> ArraySlice<Token> {
    Tokenizer.tokens(ArraySlice(Array(text.unicodeScalars)), base: 0)[...]
}

/// Reads a text written for a test and returns the incidents.
func read(_ text: String) -> [ProposedIncident] {
    ReportReader().read(ReportDocument(name: "test.txt", text: text))
}
