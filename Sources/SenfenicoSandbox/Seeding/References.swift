/// References in the API's forms.
enum References {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// 32 lowercase hex digits from 128 random bits.
    static func hex32(_ high: UInt64, _ low: UInt64) -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        for index in 0..<16 {
            bytes[index] = hexDigits[Int((high >> (60 - 4 * UInt64(index))) & 0xF)]
            bytes[16 + index] = hexDigits[Int((low >> (60 - 4 * UInt64(index))) & 0xF)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `ch_<32 hex>`, `tr_<32 hex>`, `chk_<32 hex>`.
    static func prefixed(_ prefix: String, using generator: inout some RandomNumberGenerator) -> String {
        "\(prefix)_\(hex32(generator.next(), generator.next()))"
    }

    /// A version-4 UUID in lowercase (`d1b19637-3cce-45e7-898b-265ddfbc981c`), the form of
    /// settlement references and of `ext_id`s in the samples.
    static func uuid(using generator: inout some RandomNumberGenerator) -> String {
        let high = (generator.next() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let low = (generator.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let hex = Array(hex32(high, low))
        return
            "\(String(hex[0..<8]))-\(String(hex[8..<12]))-\(String(hex[12..<16]))-\(String(hex[16..<20]))-\(String(hex[20..<32]))"
    }
}
