import Foundation
import Localization

/// Opens a bulk file as a stream for `BulkPreview.parse(stream:)`, saying in the user's
/// language why it cannot be (instead of a system error such as "NSCocoaErrorDomain error 260").
public enum BulkFileSource {
    /// The file at `path` (already expanded), open for reading.
    public static func open(path: String) throws(BulkFileIssue) -> InputStream {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .cannotOpen(path: path, reason: Strings.Input.fileMissing)
        }
        if isDirectory.boolValue { throw .cannotOpen(path: path, reason: Strings.Input.fileIsFolder) }
        guard let stream = InputStream(fileAtPath: path) else {
            throw .cannotOpen(path: path, reason: Strings.Input.fileNotReadable)
        }
        stream.open()
        guard stream.streamStatus == .open else {
            throw .cannotOpen(path: path, reason: Strings.Input.fileNotReadable)
        }
        return stream
    }

    /// Standard input, read as it comes (`transfers bulk -`).
    public static func standardInput() throws(BulkFileIssue) -> InputStream {
        try open(path: "/dev/stdin")
    }
}
