"""Checks of the iOS sources that run without Swift or Xcode (this repository's CI is
Linux). What a Swift compiler would catch first is checked here as far as it can be:

1. every .swift file under ios/ parses with tree-sitter-swift, with no ERROR or MISSING
   node (a syntax slip fails here instead of on the first Mac that builds the app);
2. every name of the core that the Swift code uses exists in the generated
   target/bindings/swift/*.swift (bindings/generate.sh writes them):
   - calls on the core (`core.name(label: …)`, `Lueur.open(…)`): the method exists and
     the argument labels are the ones it declares;
   - types: every capitalised type name is generated, declared in ios/, or one of
     Apple's listed in APPLE_TYPES below;
   - enum cases: `switch` patterns (`case .x`, `case let .x(…)`), `CoreEnum.x`, and
     implicit `.x(label: …)` constructors of a core enum case exist with those labels;
   - memberwise initialisers of core records (`ReportDraft(about: …)`) name every
     field, in order.
3. no text is written in Swift: views that show text get it from a view model, never a
   string literal (SF Symbol names and identifiers are not shown text);
4. Info.plist, the asset catalog and the Swift helpers agree on the background task
   identifier and the alternate icon's name;
5. what discreet mode needs from the iOS shell is there (issue 12, security review F3,
   F5, F12, F15, F16, F19, F26): the device secret in the Keychain for this device only,
   re-lock through the core on every scene change, every start screen drawn, every text
   field without keyboard learning, third-party keyboards refused, the screen covered
   while captured, websites in the app, the wipe clearing the shell's own traces, a
   neutral data folder and no app state outside the core.
Field accesses (`view.title`) are not resolved: that needs type inference, i.e. the
compiler that ios/build.sh runs on macOS.
"""

import os
import pathlib
import re

import pytest
import tree_sitter_swift
from tree_sitter import Language, Parser

ROOT = pathlib.Path(__file__).resolve().parents[2]
IOS = ROOT / "ios"
# One generated file per crate with types for the apps, all in the Swift module LueurCore.
def shown(path):
    """A path as a message shows it: inside the repository relative to it."""
    try:
        return path.relative_to(ROOT)
    except ValueError:
        return path


# Where bindings/generate.sh writes: it honours CARGO_TARGET_DIR, so this does too.
GENERATED_DIR = (
    pathlib.Path(os.environ["CARGO_TARGET_DIR"]).resolve()
    if os.environ.get("CARGO_TARGET_DIR")
    else ROOT / "target"
) / "bindings" / "swift"
GENERATED_NAMES = ("LueurCore.swift", "LueurCoreTypes.swift", "LueurContract.swift")
SWIFT_FILES = sorted(p for p in IOS.rglob("*.swift") if "/.build/" not in str(p)
                     and p.name not in GENERATED_NAMES)

PARSER = Parser(Language(tree_sitter_swift.language()))

