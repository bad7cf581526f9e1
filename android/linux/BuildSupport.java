// The three steps of the Linux build of the Android app that no tool here does for us.
// Run as a single-file Java program (Java 17), from android/build-apk.sh:
//
//   java BuildSupport.java deps --toml T --gradle F... --pom P --repo R [--missing OUT]
//       Computes the dependency graph Gradle would resolve for the app and its tests (the
//       libraries named in the module build files, their POMs' compile and runtime
//       dependencies, the highest requested version of each module wins, the
//       POM's dependencyManagement read as Gradle's constraints) and checks that the Maven
//       build lists exactly that set, at those versions. Maven cannot resolve it itself:
//       the androidx POMs name their AAR dependencies without <type>aar</type>.
//   java BuildSupport.java manifest --app M --package P --min-sdk N --target-sdk N
//                                   --out O LIBRARY_MANIFEST...
//       Merges the libraries' manifests into the app's (what AGP's merger does for the
//       elements these libraries use).
//   java BuildSupport.java rclass --symbols R.txt --out DIR PACKAGE=LIBRARY_R.txt...
//       Writes R.java for the app and for each library package, with the ids aapt gave the
//       linked app (AGP's non-transitive R classes).
//
// Everything fails loudly: a step that cannot do its job exits non-zero with the reason.

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

