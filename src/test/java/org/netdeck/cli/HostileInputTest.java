package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.Cli;
import org.netdeck.testing.Cli.Run;
import org.netdeck.testing.OneDeck;

/**
 * Issue 36's hostile decks (F1 quadratic Markdown, F8 internal errors, F10 control characters), built as the
 * command line builds them: each is refused with exit 1 and one error at its place, never a stack trace. Timings
 * are in {@code bench/pathological.sh}; these tests assert only on the answers.
 */
class HostileInputTest {

    /** The line {@link #slide} text starts on: {@link OneDeck#TEXT} has 18 lines, then a blank one. */
    private static final int LINE = 20;

    @TempDir
    Path tmp;

    /** {@code netdeck build} of the one-slide deck with {@code text} appended to its slide. */
    private Run slide(String text) {
        return build(OneDeck.TEXT + "\n" + text + "\n");
    }

    private Run build(String deck) {
        Path content = OneDeck.write(tmp.resolve("content"), deck);
        return Cli.build(content, tmp.resolve("site"));
    }

    private static void refused(Run r, String where, String phrase) {
        assertEquals(1, r.status(), r.out() + r.err());
        String first = r.err().lines().findFirst().orElseThrow();
        assertTrue(first.matches(".*one/deck\\.md:" + where + ": error: .*"), r.err());
        assertTrue(first.contains(phrase), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
    }

    @Test
    void sixteenThousandBracketsInAParagraphAreTooDense() {
        refused(slide("[a]".repeat(16_667)), LINE + ":1", "too dense to read in time: this paragraph has 33334 marks");
    }

    @Test
    void twoHundredKilobytesOfBacktickRunsAreTooDense() {
        StringBuilder ticks = new StringBuilder();
        for (int n = 1; ticks.length() < 200_000; n++) {
            ticks.append("`".repeat(n)).append('a');
        }
        refused(slide(ticks.toString()), LINE + ":1", "more than the limit of 200000000");
    }

    @Test
    void tenThousandReferenceDefinitionsInOneParagraphAreTooDense() {
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            defs.append("[r").append(i).append("]: /u").append(i).append('\n');
        }
        refused(slide(defs.toString()), LINE + ":1", "this paragraph has 20000 marks");
    }

    @Test
    void tenThousandImagesInOneParagraphAreTooDenseWhetherOrNotTheyExist() throws IOException {
        refused(slide("![a](missing.png) ".repeat(10_000)), LINE + ":1", "this paragraph has 20000 marks");
        Files.write(tmp.resolve("content/one/p.png"), new byte[] {1});
        refused(slide("![a](p.png) ".repeat(10_000)), LINE + ":1", "this paragraph has 20000 marks");
    }

    @Test
    void tenThousandOpenCommentsAreTooDense() {
        refused(slide("<!-- ".repeat(10_000)), LINE + ":1", "this paragraph has 10000 marks");
    }

    @Test
    void twoHundredKilobytesOfEmphasisMarksAreTooDenseNestedOrNot() {
        // invented (session 17): 200 KB of emphasis in one paragraph took 5-7 s of CPU and up to 330 MB
        refused(slide("*a _".repeat(50_000)), LINE + ":1", "this paragraph has 100000 marks");
        refused(
                slide("*_".repeat(50_000) + "a" + "_*".repeat(50_000)),
                LINE + ":1",
                "'*' and '_' runs, '<', '&', '$') in 200002 characters");
    }

    @Test
    void aMillionQuoteMarksAreNestedTooDeep() {
        refused(slide(">".repeat(1_000_000)), LINE + ":17", "nested more than 16 block quotes ('>') and list items");
        refused(slide("- ".repeat(150_000)), LINE + ":33", "nested more than 16");
    }

