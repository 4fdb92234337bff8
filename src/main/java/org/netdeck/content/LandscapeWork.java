package org.netdeck.content;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;

/**
 * The work of a deck's landscapes, capped at {@link Limits#MAX_LANDSCAPE_WORK}. Each landscape of a different set of
 * runs is a plane of its own: a grid of forward passes, and the first {@code steps} steps of each run it draws trained
 * again (about {@link #PASSES_PER_STEP} passes a step: forward, backward, the loss there). Each pass goes over every
 * example, at about one multiply-add per weight and per neuron. The slide whose directive takes the sum past the
 * limit is the error; when the first landscape alone does, the front matter's {@code landscape:} is.
 */
public final class LandscapeWork {

    /** Forward passes one training step of a drawn run's path costs: forward, backward, and its loss. */
    static final int PASSES_PER_STEP = 3;

    private LandscapeWork() {}

    /** One forward pass of {@code network} over one example, in multiply-adds: its weights plus its neurons. */
    public static long perPass(NetworkSpec network) {
        return network.weights().size() + network.neurons().size();
    }

    /** The problem with {@code deck}'s landscapes' work, if it goes over {@link Limits#MAX_LANDSCAPE_WORK}. */
    public static Optional<Problem> check(Deck deck) {
        FrontMatter front = deck.front();
        if (front.landscape().isEmpty()) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        long passes = 0;
        int mostRuns = 0;
        for (Slide s : deck.slides()) {
            Optional<DiagramChoice> c = DiagramChoice.of(s, front);
            if (c.isEmpty()
                    || c.get().step() != DiagramStep.LANDSCAPE
                    || !seen.add(c.get().id())) {
                continue;
            }
            int runs = c.get().runs().isEmpty()
                    ? front.compare().size() + 1
                    : c.get().runs().size();
            mostRuns = Math.max(mostRuns, runs);
            passes += grid(front) * (long) grid(front) + pathPasses(front, runs);
            long work = passes * examples(front) * perPass(front.network());
            if (work > Limits.MAX_LANDSCAPE_WORK) {
                return Optional.of(problem(deck, s, seen.size(), mostRuns, work));
            }
        }
        return Optional.empty();
    }

    private static Problem problem(Deck deck, Slide s, int planes, int runs, long work) {
        FrontMatter front = deck.front();
        int grid = grid(front);
        long examples = examples(front);
        long pass = perPass(front.network());
        int steps = steps(front);
        // the largest grid that fits this many planes, each drawing as many runs as the most this deck draws
        double perPlane = (double) Limits.MAX_LANDSCAPE_WORK / (examples * pass) / planes - pathPasses(front, runs);
        int fits = perPlane <= 0 ? 0 : (int) Math.sqrt(perPlane);
        String sets = planes == 1 ? "1 landscape" : planes + " landscapes of different sets of runs";
        String message = "the landscapes are too much work: " + sets + ", each a " + grid + " × " + grid
                + " grid and up to " + (runs == 1 ? "1 run's path" : runs + " runs' paths") + " of " + steps
                + (steps == 1 ? " step" : " steps") + ", over " + examples
                + (examples == 1 ? " example" : " examples") + " at " + pass
                + " multiply-adds a pass (the network's weights and neurons), come to " + work
                + ", more than the limit of " + Limits.MAX_LANDSCAPE_WORK + "; give landscape a smaller grid"
                + (fits >= LandscapeReader.MIN_GRID ? " (at most " + fits + " points per side here)" : "")
                + " or fewer steps, or use fewer examples"
                + (planes == 1 ? ", or a smaller network" : ", or draw one of the sets of runs already drawn");
        SourcePosition landscape = front.position("landscape", SourcePosition.of(deck.source()));
        SourcePosition where = planes == 1
                ? landscape
                : s.runs().isEmpty() ? s.heading() : s.runs().get(0).where();
        return new Problem(where, message);
    }

    /** The passes of retraining {@code runs} runs' first steps for one plane's paths. */
    private static long pathPasses(FrontMatter front, int runs) {
        return (long) PASSES_PER_STEP * runs * (steps(front) + 1);
    }

    private static int grid(FrontMatter front) {
        return front.landscape().orElseThrow().grid();
    }

    private static int steps(FrontMatter front) {
        return Math.min(front.landscape().orElseThrow().steps(), front.network().iterations());
    }

    private static long examples(FrontMatter front) {
        return Math.max(1, front.network().data().size());
    }
}
