import Foundation
import PostgresNIO

/// Many rows written with one statement: each column travels as one bound array and `unnest` turns them into rows.
struct BulkInsert {
    enum Values {
        case text([String])
        case int([Int])
        case bool([Bool])
        case date([Date])
    }

    /// How a column's value becomes the stored one.
    enum Shape {
        case plain
        /// Space-separated search words into a `tsvector` of exactly those lexemes.
        case words
        /// The empty string stands for NULL.
        case nullIfEmpty
        /// A negative number stands for NULL.
        case nullIfNegative
    }

    struct Column {
        let name: String
        let values: Values
        let shape: Shape
    }

    let table: String
    var columns: [Column] = []

    init(table: String) { self.table = table }

    mutating func add(_ name: String, _ values: [String], _ shape: Shape = .plain) { columns.append(Column(name: name, values: .text(values), shape: shape)) }
    mutating func add(_ name: String, _ values: [Int], _ shape: Shape = .plain) { columns.append(Column(name: name, values: .int(values), shape: shape)) }
    mutating func add(_ name: String, _ values: [Bool]) { columns.append(Column(name: name, values: .bool(values), shape: .plain)) }
    mutating func add(_ name: String, _ values: [Date]) { columns.append(Column(name: name, values: .date(values), shape: .plain)) }

    /// The statement; `upsertOn` names the key whose conflicts replace the stored row.
    func query(upsertOn key: String? = nil, orderedBy ordinality: Bool = false) throws -> PostgresQuery {
        var bindings = PostgresBindings(capacity: columns.count)
        var arrays: [String] = []
        var aliases: [String] = []
        var expressions: [String] = []
        for (index, column) in columns.enumerated() {
            let alias = "c\(index)"
            aliases.append(alias)
            switch column.values {
            case .text(let v): bindings.append(v); arrays.append("$\(index + 1)::text[]")
            case .int(let v): bindings.append(v); arrays.append("$\(index + 1)::int8[]")
            case .bool(let v): bindings.append(v); arrays.append("$\(index + 1)::bool[]")
            case .date(let v): bindings.append(v); arrays.append("$\(index + 1)::timestamptz[]")
            }
            switch column.shape {
            case .plain: expressions.append("u.\(alias)")
            case .words: expressions.append("array_to_tsvector(string_to_array(u.\(alias), ' '))")
            case .nullIfEmpty: expressions.append("NULLIF(u.\(alias), '')")
            case .nullIfNegative: expressions.append("NULLIF(u.\(alias), -1)")
            }
        }
        let names = columns.map(\.name)
        var sql = "INSERT INTO \(table) (\(names.joined(separator: ", "))) SELECT \(expressions.joined(separator: ", ")) "
            + "FROM unnest(\(arrays.joined(separator: ", "))) WITH ORDINALITY AS u(\(aliases.joined(separator: ", ")), n)"
        if ordinality { sql += " ORDER BY u.n" }
        if let key {
            let updates = names.filter { $0 != key }.map { "\($0) = EXCLUDED.\($0)" }
            sql += " ON CONFLICT (\(key)) DO UPDATE SET \(updates.joined(separator: ", "))"
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}

/// A query assembled piece by piece, numbering its parameters as they are bound.
struct SQLBuilder {
    var sql = ""
    var bindings = PostgresBindings()

    /// Binds a value and returns its placeholder.
    mutating func bind<T: PostgresThrowingDynamicTypeEncodable>(_ value: T) throws -> String {
        try bindings.append(value)
        return "$\(bindings.count)"
    }

    mutating func append(_ fragment: String) { sql += fragment }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: bindings) }
}
