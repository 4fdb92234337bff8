package org.netdeck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.serve.ProblemView.ExcerptLine;

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
        assertEquals(
                List.of(
                        new ExcerptLine(1, "one", false),
                        new ExcerptLine(2, "two", false),
                        new ExcerptLine(3, "<three & 'four'>", true),
                        new ExcerptLine(4, "four", false),
                        new ExcerptLine(5, "five", false)),
                v.excerpt());
        assertEquals(3, v.line());
        assertEquals(2, v.column());
        assertEquals("bad", v.message());
        assertEquals(f.toString().replace('\\', '/') + ":3:2: error: bad", v.text());
    }

    @Test
    void stopsAtTheEdgesOfTheFile() throws IOException {
        Path f = file();
        assertEquals(
                List.of(1, 2, 3),
                ProblemView.of(new Problem(new SourcePosition(f, 1, 1), "x")).excerpt().stream()
                        .map(ExcerptLine::number)
                        .toList());
        assertEquals(
                List.of(4, 5, 6),
                ProblemView.of(new Problem(new SourcePosition(f, 6, 0), "x")).excerpt().stream()
                        .map(ExcerptLine::number)
                        .toList());
    }

    @Test
    void aWholeFileOrAMissingFileHasNoExcerpt() throws IOException {
        assertEquals(
                List.of(),
                ProblemView.of(new Problem(SourcePosition.of(file()), "x")).excerpt());
        assertEquals(
                List.of(),
                ProblemView.of(new Problem(new SourcePosition(tmp.resolve("gone.md"), 3, 1), "x"))
                        .excerpt());
        assertEquals(0, ProblemView.of(new Problem(SourcePosition.of(tmp), "x")).line());
    }

    @Test
    void manyProblemsInOneFileAreCappedAndEachGetsItsOwnLines() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 5000; n++) {
            text.append("line ").append(n).append(n % 3 == 0 ? "\r\n" : n % 3 == 1 ? "\n" : "\r");
        }
        Path f = Files.writeString(tmp.resolve("big.md"), text);
        List<Problem> problems = java.util.stream.IntStream.rangeClosed(1, 5000)
                .mapToObj(n -> new Problem(new SourcePosition(f, n, 1), "bad " + n))
                .toList();
        List<ProblemView> views = ProblemView.of(problems, 40);
        assertEquals(40, views.size());
        assertEquals(
                List.of(
                        new ExcerptLine(38, "line 38", false),
                        new ExcerptLine(39, "line 39", false),
                        new ExcerptLine(40, "line 40", true),
                        new ExcerptLine(41, "line 41", false),
                        new ExcerptLine(42, "line 42", false)),
                views.get(39).excerpt());
        // the same lines as the file read on its own, whatever ends its lines
        for (int n : new int[] {1, 2, 3, 4, 40}) {
            assertEquals(
                    ProblemView.of(problems.get(n - 1)).excerpt(),
                    views.get(n - 1).excerpt());
        }
        assertEquals(
                text.toString().lines().toList().subList(2, 7),
                ProblemView.of(List.of(problems.get(4)), 1).get(0).excerpt().stream()
                        .map(ExcerptLine::text)
                        .toList());
    }
}
