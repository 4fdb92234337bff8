package org.netdeck.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.netdeck.id.Identified;

/**
 * The steps of the computation a slide's diagram can show, in teaching order. Each constant says what it draws, so
 * nothing else tests for particular steps: a new step is a constant here and its layout in {@code diagram} (whose
 * exhaustive switches point at where it goes).
 */
public enum DiagramStep implements Identified {
    ARCHITECTURE(Picture.NETWORK, Runs.NONE),
    FORWARD(Picture.NETWORK, Runs.NONE),
    LOSS(Picture.NETWORK, Runs.NONE),
    OUTPUT_GRADIENT(Picture.NETWORK, Runs.NONE),
    CHAIN_RULE(Picture.NETWORK, Runs.NONE),
    UPDATE(Picture.NETWORK, Runs.NONE),
    /** The network as its matrices: each layer a column vector, each weight matrix a grid of its values. */
    LAYERS(Picture.LAYERS, Runs.NONE),
    /** Two panels: the network after the deck's own run, beside the loss curves of the runs. */
    TRAINING(Picture.PLOT, Runs.CHOSEN_AND_OWN),
    /** The loss over two parameters with each run's path; drawn only for a deck with a {@code landscape:} section. */
    LANDSCAPE(Picture.PLOT, Runs.CHOSEN);

    /** What a step's diagram pictures. */
    public enum Picture {
        /** The network, in the geometry every network step shares (neurons keep their places from slide to slide). */
        NETWORK,
        /**
         * The network as matrices (a layer a column vector, a weight matrix a grid), in a geometry of its own; its
         * cells name the neurons, weights and biases they show, so highlights light them.
         */
        LAYERS,
        /** A plot of the training runs, with any panel beside it in a geometry of its own. */
        PLOT
    }

    /** Which of the deck's runs (its own and its compare runs) a step's diagram draws. */
    public enum Runs {
        /** None: it shows the deck's network once, so {@code runs:} has nothing to choose. */
        NONE,
        /** Those {@code runs:} names, every run by default. */
        CHOSEN,
        /** Those {@code runs:} names and always the deck's own run (a panel shows its network). */
        CHOSEN_AND_OWN
    }

    private final Picture picture;
    private final Runs runs;

    DiagramStep(Picture picture, Runs runs) {
        this.picture = picture;
        this.runs = runs;
    }

    /** Which runs the diagram draws. */
    public Runs runs() {
        return runs;
    }

    /** Whether this step draws the network (the others are plots: the training curve, the landscape). */
    public boolean drawsNetwork() {
        return picture == Picture.NETWORK;
    }

    /** Whether this step's diagram marks the neurons, weights and biases by name, so a fragment may highlight them. */
    public boolean lightsParts() {
        return picture != Picture.PLOT;
    }

    /** Whether a slide may choose the runs this step draws ({@code <!-- diagram: STEP runs: NAME ... -->}). */
    public boolean drawsRuns() {
        return runs != Runs.NONE;
    }

    /** The ids of the steps that {@link #drawsRuns draw runs}, in order. */
    public static List<String> idsDrawingRuns() {
        return Arrays.stream(values())
                .filter(DiagramStep::drawsRuns)
                .map(DiagramStep::id)
                .toList();
    }

    /** The name authors write ({@code output-gradient}), also the diagram's file name. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
