import Archive
import CivicModel
import Foundation
import WebApp

/// What `serve --demo` adds to an archive: the demo records and, when there is no account, a demo administrator.
enum DemoSetup {
    static func prepare(_ archive: any Archive) async throws {
        if try await archive.count(Incident.self, as: .everything) == 0 {
            try await loadDemoRecords(into: archive)
        }
        if try await archive.users().isEmpty {
            let name = "demo-admin"
            let password = ProcessInfo.processInfo.environment["KUZET_DEMO_PASSWORD"] ?? randomPassword()
            try await archive.save(user: UserAccount(name: name, role: .admin, passwordHash: try PasswordHasher().hash(password)), by: .system)
            say("Demo administrator: \(name) / \(password)  (change it with: kuzet user passwd \(name))")
        }
    }

    /// A line on standard output, written at once (a server's log file sees it before the server runs).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func randomPassword() -> String {
        let letters = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<16).map { _ in letters.randomElement()! })
    }

    static func loadDemoRecords(into archive: any Archive) async throws {
        let summary = try await DemoCommand.load(into: archive, reports: nil)
        let quoted = DemoCommand.defaultReportsFolder.map { " with the seed reports' text from \($0)" } ?? ""
        say("Loaded the demo archive: \(summary.total) records\(quoted).")
    }
}
