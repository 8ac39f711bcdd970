/// Why the demo data could not be built: a name that resolves to no record, a bad value in the data file.
public struct DemoDataError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public var description: String { message }

    static func unknownPlace(_ name: String, in record: String) -> DemoDataError {
        .init(message: "demo data: \(record) names the place '\(name)', which the gazetteer does not know")
    }
    static func unknownName(_ kind: String, _ name: String, in record: String) -> DemoDataError {
        .init(message: "demo data: \(record) names the \(kind) '\(name)', which is not in the data file")
    }
    static func ambiguousName(_ kind: String, _ name: String, in record: String) -> DemoDataError {
        .init(message: "demo data: \(record) names the \(kind) '\(name)', which fits more than one record")
    }
    static func unknownSource(_ id: String, in record: String) -> DemoDataError {
        .init(message: "demo data: \(record) cites the source '\(id)', which is not in the data file")
    }
    static func invalid(_ detail: String, in record: String) -> DemoDataError {
        .init(message: "demo data: \(record): \(detail)")
    }
    static func unreadable(_ detail: String) -> DemoDataError {
        .init(message: "demo data: cannot read demo.json: \(detail)")
    }
}
