//! The device secret the core derives its database keys and code peppers from. It lives
//! in the Keychain so that a copy of the data folder (a backup, a file-system
//! extraction, another phone) cannot be decrypted or brute-forced without this phone.
import Foundation
import Security

/// One generic-password Keychain item holding 32 random bytes. The core asks for it when
/// it opens and asks for a new one from every wipe (`renewDeviceSecret`), so a copy of
/// the old data folder can never be opened again.
public final class KeychainSecretStore: DeviceSecretStore {
    /// The secret's length: the core takes 32 bytes of key material.
    static let secretLength = 32

    // Neutral names: the Keychain outlives the app on iOS, and its items can be listed
    // by forensic tools; "be.lueur.secret" would say which app this was.
    private static let service = "d"
    private static let account = "k"

    public init() {}

    public func deviceSecret() -> Data? {
        switch Self.read() {
        case let .found(secret):
            return secret
        case .missing:
            return Self.create()
        case .unreadable:
            // Before the first unlock after a reboot the item cannot be read. Making a new
            // one here would destroy every stored answer and report; nil lets the core run
            // without its database until the phone is unlocked.
            return nil
        }
    }

    public func renewDeviceSecret() -> Data? {
        guard Self.delete() else {
            // The old secret is still there: returning a new one while the old one can be
            // read again would leave the wiped data decryptable.
            return nil
        }
        return Self.create()
    }

    private enum Stored {
        case found(Data)
        case missing
        case unreadable
    }

    private static func query() -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            // Never in iCloud Keychain: a synced secret would open a copied data folder on
            // any device of the Apple ID, which may be one the abuser holds.
            kSecAttrSynchronizable as String: false,
        ]
    }

    private static func read() -> Stored {
        var request = query()
        request[kSecReturnData as String] = true
        request[kSecMatchLimit as String] = kSecMatchLimitOne
        var result: CFTypeRef?
        let status = SecItemCopyMatching(request as CFDictionary, &result)
        switch status {
        case errSecSuccess:
            guard let secret = result as? Data, secret.count == secretLength else {
                // Not what this class writes: keep it rather than destroy data that may
                // still belong to it, and run without the database.
                return .unreadable
            }
            return .found(secret)
        case errSecItemNotFound:
            return .missing
        default:
            // errSecInteractionNotAllowed (before first unlock) and any Keychain failure.
            return .unreadable
        }
    }

    private static func create() -> Data? {
        var bytes = [UInt8](repeating: 0, count: secretLength)
        guard SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes) == errSecSuccess else {
            return nil
        }
        let secret = Data(bytes)
        for index in bytes.indices {
            bytes[index] = 0
        }
        var item = query()
        item[kSecValueData as String] = secret
        // After first unlock: the background upload (BGProcessingTask) opens the core while
        // the screen may be locked, so "when unlocked" would make it fail; "this device
        // only" keeps the secret out of every backup and off every other phone, so a
        // copied data folder stays unreadable.
        item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        switch SecItemAdd(item as CFDictionary, nil) {
        case errSecSuccess:
            return secret
        case errSecDuplicateItem:
            // Made meanwhile by another opener (the app and a background task starting
            // together): use that one, or the two would encrypt under different keys.
            if case let .found(existing) = read() {
                return existing
            }
            return nil
        default:
            return nil
        }
    }

    /// True when no item is left.
    private static func delete() -> Bool {
        let status = SecItemDelete(query() as CFDictionary)
        return status == errSecSuccess || status == errSecItemNotFound
    }
}
