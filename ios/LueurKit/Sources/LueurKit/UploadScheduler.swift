//! Runs the core's upload loop with URLSession and BGTaskScheduler (the Glean
//! pattern): the core decides what is due, retries, backoff, Retry-After and expiry;
//! this file only performs the request it is handed and reports what happened.
import BackgroundTasks
import Foundation

public final class UploadScheduler: @unchecked Sendable {
    /// Listed under BGTaskSchedulerPermittedIdentifiers in Info.plist.
    public static let taskIdentifier = "be.lueur.app.upload"
    /// More than this in one run continues in a fresh background task.
    static let maxUploadsPerRun = 20

    private let clientProvider: @Sendable () async throws -> CoreClient
    private let session: URLSession

    public init(clientProvider: @escaping @Sendable () async throws -> CoreClient) {
        self.clientProvider = clientProvider
        // Ephemeral: no cookies, no cache, nothing of the request left on disk.
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = 30
        config.timeoutIntervalForResource = 60
        config.waitsForConnectivity = false
        config.httpShouldSetCookies = false
        config.urlCache = nil
        session = URLSession(configuration: config, delegate: NoRedirects(), delegateQueue: nil)
    }

    /// Call once from the App's init, before launch finishes (BGTaskScheduler's rule).
    public func registerBackgroundTask() {
        _ = BGTaskScheduler.shared.register(forTaskWithIdentifier: Self.taskIdentifier, using: nil) { task in
            self.handle(task)
        }
    }

    /// At start, after a report is sent or retried, and when the app returns to the front.
    @discardableResult
    public func runNow() -> Task<Void, Never> {
        Task.detached(priority: .utility) { [self] in
            _ = await self.runLoop()
        }
    }

    /// Forgets every pending background run (after a wipe there is nothing to send).
    public func cancelScheduled() {
        BGTaskScheduler.shared.cancel(taskRequestWithIdentifier: Self.taskIdentifier)
    }

    private func handle(_ task: BGTask) {
        let work = Task.detached(priority: .utility) { [self] in
            let finished = await self.runLoop()
            task.setTaskCompleted(success: finished)
        }
        task.expirationHandler = { work.cancel() }
    }

    /// True when the loop ended normally (Done, Wait, or handed over to a new run).
    private func runLoop() async -> Bool {
        do {
            let client = try await clientProvider()
            for _ in 0..<Self.maxUploadsPerRun {
                if Task.isCancelled {
                    schedule(afterMillis: 0)
                    return false
                }
                let now = Self.nowMillis()
                let task = try await client.run { core in try core.nextUpload(nowMillis: now) }
                switch task {
                case let .upload(id, url, headers, body):
                    let outcome = await post(url: url, headers: headers, body: body)
                    try await client.run { core in try core.finishUpload(id: id, outcome: outcome) }
                case let .wait(millis):
                    schedule(afterMillis: millis)
                    return true
                case .done:
                    return true
                }
            }
            schedule(afterMillis: 0)
            return true
        } catch {
            // Storage unavailable right now: the outbox is unchanged; try again later.
            schedule(afterMillis: 15 * 60 * 1000)
            return false
        }
    }

    private func schedule(afterMillis millis: Int64) {
        let request = BGProcessingTaskRequest(identifier: Self.taskIdentifier)
        request.requiresNetworkConnectivity = true
        request.requiresExternalPower = false
        request.earliestBeginDate = Date(timeIntervalSinceNow: TimeInterval(max(millis, 0)) / 1000)
        // Submitting again replaces the pending request with the same identifier.
        try? BGTaskScheduler.shared.submit(request)
    }

    func post(url: String, headers: [HttpHeader], body: Data) async -> UploadOutcome {
        guard let target = URL(string: url) else {
            return .transport(error: .other)
        }
        var request = URLRequest(url: target, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData)
        request.httpMethod = "POST"
        for header in headers {
            request.setValue(header.value, forHTTPHeaderField: header.name)
        }
        do {
            let (_, response) = try await session.upload(for: request, from: body)
            guard let http = response as? HTTPURLResponse else {
                return .transport(error: .other)
            }
            return .http(status: UInt16(clamping: http.statusCode),
                         retryAfter: http.value(forHTTPHeaderField: "Retry-After"))
        } catch let error as URLError {
            return .transport(error: Self.transportError(error.code))
        } catch {
            return .transport(error: .other)
        }
    }

    /// URLSession's error codes in the core's words; the core treats them all as
    /// transient and only keeps the kind for the outbox's detail line.
    static func transportError(_ code: URLError.Code) -> TransportError {
        switch code {
        case .cannotFindHost, .dnsLookupFailed:
            return .dns
        case .cannotConnectToHost:
            return .refused
        case .timedOut:
            return .timeout
        case .networkConnectionLost:
            return .reset
        case .secureConnectionFailed, .serverCertificateHasBadDate, .serverCertificateUntrusted,
             .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid,
             .clientCertificateRejected, .clientCertificateRequired:
            return .tls
        default:
            return .other
        }
    }

    static func nowMillis() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    }
}

/// The intake protocol forbids following redirects: the 3xx itself goes to the core.
final class NoRedirects: NSObject, URLSessionTaskDelegate {
    func urlSession(_ session: URLSession, task: URLSessionTask,
                    willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest,
                    completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
