package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.Cli;
import org.netdeck.testing.Cli.Run;
import org.netdeck.testing.OneDeck;
import picocli.CommandLine;

class MainTest {

    @TempDir
    Path tmp;

    @Test
    void buildPrintsAOneLineSummaryAndExitsZero() {
        Path content = OneDeck.write(tmp.resolve("content"));
        Run r = Cli.build(content, tmp.resolve("site"));
        assertEquals(0, r.status(), r.err());
        // a progress line per deck, then the summary
        assertTrue(
                r.out()
                        .matches(
                                "\\[1/1\\] one: 1 slide \\(\\d+ ms\\)\\RBuilt 1 deck \\(one\\) into .*site in \\d+\\.\\d\\d s\\R"),
                r.out());
        assertTrue(Files.isRegularFile(tmp.resolve("site/one/trace.json")));
    }

    @Test
    void aContentErrorPrintsPathLineColumnAndExitsOneWithoutAStackTrace() {
        Path content = OneDeck.write(
                tmp.resolve("content"), OneDeck.TEXT.replace("learning_rate: 0.1", "learning_rate: fast"));
        Run r = Cli.build(content, tmp.resolve("site"));
        assertEquals(1, r.status());
        String first = r.err().lines().findFirst().orElseThrow();
        assertTrue(first.matches(".*one/deck\\.md:10:18: error: .*"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void aDeckFolderNamedLikeAFolderTheBuildWritesIsRefusedByName() throws Exception {
        Path content = OneDeck.write(tmp.resolve("content"));
        Files.createDirectories(content.resolve("assets"));
        Files.writeString(content.resolve("assets/deck.md"), OneDeck.TEXT);
        Run r = Cli.build(content, tmp.resolve("site"));
        assertEquals(1, r.status(), r.out());
        assertTrue(
                r.err()
                        .startsWith(
                                content.resolve("assets") + ": error: 'assets' cannot be a deck's name: the site keeps"
                                        + " the theme's files in its assets/ folder"),
                r.err());
        assertTrue(r.err().contains("pick another name, such as 'assets-deck'; rename the folder"), r.err());
        assertFalse(Files.exists(tmp.resolve("site")), "nothing published");
    }

    @Test
    void anOutOfMemoryErrorInBuildIsOneLineAndExitOne() {
        Path content = OneDeck.write(tmp.resolve("content"));
        Path out = tmp.resolve("site");
        CommandLine.IFactory starved = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == BuildCommand.class) {
                    throw new OutOfMemoryError("Java heap space"); // what a deck too large for the heap ends in
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        StringWriter err = new StringWriter();
        int status = Main.run(
                new String[] {"build", "--content", content.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                starved);
        assertEquals(Main.CONTENT_ERROR, status);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("netdeck: error: ran out of memory (Java heap space)"), err.toString());
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void helpListsEveryCommandWhicheverWayItIsAskedFor() {
        // a command line naming a command gets only that command (see Main.COMMANDS); help must not notice
        for (Run help : List.of(Cli.run("--help"), Cli.run("help"), Cli.run())) {
            String text = help.out() + help.err();
            for (String command : List.of("build", "serve", "new", "help")) {
                assertTrue(text.contains("\n  " + command + "  "), command + " missing from:\n" + text);
            }
        }
        Run build = Cli.run("build", "--help");
        assertEquals(0, build.status(), build.err());
        assertTrue(build.out().startsWith("Usage: netdeck build "), build.out());
        assertEquals(build.out(), Cli.run("help", "build").out());
        Run typo = Cli.run("bild");
        assertEquals(2, typo.status());
        assertTrue(typo.err().contains("Did you mean: netdeck build?"), typo.err());
        Run serve = Cli.run("serve", "--help");
        assertTrue(serve.out().startsWith("Usage: netdeck serve "), serve.out());
        assertFalse(serve.out().contains("Create content/"), serve.out()); // build's and new's texts are not mixed in
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("build", "--no-such-option").status());
        assertEquals(2, Cli.run("frobnicate").status());
        assertEquals(2, Cli.run().status());
        Run missing = Cli.run("build", "--content", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void quietPrintsNothingVerboseSaysMoreAndBothAreAUsageError() {
        Path content = OneDeck.write(tmp.resolve("content"));
        Run quiet = Cli.build(content, tmp.resolve("q"), "-q");
        assertEquals(0, quiet.status(), quiet.err());
        assertEquals("", quiet.out());
        Run verbose = Cli.build(content, tmp.resolve("v"), "--verbose");
        assertEquals(0, verbose.status(), verbose.err());
        assertTrue(
                verbose.out().startsWith("[1/1] one: 1 slide (")
                        && verbose.out().contains("; parsed, computed, drawn, rendered)"),
                verbose.out());
        Run both = Cli.build(content, tmp.resolve("b"), "-q", "-v");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        assertFalse(Files.exists(tmp.resolve("b")));
    }

    @Test
    void helpDescribesTheOptions() {
        Run r = Cli.run("build", "--help");
        assertEquals(0, r.status());
        for (String option : new String[] {"--content", "--templates", "--out", "--quiet"}) {
            assertTrue(r.out().contains(option), option);
        }
        assertEquals(0, Cli.run("--help").status());
    }

    @Test
    void noOptionNeedsAConverterThatMainLeavesOut() {
        // main() tells picocli to register no converter for java.time and java.sql types (it would load them all)
        List<Class<?>> commands = List.of(Main.class, BuildCommand.class, ServeCommand.class, NewCommand.class);
        int options = 0;
        for (Class<?> command : commands) {
            CommandLine.Model.CommandSpec spec = new CommandLine(command).getCommandSpec();
            for (CommandLine.Model.ArgSpec arg : spec.args()) {
                options++;
                for (String excluded : Main.EXCLUDED_TYPES.split(",")) {
                    assertFalse(arg.type().getName().matches(excluded), arg + " of " + command.getSimpleName());
                }
            }
        }
        assertTrue(options > 10, "options seen: " + options);
    }
}
