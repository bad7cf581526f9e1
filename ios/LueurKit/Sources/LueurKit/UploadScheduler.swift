//! Runs the core's upload loop, then its content loop, with URLSession and
//! BGTaskScheduler (the Glean pattern). It is an executor with no decision of its own: the core says what is
//! due, describes each request completely (method, headers, body, timeout, no
//! redirect, how much of the answer to read) and decides from the answer what counts
//! as delivered, when to retry and when the next run starts.
import BackgroundTasks
import Foundation

public final class UploadScheduler: Sendable {
    /// Listed under BGTaskSchedulerPermittedIdentifiers in Info.plist.
    public static let taskIdentifier = "be.lueur.app.upload"

    private let runner: UploadRunner

    public init(clientProvider: @escaping @Sendable () async throws -> CoreClient) {
        runner = UploadRunner(clientProvider: clientProvider)
    }

    /// Call once from the App's init, before launch finishes (BGTaskScheduler's rule).
    public func registerBackgroundTask() {
        let runner = runner
        _ = BGTaskScheduler.shared.register(forTaskWithIdentifier: Self.taskIdentifier, using: nil) { task in
            let work = Task(priority: .utility) {
                let finished = await runner.run()
                task.setTaskCompleted(success: finished)
            }
            task.expirationHandler = { work.cancel() }
        }
    }

    /// At start, after a report is sent or retried, and when the app returns to the
    /// front. A call while a run is going joins that run instead of starting another.
    @discardableResult
    public func runNow() -> Task<Void, Never> {
        let runner = runner
        return Task(priority: .utility) {
            _ = await runner.run()
        }
    }
}

/// One run at a time, whoever asks: the actor holds the run in progress.
actor UploadRunner {
    private let clientProvider: @Sendable () async throws -> CoreClient
    private let session: URLSession
    private var current: Task<Bool, Never>?

    init(clientProvider: @escaping @Sendable () async throws -> CoreClient) {
        self.clientProvider = clientProvider
        // Ephemeral: no cookies, no cache, nothing of the request left on disk.
        let config = URLSessionConfiguration.ephemeral
        config.waitsForConnectivity = false
        config.httpShouldSetCookies = false
        config.urlCache = nil
        session = URLSession(configuration: config, delegate: NoRedirects(), delegateQueue: nil)
    }

    /// True when the run ended as the core said (Done, Wait or Stop).
    func run() async -> Bool {
        if let current {
            return await current.value
        }
        let started = Task { await self.loop() }
        current = started
        let finished = await started.value
        current = nil
        return finished
    }

    private func loop() async -> Bool {
        do {
            let client = try await clientProvider()
            guard case let .next(uploadsNext) = try await uploads(client) else {
                // The system ended the background time: the next run picks up.
                schedule(afterMillis: 0)
                return false
            }
            // Content checks ride on the same job and the same executor: the core
            // answers `.done` while they are off (the deployment, or the disguise).
            let contentNext = try await contentChecks(client)
            if let next = [uploadsNext, contentNext].compactMap({ $0 }).min() {
                schedule(afterMillis: next)
            }
            return true
        } catch {
            // The core could not read or write its data right now: the outbox is as it
            // was. Leave the next run to the system's own schedule.
            schedule(afterMillis: nil)
            return false
        }
    }

    private enum RunEnd {
        case cancelled
        /// When the core wants the next run (nil: not before something changes).
        case next(Int64?)
    }

    private func uploads(_ client: CoreClient) async throws -> RunEnd {
        while true {
            if Task.isCancelled {
                return .cancelled
            }
            let task = try await client.run { core in try core.nextUpload() }
            switch task {
            case let .upload(request):
                let response = await perform(request)
                let step = try await client.run { core in
                    try core.finishUpload(id: request.id, response: response)
                }
                if case let .stop(millis) = step {
                    return .next(millis)
                }
            case let .wait(millis):
                return .next(millis)
            case .done:
                return .next(nil)
            }
        }
    }

    /// The core's content loop: fetch what it describes, hand back what came; it
    /// verifies and stores a newer pack (used from the next start) or keeps its content.
    private func contentChecks(_ client: CoreClient) async throws -> Int64? {
        while !Task.isCancelled {
            let check = try await client.run { core in try core.nextContentCheck() }
            switch check {
            case let .fetch(request):
                let response = await perform(request)
                _ = try await client.run { core in try core.contentFetched(response: response) }
            case let .wait(millis):
                return millis
            case .done:
                return nil
            }
        }
        return 0
    }

    private func schedule(afterMillis millis: Int64?) {
        let request = BGProcessingTaskRequest(identifier: UploadScheduler.taskIdentifier)
        request.requiresNetworkConnectivity = true
        request.requiresExternalPower = false
        if let millis {
            request.earliestBeginDate = Date(timeIntervalSinceNow: TimeInterval(max(millis, 0)) / 1000)
        }
        // Submitting again replaces the pending request with the same identifier.
        try? BGTaskScheduler.shared.submit(request)
    }

    /// Exactly the request described, reading at most `maxResponseBytes` of the answer
    /// so a hostile server cannot stream a body into memory.
    func perform(_ request: UploadRequest) async -> UploadResponse {
        guard !request.followRedirects, let target = URL(string: request.url) else {
            return .transport(error: .other)
        }
        var urlRequest = URLRequest(
            url: target,
            cachePolicy: .reloadIgnoringLocalAndRemoteCacheData,
            timeoutInterval: TimeInterval(request.timeoutMillis) / 1000
        )
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        // URLSession would otherwise send a User-Agent naming the app and the OS.
        urlRequest.setValue("", forHTTPHeaderField: "User-Agent")
        for header in request.headers {
            urlRequest.setValue(header.value, forHTTPHeaderField: header.name)
        }
        do {
            let (bytes, response) = try await session.bytes(for: urlRequest, delegate: NoRedirects())
            guard let http = response as? HTTPURLResponse else {
                bytes.task.cancel()
                return .transport(error: .other)
            }
            let limit = Int(request.maxResponseBytes)
            var body = Data()
            for try await byte in bytes {
                if body.count >= limit {
                    break
                }
                body.append(byte)
            }
            bytes.task.cancel()
            let headers: [HttpHeader] = http.allHeaderFields.compactMap { key, value in
                guard let name = key as? String, let text = value as? String else {
                    return nil
                }
                return HttpHeader(name: name, value: text)
            }
            return .http(status: UInt16(clamping: http.statusCode), headers: headers, body: body)
        } catch let error as URLError {
            return .transport(error: Self.transportError(error.code))
        } catch {
            return .transport(error: .other)
        }
    }

    /// URLSession's error codes in the core's words.
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
}

/// Redirects are never followed: the 3xx itself goes to the core, which refuses it.
final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask,
                    willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest,
                    completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