# Types of the Swift standard library, Foundation, SwiftUI, UIKit and BackgroundTasks
# that the sources use. A new one is added here on purpose; a misspelt core type is not.
APPLE_TYPES = {
    "App", "Array", "KeyPath", "AttributedString", "BGProcessingTaskRequest", "BGTask",
    "BGTaskScheduler", "Binding", "Bool", "Button", "Color", "Data", "Date", "Divider",
    "Double", "EnvironmentObject", "Error", "FileManager", "FileProtectionType", "Form",
    "Group", "HStack", "HTTPURLResponse", "Image", "InlinePresentationIntent", "Int",
    "Int64", "Label", "LabeledContent", "Link", "List", "Locale", "MainActor", "NSObject",
    "Never", "ObservableObject", "ObservedObject", "PackageDescription", "Package",
    "ProgressView", "Published", "Rectangle", "Scene", "ScrollView", "SecureField",
    "Section", "Sendable", "Spacer", "State", "StateObject", "String", "Task", "Text",
    "TextField", "TimeInterval", "Toggle", "ToolbarItem", "UIApplication", "UInt16",
    "URL", "URLComponents", "URLError", "URLQueryItem", "URLRequest", "URLResourceValues",
    "URLSession", "URLSessionConfiguration", "URLSessionTask", "URLSessionTaskDelegate",
    "VStack", "View", "ViewBuilder", "ViewModifier", "WindowGroup", "ForEach", "Content",
    "Environment", "Hashable", "Equatable", "Optional", "Self", "Void", "Result",
    "Identifiable", "Character", "Set", "Dictionary", "Float", "CGFloat", "UInt8", "UInt32",
    "NavigationStack", "Code",  # URLError.Code
    # Discreet mode (issue 12): the Keychain, the app delegate, the capture probe, the
    # in-app browser and the shell's own traces.
    "Any", "CFDictionary", "CFTypeRef", "SecItemAdd", "SecItemCopyMatching", "SecItemDelete",
    "SecRandomCopyBytes", "UIApplicationDelegate", "UIApplicationDelegateAdaptor",
    "ExtensionPointIdentifier", "LaunchOptionsKey", "ScenePhase", "OpenURLAction",
    "UIView", "UIViewRepresentable", "UIViewControllerRepresentable", "Context", "CGRect",
    "NSCoder", "NSObjectProtocol", "NotificationCenter", "DispatchQueue", "UIScreen",
    "UITraitCollection", "UITraitSceneCaptureState", "UITextField", "UITextView",
    "SFSafariViewController", "SFSafariViewControllerDelegate", "UIActivity", "ActivityType",
    "URLCache", "HTTPCookieStorage",
    # Issue 16: the direction the core gives each screen.
    "LayoutDirection",
}

# Cases of Apple's enums matched in `switch` (URLError.Code in UploadScheduler).
APPLE_CASES = {
    "cannotFindHost", "dnsLookupFailed", "cannotConnectToHost", "timedOut",
    "networkConnectionLost", "secureConnectionFailed", "serverCertificateHasBadDate",
    "serverCertificateUntrusted", "serverCertificateHasUnknownRoot",
    "serverCertificateNotYetValid", "clientCertificateRejected", "clientCertificateRequired",
    "active", "inactive", "background",
}


def parse(path):
    return PARSER.parse(path.read_bytes())


def walk(node):
    yield node
    for child in node.children:
        yield from walk(child)


def text(node):
    return node.text.decode()


def unquote(name):
    return name.strip("`")


# --- the generated API --------------------------------------------------------------

def _strip_comments(source):
    source = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    return re.sub(r"//[^\n]*", "", source)


def _block(source, start):
    """The text between the `{` at or after `start` and its matching `}`."""
    open_at = source.index("{", start)
    depth = 0
    for i in range(open_at, len(source)):
        if source[i] == "{":
            depth += 1
        elif source[i] == "}":
            depth -= 1
            if depth == 0:
                return source[open_at + 1:i]
    raise ValueError("unbalanced braces in the generated Swift")


def _labels(params):
    labels = []
    for param in filter(None, (p.strip() for p in params.split(","))):
        name = param.split(":")[0].split()
        labels.append(unquote(name[0]) if name else "")
    return tuple(labels)


class Api:
    def __init__(self, source):
        source = _strip_comments(source)
        self.types = set(re.findall(
            r"^(?:public|open)\s+(?:final\s+)?(?:struct|enum|class|protocol)\s+(\w+)", source, re.M))
        self.types |= set(re.findall(r"^public\s*\n\s*enum\s+(\w+)", source, re.M))
        self.methods = {}
        protocol = _block(source, source.index("public protocol LueurProtocol"))
        for name, params in re.findall(r"func\s+(`?\w+`?)\s*\(([^)]*)\)", protocol):
            self.methods[unquote(name)] = _labels(params)
        self.statics = {unquote(n): _labels(p) for n, p in re.findall(
            r"public\s+static\s+func\s+(`?\w+`?)\s*\(([^)]*)\)", source)}
        self.cases = {}  # enum -> {case: labels}
        self.fields = {}  # struct -> [field, ...]
        for match in re.finditer(r"^(?:public\s+|public\s*\n)\s*(enum|struct)\s+(\w+)[^{]*", source, re.M):
            kind, name = match.group(1), match.group(2)
            if name.startswith("FfiConverter") or name not in self.types:
                continue
            body = _block(source, match.end() - 1 if source[match.end() - 1] == "{" else match.end())
            if kind == "enum":
                cases = {}
                for case, params in re.findall(r"\bcase\s+(`?\w+`?)(?:\s*\(([^)]*)\))?", body):
                    cases[unquote(case)] = _labels(params) if params else ()
                self.cases[name] = cases
            else:
                self.fields[name] = re.findall(r"^\s*public\s+(?:var|let)\s+(\w+)\s*:", body, re.M)

    def all_cases(self):
        return {case for cases in self.cases.values() for case in cases}


