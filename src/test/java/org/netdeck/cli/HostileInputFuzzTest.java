package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.Cli;
import org.netdeck.testing.Cli.Run;
import org.netdeck.testing.Fuzz;
import org.netdeck.testing.OneDeck;
import org.netdeck.testing.Slow;

/**
 * Issue 36, F8: random file names (bytes that are not UTF-8, any code point, lone surrogates, NUL, %-escapes,
 * {@code ..}, absolute paths, very long names) in image paths and HTML file attributes, and random landscape ranges
 * (extremes, subnormals, NaN-like strings, reversed), built as the command line builds them, the file often really
 * there. Every build exits 0, or 1 with {@code path:line:col: error:} first, never an internal error or a stack
 * trace; a refused build leaves the site built before it byte for byte. {@link Fuzz#runs()} decks, fixed seed; one
 * more built by a JVM started without a locale.
 */
@Slow
class HostileInputFuzzTest {

    @TempDir
    Path tmp;

    /** {@link OneDeck#TEXT} with a bias {@code b} to draw a landscape over {@code w} and {@code b}. */
    private static final String BASE = OneDeck.TEXT.replace(
            "    w: {from: x, to: y, value: 0.5}\n",
            "    w: {from: x, to: y, value: 0.5}\n  biases:\n    b: {neuron: y, value: 0.1}\n");

    @Test
    void theBaseDeckHasTheBiasTheLandscapesDraw() {
        // the replacement above must find its line, or every fuzzed range ends at "unknown parameter 'b'"
        assertTrue(BASE.contains("  biases:\n    b: {neuron: y"), BASE);
    }

    private static final List<String> NUMBERS = List.of(
            "0",
            "-0",
            "1",
            "-4",
            "4",
            "5e-324",
            "4.9E-324",
            "2.2250738585072014E-308",
            "1e-6",
            "0.000001",
            "1.0000001e-6",
            "1e6",
            "-1e6",
            "1000000.0000001",
            "1e308",
            "-1e308",
            "1.7976931348623157e308",
            "1e309",
            "NaN",
            ".nan",
            ".NaN",
            ".inf",
            "-.inf",
            "Infinity",
            "-Infinity",
            "0x10",
            "0o7",
            "1_000",
            "'1'",
            "\"2\"",
            "null",
            "~",
            "true",
            "[]",
            "{}",
            "1e",
            "--1",
            "+3",
            "١",
            "1e-400");

    private static final List<String> PIECES = List.of(
            "..",
            ".",
            "/",
            "//",
            "\\",
            "%00",
            "%",
            "%zz",
            "%2e%2e",
            "%2F",
            "%C3%B1",
            "%ff",
            "%ED%A0%80",
            "\u0000",
            "\u0001",
            "\u007f",
            "\ufffe",
            "\ud800",
            "\udc00",
            "😀",
            "ñ",
            "n\u0303",
            "a b",
            "#",
            "?",
            ":",
            "'",
            "\"",
            "<",
            ">",
            "(",
            ")",
            "[",
            "]",
            "&amp;",
            "&#0;",
            "&#xD800;",
            "file:",
            "/etc/passwd",
            "/proc/self/environ",
            "C:\\x",
            "~",
            "a.png",
            "deck.md",
            "\u202e",
            "\u00a0",
            "\t",
            "\r");

