package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.netdeck.testing.DeckTexts.FILE;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.parse;
import static org.netdeck.testing.DeckTexts.slides;
import static org.netdeck.testing.DeckTexts.withTopLevel;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckTexts;

/** A slide's choice of runs, resolved against the compare runs: canonical order, 'deck', the training step's own run. */
class DiagramChoiceTest {

    private static final String NAMED =
            "[{name: slow, learning_rate: 0.01}, {name: fast, learning_rate: 1}," + " {name: adam, optimizer: adam}]";

    private static DiagramChoice choice(String compare, String directive) {
        return DiagramChoice.of(slides("## One\n" + directive + "\n").get(0), parse(withTopLevel("compare", compare)))
                .orElseThrow();
    }

    @Test
    void runsAreDrawnInTheOrderOfEveryRunWhateverTheOrderWritten() {
        DiagramChoice c = choice(NAMED, "<!-- diagram: landscape runs: adam slow -->");
        assertEquals(new DiagramChoice(DiagramStep.LANDSCAPE, List.of("slow", "adam")), c);
        assertEquals("landscape-slow-adam", c.id());
        assertEquals(
                List.of("deck", "fast"),
                choice(NAMED, "<!-- diagram: landscape runs: fast deck -->").runs());
        assertEquals(true, c.draws("adam") && !c.draws("fast") && !c.draws(""));
    }

    @Test
    void everyRunIsTheStepsOwnDiagram() {
        DiagramChoice all = choice(NAMED, "<!-- diagram: landscape runs: adam deck fast slow -->");
        assertEquals(DiagramChoice.of(DiagramStep.LANDSCAPE), all);
        assertEquals("landscape", all.id());
        assertEquals("training", choice(NAMED, "<!-- diagram: training -->").id());
    }

    @Test
    void theTrainingStepAlwaysDrawsTheDecksOwnRun() {
        assertEquals(
                List.of("deck", "adam"),
                choice(NAMED, "<!-- diagram: training runs: adam -->").runs());
    }

    @Test
    void deckIsTheCompareRunThatTrainsTheDecksOwnNetwork() {
        String optimizers = "{optimizer: [sgd, momentum, adam]}"; // sgd is the deck's own optimiser
        assertEquals(
                List.of("sgd", "adam"),
                choice(optimizers, "<!-- diagram: landscape runs: adam deck -->")
                        .runs());
        assertEquals(
                List.of("sgd", "adam"),
                choice(optimizers, "<!-- diagram: landscape runs: sgd adam -->").runs());
    }

    @Test
    void anUnknownRunIsAnErrorAtItsName() {
        FrontMatter front = parse(withTopLevel("compare", NAMED));
        Deck deck = new Deck("d", FILE, front, slides("## One\n<!-- diagram: landscape runs: slow adma -->\n"));
        List<Problem> p = DiagramChoice.check(deck);
        assertEquals(1, p.size(), p::toString);
        assertProblem(
                p.get(0),
                8,
                36,
                "unknown run 'adma' in the diagram directive",
                "did you mean 'adam'?",
                "'deck', 'slow', 'fast', 'adam'");
        Deck alone =
                new Deck("d", FILE, parse(DeckTexts.FULL), slides("## One\n<!-- diagram: training runs: adam -->\n"));
        assertProblem(DiagramChoice.check(alone).get(0), 8, 30, "this deck has no compare runs");
    }
}
