/// One thing wrong in a rule file, printed as `file:line: message` so that editors jump to it.
public struct RuleProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Every problem found while loading a set of rule files; loading fails as a whole.
public struct RuleLoadError: Error, Sendable, CustomStringConvertible {
    public let problems: [RuleProblem]

    public init(problems: [RuleProblem]) { self.problems = problems }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}

/// Collects problems while rule files are read, so that one check reports all of them.
public final class RuleDiagnostics {
    public private(set) var problems: [RuleProblem] = []

    public init() {}

    public func report(_ message: String, file: String, line: Int) {
        problems.append(RuleProblem(file: file, line: line, message: message))
    }

    /// Throws the collected problems, if any.
    public func throwIfAny() throws(RuleLoadError) {
        if !problems.isEmpty { throw RuleLoadError(problems: problems) }
    }
}
