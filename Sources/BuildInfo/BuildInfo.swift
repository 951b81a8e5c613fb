/// What `senfenico --version` says: the release, the commit the binary was built from and the
/// compiler that built it. The commit comes from `BuildCommit.swift`, which the BuildInfoPlugin
/// writes at build time.
public enum BuildInfo {
    /// The one place the release number is written.
    public static let version = "0.10.0"

    /// The short git commit of the checkout, `$SENFENICO_BUILD_COMMIT`, or "unknown".
    public static let commit = buildCommit

    /// The Swift compiler's version, as known at compile time.
    public static let swiftVersion: String = {
        #if compiler(>=7.0)
            "7.0 or later"
        #elseif compiler(>=6.5)
            "6.5"
        #elseif compiler(>=6.4)
            "6.4"
        #elseif compiler(>=6.3.3)
            "6.3.3"
        #elseif compiler(>=6.3.2)
            "6.3.2"
        #elseif compiler(>=6.3.1)
            "6.3.1"
        #elseif compiler(>=6.3)
            "6.3"
        #elseif compiler(>=6.2.4)
            "6.2.4"
        #elseif compiler(>=6.2.3)
            "6.2.3"
        #elseif compiler(>=6.2.2)
            "6.2.2"
        #elseif compiler(>=6.2.1)
            "6.2.1"
        #elseif compiler(>=6.2)
            "6.2"
        #elseif compiler(>=6.1.3)
            "6.1.3"
        #elseif compiler(>=6.1.2)
            "6.1.2"
        #elseif compiler(>=6.1.1)
            "6.1.1"
        #elseif compiler(>=6.1)
            "6.1"
        #elseif compiler(>=6.0.3)
            "6.0.3"
        #elseif compiler(>=6.0.2)
            "6.0.2"
        #elseif compiler(>=6.0.1)
            "6.0.1"
        #else
            "6.0"
        #endif
    }()

    /// `senfenico 0.10.0 (commit 2a63677, Swift 6.3.1)`.
    public static var versionLine: String { "senfenico \(version) (commit \(commit), Swift \(swiftVersion))" }
}
