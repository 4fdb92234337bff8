package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Goal;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.content.Deck;
import org.netdeck.content.DeckFile;
import org.netdeck.content.FrontMatter;
import org.netdeck.content.FrontMatterParser;
import org.netdeck.content.SlideParser;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;

/** References to compare runs ({@code runs.lr_1.trained.loss}) and to {@code steps_to}, against the engine. */
class RunReferencesTest {

    private static final Path FILE = Path.of("content/runs/deck.md");

    private static final String FRONT = """
            ---
            title: Runs
            compare: {learning_rate: [0.5, 2]}
            network:
              layers:
                - {name: input, neurons: [x1, x2]}
                - {name: hidden, neurons: [h1, h2], activation: tanh}
                - {name: output, neurons: [yhat]}
              weights:
                w1: {from: x1, to: h1, value: 0.4}
                w2: {from: x2, to: h2, value: -0.3}
                w3: {from: h1, to: yhat, value: 0.2}
                w4: {from: h2, to: yhat, value: 0.6}
              loss: squared_error
              learning_rate: 0.1
              inputs: {x1: 1, x2: 0.5}
              targets: {yhat: 0.9}
              iterations: 50
            ---
            """;

    private static Deck deck(String slides) {
        String text = FRONT + slides;
        DeckFile file = DeckFile.split(FILE, text);
        FrontMatter front = FrontMatterParser.parse(FILE, file);
        return new Deck("runs", FILE, front, new SlideParser().parse(FILE, file.body(), file.bodyLine()));
    }

    private static Trace trace(Deck deck) {
        return Backprop.compute(deck.front().network(), deck.front().compare(), SlideText.goals(deck));
    }

    @Test
    void runReferencesAreTheRunsNumbers() {
        Deck d = deck("## S\n{{ runs.lr_2.trained.loss | full }}\n");
        Trace t = trace(d);
        Namespace ns = new Namespace(t);
        NetworkSpec fast = d.front().compare().get(1).network();
        Trace separate = Backprop.compute(fast);
        assertEquals(
                separate.training().forward().loss(),
                ns.lookup("runs.lr_2.trained.loss").orElseThrow());
        assertEquals(
                separate.training().params().get("w3"),
                ns.lookup("runs.lr_2.trained.w3").orElseThrow());
        assertEquals(
                separate.training().forward().a().get("yhat"),
                ns.lookup("runs.lr_2.trained.yhat").orElseThrow());
        assertEquals(
                (t.loss() - separate.training().forward().loss()) / t.loss(),
                ns.lookup("runs.lr_2.trained.improvement").orElseThrow(),
                1e-15);
        assertEquals(2.0, ns.lookup("runs.lr_2.learning_rate").orElseThrow());
        assertEquals(50, ns.lookup("runs.lr_0_5.iterations").orElseThrow());
        assertTrue(ns.isInteger("runs.lr_0_5.iterations"));
        assertEquals(ns.precision("trained.loss"), ns.precision("runs.lr_2.trained.loss"));
        String html = new SlideText().render(d, t).get(0).html();
        assertTrue(
                html.contains("<data value=\"" + separate.training().forward().loss()
                        + "\" data-ref=\"runs.lr_2.trained.loss\""),
                html);
    }

    @Test
    void stepsToIsTheEnginesCountForTheDeckAndEachRun() {
        Deck d = deck("## S\nIt takes {{ steps_to.yhat(0.85) }} steps, {{ runs.lr_2.steps_to.yhat(0.850) }} at α = 2,"
                + " and `{{ steps_to.loss(0.001) }}` is code.\n");
        List<Goal> goals = SlideText.goals(d);
        assertEquals(
                List.of(new Goal("", "yhat", 0.85), new Goal("lr_2", "yhat", 0.85), new Goal("", "loss", 0.001)),
                goals);
        Trace t = trace(d);
        Namespace ns = new Namespace(t);
        int own = Backprop.stepsTo(d.front().network(), goals.get(0)).orElseThrow();
        int fast = Backprop.stepsTo(d.front().compare().get(1).network(), goals.get(1))
                .orElseThrow();
        assertTrue(own > 50, "beyond the deck's iterations: " + own);
        assertEquals(own, ns.lookup("steps_to.yhat(0.85)").orElseThrow());
        assertEquals(fast, ns.lookup("runs.lr_2.steps_to.yhat(0.85)").orElseThrow());
        assertTrue(ns.isInteger("steps_to.yhat(0.85)"));
        String html = new SlideText().render(d, t).get(0).html();
        // past the deck's 50 iterations, so past its plotted steps: the text says so (issue 30); 19 is within them
        assertTrue(
                html.contains("<data value=\"" + own + "\" data-ref=\"steps_to.yhat(0.85)\" data-formula=\"" + own
                        + "\">" + own + " (past the 50 plotted steps)</data>"),
                html);
        assertTrue(html.contains("data-formula=\"" + fast + "\">" + fast + "</data>"), html);
        assertTrue(html.contains("<code>{{ steps_to.loss(0.001) }}</code>"), html);
    }

    @Test
    void aCountPastThePlottedStepsSaysSoInMathAsInProse() {
        Deck d = deck(
                "## S\nIt takes $n = {{ steps_to.yhat(0.85) }}$ steps, at α = 2 $n = {{ runs.lr_2.steps_to.yhat(0.85) }}$.\n");
        Trace t = trace(d);
        Namespace ns = new Namespace(t);
        int own = (int) Math.round(ns.lookup("steps_to.yhat(0.85)").orElseThrow());
        int fast = (int) Math.round(ns.lookup("runs.lr_2.steps_to.yhat(0.85)").orElseThrow());
        assertTrue(own > 50 && fast <= 50, own + ", " + fast);
        String html = new SlideText().render(d, t).get(0).html();
        // the note follows the number as text, after a word space; the number keeps its explanation
        assertTrue(
                html.contains(">" + own + "</mn><mspace width=\"0.2778em\"></mspace><mtext>(past the 50 plotted"
                        + " steps)</mtext>"),
                html);
        assertTrue(html.contains("data-ref=\"steps_to.yhat(0.85)\""), html);
        // a count within the plotted steps is the number alone
        assertTrue(html.contains(">" + fast + "</mn></math>"), html);
        assertEquals(1, html.split("plotted steps", -1).length - 1, html);
    }

    @Test
    void badStepsToReferencesAreErrorsAtTheReference() {
        Deck d = deck(
                "## S\nA {{ steps_to.yhat(1.5) }}\nB {{ steps_to.x1(0.5) }}\nC {{ runs.lr_9.steps_to.yhat(0.8) }}\n"
                        + "D {{ steps_to.yhat(abc) }}\n");
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SlideText().render(d, trace(d)));
        List<Problem> p = f.problems();
        assertEquals(4, p.size(), p::toString);
        assertEquals(21, p.get(0).where().line());
        assertEquals(3, p.get(0).where().column());
        assertTrue(p.get(0).message().contains("yhat never reaches 1.5 within 100000 steps"), p.get(0)::toString);
        assertTrue(p.get(1).message().contains("'x1' is neither"), p.get(1)::toString);
        assertTrue(p.get(2).message().contains("unknown name 'runs.lr_9.steps_to.yhat(0.8)'"), p.get(2)::toString);
        assertTrue(p.get(3).message().contains("unknown name"), p.get(3)::toString);
    }
}
