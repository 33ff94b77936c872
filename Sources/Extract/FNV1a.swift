/// 64-bit FNV-1a over bytes, fed piece by piece.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
    }

    /// The decimal digits of `number`, as string interpolation writes them.
    mutating func add(_ number: Int) {
        if number < 0 { add(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        var rest = number.magnitude
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        for digit in digits.reversed() { add(digit) }
    }

    /// The value in 16 lower-case hex digits.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: (0..<16).map { digits[Int((value >> (60 - 4 * UInt64($0))) & 0xF)] }, as: UTF8.self)
    }
}
