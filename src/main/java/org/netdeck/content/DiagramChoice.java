package org.netdeck.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.netdeck.compute.Run;
import org.netdeck.compute.RunSpec;
import org.netdeck.problem.DidYouMean;
import org.netdeck.problem.Problem;

/**
 * The diagram a slide shows: a step and, for the training and landscape steps, the runs it draws ({@code runs}, by
 * name, {@link Run#DECK} for the deck's own run when no compare run trains the deck's own network; in the order the
 * runs are drawn everywhere: the deck's own run first, then the compare runs as written). Empty {@code runs}: every
 * run, the step's one default diagram. The training step always draws the deck's own run; its network panel and
 * scrubber replay {@code replay}: the first run its {@code runs:} names ({@code <!-- diagram: training runs: momentum
 * deck -->} replays momentum), or "" for the deck's own run.
 *
 * <pre>{@code
 * DiagramChoice.of(slide, front);   // <!-- diagram: landscape runs: large_lr small_lr --> → landscape [small_lr, large_lr]
 * choice.id();                      // "landscape-small_lr-large_lr": the diagram's file name and the page's ids
 * }</pre>
 */
public record DiagramChoice(DiagramStep step, List<String> runs, String replay) {

    public DiagramChoice {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(replay, "replay");
        runs = List.copyOf(runs);
    }

    /** The choice of {@code runs}, replaying the deck's own run. */
    public DiagramChoice(DiagramStep step, List<String> runs) {
        this(step, runs, "");
    }

    /** The step's default diagram: every run. */
    public static DiagramChoice of(DiagramStep step) {
        return new DiagramChoice(step, List.of());
    }

    /** Whether this is the step's default diagram (every run, the deck's own replayed). */
    public boolean everyRun() {
        return runs.isEmpty() && replay.isEmpty();
    }

    /**
     * The diagram's name: the step's id, or with runs chosen the step's id and each run's name joined by '-' (run
     * names are identifiers, so the name is unambiguous, and a file name), then {@code -replay-RUN} when the figure
     * replays a compare run ({@code training-deck-momentum-replay-momentum}).
     */
    public String id() {
        return (runs.isEmpty() ? step.id() : step.id() + "-" + String.join("-", runs))
                + (replay.isEmpty() ? "" : "-replay-" + replay);
    }

    /**
     * Whether a run (a compare run's name, or "" for the deck's own run when it draws as a run of its own) is drawn.
     */
    public boolean draws(String run) {
        return runs.isEmpty() || runs.contains(run.isEmpty() ? Run.DECK : run);
    }

    /**
     * The diagram {@code slide} shows, its {@code runs:} names resolved against the compare runs of {@code front}
     * (the names are checked by {@link #check}).
     */
    public static Optional<DiagramChoice> of(Slide slide, FrontMatter front) {
        return slide.diagram().map(step -> {
            if (slide.runs().isEmpty()) {
                return of(step);
            }
            List<String> order = drawOrder(front);
            Optional<String> ownRun = ownRun(front);
            Set<String> chosen = new LinkedHashSet<>();
            for (String name : slide.runNames()) {
                chosen.add(name.equals(Run.DECK) ? ownRun.orElse(Run.DECK) : name);
            }
            if (step.runs() == DiagramStep.Runs.CHOSEN_AND_OWN) {
                chosen.add(ownRun.orElse(Run.DECK));
            }
            List<String> runs = order.stream().filter(chosen::contains).toList();
            // the training figure replays the first run written; the deck's own (or the run that trains its network) is
            // ""
            String first = slide.runNames().get(0);
            String replay = step != DiagramStep.TRAINING
                            || first.equals(Run.DECK)
                            || ownRun.filter(first::equals).isPresent()
                    ? ""
                    : first;
            return new DiagramChoice(step, runs.equals(order) ? List.of() : runs, replay);
        });
    }

    /** The runs drawn by default, in order: the deck's own (unless a compare run trains its network), the compare runs. */
    private static List<String> drawOrder(FrontMatter front) {
        List<String> order = new ArrayList<>();
        if (ownRun(front).isEmpty()) {
            order.add(Run.DECK);
        }
        front.compare().forEach(r -> order.add(r.name()));
        return order;
    }

    /** The compare run that trains the deck's own network ({@code compare: {optimizer: [sgd, adam]}}), if any. */
    private static Optional<String> ownRun(FrontMatter front) {
        return front.compare().stream()
                .filter(r -> r.network().equals(front.network()))
                .map(RunSpec::name)
                .findFirst();
    }

    /** Every {@code runs:} name of the deck's slides that is neither a compare run nor {@link Run#DECK}, reported where written. */
    public static List<Problem> check(Deck deck) {
        List<String> names = new ArrayList<>(List.of(Run.DECK));
        deck.front().compare().forEach(r -> names.add(r.name()));
        List<Problem> problems = new ArrayList<>();
        for (Slide s : deck.slides()) {
            for (Slide.RunName run : s.runs()) {
                if (!names.contains(run.name())) {
                    String all = Names.list(names);
                    problems.add(new Problem(
                            run.where(),
                            "unknown run '" + Limits.shorten(run.name()) + "' in the diagram directive"
                                    + DidYouMean.hint(
                                            run.name(),
                                            names,
                                            deck.front().compare().isEmpty()
                                                    ? "this deck has no compare runs, only its own run, '" + Run.DECK
                                                            + "'; add 'compare:' to the front matter"
                                                    : "the runs are " + all + " ('" + Run.DECK
                                                            + "' is the deck's own run)")));
                }
            }
        }
        return problems;
    }
}
