package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.site.OutputFolder;
import org.netdeck.testing.Cli;
import org.netdeck.testing.Cli.Run;
import org.netdeck.testing.OneDeck;
import org.netdeck.testing.Slow;

/**
 * The output-folder rule as the user meets it: {@code netdeck build --out DIR} replaces only an empty folder or
 * a site netdeck made, refuses everything else with exit status 2 and deletes nothing. Cases that involve the
 * working directory run netdeck in a child process inside a throw-away project folder.
 */
class OutputFolderCliTest {

    @TempDir
    Path tmp;

    private Path project;
    private Path content;
    private Path templates;

    /** A project folder: content/one/deck.md, a templates/ folder with a file, notes.txt and a .git folder. */
    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(tmp.resolve("project"));
        content = Files.createDirectories(project.resolve("content/one"));
        Files.writeString(content.resolve("deck.md"), OneDeck.TEXT);
        content = content.getParent();
        templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("deck.ftlh"), "my theme");
        Files.writeString(project.resolve("notes.txt"), "my notes");
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main");
    }

    /** Every file under {@code dir} with its text. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private void assertRefused(Run r, String phrase) throws IOException {
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("netdeck: --out '"), r.err());
        assertTrue(r.err().contains(phrase), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals(OneDeck.TEXT, Files.readString(content.resolve("one/deck.md")), "the deck is still there");
        assertEquals("my theme", Files.readString(templates.resolve("deck.ftlh")));
        assertEquals("my notes", Files.readString(project.resolve("notes.txt")));
        assertTrue(Files.isRegularFile(project.resolve(".git/HEAD")));
    }

    private Run build(String out) {
        return Cli.run("build", "--content", content.toString(), "--templates", templates.toString(), "--out", out);
    }

    @Test
    void theContentOrTemplatesFolderOrAFolderHoldingThemIsRefused() throws IOException {
        assertRefused(build(content.toString()), "is the content folder '" + content + "'");
        assertRefused(build(templates.toString()), "is the templates folder '" + templates + "'");
        assertRefused(build(project.toString()), "holds the content folder");
        assertRefused(build(content.resolve("..").toString()), "holds the content folder");
        Path link = Files.createSymbolicLink(tmp.resolve("link-to-content"), content);
        assertRefused(build(link.toString()), "is the content folder");
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aFolderInsideTheContentOrTemplatesFolderIsRefused() throws IOException {
        assertRefused(build(content.resolve("one").toString()), "is inside the content folder");
        assertRefused(build(content.resolve("site").toString()), "is inside the content folder");
        assertRefused(build(templates.resolve("assets").toString()), "is inside the templates folder");
        assertFalse(Files.exists(content.resolve("site")));
    }

    @Test
    void theRootFolderIsAUsageErrorNotACrash() throws IOException {
        assertRefused(build("/"), "is the root folder");
    }

    @Test
    void aNonEmptyFolderNetdeckDidNotMakeIsRefusedAndKept() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "years of work");
        assertRefused(
                build(mine.toString()), "is not empty and was not made by netdeck (it has no .netdeck-site file)");
        assertEquals(Map.of("thesis.tex", "years of work"), tree(mine));
        // a clone of the gh-pages branch: only a .git folder
        Path pages = Files.createDirectories(tmp.resolve("pages/.git"));
        assertRefused(build(pages.getParent().toString()), "was not made by netdeck");
        assertTrue(Files.isDirectory(pages));
    }

    @Test
    void aFileIsRefused() throws IOException {
        assertRefused(build(project.resolve("notes.txt").toString()), "is a file, not a folder");
    }

    @Test
    void anEmptyFolderIsAcceptedAndASiteNetdeckMadeIsReplaced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Run first = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
        assertTrue(Files.isRegularFile(out.resolve("one/index.html")));
        Files.writeString(out.resolve("stale.html"), "from an earlier build");
        Run second = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertEquals(0, second.status(), second.err());
        assertFalse(Files.exists(out.resolve("stale.html")), "the whole folder was replaced");
        assertTrue(Files.isRegularFile(out.resolve("one/index.html")));
    }

    @Test
    void aLinkedOutIsPublishedIntoItsTargetAndTheLinkStays() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("www/public"));
        Path link = Files.createSymbolicLink(tmp.resolve("out"), real);
        for (int i = 0; i < 2; i++) {
            Run r = Cli.run("build", "--content", content.toString(), "--out", link.toString());
            assertEquals(0, r.status(), r.err());
        }
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isRegularFile(real.resolve("one/index.html")));
        assertTrue(Files.isRegularFile(real.resolve(OutputFolder.MARKER)));
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertEquals(
                    List.of(".public.lock", "public"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSymlinkedAssetIsABuildErrorAndNeverPublished() throws IOException {
        Path theme = Files.createDirectories(tmp.resolve("theme"));
        for (String name : List.of(
                "base.ftlh",
                "deck.ftlh",
                "index.ftlh",
                "partials/controls.ftlh",
                "assets/deck.css",
                "assets/deck.js",
                "assets/favicon.svg")) {
            Files.createDirectories(theme.resolve(name).getParent());
            Files.copy(Path.of("templates").resolve(name), theme.resolve(name));
        }
        Path secret = Files.writeString(tmp.resolve("hostname"), "SECRET-HOST");
        Files.createSymbolicLink(theme.resolve("assets/env.txt"), secret);
        Path out = tmp.resolve("site");
        Run r = Cli.run(
                "build", "--content", content.toString(), "--templates", theme.toString(), "--out", out.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(
                r.err()
                        .startsWith(theme.resolve("assets/env.txt") + ": error: this is a symbolic link (to " + secret
                                + ")"),
                r.err());
        assertFalse(Files.exists(out), "nothing published");
        Files.delete(theme.resolve("assets/env.txt"));
        Files.createSymbolicLink(theme.resolve("assets/etc"), Path.of("/etc/hostname"));
        Run etc = Cli.run(
                "build", "--content", content.toString(), "--templates", theme.toString(), "--out", out.toString());
        assertEquals(1, etc.status(), etc.err());
        assertTrue(etc.err().contains("assets/etc: error: this is a symbolic link (to /etc/hostname)"), etc.err());
        assertFalse(Files.exists(out), "nothing published");
    }

    // ---- the working directory: netdeck in a child process whose working directory is the project ----

    private Run process(Path dir, String... args) throws IOException, InterruptedException {
        return waitFor(start(dir, args));
    }

    private static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath(),
                "org.netdeck.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        return p;
    }

    private static Run waitFor(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "netdeck did not finish: " + out + err);
        return new Run(p.exitValue(), out, err);
    }

    /** target/classes and the runtime dependencies (written by Maven's generate-test-resources phase). */
    private static String classpath() throws IOException {
        Path deps = Path.of("target/runtime-classpath.txt");
        assertTrue(Files.isRegularFile(deps), deps + " is missing: run the tests through Maven");
        return Path.of("target/classes").toAbsolutePath()
                + File.pathSeparator
                + Files.readString(deps).strip();
    }

    @Test
    void outDotOrAnAncestorOfTheWorkingDirectoryIsRefusedAndNothingIsDeleted() throws Exception {
        Map<String, String> before = tree(project);
        Run dot = process(project, "build", "--out", ".");
        assertRefused(dot, "--out '.' is the working directory");
        Path sub = Files.createDirectories(project.resolve("docs"));
        Run up = process(sub, "build", "--content", "../content", "--templates", "../templates", "--out", "..");
        assertRefused(up, "--out '..' holds the working directory");
        assertEquals(before, tree(project), "every file is still there");
    }

    @Test
    @Slow
    void twoBuildsAtOnceIntoOneFolderLeaveOneSiteAndNoCopies() throws Exception {
        Files.delete(templates.resolve("deck.ftlh"));
        Files.delete(templates); // the bundled theme
        Process a = start(project, "build", "-q");
        Process b = start(project, "build", "-q");
        Run ra = waitFor(a);
        Run rb = waitFor(b);
        assertEquals(0, ra.status(), ra.err());
        assertEquals(0, rb.status(), rb.err());
        assertEquals("", ra.err() + rb.err(), "neither reported a problem");
        try (Stream<Path> s = Files.list(project)) {
            assertEquals(
                    List.of(".git", ".site.lock", "content", "notes.txt", "site"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no .site.tmp-* or .site.old-* copies");
        }
        assertTrue(Files.isRegularFile(project.resolve("site/one/index.html")));
        assertTrue(Files.isRegularFile(project.resolve("site/" + OutputFolder.MARKER)));
    }
}