@pytest.fixture(scope="module")
def api():
    missing = [name for name in GENERATED_NAMES if not (GENERATED_DIR / name).exists()]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing in {shown(GENERATED_DIR)}: "
                    "run bash bindings/generate.sh first")
    return Api("\n".join((GENERATED_DIR / name).read_text() for name in GENERATED_NAMES))


@pytest.fixture(scope="module")
def trees():
    return {path: parse(path) for path in SWIFT_FILES}


# --- 1. syntax -----------------------------------------------------------------------

def test_there_are_swift_sources():
    assert len(SWIFT_FILES) >= 15, SWIFT_FILES


@pytest.mark.parametrize("path", SWIFT_FILES, ids=lambda p: str(p.relative_to(IOS)))
def test_parses_without_errors(path):
    tree = parse(path)
    problems = [f"{shown(path)}:{n.start_point[0] + 1}: "
                f"{'MISSING' if n.is_missing else 'ERROR'} near {text(n)[:60]!r}"
                for n in walk(tree.root_node) if n.is_error or n.is_missing]
    assert not problems, "\n".join(problems)


def test_the_parse_check_catches_a_syntax_error():
    tree = PARSER.parse(b"struct A: View { var body: some View { Text(\"x\" } }\n")
    assert any(n.is_error or n.is_missing for n in walk(tree.root_node))


# --- 2. the core's names ---------------------------------------------------------------

def _call_labels(call):
    labels = []
    for suffix in call.children:
        if suffix.type != "call_suffix":
            continue
        for args in suffix.children:
            if args.type != "value_arguments":
                continue
            for arg in args.children:
                if arg.type == "value_argument":
                    label = arg.child_by_field_name("name")
                    labels.append(unquote(text(label)) if label else "")
    return tuple(labels)


def _has_trailing_closure(call):
    return any(c.type == "call_suffix" and any(g.type == "lambda_literal" for g in c.children)
               for c in call.children)


def _core_calls(trees):
    """(where, receiver, method, labels) of every `core.x(…)` and `Lueur.x(…)`."""
    for path, tree in trees.items():
        for node in walk(tree.root_node):
            if node.type != "call_expression" or node.children[0].type != "navigation_expression":
                continue
            nav = node.children[0]
            target = nav.child_by_field_name("target")
            suffix = nav.child_by_field_name("suffix")
            if target is None or suffix is None or text(target) not in ("core", "Lueur"):
                continue
            name = suffix.child_by_field_name("suffix")
            where = f"{shown(path)}:{node.start_point[0] + 1}"
            yield where, text(target), unquote(text(name)), _call_labels(node)


def test_calls_on_the_core_exist_with_their_labels(api, trees):
    calls = list(_core_calls(trees))
    problems = []
    for where, receiver, method, labels in calls:
        table = api.methods if receiver == "core" else api.statics
        if method not in table:
            problems.append(f"{where}: {receiver}.{method} is not in the generated Swift bindings")
        elif labels != table[method]:
            problems.append(f"{where}: {receiver}.{method}{labels} but the bindings declare {table[method]}")
    assert not problems, "\n".join(problems)
    called = {method for _, receiver, method, _ in calls if receiver == "core"}
    # The app reaches every screen's call; a call dropped by mistake shows up here.
    for needed in ("home", "articles", "article", "contacts", "contact", "search", "lastSearch",
                   "startChecklist", "answerQuestion", "skipQuestion", "goBackInChecklist",
                   "startReportFromChecklist", "setReportText", "chooseReportOption", "sendReportDraft",
                   "outbox",
                   "retryReport", "deleteReport", "nextUpload", "finishUpload", "calculator",
                   "pressCalculatorKey", "beginCode", "confirmCode", "setDisguise", "launcherIdentity",
                   "quickExit", "wipeWarning", "wipe", "settings", "setLocale", "deployment",
                   "discreetSettings", "startScreen", "appBackgrounded", "appForegrounded",
                   "codeLockView", "enterLockCode", "setCodeLock"):
        assert needed in called, f"no Swift code calls core.{needed}"


