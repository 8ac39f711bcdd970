import Foundation
import Yams

/// Reads the law book's YAML data files: as a plain tree (to collect `source:` fact IDs) and as typed values.
enum YAMLResource {
    /// The folder holding the data files inside the module's bundle.
    static var defaultDirectory: URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
    }

    /// Loads a file into a tree of dictionaries, arrays, strings, numbers and booleans.
    static func tree(_ file: String, in directory: URL) throws -> Any {
        let url = directory.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw LawBookError.invalidData(file, "cannot be read at \(url.path)")
        }
        do {
            guard let loaded = try Yams.load(yaml: text) else { throw LawBookError.invalidData(file, "is empty") }
            return normalized(loaded)
        } catch let error as LawBookError {
            throw error
        } catch {
            throw LawBookError.invalidData(file, "is not valid YAML: \(error)")
        }
    }

    /// Decodes a tree with snake_case keys into a type with camelCase properties.
    static func decode<T: Decodable>(_ type: T.Type, from tree: Any, file: String) throws -> T {
        do {
            let data = try JSONSerialization.data(withJSONObject: tree, options: [.fragmentsAllowed])
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw LawBookError.invalidData(file, describe(error))
        } catch {
            throw LawBookError.invalidData(file, "\(error)")
        }
    }

    /// Every fact ID under a `source` key (or a key ending in `_source`) anywhere in the tree.
    static func factIDs(in tree: Any) -> Set<String> {
        var ids: Set<String> = []
        func walk(_ node: Any, key: String?) {
            if let dict = node as? [String: Any] {
                for (k, v) in dict { walk(v, key: k) }
            } else if let list = node as? [Any] {
                for v in list { walk(v, key: key) }
            } else if let text = node as? String, let key, key == "source" || key.hasSuffix("_source") {
                ids.insert(text)
            }
        }
        walk(tree, key: nil)
        return ids
    }

    /// For each fact ID, the entries that cite it: the file, the innermost `id` (or `law`) above the `source`
    /// and the key it sits under, e.g. "registration.yaml · nco-registration-fee" or "assembly.yaml · pa2020 · picket".
    static func factUses(in trees: [String: Any]) -> [String: [String]] {
        var uses: [String: Set<String>] = [:]
        func isSource(_ key: String) -> Bool { key == "source" || key.hasSuffix("_source") }
        func walk(_ node: Any, file: String, owner: String?, section: String?, key: String?) {
            if let dict = node as? [String: Any] {
                let name = (dict["id"] as? String) ?? (dict["law"] as? String) ?? (dict["year"] as? Int).map(String.init)
                for (k, v) in dict {
                    // Below a named entry, the key under it; below an unnamed one, the first key under the owner.
                    let below = isSource(k) ? nil : k
                    walk(v, file: file, owner: name ?? owner, section: name != nil ? below : (section ?? below), key: k)
                }
            } else if let list = node as? [Any] {
                for v in list { walk(v, file: file, owner: owner, section: section, key: key) }
            } else if let id = node as? String, let key, isSource(key) {
                uses[id, default: []].insert([file, owner, section].compactMap { $0 }.joined(separator: " · "))
            }
        }
        for (file, tree) in trees { walk(tree, file: file, owner: nil, section: nil, key: nil) }
        // "laws.yaml · civil-code · articles" says no more than "laws.yaml · civil-code" beside it.
        return uses.mapValues { places in places.filter { place in !places.contains { place.hasPrefix($0 + " · ") } }.sorted() }
    }

    private static func normalized(_ node: Any) -> Any {
        switch node {
        case let dict as [AnyHashable: Any]:
            var out: [String: Any] = [:]
            for (k, v) in dict { out["\(k.base)"] = normalized(v) }
            return out
        case let dict as [String: Any]:
            return dict.mapValues(normalized)
        case let list as [Any]:
            return list.map(normalized)
        case is String, is Int, is Double, is Bool, is NSNull:
            return node
        case let date as Date:
            let f = ISO8601DateFormatter()
            f.formatOptions = [.withFullDate]
            return f.string(from: date)
        default:
            return "\(node)"
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ c: DecodingError.Context) -> String {
            c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, c): return "missing '\(key.stringValue)' at \(path(c))"
        case let .typeMismatch(_, c): return "wrong type at \(path(c)): \(c.debugDescription)"
        case let .valueNotFound(_, c): return "missing value at \(path(c))"
        case let .dataCorrupted(c): return "bad value at \(path(c)): \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
