import Foundation
import ICUBridge
import ThiDua

// Stage throughput next to ICU doing the comparable raw work on the same text, in the
// same run: ratios, not absolute numbers, are what carry over between machines.
//
//   swift run -c release thidua-bench [--megabytes N] [--rounds N]

struct Options {
    var megabytes = 16
    var rounds = 5
    var corpora: Set<String> = ["scraped", "nfd", "extraction", "long"]
    var articles = 100_000
    var directory: String?
    var stages = false

    init(arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = Int(iterator.next() ?? "") ?? megabytes
            case "--rounds": rounds = Int(iterator.next() ?? "") ?? rounds
            case "--corpus": corpora = [iterator.next() ?? ""]
            case "--articles": articles = Int(iterator.next() ?? "") ?? articles
            case "--directory":
                directory = iterator.next()
                corpora = ["reference"]
            case "--stages": stages = true
            default:
                FileHandle.standardError.write(Data("usage: thidua-bench [--megabytes N] [--rounds N] [--corpus scraped|nfd|extraction|long|store] [--articles N] [--directory DIR [--stages]]\n".utf8))
                exit(64)
            }
        }
    }
}

/// Measurements taken round-robin: every round runs each of them once, and each keeps its
/// best time. A reference and the code compared with it thus see the same machine state,
/// which matters on a shared two-core machine whose speed drifts.
final class Trials {
    private var bodies: [(name: String, body: () throws -> Int)] = []
    private(set) var best: [String: Double] = [:]
    private(set) var checksums: [String: Int] = [:]

    func add(_ name: String, _ body: @escaping () throws -> Int) { bodies.append((name, body)) }

    func run(rounds: Int) throws {
        for _ in 0..<rounds {
            for (name, body) in bodies {
                let start = ContinuousClock.now
                checksums[name] = try body()
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                best[name] = min(best[name] ?? .infinity, seconds)
            }
        }
    }

    subscript(name: String) -> Double { best[name]! }
}

struct Row {
    let name: String
    let seconds: Double
    let bytes: Int
    let reference: String?
    let referenceSeconds: Double?

    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
}

func printTable(_ title: String, _ rows: [Row]) {
    print("\n\(title)")
    print("| measurement | MB/s | vs reference |")
    print("|---|---:|---|")
    for row in rows {
        var ratio = "(reference)"
        if let reference = row.reference, let seconds = row.referenceSeconds {
            ratio = String(format: "%.2f× %@", seconds / row.seconds, reference)
        }
        print("| \(row.name) | \(String(format: "%.1f", row.megabytesPerSecond)) | \(ratio) |")
    }
}

let options = Options(arguments: CommandLine.arguments)
let pipeline = try TextPipeline.load(rules: RuleDirectory.locate())
let reader = try InputReader.load(from: RuleDirectory.locate())
let seedDirectory = RuleDirectory.bundled.url.deletingLastPathComponent().appendingPathComponent("fixtures/seeds")
let seeds = try FileManager.default.contentsOfDirectory(atPath: seedDirectory.path).filter { $0.hasSuffix(".txt") }.sorted()
    .map { try String(contentsOf: seedDirectory.appendingPathComponent($0), encoding: .utf8) }

/// The seed articles repeated as separate documents up to the requested size.
func corpus(_ transform: (String) -> String) -> [String] {
    var documents: [String] = []
    var bytes = 0
    while bytes < options.megabytes * 1_000_000 {
        for seed in seeds {
            let document = transform(seed)
            documents.append(document)
            bytes += document.utf8.count
        }
    }
    return documents
}

