import Foundation
import ThiDuaModel

/// A gold award record in the format of `shared/gold/*.awards.jsonl`: the record contract's
/// fields (null fields are not checked), a `cue` to find the sentence, and `optional`.
public struct GoldAward: Sendable, Decodable, Equatable {
    public let doc: String
    public let award: [String]
    public let `class`: [String]?
    public let granter: String?
    public let granterName: String?
    public let kind: [String]
    public let count: Int?
    public let qualifier: String
    public let recipient: String?
    public let recipientTitle: String?
    public let presenter: String?
    public let year: Int?
    public let province: String?
    public let zone: String?
    public let cue: String
    public let optional: Bool

    enum CodingKeys: String, CodingKey {
        case doc, award, `class`, granter
        case granterName = "granter_name"
        case kind, count, qualifier, recipient
        case recipientTitle = "recipient_title"
        case presenter, year, province, zone, cue, optional
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        doc = try container.decode(String.self, forKey: .doc)
        award = try container.decode([String].self, forKey: .award)
        `class` = try container.decodeIfPresent([String].self, forKey: .class)
        granter = try container.decodeIfPresent(String.self, forKey: .granter)
        granterName = try container.decodeIfPresent(String.self, forKey: .granterName)
        kind = try container.decodeIfPresent([String].self, forKey: .kind) ?? []
        count = try container.decodeIfPresent(Int.self, forKey: .count)
        qualifier = try container.decodeIfPresent(String.self, forKey: .qualifier) ?? "exact"
        recipient = try container.decodeIfPresent(String.self, forKey: .recipient)
        recipientTitle = try container.decodeIfPresent(String.self, forKey: .recipientTitle)
        presenter = try container.decodeIfPresent(String.self, forKey: .presenter)
        year = try container.decodeIfPresent(Int.self, forKey: .year)
        province = try container.decodeIfPresent(String.self, forKey: .province)
        zone = try container.decodeIfPresent(String.self, forKey: .zone)
        cue = try container.decodeIfPresent(String.self, forKey: .cue) ?? ""
        optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    }

    /// Every `*.awards.jsonl` of `directory`; a bad line is an error naming file and line.
    public static func load(directory: URL) throws(EvaluationError) -> [GoldAward] {
        guard let records = try loadGold(GoldAward.self, suffix: ".awards.jsonl", directory: directory) else {
            throw .noGold(directory.path)
        }
        return records
    }
}

/// The records of every `*<suffix>` file of `directory`, one JSON object per line; nil when
/// there is no such file. A bad line is an error naming file and line.
func loadGold<Record: Decodable>(_ type: Record.Type, suffix: String, directory: URL) throws(EvaluationError) -> [Record]? {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0.hasSuffix(suffix) }.sorted()
    guard !names.isEmpty else { return nil }
    var records: [Record] = []
    for name in names {
        let url = directory.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .unreadable(url.path) }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                records.append(try JSONDecoder().decode(Record.self, from: Data(line.utf8)))
            } catch {
                throw .badLine(file: url.path, line: number + 1, message: "\(error)")
            }
        }
    }
    return records
}

public enum EvaluationError: Error, CustomStringConvertible {
    case noGold(String)
    case unreadable(String)
    case badLine(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .noGold(let path): return "\(path): no *.awards.jsonl gold files"
        case .unreadable(let path): return "\(path): cannot read as UTF-8"
        case .badLine(let file, let line, let message): return "\(file):\(line): not a gold record (\(message))"
        }
    }
}
