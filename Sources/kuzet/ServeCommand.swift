import Archive
import ArgumentParser
import Foundation
import WebApp

/// `kuzet serve`: the web application on the archive.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web application (HTML pages and the JSON API under /api/v1).")

    @OptionGroup var archiveOptions: ArchiveOptions

    @Flag(help: "Load the demo records from the seed reports if the archive is empty, and make a demo administrator if there is no account.")
    var demo = false

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("the port must be between 1 and 65535, not \(port)") }
    }

    func run() async throws {
        let archive = try await archiveOptions.open()
        if demo { try await DemoSetup.prepare(archive) }
        let app = try await buildApplication(WebConfig(host: host, port: port), archive: archive)
        print("Kuzet is serving on http://\(host):\(port)/")
        try await app.runService()
    }
}
