import Archive
import ArgumentParser
import Foundation
import WebApp

/// `kuzet user add|passwd|list`: accounts for the web application.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage web application accounts.",
        subcommands: [Add.self, Passwd.self, List.self, TwoStepOff.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account; the password is read from standard input or a prompt.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The user name (letters, digits, '-', '_', '.').") var name: String
        @Option(help: "viewer, editor or admin.") var role: String = "viewer"

        func run() async throws {
            guard let role = UserAccount.Role(rawValue: role) else { throw AccountError("the role must be viewer, editor or admin, not '\(role)'") }
            guard name.range(of: "^[A-Za-z0-9._-]{1,64}$", options: .regularExpression) != nil else {
                throw AccountError("a user name has letters, digits, '-', '_' or '.', at most 64")
            }
            let archive = try await archiveOptions.open()
            if try await archive.user(named: name) != nil { throw AccountError("user '\(name)' already exists; use 'kuzet user passwd \(name)'") }
            let hash = try hashPassword(try readPassword())
            try await archive.save(user: UserAccount(name: name, role: role, passwordHash: hash), by: .commandLine)
            print("Added \(role.rawValue) '\(name)'.")
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set an account's password, read from standard input or a prompt.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The user name.") var name: String

        func run() async throws {
            let archive = try await archiveOptions.open()
            guard var account = try await archive.user(named: name) else { throw AccountError("no user '\(name)'") }
            account.passwordHash = try hashPassword(try readPassword())
            try await archive.save(user: account, by: .commandLine)
            print("Changed the password of '\(name)'.")
        }
    }

    struct TwoStepOff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "two-step-off",
            abstract: "Switch two-step sign-in off (and its recovery codes) for an account whose phone and codes are lost; the user sets it up again under Account.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The user name.") var name: String

        func run() async throws {
            let archive = try await archiveOptions.open()
            guard var account = try await archive.user(named: name) else { throw AccountError("no user '\(name)'") }
            guard account.totpSecret != nil else { return print("Two-step sign-in was already off for '\(name)'.") }
            account.switchOffTwoStep()
            try await archive.save(user: account, by: .commandLine)
            print("Switched two-step sign-in off for '\(name)'.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let users = try await archiveOptions.open().users()
            if json {
                struct Row: Codable { var name: String; var role: String; var disabled: Bool; var twoStep: Bool; var createdAt: Date }
                print(try RecordCoding.encode(users.map {
                    Row(name: $0.name, role: $0.role.rawValue, disabled: $0.disabled, twoStep: $0.totpSecret != nil, createdAt: $0.createdAt)
                }))
            } else {
                for u in users { print("\(u.name)\t\(u.role.rawValue)\(u.disabled ? "\tdisabled" : "")\(u.totpSecret != nil ? "\ttwo-step" : "")") }
            }
        }
    }
}

/// The password from standard input (one line) when it is not a terminal, otherwise from a prompt without echo.
private func readPassword() throws -> String {
    let line: String?
    if isatty(STDIN_FILENO) == 1 {
        line = getpass("Password: ").map { String(cString: $0) }
    } else {
        line = readLine(strippingNewline: true)
    }
    guard let line, !line.isEmpty else { throw AccountError("no password given on standard input") }
    return line
}

private func hashPassword(_ password: String) throws -> String {
    do { return try PasswordHasher().hash(password) } catch { throw AccountError("\(error)") }
}

/// A refused account change, printed as one line (without the usage text parsing errors get).
struct AccountError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
