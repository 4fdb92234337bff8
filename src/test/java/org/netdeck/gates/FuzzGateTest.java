package org.netdeck.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.site.SiteBuild;
import org.netdeck.testing.Cli;
import org.netdeck.testing.Fuzz;
import org.netdeck.testing.Gate;
import org.netdeck.testing.Trees;

/**
 * Gate 5: the default deck, mutated at random (seeded, so every failure can be replayed) {@link Fuzz#runs()} times (100 unless
 * {@code -Dnetdeck.fuzz.runs} says) and built
 * through the command line each time. Never an uncaught exception or internal error, never a stack trace,
 * never a hang, and never a partial site: the output is the previous build byte for byte, or a whole new one.
 */
@Gate
class FuzzGateTest {

    static final long SEED = 20260101L;
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final List<String> EXTREMES = List.of(
            "1e308",
            "-1e308",
            "1e309",
            "-0",
            "-0.0",
            "0",
            "1e-320",
            ".nan",
            "NaN",
            ".inf",
            "-.inf",
            "Infinity",
            "99999999999999999999999",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "0x1F",
            "1_000",
            "0.1.2",
            "\"0.5\"",
            "abc",
            "~",
            "null",
            "true",
            "[]",
            "{}",
            "''");
    private static final String SPECIALS = "{}[]:,#&*!|>'\"%@`-?\t \\$<>{{}}\n\u0000\u00e9\u200b\ufeff";

    @TempDir
    Path tmp;

    @Test
    void mutatedDecksNeverCrashHangOrLeaveAPartialSite() throws IOException {
        Path content = Sites.copy(Sites.CONTENT, tmp.resolve("content"));
        Path deckFile = onlyDeck(content);
        String original = Files.readString(deckFile);
        Path out = tmp.resolve("site");
        SiteBuild.build(content, Optional.of(Sites.TEMPLATES), out);
        Map<String, byte[]> previous = Trees.tree(out);
        Random random = new Random(SEED);
        long start = System.nanoTime();
        long buildNanos = 0;
        int built = 0;
        int failed = 0;
        int runs = Fuzz.runs();
        for (int run = 0; run < runs; run++) {
            String deck = original;
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                deck = mutate(deck, random);
            }
            Files.writeString(deckFile, deck);
            String replay = "run " + run + " (seed " + SEED + "); the deck was:\n" + deck;
            long t0 = System.nanoTime();
            Cli.Run r = assertTimeoutPreemptively(
                    LIMIT,
                    () -> Cli.run(
                            "build",
                            "--quiet",
                            "--content",
                            content.toString(),
                            "--templates",
                            Sites.TEMPLATES.toString(),
                            "--out",
                            out.toString()),
                    "took longer than " + LIMIT + ": " + replay);
            buildNanos += System.nanoTime() - t0;
            assertTrue(r.status() == 0 || r.status() == 1, "exit " + r.status() + "\n" + r.err() + replay);
            assertFalse(
                    r.err().contains("internal error")
                            || r.err().contains("Exception")
                            || r.err().contains("\tat "),
                    r.err() + replay);
            Map<String, byte[]> now = Trees.tree(out);
            if (r.status() == 0) {
                built++;
                assertTrue(
                        now.containsKey("index.html")
                                && now.containsKey("backprop/index.html")
                                && now.containsKey("backprop/trace.json"),
                        "a whole site: " + now.keySet() + "\n" + replay);
                assertEquals(previous.size(), now.size(), "the same files as any whole build\n" + replay);
                previous = now;
            } else {
                failed++;
                assertTrue(
                        r.err().lines().findFirst().orElse("").matches("\\S.*?(:\\d+){0,2}: error: \\S.*"),
                        r.err() + replay);
                assertEquals(Optional.empty(), Trees.difference(previous, now), "the previous site\n" + replay);
            }
            try (Stream<Path> beside = Files.list(tmp)) {
                // the publisher's lock file stays beside site/ by design; nothing else may
                assertEquals(
                        List.of(".site.lock", "content", "site"),
                        beside.map(p -> p.getFileName().toString()).sorted().toList(),
                        "nothing left beside site/\n" + replay);
            }
        }
        System.out.printf(
                "fuzz: %d built, %d failed, %.1f s in builds, %.1f s in all%n",
                built, failed, buildNanos / 1e9, (System.nanoTime() - start) / 1e9);
        // the mutations must exercise both outcomes, or the gate tests little
        assertTrue(built >= runs / 20 && failed >= runs / 5, "built " + built + ", failed " + failed);
    }

    /** The default deck, left alone in the copied content (other decks would only be rebuilt every run). */
    private static Path onlyDeck(Path content) throws IOException {
        try (Stream<Path> decks = Files.list(content)) {
            for (Path d : decks.filter(d -> !d.getFileName().toString().equals("backprop"))
                    .toList()) {
                try (Stream<Path> inside = Files.walk(d)) {
                    for (Path p : inside.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        Path deck = content.resolve("backprop").resolve("deck.md");
        assertTrue(Files.isRegularFile(deck), "the fuzz test mutates the default deck: " + deck);
        return deck;
    }

    /** One random edit: lines deleted, duplicated or swapped; characters likewise; a number made strange. */
    static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        return switch (random.nextInt(9)) {
            case 0 -> {
                lines.remove(i);
                yield String.join("\n", lines);
            }
            case 1 -> {
                lines.add(i, lines.get(i));
                yield String.join("\n", lines);
            }
            case 2 -> {
                Collections.swap(lines, i, j);
                yield String.join("\n", lines);
            }
            case 3 -> text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
            case 4 -> text.isEmpty() ? text : text.substring(0, at + 1) + text.substring(at);
            case 5 ->
                at + 1 >= text.length()
                        ? text
                        : text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
            case 6 -> text.substring(0, at) + SPECIALS.charAt(random.nextInt(SPECIALS.length())) + text.substring(at);
            default -> strangeNumber(text, random);
        };
    }

    /** One number of the deck (most are in the front matter) replaced by an extreme or a string. */
    private static String strangeNumber(String text, Random random) {
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] s = spans.get(random.nextInt(Math.min(spans.size(), 40))); // the first 40 are the front matter's
        return text.substring(0, s[0]) + EXTREMES.get(random.nextInt(EXTREMES.size())) + text.substring(s[1]);
    }
}
