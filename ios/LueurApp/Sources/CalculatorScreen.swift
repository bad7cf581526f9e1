// The calculator decoy: display and keys come from the core, which also does the
// arithmetic and recognises a code followed by "=".
import LueurKit
import SwiftUI

struct CalculatorRoute: View {
    @EnvironmentObject var session: AppSession

    var body: some View {
        Loader(load: { core in core.calculator() }) { view, replace in
            CalculatorScreen(view: view) { key in
                Task {
                    // Off the main thread: "=" may hash a code.
                    guard let outcome = try? await session.client.run({ core in core.pressCalculatorKey(key: key) }) else { return }
                    switch outcome {
                    case let .show(next):
                        replace(next)
                    case let .`open`(launcher):
                        await session.unlocked(launcher)
                    }
                }
            }
        }
        .navigationBarTitleDisplayMode(.inline)
    }
}

struct CalculatorScreen: View {
    let view: CalculatorView
    let press: (CalcKey) -> Void

    var body: some View {
        VStack(spacing: 12) {
            Spacer()
            Text(view.display)
                .font(.system(size: 64, weight: .light, design: .rounded))
                .lineLimit(1)
                .minimumScaleFactor(0.4)
                .frame(maxWidth: .infinity, alignment: .trailing)
                .foregroundStyle(view.error ? Color.red : Color.primary)
                .accessibilityAddTraits(.updatesFrequently)
            ForEach(Array(view.rows.enumerated()), id: \.offset) { _, row in
                HStack(spacing: 12) {
                    ForEach(row.keys, id: \.self) { key in
                        Button {
                            press(key.key)
                        } label: {
                            Text(key.label)
                                .font(.title)
                                .frame(maxWidth: .infinity, minHeight: 64)
                        }
                        .buttonStyle(.bordered)
                        .tint(key.active ? .orange : Self.tint(key.key))
                        .accessibilityLabel(key.description)
                    }
                }
            }
        }
        .padding()
    }

    private static func tint(_ key: CalcKey) -> Color {
        switch key {
        case .`operator`, .equals: return .orange
        case .clear, .allClear, .percent, .negate: return .gray
        case .digit, .decimal: return .primary
        }
    }
}
