import Foundation
@testable import LawBook

/// Paths and shared fixtures for the law book tests.
enum TestSupport {
    /// The package root: the folder holding Package.swift, found from this file's path.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `../shared/docs/legal-facts.md`, when the shared folder is beside the package.
    static var legalFacts: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/docs/legal-facts.md")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static let book: LawBook = LawBook.standard

    static func day(_ iso: String) -> CalendarDay { try! CalendarDay(iso: iso) }
    static func time(_ text: String) -> TimeOfDay { try! TimeOfDay(text) }

    /// A plan with sensible defaults, so each test states only what it is about.
    static func plan(_ form: AssemblyPlan.Form, on date: String, filed: String, start: String = "12:00", end: String = "13:00",
                     place: String? = "Central square", participants: Int? = 1, age: Int? = 30, citizen: Bool? = true,
                     decision: AuthorityDecision? = nil) throws -> AssemblyPlan {
        try AssemblyPlan(form: form, date: day(date), start: time(start), end: time(end), place: place,
                         participants: participants, organizerAge: age, organizerCitizen: citizen,
                         filed: day(filed), decision: decision)
    }
}
