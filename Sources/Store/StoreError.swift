/// Why the store cannot be used; each message says what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case notADatabase(path: String)
    case foreignDatabase(path: String)
    case newerSchema(path: String)
    case locked(path: String)
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
        case .database(let message):
            return "database error: \(message)"
        }
    }
}
