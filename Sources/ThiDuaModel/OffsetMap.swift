/// Maps scalars of normalized text back to the original, in Unicode scalars.
///
/// Stored as segments rather than per scalar, because almost all text maps one to one:
/// an *identity* segment maps output scalar `outStart + k` to original `origStart + k`;
/// a *block* maps all its output scalars to the original range `origStart..<origEnd` as
/// a whole (a letter composed from combining marks). A segment ends where the next one
/// starts; characters dropped from the original (zero-width, runs of spaces) are gaps.
public struct OffsetMap: Sendable, Equatable {
    struct Segment: Sendable, Equatable {
        var outStart: Int32
        var origStart: Int32
        /// For a block, the original end; for an identity segment, -1.
        var blockEnd: Int32
    }

    private(set) var segments: [Segment] = []
    /// Number of output scalars mapped.
    public private(set) var count = 0

    public init() {}

    /// Output scalar `out` and the following ones map one to one from `orig` on, until
    /// another segment starts.
    public mutating func beginIdentity(out: Int, orig: Int) {
        if let last = segments.last, last.blockEnd < 0,
           Int(last.origStart) - Int(last.outStart) == orig - out {
            return // the current identity segment already covers it
        }
        let segment = Segment(outStart: Int32(out), origStart: Int32(orig), blockEnd: -1)
        if let last = segments.last, Int(last.outStart) >= out {
            segments[segments.count - 1] = segment // the previous segment would be empty
        } else {
            segments.append(segment)
        }
    }

    /// Output scalars from `out` on (until the next segment) come from `orig` as a whole.
    public mutating func beginBlock(out: Int, orig: Range<Int>) {
        while let last = segments.last, Int(last.outStart) >= out { segments.removeLast() }
        segments.append(Segment(outStart: Int32(out), origStart: Int32(orig.lowerBound), blockEnd: Int32(orig.upperBound)))
    }

    /// Records the final number of output scalars.
    public mutating func finish(count: Int) {
        self.count = count
        while let last = segments.last, Int(last.outStart) >= count { segments.removeLast() }
    }

    private func segmentIndex(of scalar: Int) -> Int {
        var low = 0, high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(segments[middle].outStart) <= scalar { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Where output scalar `scalar` starts in the original.
    public func start(ofScalar scalar: Int) -> Int {
        let segment = segments[segmentIndex(of: scalar)]
        if segment.blockEnd >= 0 { return Int(segment.origStart) }
        return Int(segment.origStart) + scalar - Int(segment.outStart)
    }

    /// Where output scalar `scalar` ends in the original.
    public func end(ofScalar scalar: Int) -> Int {
        let segment = segments[segmentIndex(of: scalar)]
        if segment.blockEnd >= 0 { return Int(segment.blockEnd) }
        return Int(segment.origStart) + scalar - Int(segment.outStart) + 1
    }

    /// Number of segments: 1 for text that needed no change of length.
    public var segmentCount: Int { segments.count }
}
