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
    var corpora: Set<String> = ["scraped", "nfd"]

    init(arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = Int(iterator.next() ?? "") ?? megabytes
            case "--rounds": rounds = Int(iterator.next() ?? "") ?? rounds
            case "--corpus": corpora = [iterator.next() ?? ""]
            default:
                FileHandle.standardError.write(Data("usage: thidua-bench [--megabytes N] [--rounds N] [--corpus scraped|nfd]\n".utf8))
                exit(64)
            }
        }
    }
}

/// Best time over `rounds` runs of `body`, which returns a value the optimizer must keep.
func measure(rounds: Int, _ body: () throws -> Int) rethrows -> (seconds: Double, checksum: Int) {
    var best = Double.infinity
    var checksum = 0
    for _ in 0..<rounds {
        let start = ContinuousClock.now
        checksum = try body()
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return (best, checksum)
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

    var scratch: [UInt16] = [], output: [UInt16] = []
    let icuNFC = try measure(rounds: options.rounds) {
        var total = 0
        for bytes in utf8Documents {
            total += try bytes.withUnsafeBufferPointer { try ICUReference.nfc(utf8: $0, scratch: &scratch, output: &output) }
        }
        return total
    }
    var utf8Output: [CChar] = []
    let icuNFCToUTF8 = try measure(rounds: options.rounds) {
        var total = 0
        for bytes in utf8Documents {
            total += try bytes.withUnsafeBufferPointer {
                try ICUReference.nfcToUTF8(utf8: $0, scratch: &scratch, output: &output, bytes: &utf8Output)
            }
        }
        return total
    }
    let normalize = try measure(rounds: options.rounds) {
        var total = 0
        for document in documents { total += try pipeline.normalizer.normalize(document).map.count }
        return total
    }

    // Sentence breaks run on normalized text: the reference gets the same text as UTF-16.
    let normalized = try documents.map { try pipeline.normalizer.normalize($0) }
    let normalizedUTF16 = normalized.map { Array($0.text.utf16) }
    let normalizedBytes = normalized.reduce(0) { $0 + $1.text.utf8.count }
    let breaker = try SentenceBreaker(locale: "vi")
    let icuBreaks = try measure(rounds: options.rounds) {
        var total = 0
        for text in normalizedUTF16 { total += try breaker.referenceCount(utf16: text) }
        return total
    }
    let segment = try measure(rounds: options.rounds) {
        var total = 0
        for document in normalized { total += try pipeline.segmenter.segment(document).count }
        return total
    }
    let both = try measure(rounds: options.rounds) {
        var total = 0
        for document in documents { total += try pipeline.segmenter.segment(pipeline.normalizer.normalize(document)).count }
        return total
    }
    // The end-to-end reference: ICU's NFC and then ICU's sentence breaks, back to back.
    let referenceBoth = icuNFC.seconds + icuBreaks.seconds * Double(totalBytes) / Double(normalizedBytes)

    printTable("\(corpusName): \(documents.count) documents, \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB, best of \(options.rounds), 1 thread", [
        Row(name: "ICU NFC (UTF-8 → UTF-16 → NFC)", seconds: icuNFC.seconds, bytes: totalBytes, reference: nil, referenceSeconds: nil),
        Row(name: "ICU NFC, back to UTF-8 (u_strToUTF8)", seconds: icuNFCToUTF8.seconds, bytes: totalBytes,
            reference: "ICU NFC", referenceSeconds: icuNFC.seconds),
        Row(name: "thidua normalize (with offset map)", seconds: normalize.seconds, bytes: totalBytes,
            reference: "ICU NFC", referenceSeconds: icuNFC.seconds),
        Row(name: "thidua normalize (with offset map)", seconds: normalize.seconds, bytes: totalBytes,
            reference: "ICU NFC UTF-8 → UTF-8", referenceSeconds: icuNFCToUTF8.seconds),
        Row(name: "ICU sentence breaks (UTF-16)", seconds: icuBreaks.seconds, bytes: normalizedBytes, reference: nil, referenceSeconds: nil),
        Row(name: "thidua segment (normalized text)", seconds: segment.seconds, bytes: normalizedBytes,
            reference: "ICU sentence breaks", referenceSeconds: icuBreaks.seconds),
        Row(name: "thidua normalize + segment", seconds: both.seconds, bytes: totalBytes,
            reference: "ICU NFC + ICU breaks", referenceSeconds: referenceBoth),
    ])
    print("sentences: \(segment.checksum)")
}

print("thidua-bench: ICU \(ICU.version), \(options.megabytes) MB per corpus")
if options.corpora.contains("scraped") {
    try run(corpusName: "seed articles as scraped", documents: corpus { $0 })
}
if options.corpora.contains("nfd") {
    try run(corpusName: "seed articles in NFD", documents: corpus { $0.decomposedStringWithCanonicalMapping })
}
