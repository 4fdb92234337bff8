package org.netdeck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netdeck.cli.Main;

/**
 * Every command the docs give can be run as written: {@code netdeck} command lines name real commands and options
 * (as netdeck's own help lists them), {@code mvn} lines real goals, test classes and properties, scripts exist; and
 * every path, script and class the docs name in backticks is there.
 */
class DocCommandsTest {

    /** Each command netdeck's help lists, with the options its own help lists; "" holds the top level's. */
    private static final Map<String, Set<String>> OPTIONS = new LinkedHashMap<>();

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[A-Za-z][\\w.-]*)");

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, status, String.join(" ", args));
        return out.toString();
    }

    private static Set<String> options(String help) {
        Set<String> options = new LinkedHashSet<>();
        for (String line : help.split("\n")) {
            if (line.matches("^\\s+-.*")) {
                Matcher m = OPTION.matcher(line.strip().split("\\s{2,}")[0]);
                while (m.find()) {
                    options.add(m.group(1));
                }
            }
        }
        return options;
    }

    @BeforeAll
    static void readTheHelp() {
        String top = help("--help");
        OPTIONS.put("", options(top));
        boolean commands = false;
        for (String line : top.split("\n")) {
            if (line.startsWith("Commands:")) {
                commands = true;
            } else if (commands && line.matches("^ {2}[a-z][\\w-]*(\\s.*)?$")) { // continuation lines indent more
                String name = line.strip().split("\\s+")[0];
                OPTIONS.put(name, options(help(name, "--help")));
            }
        }
        assertTrue(
                OPTIONS.keySet().containsAll(List.of("build", "serve", "new")),
                OPTIONS.keySet().toString());
    }

    /** A command as the docs write it: its words, and where. */
    private record Command(Docs.Line line, List<String> words) {}

    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Z_][A-Z0-9_]*=('[^']*'|\"[^\"]*\"|\\S*)\\s*");

    /** The commands of the docs' shell blocks and inline code: each line cut at {@code &&}, {@code ;}, pipes. */
    private static List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        for (Path doc : Docs.files()) {
            for (Docs.Code code : Docs.code(doc)) {
                if (code.fenced() && !code.language().matches("sh|bash|shell|")) {
                    continue;
                }
                String text = code.text().replaceAll("(^|\\s)#.*$", ""); // a shell comment
                for (String part : text.split("&&|\\|\\||;|\\s\\|\\s|\\bdo\\b|\\bdone\\b")) {
                    String command = part.strip();
                    if (!command.isEmpty()) {
                        commands.add(new Command(code.line(), words(command)));
                    }
                }
            }
        }
        return commands;
    }

    /** The words of a command as a shell splits them, quotes taken off; assignments before it kept as words. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** The netdeck arguments of a command, or null when it does not run netdeck. */
    private static List<String> netdeckArguments(List<String> words) {
        List<String> w =
                words.stream().dropWhile(s -> s.matches("[A-Z_][A-Z0-9_]*=.*")).toList();
        if (w.size() >= 3
                && w.get(0).equals("java")
                && w.get(1).equals("-jar")
                && w.get(2).endsWith("netdeck.jar")) {
            return w.subList(3, w.size());
        }
        if (!w.isEmpty() && (w.get(0).equals("./netdeck") || w.get(0).equals("netdeck"))) {
            return w.subList(1, w.size());
        }
        return null;
    }

    @Test
    void everyNetdeckCommandNamesARealCommandAndItsOptions() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Command c : commands()) {
            List<String> args = netdeckArguments(c.words());
            if (args == null) {
                continue;
            }
            checked++;
            List<String> plain = args.stream()
                    .map(a -> a.replaceAll("[\\[\\]]", ""))
                    .filter(a -> !a.isEmpty() && !a.equals("|"))
                    .toList();
            String command = plain.isEmpty() || plain.get(0).startsWith("-") ? "" : plain.get(0);
            if (command.matches("[A-Z]+")) {
                continue; // a placeholder: `./netdeck ARGS`
            }
            if (!OPTIONS.containsKey(command)) {
                wrong.add(c.line().where() + ": no command '" + command + "' in " + c.words());
                continue;
            }
            for (String arg : plain) {
                String name = arg.replaceAll("=.*", "");
                if (name.startsWith("-") && !OPTIONS.get(command).contains(name)) {
                    wrong.add(c.line().where() + ": '" + command + "' has no option " + name + " in " + c.words());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 5, "netdeck commands read: " + checked);
    }

    @Test
    void theReferenceListsEveryOptionOfEveryCommand() {
        String cli = Docs.section(Path.of("docs/reference.md"), "Command line");
        List<String> missing = new ArrayList<>();
        OPTIONS.forEach((command, options) -> {
            if (!command.isEmpty() && !cli.contains("`netdeck " + command) && !cli.contains("netdeck " + command)) {
                missing.add("command " + command);
            }
            options.stream()
                    .filter(o -> !Pattern.compile("`" + Pattern.quote(o) + "[`\\s/]")
                            .matcher(cli)
                            .find())
                    .forEach(o -> missing.add(command + " " + o));
        });
        assertEquals(List.of(), missing, "what docs/reference.md's Command line does not mention");
    }

    @Test
    void theReadmeGivesTheTwoCommandsAndCiRunsThem() {
        String readme = Docs.read(Path.of("README.md"));
        assertTrue(
                readme.contains("```sh\n# build the site from content/ into site/\n"
                        + "mvn -q -DskipTests package && ./netdeck build\n\n# run all the tests\nmvn verify\n```"),
                "the README's two commands");
        String ci = Docs.read(Path.of(".ci/run"));
        assertTrue(ci.contains("\nmvn -B -ntp verify\n"), "CI runs the README's test command");
        assertTrue(ci.contains("\n./netdeck build\n"), "CI runs the README's build command");
    }

    /** Every test class's simple name. */
    private static List<String> testClasses() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/test/java"))) {
            return walk.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .toList();
        }
    }

    /** Every Java source and the pom, as one text to look names up in. */
    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder(Docs.read(Path.of("pom.xml")));
        try (Stream<Path> walk = Files.walk(Path.of("src"))) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p));
            }
        }
        return all.toString();
    }

    private static final Set<String> PHASES =
            Set.of("clean", "compile", "test-compile", "test", "package", "verify", "install");
    private static final Set<String> FLAGS = Set.of("-q", "-o", "-B", "-ntp", "-e", "-X", "--offline", "--quiet");
    /** Maven's and its plugins' own properties (the rest must be read by netdeck's code or tests). */
    private static final Set<String> MAVEN_PROPERTIES =
            Set.of("skipTests", "test", "it.test", "surefire.failIfNoSpecifiedTests", "groups", "excludedGroups");

    @Test
    void everyMavenCommandRunsRealGoalsTestsAndProperties() throws IOException {
        List<String> tests = testClasses();
        String sources = sources();
        String pom = Docs.read(Path.of("pom.xml"));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Command c : commands()) {
            List<String> w = c.words();
            if (w.isEmpty() || !w.get(0).equals("mvn")) {
                continue;
            }
            checked++;
            for (String word : w.subList(1, w.size())) {
                String where = c.line().where() + ": " + word + ": ";
                if (word.startsWith("-D")) {
                    String name = word.substring(2).replaceAll("=.*", "");
                    if (name.equals("test") || name.equals("it.test")) {
                        for (String pattern : word.replaceAll("^[^=]*=", "").split(",")) {
                            String regex = pattern.replaceAll("#.*", "").replace("*", ".*");
                            if (tests.stream().noneMatch(t -> t.matches(regex))) {
                                wrong.add(where + "no test class matches " + pattern);
                            }
                        }
                    } else if (!MAVEN_PROPERTIES.contains(name) && !sources.contains("\"" + name + "\"")) {
                        wrong.add(where + "no code reads the property " + name);
                    }
                } else if (word.startsWith("-")) {
                    if (!FLAGS.contains(word)) {
                        wrong.add(where + "not a Maven flag the docs should need");
                    }
                } else if (word.contains(":")) {
                    String prefix = word.substring(0, word.indexOf(':'));
                    if (!pom.contains("maven-" + prefix + "-plugin") && !pom.contains(prefix + "-maven-plugin")) {
                        wrong.add(where + "no plugin '" + prefix + "' in pom.xml");
                    }
                } else if (!PHASES.contains(word)) {
                    wrong.add(where + "not a lifecycle phase");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 5, "mvn commands read: " + checked);
    }

    @Test
    void everyScriptRunsAndReadsTheSettingsGivenIt() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Command c : commands()) {
            List<String> w = c.words();
            int at = 0;
            while (at < w.size() && w.get(at).matches("[A-Z_][A-Z0-9_]*=.*")) {
                at++;
            }
            if (at == w.size() || !w.get(at).matches("bench/[\\w.-]+\\.sh|\\.ci/run")) {
                continue;
            }
            checked++;
            Path script = Path.of(w.get(at));
            if (!Files.isExecutable(script)) {
                wrong.add(c.line().where() + ": " + script + " is not an executable file");
                continue;
            }
            String text = Docs.read(script);
            for (String assignment : w.subList(0, at)) {
                String name = assignment.substring(0, assignment.indexOf('='));
                if (!text.contains(name)) {
                    wrong.add(c.line().where() + ": " + script + " does not read " + name);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 3, "scripts read: " + checked);
    }

    /** A path in the repository as the docs write it: {@code src/…}, {@code bench/…}, {@code templates/…}. */
    private static final Pattern REPO_PATH = Pattern.compile("(src|bench|templates|docs|\\.ci|\\.github)/[\\w./-]*");
    /** {@code site.DeckPipeline}, {@code compute.Backprop.Surface}, {@code cli.BuildLine}. */
    private static final Pattern QUALIFIED = Pattern.compile("([a-z]+)\\.([A-Z]\\w*)((?:\\.\\w+)*)(?:\\(\\))?");
    /** {@code BuildLineTest}, {@code PrintTest.aWideLineOfCodePrintsWhole}. */
    private static final Pattern TEST = Pattern.compile("([A-Z]\\w*(?:Test|Benchmark))((?:\\.\\w+)*)");

    @Test
    void everyPathAndClassTheDocsNameIsThere() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path doc : Docs.files()) {
            for (Docs.Code code : Docs.code(doc)) {
                if (code.fenced()) {
                    continue;
                }
                String span = code.text().replaceAll(":\\d+(:\\d+)?$", "");
                String where = code.line().where() + ": `" + code.text() + "`: ";
                Matcher m;
                if (REPO_PATH.matcher(span).matches()) {
                    checked++;
                    if (!Files.exists(Path.of(span))) {
                        wrong.add(where + "no such file or folder");
                    }
                } else if ((m = QUALIFIED.matcher(span)).matches()
                        && Files.isDirectory(Path.of("src/main/java/org/netdeck", m.group(1)))) {
                    checked++;
                    check(m.group(1), m.group(2), m.group(3), where, wrong);
                } else if ((m = TEST.matcher(span)).matches()) {
                    checked++;
                    check(null, m.group(1), m.group(2), where, wrong);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 50, "paths and classes read: " + checked);
    }

    /** A class of package {@code pkg} (any, if null) named {@code name}, with each of {@code members} in it. */
    private static void check(String pkg, String name, String members, String where, List<String> wrong)
            throws IOException {
        List<Path> found;
        try (Stream<Path> walk =
                Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            found = walk.filter(p -> p.getFileName().toString().equals(name + ".java"))
                    .filter(p -> pkg == null
                            || p.getParent().getFileName().toString().equals(pkg))
                    .toList();
        }
        if (found.isEmpty()) {
            wrong.add(where + "no class " + (pkg == null ? "" : pkg + ".") + name);
            return;
        }
        String text = Files.readString(found.get(0));
        for (String member : members.split("\\.")) {
            if (!member.isEmpty()
                    && !Pattern.compile("\\b" + member + "\\b").matcher(text).find()) {
                wrong.add(where + name + " has no " + member);
            }
        }
    }
}