func run(corpusName: String, documents: [String]) throws {
    let utf8Documents = documents.map { Array($0.utf8) }
    let totalBytes = utf8Documents.reduce(0) { $0 + $1.count }
    // Sentence breaks run on normalized text: the reference gets the same text as UTF-16.
    let normalized = try documents.map { try pipeline.normalizer.normalize($0) }
    let normalizedUTF16 = normalized.map { Array($0.text.utf16) }
    let normalizedBytes = normalized.reduce(0) { $0 + $1.text.utf8.count }
    let breaker = try SentenceBreaker(locale: "vi")

    var scratch: [UInt16] = [], output: [UInt16] = [], utf8Output: [CChar] = []
    let trials = Trials()
    let datas = utf8Documents.map { Data($0) }
    trials.add("ingest") {
        var total = 0
        for data in datas {
            reader.read(data, source: "bench.txt", format: .text) { result in
                if case .success(let source) = result { total += source.text.utf8.count }
            }
        }
        return total
    }
    trials.add("icuNFC") {
        var total = 0
        for bytes in utf8Documents {
            total += try bytes.withUnsafeBufferPointer { try ICUReference.nfc(utf8: $0, scratch: &scratch, output: &output) }
        }
        return total
    }
    trials.add("icuNFCToUTF8") {
        var total = 0
        for bytes in utf8Documents {
            total += try bytes.withUnsafeBufferPointer {
                try ICUReference.nfcToUTF8(utf8: $0, scratch: &scratch, output: &output, bytes: &utf8Output)
            }
        }
        return total
    }
    trials.add("normalize") {
        var total = 0
        for document in documents { total += try pipeline.normalizer.normalize(document).map.count }
        return total
    }
    trials.add("icuBreaks") {
        var total = 0
        for text in normalizedUTF16 { total += try breaker.referenceCount(utf16: text) }
        return total
    }
    trials.add("segment") {
        var total = 0
        for document in normalized { total += try pipeline.segmenter.segment(document).count }
        return total
    }
    trials.add("both") {
        var total = 0
        for document in documents { total += try pipeline.segmenter.segment(pipeline.normalizer.normalize(document)).count }
        return total
    }
    try trials.run(rounds: options.rounds)

    // The end-to-end reference: ICU's NFC and then ICU's sentence breaks, back to back.
    let referenceBoth = trials["icuNFC"] + trials["icuBreaks"] * Double(totalBytes) / Double(normalizedBytes)
    let ingestRow = Row(name: "thidua ingest (detect encoding, decode)", seconds: trials["ingest"], bytes: totalBytes,
                        reference: "ICU NFC", referenceSeconds: trials["icuNFC"])
    printTable("\(corpusName): \(documents.count) documents, \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB, best of \(options.rounds) round-robin, 1 thread", [
        Row(name: "ICU NFC (UTF-8 → UTF-16 → NFC)", seconds: trials["icuNFC"], bytes: totalBytes, reference: nil, referenceSeconds: nil),
        Row(name: "ICU NFC, back to UTF-8 (u_strToUTF8)", seconds: trials["icuNFCToUTF8"], bytes: totalBytes,
            reference: "ICU NFC", referenceSeconds: trials["icuNFC"]),
        ingestRow,
        Row(name: "thidua normalize (with offset map)", seconds: trials["normalize"], bytes: totalBytes,
            reference: "ICU NFC", referenceSeconds: trials["icuNFC"]),
        Row(name: "thidua normalize (with offset map)", seconds: trials["normalize"], bytes: totalBytes,
            reference: "ICU NFC UTF-8 → UTF-8", referenceSeconds: trials["icuNFCToUTF8"]),
        Row(name: "ICU sentence breaks (UTF-16)", seconds: trials["icuBreaks"], bytes: normalizedBytes, reference: nil, referenceSeconds: nil),
        Row(name: "thidua segment (normalized text)", seconds: trials["segment"], bytes: normalizedBytes,
            reference: "ICU sentence breaks", referenceSeconds: trials["icuBreaks"]),
        Row(name: "thidua normalize + segment", seconds: trials["both"], bytes: totalBytes,
            reference: "ICU NFC + ICU breaks", referenceSeconds: referenceBoth),
    ])
    print("sentences: \(trials.checksums["segment"] ?? 0)")
}

