import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Strings {
    /// What the operating system says about a file, in our words: Foundation's and strerror's
    /// texts are English only ("The file couldn't be opened", "NSCocoaErrorDomain error 256").
    public enum System {
        public static let noSuchFile = LocalizedText(en: "no such file or folder", fr: "fichier ou dossier introuvable")
        public static let permissionDenied = LocalizedText(en: "permission denied", fr: "permission refusée")
        public static let isFolder = LocalizedText(en: "it is a folder", fr: "c'est un dossier")
        public static let notFolder = LocalizedText(
            en: "a part of the path is not a folder", fr: "une partie du chemin n'est pas un dossier")
        public static let diskFull = LocalizedText(en: "no space left on the disk", fr: "plus de place sur le disque")
        public static let readOnly = LocalizedText(en: "the disk is read-only", fr: "le disque est en lecture seule")
        public static let exists = LocalizedText(en: "it already exists", fr: "il existe déjà")
        public static let tooLarge = LocalizedText(en: "the file is too large", fr: "le fichier est trop volumineux")
        public static let nameTooLong = LocalizedText(en: "the name is too long", fr: "le nom est trop long")
        public static let tooManyFiles = LocalizedText(
            en: "too many files open", fr: "trop de fichiers ouverts")
        public static let inputOutput = LocalizedText(
            en: "the disk could not be read or written", fr: "le disque n'a pas pu être lu ou écrit")
        public static let notText = LocalizedText(en: "it is not UTF-8 text", fr: "ce n'est pas du texte UTF-8")
        public static let other = LocalizedText(en: "system error {code}", fr: "erreur système {code}")
    }
}

/// An operating-system or Foundation file error as a `LocalizedText`.
public enum SystemErrorText {
    /// The reason for an `errno` value.
    public static func reason(errno code: Int32) -> LocalizedText {
        typealias S = Strings.System
        switch code {
        case ENOENT: return S.noSuchFile
        case EACCES, EPERM: return S.permissionDenied
        case EISDIR: return S.isFolder
        case ENOTDIR: return S.notFolder
        case ENOSPC, EDQUOT: return S.diskFull
        case EROFS: return S.readOnly
        case EEXIST: return S.exists
        case EFBIG: return S.tooLarge
        case ENAMETOOLONG: return S.nameTooLong
        case EMFILE, ENFILE: return S.tooManyFiles
        case EIO: return S.inputOutput
        default: return S.other.filling(["code": String(code)])
        }
    }

    /// The reason for any error a file operation threw: the POSIX error under a Cocoa error
    /// when there is one, else the Cocoa error's meaning.
    public static func reason(_ error: any Error) -> LocalizedText {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return reason(errno: Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return reason(errno: Int32(underlying.code))
        }
        typealias S = Strings.System
        guard nsError.domain == NSCocoaErrorDomain else {
            return S.other.filling(["code": "\(nsError.domain) \(nsError.code)"])
        }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return S.noSuchFile
        case .fileReadNoPermission, .fileWriteNoPermission: return S.permissionDenied
        case .fileWriteOutOfSpace: return S.diskFull
        case .fileWriteVolumeReadOnly: return S.readOnly
        case .fileWriteFileExists: return S.exists
        case .fileReadTooLarge: return S.tooLarge
        case .fileReadInapplicableStringEncoding, .fileReadCorruptFile, .fileWriteInapplicableStringEncoding:
            return S.notText
        case .fileReadInvalidFileName, .fileWriteInvalidFileName: return S.noSuchFile
        default: return S.inputOutput
        }
    }

    /// In the language of the process's locale, for messages made before a language is chosen.
    public static func text(errno code: Int32) -> String {
        reason(errno: code).text(in: Language.fromEnvironment())
    }
}
