/// The normalizer's output, built as a `String` from pieces that are already valid UTF-8
/// (slices of the input, single scalars), so that the result never needs re-validating.
/// Positions are UTF-8 byte offsets, which index a native string in constant time.
struct OutputText {
    private(set) var text = ""

    init(capacity: Int) { text.reserveCapacity(capacity) }

    var byteCount: Int { text.utf8.count }
    var lastByte: UInt8? { text.utf8.last }

    private func index(_ byte: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: byte)
    }

    /// Appends `source`'s bytes `range`, which start and end on scalar boundaries.
    mutating func appendSlice(of source: String, bytes range: Range<Int>) {
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        text.append(contentsOf: source[lower..<upper])
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        text.unicodeScalars.append(scalar)
    }

    mutating func removeTail(fromByte byte: Int) {
        text.removeSubrange(index(byte)...)
    }

    /// The scalar that ends at byte `end`, and the byte where it starts.
    func lastScalar(before end: Int) -> (UInt32, Int) {
        let scalars = text.unicodeScalars
        let start = scalars.index(before: index(end))
        return (scalars[start].value, text.utf8.distance(from: text.utf8.startIndex, to: start))
    }

    /// The scalars from byte `start` to the end.
    func scalars(fromByte start: Int) -> Substring.UnicodeScalarView {
        text[index(start)...].unicodeScalars
    }
}
