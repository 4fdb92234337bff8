package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.content.Limits;
import org.netdeck.testing.Cli;
import org.netdeck.testing.OneDeck;

/** Each landscape of a different set of runs is a plane and a grid of its own: at most 8 sets a deck (issue 30). */
class LandscapePlanesLimitTest {

    @TempDir
    Path tmp;

    @Test
    void aNinthSetOfRunsIsAnErrorAtItsDirective() {
        StringBuilder text = new StringBuilder(OneDeck.TEXT
                .replace(
                        "    w: {from: x, to: y, value: 0.5}\n",
                        "    w: {from: x, to: y, value: 0.5}\n  biases:\n    b: {neuron: y, value: 0.1}\n")
                .replace(
                        "iterations: 10\n",
                        "iterations: 10\nlandscape: {grid: 5, steps: 3}\ncompare: {learning_rate: [0.2, 0.3, 0.4,"
                                + " 0.5]}\n"));
        // the nine smallest subsets of deck, lr_0_2 … lr_0_5, each on a slide of its own
        String[] sets = {
            "deck", "lr_0_2", "lr_0_3", "lr_0_4", "lr_0_5", "deck lr_0_2", "deck lr_0_3", "deck lr_0_4", "deck lr_0_5"
        };
        for (String set : sets) {
            text.append("\n## S\n\n<!-- diagram: landscape runs: ").append(set).append(" -->\n");
        }
        Path content = OneDeck.write(tmp.resolve("content"), text.toString());
        Cli.Run r = Cli.build(content, tmp.resolve("site"));
        assertEquals(1, r.status(), r.err());
        assertTrue(
                r.err()
                        .contains("this deck draws landscapes of 9 different sets of runs, more than the limit of "
                                + Limits.MAX_LANDSCAPE_PLANES),
                r.err());
        int line = (int) text.toString().lines().count(); // the last directive, the ninth set
        assertTrue(r.err().contains("one/deck.md:" + line + ":"), r.err());
    }
}