public class BuildSupport {
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            fail("usage: BuildSupport deps|manifest|rclass ...");
        }
        Map<String, List<String>> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String name = args[i].substring(2);
                List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
                // --gradle takes every file up to the next option; the others take one value.
                do {
                    if (i + 1 >= args.length) {
                        fail("--" + name + " needs a value");
                    }
                    values.add(args[++i]);
                } while (name.equals("gradle") && i + 1 < args.length && !args[i + 1].startsWith("--"));
            } else {
                positional.add(args[i]);
            }
        }
        switch (args[0]) {
            case "deps" -> Deps.run(options);
            case "manifest" -> Manifest.run(options, positional);
            case "rclass" -> RClass.run(options, positional);
            default -> fail("unknown command " + args[0]);
        }
    }

    static String one(Map<String, List<String>> options, String name) {
        List<String> values = options.get(name);
        if (values == null || values.size() != 1) {
            fail("--" + name + " needs exactly one value");
        }
        return values.get(0);
    }

    static void fail(String message) {
        System.err.println("BuildSupport: " + message);
        System.exit(1);
    }

    static Document parseXml(Path path) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(path.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path path, String content) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- versions

    /** Maven/Gradle-like ordering: numbers numerically, a qualifier sorts before the release. */
    static int compareVersions(String a, String b) {
        String[] pa = a.split("[.\\-]");
        String[] pb = b.split("[.\\-]");
        int n = Math.max(pa.length, pb.length);
        for (int i = 0; i < n; i++) {
            String x = i < pa.length ? pa[i] : null;
            String y = i < pb.length ? pb[i] : null;
            int c = comparePart(x, y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String x, String y) {
        boolean xn = x != null && x.matches("\\d+");
        boolean yn = y != null && y.matches("\\d+");
        if (x == null) {
            return y == null ? 0 : (yn ? -1 : 1); // 1.0 < 1.0.1 but 1.0 > 1.0-rc01
        }
        if (y == null) {
            return xn ? 1 : -1;
        }
        if (xn && yn) {
            return new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
        }
        if (xn) {
            return 1;
        }
        if (yn) {
            return -1;
        }
        return qualifierRank(x) != qualifierRank(y)
            ? Integer.compare(qualifierRank(x), qualifierRank(y))
            : x.compareTo(y);
    }

    private static int qualifierRank(String q) {
        String l = q.toLowerCase();
        if (l.startsWith("alpha")) return 0;
        if (l.startsWith("beta")) return 1;
        if (l.startsWith("rc")) return 2;
        return 3;
    }

    // ---------------------------------------------------------------- deps

    static final class Deps {
        record Module(String group, String artifact) {
            static Module of(String ga) {
                String[] p = ga.split(":");
                return new Module(p[0], p[1]);
            }

            @Override
            public String toString() {
                return group + ":" + artifact;
            }
        }

        record Dep(Module module, String version, String scope, Set<Module> exclusions, boolean wildcard) {}

        record Pom(String packaging, List<Dep> dependencies, Map<Module, String> constraints) {}

        /** One entry of the Maven build's dependency list. */
        record Listed(Module module, String version, String type, String scope, boolean pinned) {}

        private final Path repo;
        private final Map<String, Pom> poms = new HashMap<>();
        /** POMs of the versions finally selected that the local repository lacks. */
        private final Set<String> missing = new TreeSet<>();
        private final Set<String> roundMissing = new TreeSet<>();
        /** Every module's version in the last resolve, multiplatform roots included. */
        private Map<Module, String> lastVersions = Map.of();

        Deps(Path repo) {
            this.repo = repo;
        }

        static void run(Map<String, List<String>> options) {
            Path toml = Path.of(one(options, "toml"));
            Path pomPath = Path.of(one(options, "pom"));
            Deps deps = new Deps(Path.of(one(options, "repo")));

            Toml catalog = Toml.parse(toml);
            Map<String, String> seedMain = new LinkedHashMap<>();
            Map<String, String> seedTest = new LinkedHashMap<>();
            // `variantOf(libs.jna) { artifactType("aar") }`: the app takes that module's AAR.
            Set<Module> aarVariant = new HashSet<>();
            Set<Module> testJar = new HashSet<>();
            Map<Module, String> platform = new HashMap<>();
            for (String gradle : options.getOrDefault("gradle", List.of())) {
                Matcher m = Pattern.compile("\\b(api|implementation|testImplementation|debugImplementation)"
                        + "\\((variantOf\\(|platform\\()?libs\\.([A-Za-z0-9.]+)\\)?([^\\n]*)")
                    .matcher(read(Path.of(gradle)));
                while (m.find()) {
                    String alias = m.group(3).replace('.', '-');
                    String[] lib = catalog.libraries.get(alias);
                    if (lib == null) {
                        fail(gradle + ": libs." + m.group(3) + " is not in " + toml);
                    }
                    if ("platform(".equals(m.group(2))) {
                        // A BOM: its dependencyManagement constrains the modules it names.
                        Pom bom = deps.pom(Module.of(lib[0]), lib[1]);
                        if (bom != null) {
                            platform.putAll(bom.constraints);
                        }
                        continue;
                    }
                    boolean test = m.group(1).startsWith("test") || m.group(1).startsWith("debug");
                    (test ? seedTest : seedMain).put(lib[0], lib[1]);
                    if ("variantOf(".equals(m.group(2)) && m.group(4).contains("artifactType(\"aar\")")) {
                        aarVariant.add(Module.of(lib[0]));
                    } else if (test) {
                        testJar.add(Module.of(lib[0]));
                    }
                }
            }
            deps.missing.addAll(deps.roundMissing);
            for (Map<String, String> seeds : List.of(seedMain, seedTest)) {
                for (Map.Entry<String, String> e : seeds.entrySet()) {
                    if (e.getValue() == null) {
                        String v = platform.get(Module.of(e.getKey()));
                        if (v == null && deps.missing.isEmpty()) {
                            fail(e.getKey() + " has no version in the catalog and no platform gives one");
                        }
                        e.setValue(v);
                    }
                }
            }
            if (!deps.missing.isEmpty()) {
                write(Path.of(one(options, "missing")), String.join("\n", deps.missing) + "\n");
                System.err.println("BuildSupport deps: POMs not in the local repository yet: " + deps.missing);
                System.exit(3);
            }
            // The Kotlin Gradle plugin adds the standard library of its own version.
            String kotlin = catalog.versions.get("kotlin");
            if (kotlin == null) {
                fail(toml + " has no [versions] kotlin");
            }
            seedMain.put("org.jetbrains.kotlin:kotlin-stdlib", kotlin);
            // and aligns the old -jdk7/-jdk8 parts with it (its module metadata's constraints).
            platform.put(Module.of("org.jetbrains.kotlin:kotlin-stdlib-jdk7"), kotlin);
            platform.put(Module.of("org.jetbrains.kotlin:kotlin-stdlib-jdk8"), kotlin);
            if (seedMain.size() == 1) {
                fail("no library found in the --gradle files");
            }

            List<Listed> listed = readMavenList(pomPath);
            Map<String, Listed> byKey = new LinkedHashMap<>();
            Set<Module> unpinned = new HashSet<>();
            for (Listed l : listed) {
                byKey.put(l.module + ":" + l.type, l);
                if (!l.pinned) {
                    unpinned.add(l.module);
                }
            }

            Map<Module, String> main = deps.resolve(seedMain, unpinned, platform);
            Map<Module, String> mainScope = new HashMap<>();
            for (Module m : main.keySet()) {
                mainScope.put(m, deps.scopeOf(m, seedMain, unpinned));
            }
            Map<String, String> all = new LinkedHashMap<>(seedMain);
            all.putAll(seedTest);
            Map<Module, String> withTests = deps.resolve(all, unpinned, platform);

            if (!deps.missing.isEmpty()) {
                List<String> out = new ArrayList<>(deps.missing);
                if (options.containsKey("missing")) {
                    write(Path.of(one(options, "missing")), String.join("\n", out) + "\n");
                }
                System.err.println("BuildSupport deps: POMs not in the local repository yet: " + out);
                System.exit(3);
            }

            List<String> problems = new ArrayList<>();
            // group:artifact:type -> {version, scope}
            Map<String, String[]> expected = new TreeMap<>();
            for (Map.Entry<Module, String> e : withTests.entrySet()) {
                Module m = e.getKey();
                String mainVersion = main.get(m);
                if (mainVersion != null && !mainVersion.equals(e.getValue())) {
                    problems.add(m + ": the app resolves " + mainVersion + " but its tests "
                        + e.getValue() + " (declare the higher version in the catalog)");
                }
                String type = aarVariant.contains(m) || "aar".equals(deps.pom(m, e.getValue()).packaging)
                    ? "aar" : "jar";
                String scope = mainVersion == null ? "test" : mainScope.get(m);
                expected.put(m + ":" + type, new String[] {e.getValue(), scope});
                if (aarVariant.contains(m) && testJar.contains(m)) {
                    expected.put(m + ":jar", new String[] {e.getValue(), "test"});
                }
            }

            StringBuilder suggestion = new StringBuilder();
            for (Map.Entry<String, String[]> e : expected.entrySet()) {
                String[] want = e.getValue();
                Listed have = byKey.get(e.getKey());
                if (have == null) {
                    problems.add(e.getKey() + ":" + want[0] + " (" + want[1] + ") is missing");
                } else if (!have.version.equals(want[0]) || !have.scope.equals(want[1])) {
                    problems.add(e.getKey() + ": listed " + have.version + " " + have.scope
                        + ", Gradle would resolve " + want[0] + " " + want[1]);
                }
                suggestion.append(String.format("  %s:%s %s%n", e.getKey(), want[0], want[1]));
            }
            for (Map.Entry<String, Listed> e : byKey.entrySet()) {
                if (!expected.containsKey(e.getKey())) {
                    problems.add(e.getKey() + ":" + e.getValue().version + " is listed but nothing needs it");
                }
            }
            if (!problems.isEmpty()) {
                System.err.println("The Maven dependency list (" + pomPath + ") differs from what Gradle resolves:");
                problems.forEach(p -> System.err.println("  " + p));
                System.err.println("Gradle's set (group:artifact:type:version scope):");
                System.err.print(suggestion);
                System.exit(1);
            }
            System.out.println("dependencies: " + expected.size()
                + " artifacts, the same set and versions Gradle resolves from " + toml.getFileName());
        }

        /** Gradle's compile classpath holds what is reachable through compile-scope edges. */
        private String scopeOf(Module m, Map<String, String> seeds, Set<Module> unpinned) {
            Deque<Module> queue = new ArrayDeque<>();
            Set<Module> seen = new HashSet<>();
            for (String s : seeds.keySet()) {
                queue.add(Module.of(s));
            }
            while (!queue.isEmpty()) {
                Module at = queue.poll();
                if (!seen.add(at)) {
                    continue;
                }
                if (at.equals(m)) {
                    return "compile";
                }
                String v = lastVersions.get(at);
                if (v == null || unpinned.contains(at)) {
                    continue;
                }
                Pom pom = pom(at, v);
                for (Dep d : pom == null ? List.<Dep>of() : pom.dependencies) {
                    if ("compile".equals(d.scope)) {
                        queue.add(d.module);
                    }
                }
                Module redirect = redirectOf(at, v);
                if (redirect != null) {
                    queue.add(redirect);
                }
            }
            return "runtime";
        }

        /**
         * The modules (with versions) Gradle resolves from [seeds]: walks the POMs with the
         * versions selected so far, raises a module to the highest version asked for (or
         * constrained by a dependencyManagement entry of a module in the graph), and walks
         * again until nothing changes. A Kotlin-multiplatform root POM (`ui` pointing to
         * `ui-android`) is followed but not listed.
         */
        Map<Module, String> resolve(Map<String, String> seeds, Set<Module> unpinned,
                Map<Module, String> platform) {
            // Versions only go up, as in Gradle: each walk uses the highest version asked for
            // so far; walk again until a walk raises nothing.
            Map<Module, String> versions = new HashMap<>();
            lastVersions = versions;
            Set<Module> reached = new HashSet<>();
            for (int round = 0; ; round++) {
                if (round == 50) {
                    fail("the dependency graph does not settle");
                }
                roundMissing.clear();
                boolean raised = false;
                Map<Module, Set<Module>> exclusions = new HashMap<>();
                Deque<Module> queue = new ArrayDeque<>();
                for (Map.Entry<String, String> s : seeds.entrySet()) {
                    Module m = Module.of(s.getKey());
                    raised |= raise(versions, m, s.getValue());
                    exclusions.put(m, new HashSet<>());
                    queue.add(m);
                }
                reached = new HashSet<>();
                List<Map<Module, String>> constraints = new ArrayList<>();
                constraints.add(platform);
                while (!queue.isEmpty()) {
                    Module at = queue.poll();
                    if (!reached.add(at)) {
                        continue;
                    }
                    for (Map<Module, String> c : constraints) {
                        String v = constraintOf(c, at);
                        if (v != null) {
                            raised |= raise(versions, at, v);
                        }
                    }
                    Pom pom = pom(at, versions.get(at));
                    if (pom == null) {
                        continue;
                    }
                    constraints.add(pom.constraints);
                    boolean mavenManaged = unpinned.contains(at);
                    Set<Module> excluded = exclusions.getOrDefault(at, Set.of());
                    for (Dep d : pom.dependencies) {
                        if (excluded.contains(d.module) || d.version == null) {
                            continue;
                        }
                        // Maven resolves the jar dependencies of an entry it manages itself
                        // (Robolectric, JUnit); only their AARs need listing here.
                        if (mavenManaged) {
                            Pom childPom = pom(d.module, d.version);
                            if (childPom == null || !"aar".equals(childPom.packaging)) {
                                continue;
                            }
                        }
                        raised |= raise(versions, d.module, d.version);
                        Set<Module> inherited = new HashSet<>(excluded);
                        inherited.addAll(d.exclusions);
                        Set<Module> before = exclusions.get(d.module);
                        if (before == null) {
                            exclusions.put(d.module, inherited);
                        } else {
                            before.retainAll(inherited); // excluded only if excluded on every path
                        }
                        queue.add(d.module);
                    }
                }
                // A constraint met after its module was walked raises it for the next walk.
                for (Map<Module, String> c : constraints) {
                    for (Module m : reached) {
                        String v = constraintOf(c, m);
                        if (v != null) {
                            raised |= raise(versions, m, v);
                        }
                    }
                }
                if (!raised) {
                    break;
                }
            }
            // Only the versions Gradle ends up with need their POM (the registry here serves
            // those, not every older version some library once asked for).
            missing.addAll(roundMissing);
            // Multiplatform roots are resolved through their -android/-jvm artifact.
            Map<Module, String> out = new LinkedHashMap<>();
            for (Module m : reached) {
                Pom pom = pom(m, versions.get(m));
                // A POM-only module (kotlin-stdlib-common 2.x) brings no file of its own.
                boolean pomOnly = pom != null && "pom".equals(pom.packaging);
                if (redirectOf(m, versions.get(m)) == null && !pomOnly) {
                    out.put(m, versions.get(m));
                }
            }
            return out;
        }

        /**
         * A constraint on `g:a` also holds for `g:a-android` and `g:a-jvm`: Gradle's module
         * metadata ties a multiplatform artifact to its root, which the POMs do not say.
         */
        private static String constraintOf(Map<Module, String> constraints, Module m) {
            String v = constraints.get(m);
            if (v == null) {
                String root = m.artifact.replaceFirst("-(android|jvm)$", "");
                if (!root.equals(m.artifact)) {
                    v = constraints.get(new Module(m.group, root));
                }
            }
            return v;
        }

        private static boolean raise(Map<Module, String> versions, Module m, String version) {
            String before = versions.get(m);
            if (before == null || compareVersions(version, before) > 0) {
                versions.put(m, version);
                return true;
            }
            return false;
        }

        /** `g:a` whose POM depends on `g:a-android` or `g:a-jvm` of the same version. */
        private Module redirectOf(Module m, String version) {
            Pom pom = pom(m, version);
            if (pom == null) {
                return null;
            }
            for (Dep d : pom.dependencies) {
                if (d.module.group.equals(m.group)
                        && (d.module.artifact.equals(m.artifact + "-android")
                            || d.module.artifact.equals(m.artifact + "-jvm"))) {
                    return d.module;
                }
            }
            return null;
        }

        Pom pom(Module m, String version) {
            String key = m + ":" + version;
            if (poms.containsKey(key)) {
                if (poms.get(key) == null) {
                    roundMissing.add(key);
                }
                return poms.get(key);
            }
            Path file = repo.resolve(m.group.replace('.', '/')).resolve(m.artifact).resolve(version)
                .resolve(m.artifact + "-" + version + ".pom");
            Pom pom = null;
            if (Files.isRegularFile(file)) {
                pom = parsePom(file);
            } else {
                roundMissing.add(key);
            }
            poms.put(key, pom);
            return pom;
        }

        private Pom parsePom(Path file) {
            Element project = parseXml(file).getDocumentElement();
            Map<String, String> props = new HashMap<>();
            Element parent = child(project, "parent");
            if (parent != null) {
                props.put("project.parent.version", text(parent, "version"));
                // Properties of a parent POM (Maven-built jars): read when it is there.
                Path parentFile = repo.resolve(text(parent, "groupId").replace('.', '/'))
                    .resolve(text(parent, "artifactId")).resolve(text(parent, "version"))
                    .resolve(text(parent, "artifactId") + "-" + text(parent, "version") + ".pom");
                if (Files.isRegularFile(parentFile)) {
                    for (Element p : children(child(parseXml(parentFile).getDocumentElement(), "properties"), null)) {
                        props.put(p.getLocalName(), p.getTextContent().trim());
                    }
                }
            }
            String version = text(project, "version");
            if (version == null && parent != null) {
                version = text(parent, "version");
            }
            String group = text(project, "groupId");
            if (group == null && parent != null) {
                group = text(parent, "groupId");
            }
            props.put("project.version", version);
            props.put("version", version);
            props.put("project.groupId", group);
            for (Element p : children(child(project, "properties"), null)) {
                props.put(p.getLocalName(), p.getTextContent().trim());
            }
            Map<Module, String> managed = new HashMap<>();
            for (Element d : children(child(child(project, "dependencyManagement"), "dependencies"), "dependency")) {
                String v = interpolate(text(d, "version"), props);
                if (v != null && !"import".equals(text(d, "scope"))) {
                    managed.put(new Module(interpolate(text(d, "groupId"), props), text(d, "artifactId")), v);
                }
            }
            List<Dep> deps = new ArrayList<>();
            for (Element d : children(child(project, "dependencies"), "dependency")) {
                String scope = text(d, "scope");
                scope = scope == null ? "compile" : scope;
                if (!(scope.equals("compile") || scope.equals("runtime")) || "true".equals(text(d, "optional"))) {
                    continue;
                }
                Module module = new Module(interpolate(text(d, "groupId"), props), text(d, "artifactId"));
                String v = interpolate(text(d, "version"), props);
                if (v == null) {
                    v = managed.get(module);
                }
                if (v != null && v.startsWith("[")) {
                    v = v.replaceAll("[\\[\\]()]", "").split(",")[0]; // Gradle's strict [x]
                }
                Set<Module> excl = new HashSet<>();
                boolean wildcard = false;
                for (Element x : children(child(d, "exclusions"), "exclusion")) {
                    if ("*".equals(text(x, "artifactId"))) {
                        wildcard = true;
                    } else {
                        excl.add(new Module(text(x, "groupId"), text(x, "artifactId")));
                    }
                }
                deps.add(new Dep(module, v, scope, excl, wildcard));
            }
            // Gradle publishes dependency constraints as dependencyManagement.
            String packaging = text(project, "packaging");
            return new Pom(packaging == null ? "jar" : packaging, deps, managed);
        }

        private static String interpolate(String value, Map<String, String> props) {
            if (value == null) {
                return null;
            }
            Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String v = props.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The Maven build's own list: an entry that excludes `*:*` is pinned by this check. */
        static List<Listed> readMavenList(Path pomPath) {
            Element project = parseXml(pomPath).getDocumentElement();
            Map<String, String> props = new HashMap<>();
            for (Element p : children(child(project, "properties"), null)) {
                props.put(p.getLocalName(), p.getTextContent().trim());
            }
            List<Listed> out = new ArrayList<>();
            List<Element> all = new ArrayList<>(children(child(project, "dependencies"), "dependency"));
            for (Element profile : children(child(project, "profiles"), "profile")) {
                all.addAll(children(child(profile, "dependencies"), "dependency"));
            }
            for (Element d : all) {
                String scope = text(d, "scope");
                if ("system".equals(scope) || "provided".equals(scope)) {
                    continue; // the unpacked AAR classes and the Android framework
                }
                boolean pinned = false;
                for (Element x : children(child(d, "exclusions"), "exclusion")) {
                    pinned |= "*".equals(text(x, "groupId")) && "*".equals(text(x, "artifactId"));
                }
                String type = text(d, "type");
                out.add(new Listed(new Module(text(d, "groupId"), text(d, "artifactId")),
                    interpolate(text(d, "version"), props), type == null ? "jar" : type,
                    scope == null ? "compile" : scope, pinned));
            }
            return out;
        }
    }

    /** Just enough TOML for gradle/libs.versions.toml. */
    static final class Toml {
        final Map<String, String> versions = new LinkedHashMap<>();
        /** alias -> {group:artifact, version or null} */
        final Map<String, String[]> libraries = new LinkedHashMap<>();

        static Toml parse(Path path) {
            Toml t = new Toml();
            String section = "";
            Pattern lib = Pattern.compile("^([A-Za-z0-9-]+)\\s*=\\s*\\{\\s*module\\s*=\\s*\"([^\"]+)\"\\s*"
                + "(?:,\\s*version\\.ref\\s*=\\s*\"([^\"]+)\"\\s*)?}");
            Pattern ver = Pattern.compile("^([A-Za-z0-9-]+)\\s*=\\s*\"([^\"]+)\"");
            for (String raw : read(path).split("\n")) {
                String line = raw.replaceAll("#.*", "").trim();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                if (section.equals("[versions]")) {
                    Matcher m = ver.matcher(line);
                    if (m.find()) {
                        t.versions.put(m.group(1), m.group(2));
                    }
                } else if (section.equals("[libraries]")) {
                    Matcher m = lib.matcher(line);
                    if (!m.find()) {
                        fail(path + ": cannot read library line: " + raw);
                    }
                    // No version: a platform (the Compose BOM) gives it.
                    String v = m.group(3) == null ? null : t.versions.get(m.group(3));
                    if (m.group(3) != null && v == null) {
                        fail(path + ": version.ref " + m.group(3) + " is not in [versions]");
                    }
                    t.libraries.put(m.group(1), new String[] {m.group(2), v});
                }
            }
            return t;
        }
    }

    // ---------------------------------------------------------------- manifest

    /**
     * What AGP's manifest merger does for the elements Lueur's libraries use: the app's
     * manifest wins; each library's permissions and components are added, matched by tag
     * and android:name (a component two libraries declare, like androidx.startup's
     * InitializationProvider, becomes one with all their meta-data); attributes a library
     * puts on <application> are added; ${applicationId} is replaced; `tools:node="remove"`
     * in the app drops a library's element; a conflicting attribute value is an error unless
     * the app names it in tools:replace. tools:* attributes are dropped from the output.
     */
    static final class Manifest {
        static final String ANDROID = "http://schemas.android.com/apk/res/android";
        static final String TOOLS = "http://schemas.android.com/tools";

        static void run(Map<String, List<String>> options, List<String> libraries) throws Exception {
            String packageName = one(options, "package");
            Document doc = parseXml(Path.of(one(options, "app")));
            Element root = doc.getDocumentElement();
            root.setAttribute("package", packageName);
            for (Element e : children(root, "uses-sdk")) {
                root.removeChild(e);
            }
            Element sdk = doc.createElement("uses-sdk");
            sdk.setAttributeNS(ANDROID, "android:minSdkVersion", one(options, "min-sdk"));
            sdk.setAttributeNS(ANDROID, "android:targetSdkVersion", one(options, "target-sdk"));
            root.insertBefore(sdk, root.getFirstChild());
            Element app = child(root, "application");
            if (app == null) {
                fail("the app's manifest has no <application>");
            }
            for (String libPath : libraries) {
                Element lib = parseXml(Path.of(libPath)).getDocumentElement();
                String libPackage = lib.getAttribute("package");
                for (Element e : children(lib, null)) {
                    String tag = e.getLocalName();
                    if (tag.equals("uses-sdk")) {
                        int libMin = Integer.parseInt(attr(e, "minSdkVersion", "1"));
                        if (libMin > Integer.parseInt(one(options, "min-sdk"))) {
                            fail(libPath + " needs minSdk " + libMin);
                        }
                    } else if (tag.equals("application")) {
                        mergeAttributes(app, e, libPath);
                        for (Element component : children(e, null)) {
                            mergeInto(app, component, libPackage, libPath);
                        }
                    } else {
                        mergeInto(root, e, libPackage, libPath);
                    }
                }
            }
            finish(root, packageName);
            TransformerFactory tf = TransformerFactory.newInstance();
            var t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
            stripWhitespace(root);
            Path out = Path.of(one(options, "out"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            t.transform(new DOMSource(doc), new StreamResult(out.toFile()));
        }

        static String attr(Element e, String name, String fallback) {
            String v = e.getAttributeNS(ANDROID, name);
            return v == null || v.isEmpty() ? fallback : v;
        }

        /** Tag plus the fully qualified android:name: the identity the merger matches on. */
        static String key(Element e, String pkg) {
            String name = e.getAttributeNS(ANDROID, "name");
            if (name.startsWith(".") && pkg != null) {
                name = pkg + name;
            }
            return e.getLocalName() + " " + name;
        }

        static void mergeInto(Element parent, Element incoming, String libPackage, String libPath) {
            String name = incoming.getAttributeNS(ANDROID, "name");
            Element existing = null;
            if (!name.isEmpty()) {
                String k = key(incoming, libPackage);
                String appPackage = parent.getOwnerDocument().getDocumentElement().getAttribute("package");
                for (Element c : children(parent, incoming.getLocalName())) {
                    if (key(c, appPackage).equals(k)) {
                        existing = c;
                    }
                }
            } else {
                // Unnamed children (intent-filter, action lists): the same one only once.
                for (Element c : children(parent, incoming.getLocalName())) {
                    if (c.isEqualNode(incoming)) {
                        return;
                    }
                }
            }
            if (existing == null) {
                Node copy = parent.getOwnerDocument().importNode(incoming, true);
                if (name.startsWith(".")) {
                    ((Element) copy).setAttributeNS(ANDROID, "android:name", libPackage + name);
                }
                parent.appendChild(copy);
                return;
            }
            String node = existing.getAttributeNS(TOOLS, "node");
            if (node.equals("remove") || node.equals("replace")) {
                return; // the app decided
            }
            mergeAttributes(existing, incoming, libPath);
            for (Element c : children(incoming, null)) {
                mergeInto(existing, c, libPackage, libPath);
            }
        }

        static void mergeAttributes(Element into, Element from, String libPath) {
            Set<String> replace = new HashSet<>();
            for (String a : into.getAttributeNS(TOOLS, "replace").split(",")) {
                replace.add(a.trim());
            }
            NamedNodeMap attrs = from.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (TOOLS.equals(a.getNamespaceURI()) || "http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                    continue;
                }
                if (a.getNamespaceURI() == null && a.getName().equals("package")) {
                    continue;
                }
                String have = a.getNamespaceURI() == null ? into.getAttribute(a.getName())
                    : into.getAttributeNS(a.getNamespaceURI(), a.getLocalName());
                if (have.isEmpty()) {
                    into.setAttributeNS(a.getNamespaceURI(), a.getName(), a.getValue());
                } else if (!have.equals(a.getValue()) && !replace.contains(a.getName())) {
                    fail("manifest conflict: <" + into.getLocalName() + "> " + a.getName() + " is \"" + have
                        + "\" in the app but \"" + a.getValue() + "\" in " + libPath
                        + " (set tools:replace=\"" + a.getName() + "\" in the app to keep the app's)");
                }
            }
        }

        /** Drops what the app removed, every tools:* attribute, and fills in placeholders. */
        static void finish(Element e, String packageName) {
            for (Element c : children(e, null)) {
                if (c.getAttributeNS(TOOLS, "node").equals("remove")) {
                    e.removeChild(c);
                } else {
                    finish(c, packageName);
                }
            }
            NamedNodeMap attrs = e.getAttributes();
            for (int i = attrs.getLength() - 1; i >= 0; i--) {
                Attr a = (Attr) attrs.item(i);
                if (TOOLS.equals(a.getNamespaceURI())
                        || (a.getName().equals("xmlns:tools"))) {
                    e.removeAttributeNode(a);
                    continue;
                }
                String v = a.getValue().replace("${applicationId}", packageName);
                if (v.contains("${")) {
                    fail("manifest placeholder without a value: " + a.getName() + "=\"" + a.getValue() + "\"");
                }
                a.setValue(v);
            }
        }

        static void stripWhitespace(Node n) {
            for (Node c = n.getFirstChild(); c != null; ) {
                Node next = c.getNextSibling();
                if (c.getNodeType() == Node.TEXT_NODE && c.getTextContent().isBlank()) {
                    n.removeChild(c);
                } else {
                    stripWhitespace(c);
                }
                c = next;
            }
        }
    }

    // ---------------------------------------------------------------- R classes

    /**
     * aapt writes one R.txt with the ids of everything it linked. Each library's code
     * reads its own `<package>.R` class, so every library package gets one with the
     * symbols its own R.txt lists, at the app's ids. Fields are not final (as AGP does for
     * libraries), so no id is copied into compiled code: the test run links its resources
     * separately and gets its own R classes.
     */
    static final class RClass {
        static void run(Map<String, List<String>> options, List<String> libraries) {
            Path symbols = Path.of(one(options, "symbols"));
            if (!Files.isRegularFile(symbols)) {
                fail(symbols + " does not exist: aapt wrote no symbols");
            }
            Map<String, Map<String, String>> app = parse(symbols);
            Path out = Path.of(one(options, "out"));
            writeClass(out, one(options, "package"), app, null);
            int count = 1;
            for (String spec : libraries) {
                String[] parts = spec.split("=", 2);
                Map<String, Map<String, String>> lib = parse(Path.of(parts[1]));
                if (writeClass(out, parts[0], app, lib)) {
                    count++;
                }
            }
            System.out.println("R classes: " + count);
        }

        /** type -> name -> "int 0x..." or "int[] { ... }" */
        static Map<String, Map<String, String>> parse(Path file) {
            Map<String, Map<String, String>> out = new TreeMap<>();
            if (!Files.exists(file)) {
                return out;
            }
            for (String line : read(file).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] p = line.trim().split(" ", 4);
                if (p.length < 4) {
                    fail(file + ": cannot read line " + line);
                }
                out.computeIfAbsent(p[1], k -> new TreeMap<>()).put(p[2], p[0] + " " + p[3]);
            }
            return out;
        }

        static boolean writeClass(Path out, String pkg, Map<String, Map<String, String>> app,
                Map<String, Map<String, String>> only) {
            Map<String, Map<String, String>> symbols = only == null ? app : only;
            if (only != null && only.isEmpty()) {
                return false;
            }
            StringBuilder java = new StringBuilder();
            java.append("/* Written by android/linux/BuildSupport.java from aapt's R.txt. */\n");
            java.append("package ").append(pkg).append(";\n\npublic final class R {\n");
            for (Map.Entry<String, Map<String, String>> type : symbols.entrySet()) {
                java.append("    public static final class ").append(type.getKey()).append(" {\n");
                for (String name : type.getValue().keySet()) {
                    String value = app.getOrDefault(type.getKey(), Map.of()).get(name);
                    if (value == null) {
                        // Older AARs list their dependencies' symbols too, some of which newer
                        // versions dropped; AGP keeps only what the app's table has, so do we.
                        continue;
                    }
                    String[] kv = value.split(" ", 2);
                    String v = kv[1].trim();
                    if (kv[0].equals("int[]")) {
                        v = "new int[] " + v;
                    }
                    java.append("        public static ").append(kv[0]).append(' ').append(name)
                        .append(" = ").append(v).append(";\n");
                }
                java.append("    }\n");
            }
            java.append("}\n");
            write(out.resolve(pkg.replace('.', '/')).resolve("R.java"), java.toString());
            return true;
        }
    }
}
