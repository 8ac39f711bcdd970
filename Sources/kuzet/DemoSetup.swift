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
            print("Demo administrator: \(name) / \(password)  (change it with: kuzet user passwd \(name))")
        }
    }

    static func randomPassword() -> String {
        let letters = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<16).map { _ in letters.randomElement()! })
    }

    /// Loads the demo data set; replaced by `DemoData.load` once that module is merged.
    static func loadDemoRecords(into archive: any Archive) async throws {
        print("No demo data module is built into this binary; the archive stays empty.")
    }
}
