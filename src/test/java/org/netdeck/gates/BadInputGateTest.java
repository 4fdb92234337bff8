package org.netdeck.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.Cli;
import org.netdeck.testing.Gate;
import org.netdeck.testing.Trees;

/**
 * Gate 4: malformed input, run through the command line in-process. Every case must exit 1 with a first line
 * {@code path:line:col: error: ...} (or {@code path: error: ...} when there is no line) naming the right file
 * and place, print no stack trace, and leave the previous site byte for byte as it was.
 *
 * <p>Fixtures are folders under {@code src/test/resources/bad-input/<case>/}: {@code content/} (the content
 * folder), optionally {@code templates/} (files laid over a copy of the repository's templates/), and
 * {@code expected.txt}: the location relative to the case folder on line 1 (such as
 * {@code content/tiny/deck.md:12:5}), a phrase the message must contain on line 2 (may be empty).
 * A few cases that git cannot hold well (10 MB, binary, a folder or a broken link in place of a file, a
 * named pipe, very deep nesting) are made in code below.
 */
@Gate
class BadInputGateTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;

    private static Path previous;
    private static Map<String, byte[]> previousTree;

    @BeforeAll
    static void buildThePreviousSite() {
        previous = Sites.buildDefault(tmp.resolve("previous"));
        previousTree = Trees.tree(previous);
    }

    /** One bad build: the case folder, and where and what the first error must be. */
    record Case(String name, Path dir, String location, String phrase) {}

    @TestFactory
    Stream<DynamicTest> everyFixtureFailsCleanlyAtTheRightPlace() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> dirs = Files.list(fixtureRoot())) {
            fixtures = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(fixtures.size() >= 40, "at least 40 fixtures, found " + fixtures.size());
        return fixtures.stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    List<String> expected = Files.readAllLines(f.resolve("expected.txt"), StandardCharsets.UTF_8);
                    Path dir = Sites.copy(
                            f, tmp.resolve("fixtures").resolve(f.getFileName().toString()));
                    check(new Case(
                            f.getFileName().toString(),
                            dir,
                            expected.get(0).strip(),
                            expected.size() > 1 ? expected.get(1).strip() : ""));
                }));
    }

    @TestFactory
    Stream<DynamicTest> generatedCasesFailCleanly() {
        List<DynamicTest> tests = new ArrayList<>();
        generated(tests, "ten-megabyte-deck", "content/tiny/deck.md", "at most 1 MiB", content -> {
            byte[] line = "Filler text for a deck that is far too large.\n".getBytes(StandardCharsets.UTF_8);
            byte[] big = new byte[10 * 1024 * 1024];
            for (int i = 0; i < big.length; i++) {
                big[i] = line[i % line.length];
            }
            write(content.resolve("tiny/deck.md"), big);
        });
        generated(tests, "binary-deck", "content/tiny/deck.md", "binary file", content -> {
            byte[] bytes = new byte[4096];
            new Random(5).nextBytes(bytes);
            bytes[100] = 0;
            write(content.resolve("tiny/deck.md"), bytes);
        });
        // "Unreadable": the tests run as root in CI, where chmod 000 does not stop reading; a folder, a broken
        // symbolic link or a named pipe in place of the file cannot be read by anyone.
        for (String file : List.of("tiny/deck.md", "site.yml")) {
            String name = file.replaceAll(".*/", "").replace('.', '-');
            generated(
                    tests,
                    name + "-is-a-folder",
                    "content/" + file,
                    "not a regular file (it is a folder)",
                    content -> mkdirs(replaced(content.resolve(file))));
            generated(
                    tests,
                    name + "-is-a-broken-link",
                    "content/" + file,
                    "not a regular file (it is a broken link)",
                    content -> link(replaced(content.resolve(file)), content.resolve("gone")));
            generated(
                    tests,
                    name + "-is-a-named-pipe",
                    "content/" + file,
                    "not a regular file (it is a named pipe",
                    content -> fifo(replaced(content.resolve(file))));
        }
        // links are never followed, even to a readable file: they could publish anything on the machine
        generated(
                tests, "deck-md-is-a-link-to-a-file", "content/tiny/deck.md", "(it is a symbolic link to ", content -> {
                    write(
                            content.resolve("elsewhere.md"),
                            read(content.resolve("tiny/deck.md")).getBytes(StandardCharsets.UTF_8));
                    link(replaced(content.resolve("tiny/deck.md")), content.resolve("elsewhere.md"));
                });
        generated(tests, "deck-folder-is-a-link", "content/tiny", "this deck folder is a symbolic link", content -> {
            Path real = content.resolve(".elsewhere"); // hidden: not a deck folder itself
            mkdirs(real);
            write(real.resolve("deck.md"), read(content.resolve("tiny/deck.md")).getBytes(StandardCharsets.UTF_8));
            replaced(content.resolve("tiny/deck.md"));
            link(replaced(content.resolve("tiny")), real);
        });
        generated(
                tests,
                "yaml-nested-ten-thousand-deep",
                "content/tiny/deck.md:3:",
                "nests more than",
                content -> write(
                        content.resolve("tiny/deck.md"),
                        ("---\ntitle: Deep\nsummary: " + "[".repeat(10_000) + "\n---\n\n## S\n\nText.\n")
                                .getBytes(StandardCharsets.UTF_8)));
        generated(
                tests,
                "markdown-nested-ten-thousand-deep",
                "content/tiny/deck.md:" + (tinyLines() + 2) + ":33",
                "nested more than 16 block quotes ('>') and list items deep",
                content -> {
                    String deck = read(content.resolve("tiny/deck.md"));
                    write(
                            content.resolve("tiny/deck.md"),
                            (deck + "\n" + "> ".repeat(10_000) + "- ".repeat(10_000) + "x\n")
                                    .getBytes(StandardCharsets.UTF_8));
                });
        generated(tests, "a-line-of-ten-thousand-stars", "content/tiny/deck.md", "nested too deeply", content -> {
            String deck = read(content.resolve("tiny/deck.md"));
            write(
                    content.resolve("tiny/deck.md"),
                    (deck + "\n" + "*".repeat(10_000) + "x\n").getBytes(StandardCharsets.UTF_8));
        });
        // limits (docs/reference.md#limits): each refused with its number, at the place that goes over it
        generated(
                tests,
                "thirteen-layers",
                "content/tiny/deck.md:6:5",
                "more than the limit of 12 layers",
                content ->
                        write(content.resolve("tiny/deck.md"), network(13, 1, 1).getBytes(StandardCharsets.UTF_8)));
        generated(
                tests,
                "twenty-five-neurons-in-a-layer",
                "content/tiny/deck.md:6:27",
                "more than the limit of 24 neurons per layer",
                content ->
                        write(content.resolve("tiny/deck.md"), network(2, 25, 1).getBytes(StandardCharsets.UTF_8)));
        generated(
                tests,
                "eight-hundred-weights",
                "content/tiny/deck.md:10:5",
                "more than the limit of 256 weights",
                content ->
                        write(content.resolve("tiny/deck.md"), network(3, 20, 1).getBytes(StandardCharsets.UTF_8)));
        generated(
                tests,
                "three-hundred-and-one-slides",
                "content/tiny/deck.md:1216:1",
                "more than the limit of 300 slides",
                content -> write(
                        content.resolve("tiny/deck.md"), network(2, 1, 301).getBytes(StandardCharsets.UTF_8)));
        generated(
                tests,
                "fifty-one-diagram-slides",
                "content/tiny/deck.md:218:1",
                "more than the limit of 50 diagram slides",
                content -> write(
                        content.resolve("tiny/deck.md"),
                        network(2, 1, 51)
                                .replace("Text.", "<!-- diagram: forward -->")
                                .getBytes(StandardCharsets.UTF_8)));
        generated(
                tests,
                "a-number-of-900000-digits",
                "content/tiny/deck.md:10:37",
                "more than the limit of 100 characters",
                content -> {
                    String deck = read(content.resolve("tiny/deck.md"))
                            .replaceFirst("value: 0\\.8", "value: 0." + "7".repeat(900_000));
                    write(content.resolve("tiny/deck.md"), deck.getBytes(StandardCharsets.UTF_8));
                });
        generated(
                tests,
                "forty-thousand-unclosed-links",
                "content/tiny/deck.md:" + (tinyLines() + 2) + ":3",
                "too many unclosed links",
                appendToTiny("[a](".repeat(40_000)));
        generated(
                tests,
                "a-hundred-and-sixty-thousand-unknown-references",
                "content/tiny/deck.md:" + (tinyLines() + 2) + ":1",
                "unknown name 'x'",
                appendToTiny("{{x}}".repeat(160_000)));
        return tests.stream();
    }

    /**
     * A deck whose network has {@code layers} layers of {@code neurons} neurons, each layer fully connected to the
     * next, and {@code slides} slides; the layers list starts on line 6, the weights on line 6 + layers + 1.
     */
    static String network(int layers, int neurons, int slides) {
        StringBuilder d = new StringBuilder("---\ntitle: Big\nsummary: Generated.\nnetwork:\n  layers:\n");
        for (int l = 0; l < layers; l++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < neurons; i++) {
                names.add("n" + l + "_" + i);
            }
            d.append("    - {name: l")
                    .append(l)
                    .append(", neurons: [")
                    .append(String.join(", ", names))
                    .append("]}\n");
        }
        d.append("  weights:\n");
        int k = 0;
        for (int l = 0; l + 1 < layers; l++) {
            for (int i = 0; i < neurons; i++) {
                for (int j = 0; j < neurons; j++) {
                    d.append("    w")
                            .append(++k)
                            .append(": {from: n")
                            .append(l)
                            .append('_')
                            .append(i)
                            .append(", to: n")
                            .append(l + 1)
                            .append('_')
                            .append(j)
                            .append(", value: 0.1}\n");
                }
            }
        }
        d.append("  loss: squared_error\n  learning_rate: 0.1\n  inputs: {");
        for (int i = 0; i < neurons; i++) {
            d.append(i == 0 ? "" : ", ").append("n0_").append(i).append(": 0.5");
        }
        d.append("}\n  targets: {");
        for (int i = 0; i < neurons; i++) {
            d.append(i == 0 ? "" : ", ")
                    .append("n")
                    .append(layers - 1)
                    .append('_')
                    .append(i)
                    .append(": 1.0");
        }
        d.append("}\n---\n");
        for (int s = 1; s <= slides; s++) {
            d.append("\n## Slide ").append(s).append("\n\nText.\n");
        }
        return d.toString();
    }

    /** Spoils the valid fixture deck by adding {@code line} after a blank line at its end. */
    private static Consumer<Path> appendToTiny(String line) {
        return content -> {
            String deck = read(content.resolve("tiny/deck.md"));
            write(content.resolve("tiny/deck.md"), (deck + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
        };
    }

    /** How many lines the valid fixture deck has. */
    private static int tinyLines() {
        return (int) read(goodContent().resolve("tiny/deck.md")).lines().count();
    }

    /** A 900,000-digit number is refused without being echoed: the error stays a few lines long. */
    @Test
    void aHugeNumberIsNotEchoedInFull() throws IOException {
        Path dir = tmp.resolve("huge-number");
        Path content = Sites.copy(goodContent(), dir.resolve("content"));
        Files.writeString(
                content.resolve("tiny/deck.md"),
                read(content.resolve("tiny/deck.md")).replaceFirst("value: 0\\.8", "value: " + "9".repeat(900_000)));
        Cli.Run run = Cli.build(content, dir.resolve("site"), "--quiet");
        assertEquals(1, run.status(), run.err());
        assertTrue(
                run.err().length() < 1_000,
                "short error, not the number: " + run.err().length() + " characters");
        assertTrue(run.err().contains("a number with 900000 digits (999999999999999999999999…"), run.err());
    }

    /** Past the first problems, references are only counted, and the CLI prints at most its limit of lines. */
    @Test
    void manyProblemsArePrintedUpToTheLimitAndCounted() throws IOException {
        Path dir = tmp.resolve("many-problems");
        Path content = Sites.copy(goodContent(), dir.resolve("content"));
        Files.writeString(
                content.resolve("tiny/deck.md"),
                read(content.resolve("tiny/deck.md")) + "\n" + "{{x}} ".repeat(2_000) + "\n");
        Cli.Run run = Cli.build(content, dir.resolve("site"), "--quiet");
        assertEquals(1, run.status(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(
                50,
                lines.stream()
                        .filter(l -> l.contains("error: unknown name 'x'"))
                        .count(),
                run.err());
        assertTrue(
                lines.stream().anyMatch(l -> l.contains("error: and 1950 more references like those above")),
                run.err());
    }

    /** A case made in code: a copy of the valid fixture content (tiny/deck.md and site.yml), then {@code spoil}. */
    private void generated(List<DynamicTest> tests, String name, String location, String phrase, Consumer<Path> spoil) {
        tests.add(DynamicTest.dynamicTest(name, () -> {
            Path dir = tmp.resolve("generated").resolve(name);
            Path content = Sites.copy(goodContent(), dir.resolve("content"));
            spoil.accept(content);
            check(new Case(name, dir, location, phrase));
        }));
    }

    /** {@code file}, deleted so that something else can take its place. */
    private static Path replaced(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void check(Case c) {
        Path out = Sites.copy(previous, c.dir().resolve("site"));
        Path templates = Files.isDirectory(c.dir().resolve("templates")) ? overlayTemplates(c.dir()) : Sites.TEMPLATES;
        Cli.Run run = assertTimeoutPreemptively(
                LIMIT,
                () -> Cli.run(
                        "build",
                        "--quiet",
                        "--content",
                        c.dir().resolve("content").toString(),
                        "--templates",
                        templates.toString(),
                        "--out",
                        out.toString()),
                c.name() + " took longer than " + LIMIT);
        String err = run.err();
        assertEquals(1, run.status(), c.name() + ": exit status\n" + err);
        assertEquals("", run.out(), c.name() + ": nothing on stdout");
        assertFalse(
                err.contains("Exception") || err.contains("\tat ") || err.contains("internal error"),
                c.name() + ": no stack trace or internal error\n" + err);
        String file = c.dir()
                .resolve(c.location().replaceAll(":[\\d:]*$", ""))
                .toString()
                .replace('\\', '/');
        String where = file + c.location().replaceAll("^[^:]*", "");
        String prefix = where.endsWith(":") ? where : where + ": error: ";
        List<String> errors =
                err.lines().filter(l -> !l.startsWith("netdeck: ")).toList();
        // the first problem names the right file; one of them (usually the first) the right place and problem
        assertTrue(
                !errors.isEmpty() && errors.get(0).startsWith(file + ":"),
                c.name() + ": the first line should name " + file + "\n" + err);
        assertTrue(
                errors.stream()
                        .anyMatch(l -> l.startsWith(prefix)
                                && (!where.endsWith(":")
                                        || l.substring(prefix.length()).matches("\\d+: error: .*"))
                                && l.toLowerCase(Locale.ROOT)
                                        .contains(c.phrase().toLowerCase(Locale.ROOT))),
                c.name() + ": a line should start with\n  " + prefix + "\nand say '" + c.phrase()
                        + "', but the output was\n" + err);
        assertTrue(
                errors.stream().allMatch(l -> l.matches("\\S.*?(:\\d+){0,2}: error: \\S.*")),
                c.name() + ": one problem a line\n" + err);
        assertTrue(err.strip().endsWith("the previous output was left as it was"), c.name() + ": summary line\n" + err);
        assertEquals(
                Optional.empty(), Trees.difference(previousTree, Trees.tree(out)), c.name() + ": the previous site");
        assertEquals(
                List.of("content", "site"),
                listNames(out.getParent()).stream()
                        .filter(n -> !n.equals("templates") && !n.equals("expected.txt"))
                        .toList(),
                c.name() + ": nothing left beside site/");
    }

    /** A copy of the repository's templates/ with the case's own template files laid over it. */
    private static Path overlayTemplates(Path dir) {
        Path merged = dir.resolve("templates-merged");
        Sites.copy(Sites.TEMPLATES, merged);
        try (Stream<Path> files = Files.walk(dir.resolve("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(
                        f,
                        merged.resolve(dir.resolve("templates").relativize(f).toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // errors must name the case's templates/ folder, so the merged copy takes its place
        Path own = dir.resolve("templates");
        deleteTree(own);
        try {
            Files.move(merged, own);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return own;
    }

    @Test
    void theFixturesCoverEveryKindOfProblemTheBriefNames() throws IOException {
        List<String> names;
        try (Stream<Path> dirs = Files.list(fixtureRoot())) {
            names = dirs.map(p -> p.getFileName().toString()).toList();
        }
        for (String needed : List.of(
                "yaml-",
                "unknown-top-level-key",
                "missing-title",
                "unknown-activation",
                "unknown-loss",
                "unknown-neuron-in-weight",
                "backward-weight",
                "duplicate-name",
                "non-numeric-weight",
                "infinite-weight",
                "missing-input",
                "extra-input",
                "missing-target",
                "extra-target",
                "zero-learning-rate",
                "negative-iterations",
                "huge-iterations",
                "cross-entropy-target-above-one",
                "unknown-reference",
                "unknown-format",
                "unknown-diagram-step",
                "empty-file",
                "deck-without-slides",
                "deck-folder-without-deck-md",
                "template-syntax-error",
                "template-missing-value",
                "site-yml-")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(needed)), "a fixture for " + needed);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    static Path fixtureRoot() {
        return resource("/bad-input");
    }

    /** A small valid content folder, the one the fixtures spoil: src/test/resources/gates/tiny/content. */
    static Path goodContent() {
        return resource("/gates/tiny/content");
    }

    private static Path resource(String name) {
        try {
            return Path.of(BadInputGateTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listNames(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fifo(Path path) {
        try {
            Process p =
                    new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            assertEquals(0, p.waitFor(), "mkfifo " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
