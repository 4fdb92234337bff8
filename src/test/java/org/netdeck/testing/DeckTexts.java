package org.netdeck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.netdeck.content.DeckFile;
import org.netdeck.content.FrontMatter;
import org.netdeck.content.FrontMatterParser;
import org.netdeck.content.Slide;
import org.netdeck.content.SlideParser;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;

/** Deck fixtures and assertions shared by the content tests; line numbers below are file lines. */
public final class DeckTexts {

    public static final Path FILE = Path.of("content/backprop/deck.md");

    /** A valid deck using every front matter field. Line 1 is the opening '---'. */
    public static final String FULL = """
            ---
            title: Backpropagation
            summary: How neural networks learn by propagating errors backward through layers.
            series: Visual Explainer
            network:
              layers:
                - {name: input,  neurons: [x1, x2]}
                - {name: hidden, neurons: [h1, h2], activation: sigmoid}
                - {name: output, neurons: [yhat],   activation: sigmoid}
              weights:
                w1: {from: x1, to: h1, value: 0.8}
                w2: {from: x2, to: h2, value: -0.5}
                w3: {from: h1, to: yhat, value: 0.9}
                w4: {from: h2, to: yhat, value: 0.7}
              biases:
                b1: {neuron: h1, value: 0.0, trainable: true}
                b2: {neuron: h2, value: 0.1, trainable: false}
                b3: {neuron: yhat, value: -0.2}
              loss: squared_error
              learning_rate: 0.1
              inputs:  {x1: 0.5, x2: 0.8}
              targets: {yhat: 1.0}
              iterations: 500
            ---
            ## First slide
            """;

    private static final SlideParser PARSER = new SlideParser();

    private DeckTexts() {}

    /** {@link #FULL} with {@code from} replaced by {@code to}, which must occur exactly once. */
    public static String edit(String from, String to) {
        int at = FULL.indexOf(from);
        if (at < 0 || FULL.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the fixture: " + from);
        }
        return FULL.substring(0, at) + to + FULL.substring(at + from.length());
    }

    /** {@link #FULL} with a top-level front-matter line {@code key: value} after the series (on line 5). */
    public static String withTopLevel(String key, String value) {
        return edit("series: Visual Explainer\n", "series: Visual Explainer\n" + key + ": " + value + "\n");
    }

    /** {@link #FULL} with a line {@code key: value} in the network section after the learning rate (on line 21). */
    public static String withNetworkKey(String key, String value) {
        return edit("  learning_rate: 0.1\n", "  learning_rate: 0.1\n  " + key + ": " + value + "\n");
    }

    public static FrontMatter parse(String deck) {
        return FrontMatterParser.parse(FILE, DeckFile.split(FILE, deck));
    }

    /** The problems {@code deck} has; fails when it has none. */
    public static List<Problem> problems(String deck) {
        return assertThrows(BuildFailure.class, () -> parse(deck)).problems();
    }

    /** The one problem {@code deck} has. */
    public static Problem only(String deck) {
        List<Problem> problems = problems(deck);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    /** The slides of {@code body}, a deck's Markdown that starts on line 7 of {@link #FILE}. */
    public static List<Slide> slides(String body) {
        return PARSER.parse(FILE, body, 7);
    }

    /** The problems {@link #slides} finds in {@code body}; fails when it finds none. */
    public static List<Problem> slideProblems(String body) {
        return assertThrows(BuildFailure.class, () -> slides(body)).problems();
    }

    /** A position in {@link #FILE}. */
    public static SourcePosition at(int line, int column) {
        return new SourcePosition(FILE, line, column);
    }

    /** {@code p} is at {@code line:column} of the fixture file and its message contains every phrase. */
    public static void assertProblem(Problem p, int line, int column, String... phrases) {
        assertEquals(FILE, p.where().file(), p::toString);
        assertEquals(line, p.where().line(), () -> "line of " + p);
        assertEquals(column, p.where().column(), () -> "column of " + p);
        for (String phrase : phrases) {
            assertTrue(p.message().contains(phrase), () -> "'" + phrase + "' not in: " + p);
        }
    }
}