    @Test
    void listsNestedByIndentationAreIndentedTooFar() {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            lists.append("  ".repeat(i)).append("- a\n");
        }
        refused(slide(lists.toString()), (LINE + 60) + ":121", "indented more than 120 columns");
    }

    @Test
    void aDenseButReasonableSlideStillBuilds() {
        // 40 paragraphs of 2,000 characters with 50 links, 20 code spans and 10 formulas each, a table, 15-deep lists
        String paragraph =
                ("see [the net](https://example.com) and `code` or $x$ ".repeat(10) + "words ".repeat(240)).repeat(1);
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            deep.append("  ".repeat(i)).append("- item\n");
        }
        String table = "| a | b |\n|---|---|\n" + "| [x](https://x.org) | `y` |\n".repeat(200);
        Run r = slide((paragraph + "\n\n").repeat(40) + deep + "\n" + table);
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void controlCharactersInTextTitlesAndNotesAreRefusedAtTheirPlace() {
        record Case(String text, String where, String phrase) {}
        List<Case> cases = List.of(
                new Case("a\u0001b", LINE + ":2", "the control character U+0001"),
                new Case("esc \u001b[31m", LINE + ":5", "the control character U+001B"),
                new Case("del\u007f", LINE + ":4", "the control character U+007F"),
                new Case("x\ufffe", LINE + ":2", "the noncharacter U+FFFE"),
                new Case(":::notes\nsay \u0002\n:::", (LINE + 1) + ":5", "the control character U+0002"),
                new Case("## Ti\u0007tle", LINE + ":6", "the control character U+0007"));
        for (Case c : cases) {
            refused(slide(c.text()), c.where(), c.phrase());
        }
    }

    @Test
    void aNulInAnImagePathIsAnErrorNotACrash() {
        refused(
                slide("![a](a%00b.png)"),
                LINE + ":6",
                "holds the control character U+0000, which no file name can hold");
    }

    @Test
    void aRangeNarrowerThanADoubleCanDrawIsAnError() {
        String deck = OneDeck.TEXT
                .replace(
                        "    w: {from: x, to: y, value: 0.5}\n",
                        "    w: {from: x, to: y, value: 0.5}\n  biases:\n    b: {neuron: y, value: 0.1}\n")
                .replace(
                        "iterations: 10\n",
                        "iterations: 10\nlandscape: {x: w, y: b, range: [0, 5e-324], grid: 5, steps: 2}\n")
                .replace("The output", "<!-- diagram: landscape -->\n\nThe output");
        Run r = build(deck);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("landscape.range goes from 0 to 5e-324, narrower than 0.000001"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        Run far = build(deck.replace("[0, 5e-324]", "[-1e308, 1e308]"));
        assertTrue(far.err().contains("landscape.range reaches -1e308, beyond ±1000000 (the limit)"), far.err());
    }

    /** A deck naming {@code ñ.png}, built by a JVM started with no locale: Java then names files in ASCII. */
    @Test
    void aNonAsciiFileNameWithoutALocaleIsAnErrorSayingWhy() throws Exception {
        Path content = OneDeck.write(tmp.resolve("content"), OneDeck.TEXT + "\n![c](ñ.png)\n");
        Files.write(content.resolve("one/ñ.png"), new byte[] {1});
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "build",
                "--content",
                content.toString(),
                "--out",
                tmp.resolve("site").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        if (out.lines().anyMatch(l -> l.startsWith("Built"))) {
            return; // this JVM names files in UTF-8 without a locale (macOS, or a JDK that defaults to it)
        }
        assertEquals(1, status, out);
        assertTrue(
                out.lines()
                        .collect(Collectors.joining("\n"))
                        .contains("cannot be named on this system: Java names files in"),
                out);
        assertTrue(out.contains("LANG=C.UTF-8"), out);
        assertFalse(out.contains("internal error"), out);
    }

    @Test
    void everyAttributeOfEveryTagThatNamesAFileIsPublished() throws IOException {
        List<String> tags = List.of(
                "<video src=\"v.mp4\" poster=\"p.png\" controls></video>",
                "<video poster='p2.png' src=v2.mp4></video>",
                "<audio src=\"a.mp3\"></audio>",
                "<video><source src=\"s.webm\" type=\"video/webm\"><track src=\"t.vtt\"></video>",
                "<img alt=\"a > b\" src=\"i.png\" srcset=\"i1.png 1x, i2.png 2x,i3.png 3x\">",
                "<picture><source srcset=\"w1.webp 480w, w2.webp 800w\"><img src=\"i4.png\"></picture>",
                "<embed src=\"e.svg\">",
                "<iframe src=\"f.html\"></iframe>",
                "<object data=\"o.svg\"></object>",
                "<link rel=\"stylesheet\" href=\"l.css\">",
                "<a href=\"h.pdf\">notes</a>");
        List<String> files = List.of(
                "v.mp4", "p.png", "p2.png", "v2.mp4", "a.mp3", "s.webm", "t.vtt", "i.png", "i1.png", "i2.png", "i3.png",
                "w1.webp", "w2.webp", "i4.png", "e.svg", "f.html", "o.svg", "l.css", "h.pdf");
        Path content = OneDeck.write(tmp.resolve("content"), OneDeck.TEXT + "\n" + String.join("\n\n", tags) + "\n");
        for (String f : files) {
            Files.writeString(content.resolve("one").resolve(f), f);
        }
        Run r = Cli.build(content, tmp.resolve("site"));
        assertEquals(0, r.status(), r.err());
        for (String f : files) {
            assertEquals(f, Files.readString(tmp.resolve("site/one").resolve(f)), f);
        }
        // and a missing one is reported at its attribute
        Files.delete(content.resolve("one/p2.png"));
        Run missing = Cli.build(content, tmp.resolve("site"));
        assertEquals(1, missing.status(), missing.err());
        assertTrue(
                missing.err().contains("one/deck.md:" + (LINE + 2) + ":16: error: the linked file 'p2.png' is not in"),
                missing.err());
    }

    @Test
    void threeHundredUnreachableStepsToReferencesShareOneSearchAndAreEachReported() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("Never: {{ steps_to.loss(-0.").append(i + 1).append(") }}.\n\n");
        }
        Run r = slide(text.toString());
        assertEquals(1, r.status(), r.err());
        List<String> errors =
                r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertTrue(errors.get(0).matches(".*one/deck\\.md:" + LINE + ":8: error: .*-0\\.1.*"), r.err());
        assertTrue(r.err().contains("and 250 more references like those above"), r.err());
    }
}