def _declared_types(trees):
    declared = set()
    for tree in trees.values():
        for node in walk(tree.root_node):
            if node.type in ("class_declaration", "protocol_declaration", "typealias_declaration"):
                name = node.child_by_field_name("name")
                if name is not None:
                    declared.add(text(name))
            elif node.type == "type_parameter":
                declared.update(text(c) for c in node.children if c.type == "type_identifier")
    return declared


def _used_types(trees):
    for path, tree in trees.items():
        for node in walk(tree.root_node):
            name = None
            if node.type == "type_identifier":
                name = text(node)
            elif node.type == "call_expression" and node.children[0].type == "simple_identifier":
                name = text(node.children[0])  # a constructor: `ContactFilter(…)`
            elif node.type == "navigation_expression":
                target = node.child_by_field_name("target")
                if target is not None and target.type == "simple_identifier":
                    name = text(target)  # `CodeKind.unlock`, `UploadScheduler.taskIdentifier`
            if name and name[0].isupper():
                yield f"{shown(path)}:{node.start_point[0] + 1}", name


def test_every_type_is_generated_declared_or_apple(api, trees):
    known = api.types | _declared_types(trees) | APPLE_TYPES
    problems = sorted({f"{where}: unknown type {name}" for where, name in _used_types(trees)
                       if name not in known})
    assert not problems, "\n".join(problems)
    used = {name for _, name in _used_types(trees)}
    assert {"Lueur", "HomeView", "ChecklistView", "ReportField", "UploadResponse", "LueurError",
            "DeviceSecretStore", "CodeLockView", "StartScreen"} <= used


def _switch_cases(trees):
    for path, tree in trees.items():
        for node in walk(tree.root_node):
            if node.type != "switch_pattern":
                continue
            pattern = node.children[0] if node.children else None
            if pattern is None:
                continue
            kids = [c for c in pattern.children]
            for i, kid in enumerate(kids):
                if kid.type == "." and i + 1 < len(kids) and kids[i + 1].type == "simple_identifier":
                    yield f"{shown(path)}:{node.start_point[0] + 1}", unquote(text(kids[i + 1]))
                    break


def _declared_cases(trees):
    cases = set()
    for tree in trees.values():
        for node in walk(tree.root_node):
            if node.type == "enum_entry":
                cases.update(unquote(text(c)) for c in node.children if c.type == "simple_identifier")
    return cases


def test_enum_cases_in_switches_exist(api, trees):
    known = api.all_cases() | _declared_cases(trees) | APPLE_CASES
    found = list(_switch_cases(trees))
    problems = [f"{where}: case .{name} is in no generated or declared enum"
                for where, name in found if name not in known]
    assert not problems, "\n".join(problems)
    assert len(found) > 40, "the switch patterns were not found: did the grammar change?"


def test_qualified_core_enum_cases_exist(api, trees):
    problems = []
    for path, tree in trees.items():
        for node in walk(tree.root_node):
            if node.type != "navigation_expression":
                continue
            target = node.child_by_field_name("target")
            suffix = node.child_by_field_name("suffix")
            if target is None or suffix is None or text(target) not in api.cases:
                continue
            member = unquote(text(suffix.child_by_field_name("suffix")))
            if member not in api.cases[text(target)]:
                problems.append(f"{shown(path)}:{node.start_point[0] + 1}: "
                                f"{text(target)}.{member} is not a case")
    assert not problems, "\n".join(problems)


