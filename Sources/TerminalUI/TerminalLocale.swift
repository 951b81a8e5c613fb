import CNCursesw

/// The C locale decides whether ncurses reads and writes UTF-8.
enum TerminalLocale {
    /// Takes the locale from the environment. Counter PCs often name a locale that is not
    /// generated (only `C.UTF-8` exists on ours): `setlocale` then fails and ncurses would fall
    /// back to ASCII, turning every accent into `M-C`. The language choice is made elsewhere
    /// from the variables themselves, so switching the character handling to `C.UTF-8` loses
    /// nothing. A plain `C`/`POSIX` locale (nothing chosen) gets the same upgrade.
    static func configure() {
        let chosen = setlocale(LC_ALL, "").map { String(cString: $0) }
        if chosen == nil || chosen == "C" || chosen == "POSIX" {
            _ = setlocale(LC_ALL, "C.UTF-8")
        }
    }
}
