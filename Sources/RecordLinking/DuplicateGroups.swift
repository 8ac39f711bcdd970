import CivicModel

/// Groups of records that share a name once spelling is set aside (`NameKey`).
public enum DuplicateGroups {
    public struct Member: Encodable, Hashable, Sendable {
        public var id: String
        public var name: String
    }

    /// Each group once, its members in the order given; records join a group through any of their names.
    public static func of(_ records: [(id: String, name: String, names: [String])]) -> [[Member]] {
        var byKey: [NameKey: [Int]] = [:]
        for (index, record) in records.enumerated() {
            for key in Set(record.names.map(NameKey.init)) where !key.words.isEmpty { byKey[key, default: []].append(index) }
        }
        // Records linked through a shared key form one group (union–find over the indices).
        var parent = Array(records.indices)
        func root(_ i: Int) -> Int { parent[i] == i ? i : root(parent[i]) }
        for members in byKey.values where members.count > 1 {
            for other in members.dropFirst() { parent[root(other)] = root(members[0]) }
        }
        var groups: [Int: [Int]] = [:]
        for index in records.indices { groups[root(index), default: []].append(index) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
            .map { $0.map { Member(id: records[$0].id, name: records[$0].name) } }
    }
}