/// A copy of the rules with ten times as many extraction rules: each synthetic rule has
/// its own class of made-up words, as a rule for another kind of statement would.
func rulesWithSyntheticPatterns(times: Int) throws -> URL {
    let fileManager = FileManager.default
    let directory = fileManager.temporaryDirectory.appendingPathComponent("thidua-bench-rules-\(ProcessInfo.processInfo.processIdentifier)")
    try? fileManager.removeItem(at: directory)
    try fileManager.copyItem(at: RuleDirectory.locate().url, to: directory)
    let count = pipeline.extractor.rules.patternCount * (times - 1)
    var yaml = "lexicon:\n"
    for number in 0..<count { yaml += "  synthetic_\(number): [từ giả \(number) số]\n" }
    yaml += "patterns:\n"
    let templates = [
        "recipients:@recipients ~6 @synthetic_N awards:@awards",
        "(granter:@granter ~3)? @synthetic_N awards:@awards @to recipients:@recipients",
        "recipient:@named ~4 @synthetic_N awards:@awards granter:@of_granter?",
    ]
    for number in 0..<count {
        let pattern = templates[number % templates.count].replacingOccurrences(of: "_N", with: "_\(number)")
        yaml += "  - id: synthetic-\(number)\n    priority: 1\n    pattern: \"\(pattern)\"\n"
    }
    try yaml.write(to: directory.appendingPathComponent("extraction/synthetic.yaml"), atomically: false, encoding: .utf8)
    return directory
}

func runExtraction(documents: [String]) throws {
    let segmented = try documents.map { try pipeline.segment(SourceText(name: "d", source: "d", text: $0, encoding: "UTF-8")) }
    let sentences = segmented.reduce(0) { $0 + $1.sentences.count }
    let bytes = segmented.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.text.utf8.count } }
    let syntheticDirectory = try rulesWithSyntheticPatterns(times: 10)
    defer { try? FileManager.default.removeItem(at: syntheticDirectory) }
    let synthetic = try TextPipeline.load(rules: RuleDirectory(url: syntheticDirectory))
    let trials = Trials()
    for (name, candidate) in [("real", pipeline), ("synthetic", synthetic)] {
        trials.add(name) {
            var total = 0
            for document in segmented { total += candidate.extract(document).count }
            return total
        }
    }
    try trials.run(rounds: options.rounds)
    let real = pipeline.extractor.rules.patternCount, many = synthetic.extractor.rules.patternCount
    print("\nextraction: \(segmented.count) documents, \(sentences) sentences, \(String(format: "%.1f", Double(bytes) / 1e6)) MB of kept sentences, best of \(options.rounds) round-robin, 1 thread")
    print("| rules | sentences/s | MB/s | records | vs real rules |")
    print("|---|---:|---:|---:|---|")
    for (name, count) in [("real", real), ("synthetic", many)] {
        let seconds = trials[name]
        print("| \(count) (\(name == "real" ? "the rule set" : "10× with synthetic")) | \(Int(Double(sentences) / seconds)) | "
              + "\(String(format: "%.1f", Double(bytes) / 1e6 / seconds)) | \(trials.checksums[name] ?? 0) | "
              + "\(String(format: "%.2f×", trials["real"] / seconds)) |")
    }
}

