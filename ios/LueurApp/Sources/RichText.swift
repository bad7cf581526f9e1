// Draws the core's article blocks and highlighted search runs natively: the core
// says what is strong, emphasised, a link or a match; Swift only picks fonts.
import LueurKit
import SwiftUI

enum RichText {
    static func spans(_ spans: [Span]) -> AttributedString {
        var out = AttributedString()
        for span in spans {
            var piece = AttributedString(span.text)
            var intent: InlinePresentationIntent = []
            if span.strong { intent.insert(.stronglyEmphasized) }
            if span.emphasis { intent.insert(.emphasized) }
            if !intent.isEmpty { piece.inlinePresentationIntent = intent }
            if let link = span.link, let url = URL(string: link), url.scheme == "https" {
                piece.link = url
                piece.underlineStyle = .single
            }
            out += piece
        }
        return out
    }

    static func runs(_ runs: [TextRun]) -> AttributedString {
        var out = AttributedString()
        for run in runs {
            var piece = AttributedString(run.text)
            if run.highlight {
                piece.inlinePresentationIntent = .stronglyEmphasized
                piece.backgroundColor = .yellow.opacity(0.35)
            }
            out += piece
        }
        return out
    }
}

struct BlocksView: View {
    let blocks: [Block]

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            ForEach(Array(blocks.enumerated()), id: \.offset) { _, block in
                switch block {
                case let .heading(level, spans):
                    Text(RichText.spans(spans))
                        .font(level <= 2 ? .title2.bold() : .headline)
                        .accessibilityAddTraits(.isHeader)
                case let .paragraph(spans):
                    Text(RichText.spans(spans))
                case let .listItem(spans):
                    HStack(alignment: .firstTextBaseline, spacing: 8) {
                        Image(systemName: "circle.fill")
                            .font(.system(size: 6))
                            .accessibilityHidden(true)
                        Text(RichText.spans(spans))
                    }
                }
            }
        }
        .fixedSize(horizontal: false, vertical: true)
    }
}
