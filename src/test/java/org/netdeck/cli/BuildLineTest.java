package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netdeck.testing.Fuzz;
import picocli.CommandLine;

class BuildLineTest {

    /** What picocli makes of {@code args} for {@code build}, as a BuildLine; empty when it reports a mistake. */
    private static Optional<BuildLine> picocli(String... args) {
        BuildCommand build = new BuildCommand();
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand("build", build);
        try {
            CommandLine.ParseResult result = cli.parseArgs(args);
            if (!result.hasSubcommand()
                    || result.subcommand().isUsageHelpRequested()
                    || result.subcommand().isVersionHelpRequested()) {
                return Optional.empty();
            }
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
        return Optional.of(new BuildLine(
                build.inputs.content, Optional.ofNullable(build.inputs.templates), build.out, build.output.level()));
    }

    @Test
    void readsTheCommonFormsAsPicocliDoes() {
        List<String[]> lines = List.of(
                new String[] {"build"},
                new String[] {"build", "-q"},
                new String[] {"build", "--verbose", "--out=public"},
                new String[] {"build", "--content", "docs/content", "--templates", "theme", "--out", "out dir"},
                new String[] {"build", "--out=a=b", "--quiet", "--content=c"},
                new String[] {"build", "--out", "build"});
        for (String[] args : lines) {
            Optional<BuildLine> read = BuildLine.read(args);
            assertTrue(read.isPresent(), String.join(" ", args));
            assertEquals(picocli(args), read, String.join(" ", args));
        }
        assertEquals(
                new BuildLine(Path.of("content"), Optional.empty(), Path.of("site"), Progress.Level.NORMAL),
                BuildLine.read(new String[] {"build"}).orElseThrow());
    }

    @Test
    void leavesEverythingElseToPicocli() {
        List<String[]> lines = List.of(
                new String[] {},
                new String[] {"serve"},
                new String[] {"help", "build"},
                new String[] {"build", "--help"},
                new String[] {"build", "-V"},
                new String[] {"build", "-q", "-v"},
                new String[] {"build", "-qv"},
                new String[] {"build", "--out"},
                new String[] {"build", "--out="},
                new String[] {"build", "--out", "-q"},
                new String[] {"build", "--out", "a", "--out", "b"},
                new String[] {"build", "@args.txt"},
                new String[] {"build", "--"},
                new String[] {"build", "extra"},
                new String[] {"build", "--quiet=true"},
                new String[] {"build", "--Out=x"},
                new String[] {"build", "--content=a\0b"});
        for (String[] args : lines) {
            assertFalse(BuildLine.read(args).isPresent(), String.join(" ", args));
        }
    }

    @Test
    void neverReadsALineOtherwiseThanPicocli() {
        // random lines from pieces of good and bad command lines: whatever BuildLine reads, picocli reads alike
        String[] pieces = {
            "--content",
            "--content=c",
            "--templates",
            "--templates=t",
            "--out",
            "--out=o",
            "-q",
            "-v",
            "--quiet",
            "--verbose",
            "-qv",
            "-vq",
            "x",
            "a b",
            "build",
            "serve",
            "-x",
            "--",
            "@f",
            "--out=",
            "=",
            "-",
            "--Out",
            "--help",
            "-h",
            "-V",
            "--content=",
            "c=d",
            "--out=-o",
            "--q",
            "--cont"
        };
        Random random = new Random(14);
        int lines = Fuzz.cases(500);
        int read = 0;
        for (int n = 0; n < lines; n++) {
            List<String> args = new ArrayList<>(List.of("build"));
            int length = random.nextInt(6);
            for (int k = 0; k < length; k++) {
                args.add(pieces[random.nextInt(pieces.length)]);
            }
            String[] line = args.toArray(String[]::new);
            Optional<BuildLine> fast = BuildLine.read(line);
            if (fast.isEmpty()) {
                continue;
            }
            read++;
            Optional<BuildLine> slow = picocli(line);
            if (!fast.equals(slow)) {
                fail(String.join(" ", line) + ": BuildLine " + fast + ", picocli " + slow);
            }
        }
        assertTrue(read > lines / 20, "lines BuildLine read: " + read + " of " + lines);
    }
}
