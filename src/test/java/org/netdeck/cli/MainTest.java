package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path deck(String text) throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("one"));
        Files.writeString(content.resolve("one/deck.md"), text);
        return content;
    }

    private static final String DECK = """
            ---
            title: One
            network:
              layers:
                - {name: input, neurons: [x]}
                - {name: output, neurons: [y], activation: sigmoid}
              weights:
                w: {from: x, to: y, value: 0.5}
              loss: squared_error
              learning_rate: 0.1
              inputs: {x: 1.0}
              targets: {y: 1.0}
              iterations: 10
            ---

            ## Hello

            The output is {{ y }}.
            """;

    @Test
    void buildPrintsAOneLineSummaryAndExitsZero() throws IOException {
        Path content = deck(DECK);
        Run r = run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, r.status(), r.err());
        // a progress line per deck, then the summary
        assertTrue(r.out().matches("\\[1/1\\] one: 1 slide \\(\\d+ ms\\)\\RBuilt 1 deck \\(one\\) into .*site in \\d+\\.\\d\\d s\\R"), r.out());
        assertTrue(Files.isRegularFile(tmp.resolve("site/one/trace.json")));
    }

    @Test
    void aContentErrorPrintsPathLineColumnAndExitsOneWithoutAStackTrace() throws IOException {
        Path content = deck(DECK.replace("learning_rate: 0.1", "learning_rate: fast"));
        Run r = run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(1, r.status());
        String first = r.err().lines().findFirst().orElseThrow();
        assertTrue(first.matches(".*one/deck\\.md:10:18: error: .*"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").status());
        assertEquals(2, run("frobnicate").status());
        assertEquals(2, run().status());
        Run missing = run("build", "--content", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void quietPrintsNothingVerboseSaysMoreAndBothAreAUsageError() throws IOException {
        Path content = deck(DECK);
        Run quiet = run("build", "--content", content.toString(), "--out", tmp.resolve("q").toString(), "-q");
        assertEquals(0, quiet.status(), quiet.err());
        assertEquals("", quiet.out());
        Run verbose = run("build", "--content", content.toString(), "--out", tmp.resolve("v").toString(), "--verbose");
        assertEquals(0, verbose.status(), verbose.err());
        assertTrue(verbose.out().startsWith("[1/1] one: 1 slide (") && verbose.out().contains("; parsed, computed, drawn, rendered)"),
                verbose.out());
        Run both = run("build", "--content", content.toString(), "--out", tmp.resolve("b").toString(), "-q", "-v");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        assertFalse(Files.exists(tmp.resolve("b")));
    }

    @Test
    void helpDescribesTheOptions() {
        Run r = run("build", "--help");
        assertEquals(0, r.status());
        for (String option : new String[] {"--content", "--templates", "--out", "--quiet"}) {
            assertTrue(r.out().contains(option), option);
        }
        assertEquals(0, run("--help").status());
    }
}
