import Foundation
import Yams

/// The `rules/` directory: where the pipeline's data lives.
public struct RuleDirectory: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// `explicit` if given, else `$THIDUA_RULES`, else `./rules`, else the `rules/` of the
    /// source checkout this binary was built from (so `swift run` works from anywhere).
    public static func locate(explicit: String? = nil) -> RuleDirectory {
        let fileManager = FileManager.default
        if let explicit { return RuleDirectory(url: URL(fileURLWithPath: explicit)) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["THIDUA_RULES"], !fromEnvironment.isEmpty {
            return RuleDirectory(url: URL(fileURLWithPath: fromEnvironment))
        }
        let local = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("rules")
        if fileManager.fileExists(atPath: local.path) { return RuleDirectory(url: local) }
        return bundled
    }

    /// The checkout's own `rules/`, found from this source file's path.
    public static var bundled: RuleDirectory {
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return RuleDirectory(url: checkout.appendingPathComponent("rules"))
    }

    /// Loads `name` and reads it with `parse`; every problem either step reports is thrown
    /// together.
    public func read<Rules>(_ name: String, with parse: (RuleValue) -> Rules) throws(RuleLoadError) -> Rules {
        let diagnostics = RuleDiagnostics()
        guard let root = load(name, diagnostics: diagnostics) else {
            throw RuleLoadError(problems: diagnostics.problems)
        }
        let rules = parse(root)
        try diagnostics.throwIfAny()
        return rules
    }

    /// Parses `name` (e.g. "normalization.yaml"); a missing file or a YAML syntax error is
    /// reported to `diagnostics` and gives nil.
    public func load(_ name: String, diagnostics: RuleDiagnostics) -> RuleValue? {
        let fileURL = url.appendingPathComponent(name)
        let display = fileURL.path
        guard let data = FileManager.default.contents(atPath: fileURL.path) else {
            diagnostics.report("rule file not found (set --rules or THIDUA_RULES to the rules directory)", file: display, line: 0)
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.report("rule file is not UTF-8", file: display, line: 0)
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                diagnostics.report("rule file is empty", file: display, line: 1)
                return nil
            }
            return RuleValue(node: node, file: display, diagnostics: diagnostics)
        } catch let error as YamlError {
            diagnostics.report("YAML: \(Self.summary(of: error))", file: display, line: Self.line(of: error))
        } catch {
            diagnostics.report("YAML: \(error)", file: display, line: 1)
        }
        return nil
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            if let context { return "\(problem) (\(context.text))" }
            return problem
        default:
            return "\(error)"
        }
    }
}