    @Test
    void randomFileNamesAndRangesAreBuiltOrRefusedAtTheirPlaceNeverCrash() throws IOException {
        Random random = new Random(36);
        Path content = OneDeck.write(tmp.resolve("content"), BASE);
        Path site = tmp.resolve("site");
        Run first = Cli.build(content, site);
        assertEquals(0, first.status(), first.err());
        Map<String, String> built = snapshot(site);
        for (int i = 0; i < Fuzz.runs(); i++) {
            clear(content.resolve(OneDeck.SLUG));
            byte[] deck;
            String what;
            if (random.nextBoolean()) {
                String name = name(random);
                what = "file name " + HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8));
                deck = imageDeck(random, name);
                create(content.resolve(OneDeck.SLUG), name);
            } else {
                String range = range(random);
                what = "range " + range;
                deck = landscapeDeck(range);
            }
            if (random.nextInt(8) == 0) { // bytes that are not UTF-8 somewhere in the text
                deck = withBadBytes(random, deck);
                what += " with bytes that are not UTF-8";
            }
            Files.write(content.resolve(OneDeck.SLUG).resolve("deck.md"), deck);
            Run r = Cli.build(content, site);
            String seen = what + "\n" + r.out() + r.err();
            assertTrue(r.status() == 0 || r.status() == 1, seen);
            assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), seen);
            if (r.status() == 1) {
                String firstLine = r.err().lines().findFirst().orElse("");
                assertTrue(firstLine.matches(".*one/deck\\.md:\\d+:\\d+: error: .+"), seen);
                assertEquals(built, snapshot(site), "a refused build changed the site: " + seen);
            } else {
                built = snapshot(site);
            }
        }
    }

    /** A deck naming {@code ñ…} files, built by a JVM with no {@code LANG} or {@code LC_*}: built, or refused saying why. */
    @Test
    void aRandomNonAsciiNameWithoutALocaleIsBuiltOrRefusedNeverCrash() throws Exception {
        Random random = new Random(3636);
        StringBuilder name = new StringBuilder("ñ");
        for (int k = 0; k < 6; k++) {
            name.appendCodePoint(0xa0 + random.nextInt(0x2000));
        }
        name.append(".png");
        Path content = OneDeck.write(tmp.resolve("content"), BASE + "\n![c](" + name + ")\n");
        Files.write(content.resolve(OneDeck.SLUG).resolve(name.toString()), new byte[] {1});
        Path site = tmp.resolve("site");
        assertEquals(
                0, Cli.build(OneDeck.write(tmp.resolve("good"), BASE), site).status());
        Map<String, String> built = snapshot(site);
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "build",
                        "--content",
                        content.toString(),
                        "--out",
                        site.toString())
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        assertTrue(status == 0 || status == 1, out);
        assertFalse(out.contains("internal error") || out.contains("\tat "), out);
        if (status == 1) {
            assertTrue(out.lines().findFirst().orElse("").matches(".*one/deck\\.md:\\d+:\\d+: error: .+"), out);
            assertEquals(built, snapshot(site), out);
        }
    }

    /** A file name of one to four random pieces: hostile fragments, random code points, or a very long run. */
    private static String name(Random random) {
        StringBuilder s = new StringBuilder();
        int pieces = 1 + random.nextInt(4);
        for (int k = 0; k < pieces; k++) {
            switch (random.nextInt(4)) {
                case 0, 1 -> s.append(PIECES.get(random.nextInt(PIECES.size())));
                case 2 -> {
                    for (int c = 1 + random.nextInt(6); c > 0; c--) {
                        int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x110000);
                        s.appendCodePoint(cp);
                    }
                }
                default ->
                    s.append(String.valueOf((char) ('a' + random.nextInt(26))).repeat(random.nextInt(2, 600)));
            }
        }
        return s.append(random.nextBoolean() ? ".png" : "").toString();
    }

    /** The deck with {@code name} as an image's path, a video's poster or an HTML image's srcset. */
    private static byte[] imageDeck(Random random, String name) {
        String use = switch (random.nextInt(4)) {
            case 0 -> "![a](" + name + ")";
            case 1 -> "![a](<" + name + ">)";
            case 2 -> "<video src=\"v.mp4\" poster=\"" + name + "\"></video>";
            default -> "<img srcset=\"" + name + " 2x\" src='" + name + "'>";
        };
        // a lone surrogate cannot be written as UTF-8: getBytes writes '?' for it, as an editor might
        return (BASE + "\n" + use + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String range(Random random) {
        String a = number(random);
        String b = number(random);
        return switch (random.nextInt(3)) {
            case 0 -> "[" + a + ", " + b + "]";
            case 1 -> "{x: [" + a + ", " + b + "], y: [" + b + ", " + a + "]}";
            default -> random.nextBoolean() ? a : "[" + a + "]";
        };
    }

    private static String number(Random random) {
        return switch (random.nextInt(3)) {
            case 0 ->
                Double.toString(
                        Double.longBitsToDouble(random.nextLong())); // any double: subnormal, huge, NaN, infinite
            case 1 -> Double.toString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 9)));
            default -> NUMBERS.get(random.nextInt(NUMBERS.size()));
        };
    }

    private static byte[] landscapeDeck(String range) {
        return BASE.replace(
                        "iterations: 10\n",
                        "iterations: 10\nlandscape: {x: w, y: b, range: " + range + ", grid: 5, steps: 2}\n")
                .replace("The output", "<!-- diagram: landscape -->\n\nThe output")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBadBytes(Random random, byte[] deck) {
        int at = deck.length - 1 - random.nextInt(Math.min(deck.length - 1, 40));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(deck, 0, at);
        byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0x80, 0x41}};
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(deck, at, deck.length - at);
        return out.toByteArray();
    }

    /** Creates the file {@code name} names in {@code folder}, when this system can name it at all. */
    private static void create(Path folder, String name) {
        try {
            Path file = folder.resolve(name).normalize();
            if (file.startsWith(folder) && !file.equals(folder) && !name.contains("/")) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        } catch (InvalidPathException | IOException e) {
            // not a name this system can hold: the build must then say the file is missing
        }
    }

    /** Removes every file of the deck folder but the deck itself (it is rewritten). */
    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    /** Every file under {@code site} with the SHA-256 of its bytes. */
    private static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