/// Store throughput: `count` generated articles (seed paragraphs mixed, numbers changed;
/// a tenth exact copies, a tenth copies with two sentences edited) written in batches.
func runStore(count: Int) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-bench-store-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let store = try Store(path: directory.appendingPathComponent("bench.sqlite").path)
    let runner = Runner(pipeline: pipeline, reader: try InputReader.load(from: RuleDirectory.locate()), store: store)
    let seedDocuments = try seeds.map { try runner.process(SourceText(name: "s", source: "s", text: $0, encoding: "UTF-8")) }
    let paragraphs = seedDocuments.flatMap { $0.body.split(separator: "\n").map(String.init) }
    var generator = SystemRandomNumberGenerator()
    func article(_ number: Int) -> DocumentInput {
        var lines: [String] = []
        for _ in 0..<8 {
            let paragraph = paragraphs.randomElement(using: &generator)!
            lines.append(paragraph.replacingOccurrences(of: "2023", with: String(1990 + Int.random(in: 0..<35, using: &generator))))
        }
        lines.append("Bài số \(number) (\(Int.random(in: 0..<1_000_000, using: &generator)))")
        let template = seedDocuments[number % seedDocuments.count]
        let body = lines.joined(separator: "\n")
        let doc = DocumentInput.contentID(of: body).doc
        let awards = template.awards.map { record -> AwardRecord in
            var copy = record
            copy.doc = doc
            copy.id = doc + record.id.prefix(8)
            return copy
        }
        return DocumentInput(doc: doc, source: "generated/\(number).txt", metadata: template.metadata, encoding: "UTF-8",
                             province: template.province, body: body, awards: awards)
    }
    let run = try store.beginRun(inputs: ["generated"], rulesVersion: "bench")
    var totals = BatchCounts()
    var recent: [DocumentInput] = []
    var storing = Duration.zero // the store's time only, not the generator's
    var number = 0
    while number < count {
        var batch: [DocumentInput] = []
        for _ in 0..<min(runner.batchSize, count - number) {
            var document = article(number)
            if number % 10 == 5, let copy = recent.randomElement(using: &generator) {
                document = copy // an exact copy
            } else if number % 10 == 7, let copy = recent.randomElement(using: &generator) {
                var lines = copy.body.split(separator: "\n").map(String.init)
                lines[0] = "Theo báo địa phương: " + lines[0]
                lines[lines.count / 2] += " Nội dung được cập nhật."
                let body = lines.joined(separator: "\n")
                document = DocumentInput(doc: DocumentInput.contentID(of: body).doc, source: "generated/\(number).txt",
                                         metadata: copy.metadata, encoding: "UTF-8", province: copy.province, body: body,
                                         awards: [])
            }
            recent.append(document)
            if recent.count > 512 { recent.removeFirst(256) }
            batch.append(document)
            number += 1
        }
        let start = ContinuousClock.now
        totals.add(try store.write(documents: batch, files: [], rejections: [], run: run))
        storing += ContinuousClock.now - start
    }
    let elapsed = storing
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("\nstore: \(count) generated articles in transactions of \(runner.batchSize), 1 writer")
    print("| documents/s | stored | exact duplicates | near duplicates | award records | peak RSS |")
    print("|---:|---:|---:|---:|---:|---:|")
    print("| \(Int(Double(count) / seconds)) | \(totals.stored) | \(totals.exactDuplicates) | \(totals.nearDuplicates) | "
          + "\(totals.awards) | \(usage.ru_maxrss / 1024) MB |")
}

/// ICU's raw NFC and sentence breaks over the articles of `directory`, decoded: the
/// reference that `scripts/bench-run.sh` sets `thidua run` against. Prints one line of
/// `key=value` for the script.
func runReference(directory: String) throws {
    var texts: [[UInt8]] = []
    for path in reader.expand([directory]) {
        guard case .success(let path) = path else { continue }
        reader.read(path) { result in
            if case .success(let source) = result { texts.append(Array(source.text.utf8)) }
        }
    }
    let bytes = texts.reduce(0) { $0 + $1.count }
    let normalized = try texts.map { try pipeline.normalizer.normalize(String(decoding: $0, as: UTF8.self)) }
    let utf16 = normalized.map { Array($0.text.utf16) }
    let normalizedBytes = normalized.reduce(0) { $0 + $1.text.utf8.count }
    let breaker = try SentenceBreaker(locale: "vi")
    var scratch: [UInt16] = [], output: [UInt16] = []
    let trials = Trials()
    trials.add("icuNFC") {
        var total = 0
        for text in texts { total += try text.withUnsafeBufferPointer { try ICUReference.nfc(utf8: $0, scratch: &scratch, output: &output) } }
        return total
    }
    trials.add("icuBreaks") {
        var total = 0
        for text in utf16 { total += try breaker.referenceCount(utf16: text) }
        return total
    }
    try trials.run(rounds: options.rounds)
    let both = trials["icuNFC"] + trials["icuBreaks"] * Double(bytes) / Double(normalizedBytes)
    print(String(format: "reference documents=%d bytes=%d nfc_mbps=%.1f breaks_mbps=%.1f both_mbps=%.1f", texts.count, bytes,
                 Double(bytes) / 1e6 / trials["icuNFC"], Double(normalizedBytes) / 1e6 / trials["icuBreaks"],
                 Double(bytes) / 1e6 / both))
}

