//! Turns the core's typed contact actions into the URLs iOS opens.
import Foundation

public enum ActionURL {
    /// The URL that performs `action`: the phone app, Messages, Mail, Safari or Maps.
    /// Nil only if the content carries something iOS cannot express as a URL.
    public static func url(for action: Action) -> URL? {
        switch action {
        case let .call(number):
            return URL(string: "tel:" + digits(number))
        case let .sms(number):
            return URL(string: "sms:" + digits(number))
        case let .email(address):
            return URL(string: "mailto:" + (address.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? address))
        case let .website(url):
            guard let parsed = URL(string: url), parsed.scheme == "https" else {
                return nil
            }
            return parsed
        case let .map(query):
            var components = URLComponents(string: "https://maps.apple.com/")
            components?.queryItems = [URLQueryItem(name: "q", value: query)]
            return components?.url
        }
    }

    /// tel: and sms: take the number without spaces; the core already gives E.164 or a
    /// short code, this only guards against stray formatting.
    private static func digits(_ number: String) -> String {
        String(number.filter { $0.isNumber || $0 == "+" })
    }
}
