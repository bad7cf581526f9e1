//! Websites of help services, opened inside the app. Safari would keep the page in its
//! history (and iCloud may sync that history to a device someone else holds);
//! SFSafariViewController keeps no shared history, and its own website data is
//! cleared when it closes (ShellTraces.clearBrowsing) and by the wipe.
import SafariServices
import SwiftUI

public struct SafariView: UIViewControllerRepresentable {
    let url: URL
    let finished: () -> Void

    public init(url: URL, finished: @escaping () -> Void) {
        self.url = url
        self.finished = finished
    }

    public func makeCoordinator() -> Coordinator {
        Coordinator(finished: finished)
    }

    public func makeUIViewController(context: Context) -> SFSafariViewController {
        let configuration = SFSafariViewController.Configuration()
        configuration.entersReaderIfAvailable = false
        let controller = SFSafariViewController(url: url, configuration: configuration)
        controller.delegate = context.coordinator
        return controller
    }

    public func updateUIViewController(_ controller: SFSafariViewController, context: Context) {}

    public final class Coordinator: NSObject, SFSafariViewControllerDelegate {
        let finished: () -> Void

        init(finished: @escaping () -> Void) {
            self.finished = finished
        }

        public func safariViewControllerDidFinish(_ controller: SFSafariViewController) {
            finished()
        }

        /// The reading list is Safari's, synced like its history. ("Open in Safari" in
        /// the toolbar cannot be removed; the contact's history note says what it keeps.)
        public func safariViewController(_ controller: SFSafariViewController,
                                         excludedActivityTypesFor url: URL,
                                         title: String?) -> [UIActivity.ActivityType] {
            [.addToReadingList]
        }
    }
}