def test_core_enum_constructors_have_their_labels(api, trees):
    """`.phone(number: …, note: …)`, `.http(status: …, retryAfter: …)`: an implicit member
    call named like a core enum case with labels must match one such case's labels."""
    by_case = {}
    for cases in api.cases.values():
        for case, labels in cases.items():
            by_case.setdefault(case, set()).add(labels)
    problems, checked = [], 0
    for path, tree in trees.items():
        for node in walk(tree.root_node):
            if node.type != "call_expression":
                continue
            head = node.children[0]
            name = None
            if head.type == "prefix_expression" and text(head).startswith("."):
                name = unquote(text(head)[1:])
            elif head.type == "navigation_expression" and head.child_by_field_name("target") is not None \
                    and text(head.child_by_field_name("target")) == "return":
                name = unquote(text(head.child_by_field_name("suffix").child_by_field_name("suffix")))
            labels = _call_labels(node)
            if not name or name not in by_case or not any(labels) or _has_trailing_closure(node):
                continue
            checked += 1
            if labels not in by_case[name]:
                problems.append(f"{shown(path)}:{node.start_point[0] + 1}: "
                                f".{name}{labels}, the bindings declare {sorted(by_case[name])}")
    assert not problems, "\n".join(problems)
    assert checked >= 5, "no core enum constructors found: did the grammar change?"


def test_core_records_are_built_with_every_field_in_order(api, trees):
    problems, checked = [], 0
    for path, tree in trees.items():
        for node in walk(tree.root_node):
            if node.type != "call_expression" or node.children[0].type != "simple_identifier":
                continue
            name = text(node.children[0])
            if name not in api.fields or _has_trailing_closure(node):
                continue
            checked += 1
            labels = list(_call_labels(node))
            if labels != api.fields[name]:
                problems.append(f"{shown(path)}:{node.start_point[0] + 1}: "
                                f"{name}({', '.join(labels)}) but its fields are {api.fields[name]}")
    assert not problems, "\n".join(problems)
    assert checked >= 1, "no core record initialisers found: did the grammar change?"


# --- 3. no text written in Swift --------------------------------------------------------

TEXT_VIEWS = {"Text", "Button", "Label", "Toggle", "TextField", "SecureField", "Link",
              "LabeledContent", "navigationTitle", "accessibilityLabel", "accessibilityHint",
              "accessibilityValue"}


def test_shown_text_comes_from_view_models(trees):
    problems = []
    for path, tree in trees.items():
        for node in walk(tree.root_node):
            if node.type != "call_expression":
                continue
            head = node.children[0]
            name = text(head).lstrip(".")
            if head.type == "navigation_expression":
                name = text(head.child_by_field_name("suffix")).lstrip(".")
            if name not in TEXT_VIEWS:
                continue
            for suffix in node.children[1:]:
                args = [a for v in suffix.children if v.type == "value_arguments"
                        for a in v.children if a.type == "value_argument"]
                for arg in args:
                    if arg.child_by_field_name("name") is not None:
                        continue  # systemImage:, role:, … are not shown text
                    value = arg.child_by_field_name("value")
                    if value is not None and value.type == "line_string_literal" and text(value) != '""':
                        problems.append(f"{shown(path)}:{node.start_point[0] + 1}: "
                                        f"{name}({text(value)}) writes text in Swift")
    assert not problems, "\n".join(problems)


def test_no_string_interpolation_in_the_app(trees):
    problems = [f"{shown(path)}:{n.start_point[0] + 1}: {text(n)[:60]}"
                for path, tree in trees.items() for n in walk(tree.root_node)
                if n.type == "interpolated_expression" and "LueurApp" in str(path)]
    assert not problems, "\n".join(problems)


# --- 4. Info.plist, assets and helpers agree ----------------------------------------------

