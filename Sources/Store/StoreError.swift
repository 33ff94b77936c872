/// Why the store cannot be used; each message says what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case notADatabase(path: String)
    case foreignDatabase(path: String)
    case newerSchema(path: String)
    case locked(path: String)
    case contentIDCollision(doc: String)
    case database(String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path) is not an SQLite database (or it is corrupt); it was left untouched. Pass another --db, or move it away"
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database that ThiDua did not create; it was left untouched. Pass another --db"
        case .newerSchema(let path):
            return "\(path) was written by a newer ThiDua (its schema has migrations this one does not know); upgrade thidua"
        case .locked(let path):
            return "another thidua run is using \(path); pass --wait SECONDS to wait for it"
        case .contentIDCollision(let doc):
            return "two different texts share the content id \(doc) (the first 64 bits of their SHA-256); nothing of this batch "
                + "was stored. Report it: the id must grow"
        case .database(let message):
            return "database error: \(message)"
        }
    }
}
