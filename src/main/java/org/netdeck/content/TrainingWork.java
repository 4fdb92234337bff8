package org.netdeck.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netdeck.compute.Goal;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.RunSpec;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;

/**
 * The work of a deck's training, capped at {@link Limits#MAX_TRAINING_WORK}: its own run and each compare run, each
 * {@code iterations} steps over every example, a step about {@link LandscapeWork#PASSES_PER_STEP} passes (forward,
 * backward) of about one multiply-add per weight and per neuron ({@link LandscapeWork#perPass}). A run a {@code
 * steps_to} reference searches may train on past its iterations up to its step limit ({@link
 * NetworkSpec#stepLimit()}), so it counts that many steps. The runs are summed in the front matter's order; the run
 * that takes the sum past the limit is the error: the deck's {@code network.iterations} (or {@code network}), else
 * the compare run's entry.
 */
public final class TrainingWork {

    private TrainingWork() {}

    /** One run's work: examples × steps × passes a step × multiply-adds a pass. */
    public static long of(NetworkSpec network, int steps) {
        return (long) Math.max(1, network.data().size())
                * steps
                * LandscapeWork.PASSES_PER_STEP
                * LandscapeWork.perPass(network);
    }

    /** The steps {@code network}'s run costs: its iterations, or its step limit when {@code searched}. */
    static int steps(NetworkSpec network, boolean searched) {
        return searched ? Math.max(network.iterations(), network.stepLimit()) : network.iterations();
    }

    /**
     * The problem with {@code deck}'s training work, if it goes over {@link Limits#MAX_TRAINING_WORK}; {@code goals}
     * are the {@code steps_to} references of its slides.
     */
    public static Optional<Problem> check(Deck deck, List<Goal> goals) {
        FrontMatter front = deck.front();
        List<String> names = new ArrayList<>();
        List<NetworkSpec> networks = new ArrayList<>();
        names.add("");
        networks.add(front.network());
        for (RunSpec r : front.compare()) {
            names.add(r.name());
            networks.add(r.network());
        }
        long work = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean searched = goals.stream().anyMatch(g -> g.run().equals(name));
            NetworkSpec network = networks.get(i);
            long run = of(network, steps(network, searched));
            work += run;
            if (work > Limits.MAX_TRAINING_WORK) {
                return Optional.of(problem(deck, name, network, searched, run, work, names.size()));
            }
        }
        return Optional.empty();
    }

    private static Problem problem(
            Deck deck, String name, NetworkSpec network, boolean searched, long run, long work, int runs) {
        FrontMatter front = deck.front();
        SourcePosition file = SourcePosition.of(deck.source());
        SourcePosition where = name.isEmpty()
                ? front.position("network.iterations", front.position("network", file))
                : front.position("compare." + name, file);
        long examples = Math.max(1, network.data().size());
        long pass = LandscapeWork.perPass(network);
        int steps = steps(network, searched);
        long before = work - run;
        long left = Limits.MAX_TRAINING_WORK - before;
        long fits = left / (examples * LandscapeWork.PASSES_PER_STEP * pass);
        String which = name.isEmpty() ? "the deck's own run" : "the compare run " + name;
        String stepsSaid = searched && steps > network.iterations()
                ? steps + " steps (a steps_to reference searches it up to its step limit, past its "
                        + network.iterations() + " iterations)"
                : steps + (steps == 1 ? " step" : " steps");
        String message = "the training is too much work: " + which + " takes " + stepsSaid + " over " + examples
                + (examples == 1 ? " example" : " examples") + " at " + LandscapeWork.PASSES_PER_STEP + " passes a"
                + " step of " + pass + " multiply-adds (the network's weights and neurons), " + run
                + (before == 0 ? "" : ", and the runs before it " + before) + ", more than the deck's limit of "
                + Limits.MAX_TRAINING_WORK + " over all " + runs + (runs == 1 ? " run" : " runs") + "; "
                + (fits > 0 ? "give it at most " + fits + " iterations" : "drop a run") + ", or use fewer examples,"
                + " fewer or shorter runs"
                + (searched ? ", or remove its steps_to references" : "")
                + ", or a smaller network";
        return new Problem(where, message);
    }
}
