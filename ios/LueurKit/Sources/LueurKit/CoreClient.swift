//! Owns the one `Lueur` object of the process and moves every call to it off the
//! main thread (the core's calls are synchronous; some hash a code for tens of ms).
import Foundation
@_exported import LueurCore

/// Serialises calls to the core on the actor's executor, never the main thread.
/// Screens call `try await client.run { core in try core.home() }`.
public actor CoreClient {
    private let core: Lueur

    public init(core: Lueur) {
        self.core = core
    }

    /// Runs `body` against the core, off the main thread.
    public func run<T>(_ body: @Sendable (Lueur) throws -> T) throws -> T {
        try body(core)
    }
}

/// Opens the core once per process, whoever asks first: the app's first screen or a
/// background upload task launched while the app was not running. The core gets the
/// Keychain-held device secret, and asks for a new one from every wipe.
public actor CoreHolder {
    public static let shared = CoreHolder()

    static let dataFolderName = "d"

    private var opened: CoreClient?

    public func client() throws -> CoreClient {
        if let opened {
            return opened
        }
        let dir = try Self.dataDirectory()
        let core = try Lueur.open(dataDir: dir.path, preferredLocales: Locale.preferredLanguages,
                                  secrets: KeychainSecretStore())
        let client = CoreClient(core: core)
        opened = client
        return client
    }

    /// The folder name says nothing: a listing of the app container (a forensic
    /// extraction, a backup tool) shows "d", not the app's name, and it stays after a
    /// wipe. Never in iCloud or computer backups (a backup is a copy the person cannot
    /// wipe), and readable after the first unlock so that background uploads still run
    /// while the phone is locked; what is in it is encrypted under the Keychain secret.
    static func dataDirectory() throws -> URL {
        let fm = FileManager.default
        var dir = try fm.url(for: .applicationSupportDirectory, in: .userDomainMask,
                             appropriateFor: nil, create: true)
            .appendingPathComponent(dataFolderName, isDirectory: true)
        try fm.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [
            .protectionKey: FileProtectionType.completeUntilFirstUserAuthentication,
        ])
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try dir.setResourceValues(values)
        return dir
    }
}

/// The sentence to show for a failed call. Every `LueurError` carries its localised
/// text; anything else is a bug in the bindings, shown with the system's description.
public func errorText(_ error: Error) -> String {
    switch error as? LueurError {
    case let .Invalid(_, text), let .NotFound(text), let .NotNow(text),
         let .Storage(text), let .Content(text), let .Internal(text):
        return text
    case nil:
        return error.localizedDescription
    }
}
