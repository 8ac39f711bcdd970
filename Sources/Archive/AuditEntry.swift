import CivicModel
import Foundation

/// One line of the append-only audit log: who changed which record when, from what to what.
public struct AuditEntry: Codable, Hashable, Sendable {
    public enum Action: String, Codable, Sendable { case create, update, delete }

    public var sequence: Int64
    public var at: Date
    public var user: String
    public var action: Action
    /// The record kind ("incident") or "user" for accounts.
    public var recordKind: String
    public var recordID: String
    /// The record's revision after the change; `nil` for deletions and accounts.
    public var revision: Int?
    /// The record's JSON before and after the change.
    public var before: String?
    public var after: String?

    public init(sequence: Int64, at: Date, user: String, action: Action, recordKind: String, recordID: String,
                revision: Int?, before: String?, after: String?) {
        self.sequence = sequence
        self.at = at
        self.user = user
        self.action = action
        self.recordKind = recordKind
        self.recordID = recordID
        self.revision = revision
        self.before = before
        self.after = after
    }
}

/// Which audit entries to read.
public struct AuditQuery: Hashable, Sendable {
    public var recordKind: String?
    public var recordID: String?
    public var user: String?
    public var limit: Int
    public var offset: Int
    public init(recordKind: String? = nil, recordID: String? = nil, user: String? = nil, limit: Int = 100, offset: Int = 0) {
        self.recordKind = recordKind
        self.recordID = recordID
        self.user = user
        self.limit = limit
        self.offset = offset
    }
}

/// A stored revision of a record: its whole JSON as it was after one write.
public struct Revision: Codable, Hashable, Sendable {
    public var recordKind: RecordKind
    public var recordID: String
    public var number: Int
    public var at: Date
    public var user: String
    public var body: String
    public init(recordKind: RecordKind, recordID: String, number: Int, at: Date, user: String, body: String) {
        self.recordKind = recordKind
        self.recordID = recordID
        self.number = number
        self.at = at
        self.user = user
        self.body = body
    }
}

/// A user of the web application.
public struct UserAccount: Codable, Hashable, Sendable {
    public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
        case viewer, editor, admin
        private var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

        /// What the role may read: viewers see restricted records, editors and admins everything.
        public var clearance: Clearance { self == .viewer ? .restricted : .everything }
    }

    public var name: String
    public var role: Role
    /// A password hash in modular crypt format (bcrypt `$2b$…` or PBKDF2); never the password.
    public var passwordHash: String
    public var createdAt: Date
    public var disabled: Bool
    /// The shared secret of two-step sign-in (RFC 6238 codes from an authenticator app), base32; `nil` when off.
    public var totpSecret: String?
    /// The SHA-256 digests (hex) of the recovery codes not yet used, for signing in without the phone. The codes
    /// themselves are shown to the user once and never stored.
    public var recoveryCodes: [String]

    public init(name: String, role: Role, passwordHash: String, createdAt: Date = Date(), disabled: Bool = false, totpSecret: String? = nil,
                recoveryCodes: [String] = []) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.createdAt = createdAt
        self.disabled = disabled
        self.totpSecret = totpSecret
        self.recoveryCodes = recoveryCodes
    }

    /// Two-step sign-in off: the secret and the recovery codes go together.
    public mutating func switchOffTwoStep() {
        totpSecret = nil
        recoveryCodes = []
    }
}