print("thidua-bench: ICU \(ICU.version), \(options.megabytes) MB per corpus")
if options.corpora.contains("scraped") {
    try run(corpusName: "seed articles as scraped", documents: corpus { $0 })
}
if options.corpora.contains("extraction") {
    try runExtraction(documents: corpus { $0 })
}
if options.corpora.contains("long") {
    try runLongDocument(megabytes: 2)
}
if options.corpora.contains("store") {
    try runStore(count: options.articles)
}
if options.corpora.contains("reference"), let directory = options.directory {
    try runReference(directory: directory)
    if options.stages { try runStages(directory: directory) }
}
if options.corpora.contains("nfd") {
    try run(corpusName: "seed articles in NFD", documents: corpus { $0.decomposedStringWithCanonicalMapping })
}

/// Where `thidua run`'s time goes: each stage of `Runner.process` timed over the articles
/// of `directory` (read into memory first), one thread, as shares of the whole.
func runStages(directory: String) throws {
    var files: [(path: String, data: Data)] = []
    for path in reader.expand([directory]) {
        guard case .success(let path) = path, let data = FileManager.default.contents(atPath: path) else { continue }
        files.append((path, data))
    }
    var totals: [String: Duration] = [:]
    let clock = ContinuousClock()
    func timed<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = clock.now
        defer { totals[stage, default: .zero] += clock.now - start }
        return try body()
    }
    let minHash = MinHash()
    var bytes = 0
    for (path, data) in files {
        bytes += data.count
        var sources: [SourceText] = []
        timed("decode") { reader.read(data, source: path) { if case .success(let source) = $0 { sources.append(source) } } }
        for source in sources {
            let normalized = try timed("normalize") { try pipeline.normalize(source) }
            let cleaned = timed("clean") { pipeline.cleaner.clean(normalized, known: source.metadata, hints: source.zoneHints) }
            let sentences = try timed("segment") { try pipeline.segmenter.segment(normalized, paragraphs: cleaned.paragraphs) }
            let body = timed("body, SHA-256") { () -> String in
                let body = cleaned.keptText(of: normalized)
                _ = DocumentInput.contentID(of: body)
                return body
            }
            let tokenized = timed("tokenize") { pipeline.extractor.tokenize(sentences) }
            let guess = timed("province") { pipeline.extractor.documentProvince(tokenized, outlet: cleaned.metadata.outlet) }
            _ = timed("award records") { pipeline.extractor.extract(doc: "d", document: tokenized, province: guess?.name) }
            _ = timed("events") { pipeline.extractor.events(doc: "d", document: tokenized, metadata: cleaned.metadata, province: guess?.name) }
            _ = timed("MinHash") { minHash.signature(of: body) }
        }
    }
    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    let all = totals.values.reduce(Duration.zero, +)
    print("\nstages of thidua run over \(files.count) files, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, 1 thread, without the store")
    print("| stage | seconds | MB/s | share |")
    print("|---|---:|---:|---:|")
    for (stage, duration) in totals.sorted(by: { $0.value > $1.value }) {
        print(String(format: "| %@ | %.2f | %.1f | %.0f%% |", stage, seconds(duration), Double(bytes) / 1e6 / seconds(duration),
                     100 * seconds(duration) / seconds(all)))
    }
    print(String(format: "| all | %.2f | %.1f | |", seconds(all), Double(bytes) / 1e6 / seconds(all)))
}