def test_plist_icons_and_background_task_agree():
    import plistlib

    info = plistlib.loads((IOS / "LueurApp" / "Sources" / "Info.plist").read_bytes())
    scheduler = (IOS / "LueurKit" / "Sources" / "LueurKit" / "UploadScheduler.swift").read_text()
    identifier = re.search(r'taskIdentifier = "([^"]+)"', scheduler).group(1)
    assert info["BGTaskSchedulerPermittedIdentifiers"] == [identifier]
    assert "processing" in info["UIBackgroundModes"]
    icon = (IOS / "LueurKit" / "Sources" / "LueurKit" / "LauncherIcon.swift").read_text()
    name = re.search(r'case \.calculator:\s*return "([^"]+)"', icon).group(1)
    assert name == "Calculator"
    assert info["CFBundleIcons"]["CFBundleAlternateIcons"][name]["CFBundleIconName"] == name
    assets = IOS / "LueurApp" / "Resources" / "Assets.xcassets"
    for icon_set in ("AppIcon", name):
        assert (assets / f"{icon_set}.appiconset" / "Contents.json").exists()
        assert (assets / f"{icon_set}.appiconset" / "icon.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    project = (IOS / "LueurApp" / "project.yml").read_text()
    assert f"ASSETCATALOG_COMPILER_ALTERNATE_APPICON_NAMES: {name}" in project
    # No usage descriptions: the app asks for no location, camera, contacts, ...
    assert not [key for key in info if key.endswith("UsageDescription")]


def test_package_points_at_the_copied_framework_and_ignores_generated_code():
    package = (IOS / "LueurKit" / "Package.swift").read_text()
    assert 'path: "Artifacts/LueurCoreFFI.xcframework"' in package
    assert "swift-tools-version: 5.9" in package and ".iOS(.v16)" in package
    ignored = (IOS / ".gitignore").read_text()
    assert "/LueurKit/Sources/LueurCore/*.swift" in ignored
    assert "/LueurKit/Artifacts/" in ignored
    build = (IOS / "build.sh").read_text()
    assert "bindings/build-ios.sh" in build and "target_dir/ios/LueurCoreFFI.xcframework" in build


# --- 5. discreet mode in the iOS shell (issue 12) -------------------------------------------

KIT = IOS / "LueurKit" / "Sources" / "LueurKit"
APP = IOS / "LueurApp" / "Sources"


def _source(path):
    """The file without its comments, so a comment naming an API does not pass for a call."""
    return _strip_comments(path.read_text())


def _function_body(source, name):
    """The body of the first `func name(` in `source`."""
    return _block(source, re.search(r"func\s+" + re.escape(name) + r"\s*\(", source).end())


def test_the_device_secret_is_kept_for_this_device_only():
    store = _source(KIT / "KeychainSecretStore.swift")
    assert re.search(r"class\s+KeychainSecretStore\s*:\s*DeviceSecretStore\b", store)
    assert "func deviceSecret() -> Data?" in store and "func renewDeviceSecret() -> Data?" in store
    # 32 bytes from the system's CSPRNG.
    assert re.search(r"secretLength\s*=\s*32\b", store)
    assert "SecRandomCopyBytes(kSecRandomDefault" in store
    assert "kSecClassGenericPassword" in store
    # After first unlock (background uploads), never backed up or moved to another phone,
    # never in iCloud Keychain.
    accessible = set(re.findall(r"\bkSecAttrAccessible\w+", store))
    assert accessible == {"kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly"}, accessible
    assert re.search(r"kSecAttrSynchronizable as String:\s*false", store)
    # Renewing destroys the old secret before making a new one, and gives up if it cannot.
    renew = _function_body(store, "renewDeviceSecret")
    assert renew.index("delete()") < renew.index("create()")
    assert "SecItemDelete" in _function_body(store, "delete")
    # The core is opened with it.
    client = _source(KIT / "CoreClient.swift")
    assert re.search(r"Lueur\.open\([^)]*secrets:\s*KeychainSecretStore\(\)", client, re.S)


def test_the_data_folder_has_a_neutral_name_and_no_backup():
    client = _source(KIT / "CoreClient.swift")
    name = re.search(r'dataFolderName\s*=\s*"([^"]+)"', client).group(1)
    assert "lueur" not in name.lower() and len(name) <= 2, name
    assert "appendingPathComponent(dataFolderName" in client
    assert not re.search(r'appendingPathComponent\("(?i:[^"]*lueur)', client)
    assert "isExcludedFromBackup = true" in client


def _start_screen_switches(trees):
    """The case names of every `switch session.start` (RootView)."""
    for path, tree in trees.items():
        for node in walk(tree.root_node):
            if node.type == "switch_statement" and any(
                    c.type == "navigation_expression" and text(c) == "session.start" for c in node.children):
                cases = set()
                for child in walk(node):
                    if child.type == "switch_pattern":
                        cases.update(unquote(text(c)) for c in walk(child) if c.type == "simple_identifier")
                yield path, cases


def test_every_start_screen_is_drawn(api, trees):
    found = list(_start_screen_switches(trees))
    assert found, "no `switch session.start` in ios/"
    wanted = set(api.cases["StartScreen"])
    assert "locked" in wanted, "the bindings have no StartScreen.locked: regenerate them"
    for path, cases in found:
        assert wanted <= cases, f"{shown(path)}: draws {sorted(cases)}, the core has {sorted(wanted)}"


def test_relock_follows_every_scene_change():
    session = _source(APP / "AppSession.swift")
    scene = _function_body(session, "sceneChanged")
    for phase in (".background", ".inactive", ".active"):
        assert phase in scene, phase
    assert "core.appBackgrounded()" in _function_body(session, "wentToBackground")
    foreground = _function_body(session, "returnedToForeground")
    assert "core.appForegrounded()" in foreground
    # The cover stays up until the core has answered, and a failure does not open home.
    assert "awaitingStartScreen = false" in foreground and "?? .decoy" in foreground
    root = _source(APP / "LueurApp.swift")
    assert "session.sceneChanged(to: phase)" in root
    assert root.count("StartScreenCover(shown: session.awaitingStartScreen)") == 2  # window and browser
    # startScreen() only at launch: on return the core's re-lock decides.
    assert "startScreen()" not in foreground


def test_the_code_lock_checks_off_the_main_thread():
    lock = _source(APP / "CodeLockScreen.swift")
    assert "core.codeLockView()" in lock
    assert re.search(r"session\.client\.run\(\{\s*core in (?:try )?core\.enterLockCode\(code:", lock)
    assert "session.unlocked(launcher)" in lock


TEXT_INPUTS = ("TextField", "SecureField", "TextEditor")


def _modifiers_after(node):
    """The text of the modifiers chained after `node` (`TextField(…).a().b()` → `.a().b()`)."""
    top = node
    while top.parent is not None and top.parent.type in ("call_expression", "navigation_expression"):
        top = top.parent
    return text(top)[len(text(node)):]


def test_every_text_input_has_keyboard_learning_off(trees):
    problems, checked = [], 0
    for path, tree in trees.items():
        for node in walk(tree.root_node):
            if node.type != "call_expression":
                continue
            head = node.children[0]
            name = text(head) if head.type == "simple_identifier" else None
            if head.type == "navigation_expression":
                suffix = head.child_by_field_name("suffix")
                if suffix is not None and text(suffix) == ".searchable":
                    name = "searchable"
            if name not in TEXT_INPUTS + ("searchable",):
                continue
            checked += 1
            # After the field: an environment modifier reaches only what it wraps.
            if ".privateTextInput()" not in _modifiers_after(node):
                problems.append(f"{shown(path)}:{node.start_point[0] + 1}: {name} without .privateTextInput()")
    assert not problems, "\n".join(problems)
    assert checked >= 5, "the text fields were not found: did the grammar change?"


def test_private_text_input_turns_off_every_kind_of_learning():
    modifier = _source(KIT / "PrivateTextInput.swift")
    for needed in (".autocorrectionDisabled()", ".textInputAutocapitalization(.never)", ".privacySensitive()",
                   "if #available(iOS 18.0, *)", ".writingToolsBehavior(.disabled)",
                   "spellCheckingType = .no", "autocorrectionType = .no", "inlinePredictionType = .no"):
        assert needed in modifier, needed
    assert "PrivateKeyboard.configure()" in _source(APP / "AppDelegate.swift")


def test_third_party_keyboards_are_refused():
    delegate = _source(APP / "AppDelegate.swift")
    body = delegate[delegate.index("shouldAllowExtensionPointIdentifier"):]
    assert re.search(r"extensionPointIdentifier\s*!=\s*\.keyboard", body)
    assert re.search(r"@UIApplicationDelegateAdaptor\(AppDelegate\.self\)", _source(APP / "LueurApp.swift"))


def test_the_screen_is_covered_while_captured_or_mirrored():
    shield = _source(KIT / "PrivacyShield.swift")
    for needed in ("UIScreen.capturedDidChangeNotification", ".isCaptured", "sceneCaptureState == .active",
                   "UITraitSceneCaptureState.self", "if #available(iOS 17.0, *)"):
        assert needed in shield, needed
    assert "Cover(hidden: captured)" in shield and "Cover(hidden: scenePhase != .active)" in shield
    # Every root is shielded: the window, and the in-app browser drawn above it; the
    # capture cover on Lueur's own screens (home and everything pushed from it).
    app, root = _source(APP / "LueurApp.swift").split("struct RootView")
    assert ".privacyShield()" in app
    home = root[root.index("case .home:"):root.index(".environment(")]
    assert home.count(".captureShield()") == 1
    browser = root[root.index(".fullScreenCover("):]
    assert ".privacyShield()" in browser and ".captureShield()" in browser


def test_websites_open_in_the_app_and_actions_say_what_they_leave():
    session = _source(APP / "AppSession.swift")
    perform = _function_body(session, "perform")
    assert perform.index("case .website") < perform.index("UIApplication.shared.open")
    everywhere = {path: _source(path) for path in SWIFT_FILES}
    openers = [p.relative_to(ROOT) for p, src in everywhere.items() if "UIApplication.shared.open(" in src]
    assert openers == [(APP / "AppSession.swift").relative_to(ROOT)], openers
    root = _source(APP / "LueurApp.swift")
    assert "SafariView(url:" in root and ".environment(\\.openURL" in root
    assert "ShellTraces.clearBrowsing()" in root
    assert "item.historyNote" in _source(APP / "ContactScreens.swift")
    assert "historyNote" in _source(APP / "HomeScreen.swift")


def test_the_wipe_clears_what_the_shell_keeps():
    traces = _function_body(_source(KIT / "ShellTraces.swift"), "clearAfterWipe")
    for needed in ("BGTaskScheduler.shared.cancelAllTaskRequests()", "URLCache.shared.removeAllCachedResponses()",
                   "clearWebsiteData()", "temporaryDirectory", ".cachesDirectory"):
        assert needed in traces, needed
    wiped = _function_body(_source(APP / "AppSession.swift"), "wiped")
    assert "ShellTraces.clearAfterWipe()" in wiped and "LauncherIcon.apply(done.launcher)" in wiped


def test_code_changes_ask_for_the_current_unlock_code():
    settings = _source(APP / "SettingsScreens.swift")
    assert "view.currentCodePrompt" in settings
    assert re.search(r"core\.beginCode\(kind: kind, code: typed, currentUnlockCode: current\)", settings)
    assert re.search(r"core\.setCodeLock\(enabled: enabled, currentUnlockCode: unlockCode\)", settings)
    # The minimum length is the core's (codeRules says it): no length test in Swift.
    for name in ("SettingsScreens.swift", "CodeLockScreen.swift"):
        assert not re.search(r"\.count\s*[<>=]=?\s*\d", _source(APP / name)), name


def test_no_app_state_outside_the_core():
    """UserDefaults and scene storage are plain files in the app container, outside the
    core's encryption and its wipe."""
    problems = [f"{shown(path)}: {word}" for path in SWIFT_FILES
                for word in ("UserDefaults", "@AppStorage", "@SceneStorage", "NSUbiquitousKeyValueStore")
                if word in _source(path)]
    assert not problems, "\n".join(problems)
