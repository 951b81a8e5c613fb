/// Reed-Solomon error correction over GF(2^8) with the QR code's field polynomial
/// x^8 + x^4 + x^3 + x^2 + 1 (0x11D) and generator roots 2^0 ... 2^(n-1).
struct ReedSolomon {
    /// The generator polynomial's coefficients, highest degree first, the leading 1 left out.
    private let divisor: [UInt8]

    /// A coder that appends `degree` correction codewords to a block.
    init(degree: Int) {
        precondition((1...255).contains(degree), "a Reed-Solomon degree is 1 to 255")
        var divisor = [UInt8](repeating: 0, count: degree)
        divisor[degree - 1] = 1
        // Multiply (x - r^0)(x - r^1)...(x - r^(degree-1)) out, one factor at a time.
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                divisor[index] = Self.multiply(divisor[index], root)
                if index + 1 < degree { divisor[index] ^= divisor[index + 1] }
            }
            root = Self.multiply(root, 0x02)
        }
        self.divisor = divisor
    }

    /// The correction codewords of `data`: the remainder of its division by the generator.
    func remainder(of data: ArraySlice<UInt8>) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ remainder.removeFirst()
            remainder.append(0)
            for index in remainder.indices {
                remainder[index] ^= Self.multiply(divisor[index], factor)
            }
        }
        return remainder
    }

    /// The product of two field elements: carry-less multiplication reduced by 0x11D.
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product = 0
        for bit in (0..<8).reversed() {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= ((Int(y) >> bit) & 1) * Int(x)
        }
        return UInt8(product)
    }
}
