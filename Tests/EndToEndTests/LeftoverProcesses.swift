import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The processes of this user still running with a given environment entry (each test session
/// marks its processes with its name: `TmuxSession.marker`), wherever they went.
/// Zombies are left out: they have ended and only wait for their parent.
enum LeftoverProcesses {
    struct Found {
        let id: pid_t
        let command: String
    }

    static func with(environment entry: String) -> [Found] {
        let own = getpid()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> Found? in
            guard let id = pid_t(name), id != own else { return nil }
            guard let environment = FileManager.default.contents(atPath: "/proc/\(id)/environ") else { return nil }
            let entries = environment.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            guard entries.contains(entry) else { return nil }
            let stat = (try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8)) ?? ""
            if stat.split(separator: ")").last?.split(separator: " ").first == "Z" { return nil }
            let command = FileManager.default.contents(atPath: "/proc/\(id)/cmdline").map {
                String(decoding: $0.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            }
            return Found(id: id, command: command ?? "?")
        }
    }
}
