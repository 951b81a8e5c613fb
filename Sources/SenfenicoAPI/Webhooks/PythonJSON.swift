/// A JSON value as Python's `json.loads` holds it, written back as `json.dumps` writes it.
///
/// The official Python SDK checks a webhook's hash over `json.dumps(json.loads(body))`; the
/// PHP SDK over the raw body. A body that is already exactly what `json.dumps` prints satisfies
/// both, so the sandbox writes its bodies with ``pythonDumps`` and the verifiers rebuild the
/// text Python would hash from this tree.
///
/// Python keeps an object's keys in the order first seen (a repeated key keeps its first place
/// and its last value), so objects are ordered member lists, not dictionaries. Strings are
/// UTF-16 code units, because Python keeps a lone surrogate (`"\ud800"`) that a Swift `String`
/// cannot hold, and writes it back as it came.
public indirect enum PythonJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    /// An integer's decimal text as Python's `int` prints it (arbitrary size, `-0` is `0`).
    case integer(String)
    case float(Double)
    case string(PythonString)
    case array([PythonJSON])
    case object([Member])

    public struct Member: Sendable, Hashable {
        public var key: PythonString
        public var value: PythonJSON

        public init(_ key: String, _ value: PythonJSON) {
            self.key = PythonString(key)
            self.value = value
        }

        init(key: PythonString, value: PythonJSON) {
            self.key = key
            self.value = value
        }
    }

    public static func string(_ text: String) -> PythonJSON { .string(PythonString(text)) }

    public static func integer(_ value: Int) -> PythonJSON { .integer(String(value)) }

    /// The value of `key` in an object (nil for other values or a missing key).
    public subscript(key: String) -> PythonJSON? {
        guard case .object(let members) = self else { return nil }
        let wanted = PythonString(key)
        return members.first { $0.key == wanted }?.value
    }

    /// The text of a string value.
    public var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text.text
    }
}

/// A Python `str` as UTF-16 code units (see ``PythonJSON``).
public struct PythonString: Sendable, Hashable {
    public var units: [UInt16]

    public init(_ text: String) { units = Array(text.utf16) }

    public init(units: [UInt16]) { self.units = units }

    /// The text; a lone surrogate becomes U+FFFD.
    public var text: String { String(decoding: units, as: UTF16.self) }
}
