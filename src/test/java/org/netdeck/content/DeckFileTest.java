package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckTexts.FILE;

import org.junit.jupiter.api.Test;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;

class DeckFileTest {

    @Test
    void splitsFrontMatterFromBody() {
        DeckFile d = DeckFile.split(FILE, """
                ---
                title: T
                network: {}
                ---
                ## One
                text
                """);
        assertEquals("title: T\nnetwork: {}\n", d.yaml());
        assertEquals(2, d.yamlLine());
        assertEquals("## One\ntext\n", d.body());
        assertEquals(5, d.bodyLine());
    }

    @Test
    void threeDotsAlsoCloseTheFrontMatter() {
        DeckFile d = DeckFile.split(FILE, "---\na: 1\n...\nbody\n");
        assertEquals("a: 1\n", d.yaml());
        assertEquals("body\n", d.body());
        assertEquals(4, d.bodyLine());
    }

    @Test
    void onlyTheFirstClosingLineCounts() {
        DeckFile d = DeckFile.split(FILE, "---\na: 1\n---\n## S\n\n---\n\nmore\n");
        assertEquals("a: 1\n", d.yaml());
        assertEquals("## S\n\n---\n\nmore\n", d.body());
    }

    @Test
    void dropsAByteOrderMark() {
        DeckFile d = DeckFile.split(FILE, "\uFEFF---\na: 1\n---\nbody");
        assertEquals("a: 1\n", d.yaml());
        assertEquals("body", d.body());
        assertEquals(4, d.bodyLine());
    }

    @Test
    void readsWindowsLineEndings() {
        DeckFile d = DeckFile.split(FILE, "---\r\na: 1\r\nb: 2\r\n---\r\n## S\r\ntext\r\n");
        assertEquals("a: 1\nb: 2\n", d.yaml());
        assertEquals("## S\ntext\n", d.body());
        assertEquals(5, d.bodyLine());
    }

    @Test
    void acceptsTrailingSpacesOnMarkerLines() {
        DeckFile d = DeckFile.split(FILE, "---  \na: 1\n--- \nbody\n");
        assertEquals("a: 1\n", d.yaml());
    }

    @Test
    void bodyMayBeEmpty() {
        DeckFile d = DeckFile.split(FILE, "---\na: 1\n---");
        assertEquals("", d.body());
        assertEquals(4, d.bodyLine());
        assertEquals("a: 1\n", d.yaml());
    }

    @Test
    void emptyFrontMatterSplitsToEmptyYaml() {
        DeckFile d = DeckFile.split(FILE, "---\n---\nbody\n");
        assertEquals("", d.yaml());
        assertEquals(3, d.bodyLine());
    }

    @Test
    void emptyFileIsAnError() {
        Problem p = failure("");
        assertTrue(
                p.toString()
                        .startsWith("content/backprop/deck.md:1:1: error: the file is empty; a deck starts"
                                + " with YAML front matter between two '---' lines;"),
                p::toString);
        assertEquals(failure(" \n\n").message(), p.message());
        assertEquals(failure("\uFEFF").message(), p.message());
    }

    @Test
    void missingFrontMatterIsAnError() {
        Problem p = failure("# Backpropagation\n\n## Slide\n");
        assertTrue(
                p.toString()
                        .startsWith("content/backprop/deck.md:1:1: error: a deck starts with YAML front"
                                + " matter between two '---' lines; add a line '---' at the very top"),
                p::toString);
    }

    @Test
    void frontMatterMustStartOnTheFirstLine() {
        Problem p = failure("\n---\ntitle: T\n---\n");
        assertTrue(p.message().startsWith("a deck starts with YAML front matter"), p::toString);
        assertEquals(1, p.where().line());
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        Problem p = failure("---\ntitle: T\nnetwork: {}\n## Slide\n");
        assertEquals(
                "content/backprop/deck.md:1:1: error: the front matter that starts here is never closed;"
                        + " add a line '---' after its last line, before the first slide",
                p.toString());
    }

    private static Problem failure(String text) {
        BuildFailure f = assertThrows(BuildFailure.class, () -> DeckFile.split(FILE, text));
        assertEquals(1, f.problems().size());
        Problem p = f.problems().get(0);
        assertEquals(1, p.where().line());
        assertEquals(1, p.where().column());
        return p;
    }
}
