package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.site.ProblemView.ExcerptLine;

class ProblemViewTest {

    @TempDir
    Path tmp;

    private Path file() throws IOException {
        return Files.writeString(tmp.resolve("deck.md"), "one\ntwo\n<three & 'four'>\nfour\nfive\nsix\n");
    }

    @Test
    void showsTheLineAndTwoNeighboursOnEachSideAsTheyAre() throws IOException {
        Path f = file();
        ProblemView v = ProblemView.of(new Problem(new SourcePosition(f, 3, 2), "bad"));
        assertEquals(List.of(new ExcerptLine(1, "one", false), new ExcerptLine(2, "two", false),
                new ExcerptLine(3, "<three & 'four'>", true), new ExcerptLine(4, "four", false),
                new ExcerptLine(5, "five", false)), v.excerpt());
        assertEquals(3, v.line());
        assertEquals(2, v.column());
        assertEquals("bad", v.message());
        assertEquals(f.toString().replace('\\', '/') + ":3:2: error: bad", v.text());
    }

    @Test
    void stopsAtTheEdgesOfTheFile() throws IOException {
        Path f = file();
        assertEquals(List.of(1, 2, 3), ProblemView.of(new Problem(new SourcePosition(f, 1, 1), "x")).excerpt().stream()
                .map(ExcerptLine::number).toList());
        assertEquals(List.of(4, 5, 6), ProblemView.of(new Problem(new SourcePosition(f, 6, 0), "x")).excerpt().stream()
                .map(ExcerptLine::number).toList());
    }

    @Test
    void aWholeFileOrAMissingFileHasNoExcerpt() throws IOException {
        assertEquals(List.of(), ProblemView.of(new Problem(SourcePosition.of(file()), "x")).excerpt());
        assertEquals(List.of(), ProblemView.of(new Problem(new SourcePosition(tmp.resolve("gone.md"), 3, 1), "x")).excerpt());
        assertEquals(0, ProblemView.of(new Problem(SourcePosition.of(tmp), "x")).line());
    }
}
