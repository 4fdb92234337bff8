package org.netdeck.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Divergence;
import org.netdeck.compute.Goal;
import org.netdeck.compute.Landscape;
import org.netdeck.compute.Trace;
import org.netdeck.content.Deck;
import org.netdeck.content.DeckFile;
import org.netdeck.content.DiagramChoice;
import org.netdeck.content.DiagramStep;
import org.netdeck.content.FrontMatter;
import org.netdeck.content.FrontMatterParser;
import org.netdeck.content.LandscapeWork;
import org.netdeck.content.Limits;
import org.netdeck.content.Slide;
import org.netdeck.content.SlideParser;
import org.netdeck.content.TrainingWork;
import org.netdeck.diagram.Diagram;
import org.netdeck.diagram.Diagrams;
import org.netdeck.diagram.LandscapeBands;
import org.netdeck.diagram.Preview;
import org.netdeck.json.CheckpointJson;
import org.netdeck.json.TraceJson;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.problem.Warning;
import org.netdeck.render.DeckView;
import org.netdeck.render.DiagramView;
import org.netdeck.render.SlideView;
import org.netdeck.text.Explanations;
import org.netdeck.text.LocalFile;
import org.netdeck.text.Namespace;
import org.netdeck.text.RenderedSlide;
import org.netdeck.text.SlideText;

/**
 * One deck through the pipeline: its file → front matter and slides → trace → diagrams, {@code trace.json} and
 * slide text → the view its page is rendered from, and its files but the page. A pure step: nothing is read or
 * written, and nothing is kept between calls but the reusable (thread-safe) Markdown parser and renderer, so
 * many threads build decks with one pipeline at once.
 */
final class DeckPipeline {

    /** What a network computes to; depends on nothing else, so decks with the same network may share it. */
    record Computed(
            Trace trace,
            Map<String, Diagram> diagrams,
            byte[] traceJson,
            String checkpoints,
            Map<String, String> runCheckpoints) {}

    /**
     * One deck's files but its page, the view its page is rendered from, how much was made afresh, the key of
     * its network when a cache asked for it (decks that share a network report it computed once, see {@link
     * SiteAssembler}), and the files of the deck's folder its slides' images and links point to (read and published
     * by {@link DeckFiles}).
     */
    record BuiltDeck(
            DeckView view,
            Map<String, byte[]> files,
            DeckReport.Work work,
            Optional<String> network,
            List<LocalFile> localFiles,
            List<Warning> warnings) {

        BuiltDeck {
            localFiles = List.copyOf(localFiles);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Where a deck's computation comes from, by the network's key: made afresh, or shared (see {@link DeckCache});
     * and its slides' text, made afresh or, for slides unchanged since the last build on the same computation, kept.
     */
    interface Networks {
        /** Always computes (and never asks for the key: a record's text is slow to make), renders every slide. */
        Networks NONE = (key, compute) -> new Shared(compute.get(), false, Optional.empty());

        /** The computation for the network {@code key} names, made with {@code compute} unless it is at hand. */
        Shared computed(Supplier<String> key, Supplier<Computed> compute);

        /**
         * Every slide of {@code deck} rendered on {@code computed}, in order: {@code render} renders the slides of a
         * deck (all of them here; a cache passes it a deck of only the slides it has not kept). It throws {@link
         * BuildFailure} for the slides it was given: every problem of a deck is in slides not kept, as only slides of
         * decks that rendered without a problem are kept.
         */
        default List<RenderedSlide> slides(Deck deck, Computed computed, Function<Deck, List<RenderedSlide>> render) {
            return render.apply(deck);
        }

        /** The front matter of {@code file} (read from {@code path}), read by {@code parse} unless it is at hand. */
        default FrontMatter front(Path path, DeckFile file, Supplier<FrontMatter> parse) {
            return parse.get();
        }
    }

    /** A computation, whether it was kept from an earlier build, and the key it is kept by (if it is). */
    record Shared(Computed computed, boolean reused, Optional<String> key) {}

    private final SlideParser slideParser = new SlideParser(); // Flexmark's parser, built once
    private final SlideText slideText = new SlideText(); // and its renderer

    /** Builds {@code source}; throws {@link BuildFailure} with every problem found in it. */
    BuiltDeck build(ContentTree.DeckSource source, Networks networks) {
        return build(source, networks, false);
    }

    /**
     * Builds {@code source}, with its {@link #PREVIEW} image when {@code preview} (the site has a published URL, so its
     * pages name the image: rasterising it costs a few tenths of a second of CPU per deck, spent only then).
     */
    BuiltDeck build(ContentTree.DeckSource source, Networks networks, boolean preview) {
        Path path = source.file().path();
        DeckFile file = DeckFile.split(path, source.file().text());
        List<Problem> problems = new ArrayList<>();
        FrontMatter front = null;
        List<Slide> slides = List.of();
        try {
            front = networks.front(path, file, () -> FrontMatterParser.parse(path, file.yaml(), file.yamlLine()));
        } catch (BuildFailure f) {
            problems.addAll(f.problems());
        }
        try {
            slides = slideParser.parse(path, file.body(), file.bodyLine());
        } catch (BuildFailure f) {
            problems.addAll(f.problems());
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        Deck deck = new Deck(source.slug(), path, front, slides);
        requireLandscape(deck);
        List<Problem> runs = DiagramChoice.check(deck);
        if (!runs.isEmpty()) {
            throw new BuildFailure(runs);
        }
        List<DiagramChoice> choices = choices(deck);
        requireFewPlanes(deck);
        List<Goal> goals = SlideText.goals(deck);
        List<Problem> tooMuch = new ArrayList<>(); // the training's work and the landscapes', both reported
        TrainingWork.check(deck, goals).ifPresent(tooMuch::add);
        LandscapeWork.check(deck).ifPresent(tooMuch::add);
        if (!tooMuch.isEmpty()) {
            throw new BuildFailure(tooMuch);
        }
        boolean everyRunLandscape = showsEveryRunLandscape(deck);
        FrontMatter f = front;
        // a record's text: every value, in the author's order
        Supplier<String> key = () -> f.network() + "|" + f.compare() + "|" + f.landscape() + "|" + everyRunLandscape
                + "|" + goals + "|" + choices;
        Shared shared = networks.computed(key, () -> compute(deck, goals, choices, everyRunLandscape));
        Computed c = shared.computed();
        Namespace values = new Namespace(c.trace()); // the slides' names and their explanations', made once
        List<RenderedSlide> text = networks.slides(deck, c, d -> slideText.render(d, c.trace(), values));
        DeckView view = view(deck, c, text, values);
        DeckReport.Work work = shared.reused() ? DeckReport.Work.TEXT : DeckReport.Work.FULL;
        List<LocalFile> local = text.stream().flatMap(r -> r.files().stream()).toList();
        Map<String, byte[]> files = files(deck.slug(), c);
        if (preview) {
            files.put(deck.slug() + "/" + PREVIEW, Preview.png(front.title(), c.trace(), previewStep(deck)));
        }
        List<Warning> warnings =
                text.stream().flatMap(r -> r.warnings().stream()).toList();
        return new BuiltDeck(view, files, work, shared.key(), local, warnings);
    }

    /** The file name of each deck's social preview image, in its folder. */
    public static final String PREVIEW = "preview.png";

    /** The network step a deck's preview draws: its first slide's that draws the network, else the architecture. */
    static DiagramStep previewStep(Deck deck) {
        return deck.slides().stream()
                .flatMap(s -> s.diagram().stream())
                .filter(DiagramStep::drawsNetwork)
                .findFirst()
                .orElse(DiagramStep.ARCHITECTURE);
    }

    /**
     * The files of the deck's folder that {@code source}'s slides point to, read from its text alone (no front matter,
     * no computation): for a deck that failed to build, so that its missing pictures are reported with its other
     * problems. Empty when the slides cannot be read.
     */
    List<LocalFile> localFiles(ContentTree.DeckSource source) {
        try {
            Path path = source.file().path();
            DeckFile file = DeckFile.split(path, source.file().text());
            return slideText.localFiles(slideParser.parse(path, file.body(), file.bodyLine()));
        } catch (BuildFailure | StackOverflowError e) {
            return List.of(); // the slides' own problems (or their nesting too deep to read) are reported already
        }
    }

    /** The distinct diagrams that draw some of the runs, as the slides choose them, in slide order. */
    private static List<DiagramChoice> choices(Deck deck) {
        return deck.slides().stream()
                .map(s -> DiagramChoice.of(s, deck.front()))
                .flatMap(Optional::stream)
                .filter(c -> !c.everyRun())
                .distinct()
                .toList();
    }

    /** Whether a slide shows the landscape of every run (the step's default diagram, no runs chosen). */
    private static boolean showsEveryRunLandscape(Deck deck) {
        return deck.slides().stream()
                .map(s -> DiagramChoice.of(s, deck.front()))
                .flatMap(Optional::stream)
                .anyMatch(c -> c.step() == DiagramStep.LANDSCAPE && c.everyRun());
    }

    /**
     * The trace, its diagrams (every step's, by name, and each of {@code choices}) and their two JSON forms. The
     * landscape of every run is computed and drawn only when {@code everyRunLandscape} (a slide shows it).
     */
    private static Computed compute(
            Deck deck, List<Goal> goals, List<DiagramChoice> choices, boolean everyRunLandscape) {
        Trace trace = trace(deck, goals);
        Map<String, Diagram> diagrams = new LinkedHashMap<>();
        // a plane, grid and contour bands per set of runs a slide's landscape draws, and no other
        // (trace.json holds each: its plane, grid and paths, for an independent check)
        Map<String, Landscape> planes = new LinkedHashMap<>();
        Optional<LandscapeBands> every =
                everyRunLandscape ? landscape(deck, trace, run -> true).map(LandscapeBands::of) : Optional.empty();
        every.ifPresent(b -> planes.put(DiagramStep.LANDSCAPE.id(), b.landscape()));
        Diagrams.drawAllShared(trace, every).forEach(d -> diagrams.put(d.name(), d));
        for (DiagramChoice c : choices) {
            Optional<LandscapeBands> own = c.step() == DiagramStep.LANDSCAPE
                    ? landscape(deck, trace, c::draws).map(LandscapeBands::of)
                    : Optional.empty();
            own.ifPresent(b -> planes.put(c.id(), b.landscape()));
            Diagram d = Diagrams.drawShared(trace, c, own);
            diagrams.put(d.name(), d);
        }
        // the checkpoints of each compare run a training figure replays, by run
        Map<String, String> runCheckpoints = new LinkedHashMap<>();
        for (DiagramChoice c : choices) {
            if (!c.replay().isEmpty()) {
                runCheckpoints.computeIfAbsent(
                        c.replay(),
                        r -> CheckpointJson.write(trace.run(r).orElseThrow().trace()));
            }
        }
        return new Computed(
                trace, diagrams, TraceJson.write(trace, planes), CheckpointJson.write(trace), runCheckpoints);
    }

    /**
     * At most {@link Limits#MAX_LANDSCAPE_PLANES} landscape diagrams of different runs (each is a plane and a grid of
     * its own); the first slide past that is an error at its directive's first run name.
     */
    private static void requireFewPlanes(Deck deck) {
        Set<String> seen = new HashSet<>();
        for (Slide s : deck.slides()) {
            Optional<DiagramChoice> c = DiagramChoice.of(s, deck.front());
            if (c.isEmpty()
                    || c.get().step() != DiagramStep.LANDSCAPE
                    || !seen.add(c.get().id())) {
                continue;
            }
            if (seen.size() > Limits.MAX_LANDSCAPE_PLANES) {
                SourcePosition where =
                        s.runs().isEmpty() ? s.heading() : s.runs().get(0).where();
                throw new BuildFailure(
                        where,
                        "this deck draws landscapes of " + seen.size() + " different sets of runs, more than the limit"
                                + " of " + Limits.MAX_LANDSCAPE_PLANES
                                + " (each is a plane and a grid of its own); draw one of the sets already drawn");
            }
        }
    }

    /** A slide that shows the landscape needs the front matter's {@code landscape:} section, which says what to draw. */
    private static void requireLandscape(Deck deck) {
        if (deck.front().landscape().isPresent()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (Slide s : deck.slides()) {
            if (s.diagram().filter(DiagramStep.LANDSCAPE::equals).isPresent()) {
                problems.add(new Problem(
                        s.heading(),
                        "slide '" + s.title() + "' shows the landscape diagram, but the front matter has no"
                                + " 'landscape:' section saying which two weights to draw it over; add one, like"
                                + " 'landscape: {x: w1, y: w3}'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
    }

    /**
     * The loss landscape the deck asks for, if any, with every run's path; a point where the loss overflows is the
     * range to narrow.
     */
    private static Optional<Landscape> landscape(Deck deck, Trace trace, Predicate<String> draws) {
        return deck.front().landscape().map(spec -> {
            try {
                return Landscape.compute(trace, spec, draws);
            } catch (Landscape.NotFinite e) {
                SourcePosition where = deck.front()
                        .position(
                                "landscape.range",
                                deck.front().position("landscape", SourcePosition.of(deck.source())));
                throw new BuildFailure(
                        where, e.getMessage() + "; give landscape a narrower range, like 'range: [-4, 4]'");
            }
        });
    }

    /** {@code trace.json} and each diagram as a standalone SVG file (the preview image is added after). */
    private static Map<String, byte[]> files(String slug, Computed c) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(slug + "/trace.json", c.traceJson());
        c.diagrams().values().forEach(d -> files.put(slug + "/diagrams/" + d.fileName(), utf8(d.standalone())));
        return files;
    }

    private static DeckView view(Deck deck, Computed c, List<RenderedSlide> text, Namespace values) {
        Map<String, DiagramView> diagramViews = new HashMap<>();
        List<SlideView> views = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            RenderedSlide r = text.get(i);
            Optional<Diagram> diagram = DiagramChoice.of(r.slide(), deck.front())
                    .map(choice -> c.diagrams().get(choice.id()));
            DiagramView dv = diagram.map(d -> diagramViews.computeIfAbsent(
                            d.name(), n -> DiagramView.of(d.step().id(), n, d.title(), d.description(), d.inline())))
                    .orElse(null);
            views.add(new SlideView(i + 1, SlideView.anchorFor(i + 1), r.slide().title(), r.html(), dv, r.notesHtml()));
        }
        FrontMatter front = deck.front();
        boolean training = deck.slides().stream()
                .anyMatch(s -> s.diagram().filter(DiagramStep.TRAINING::equals).isPresent());
        return new DeckView(
                deck.slug(),
                front.title(),
                front.summary(),
                front.series(),
                SlideText.readingSeconds(deck, text),
                views,
                deck.slug() + "/diagrams/" + DiagramStep.ARCHITECTURE.id() + ".svg",
                training ? c.checkpoints() : null,
                c.runCheckpoints(),
                Explanations.json(
                        front,
                        c.trace(),
                        values,
                        text,
                        diagramViews.keySet().stream()
                                .sorted()
                                .map(n -> c.diagrams().get(n).inline())
                                .toList(),
                        diagramViews.keySet().stream()
                                .sorted()
                                .flatMap(n -> c.diagrams().get(n).explanations().entrySet().stream())
                                .collect(java.util.stream.Collectors.toMap(
                                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a))));
    }

    /** The computation; a run that stops being finite is the author's learning rate (or inputs) to fix. */
    private static Trace trace(Deck deck, List<Goal> goals) {
        try {
            return Backprop.compute(deck.front().network(), deck.front().compare(), goals);
        } catch (Divergence d) {
            if (d.run().isPresent()) { // a compare run: its value is the one to change
                SourcePosition value =
                        deck.front().position("compare." + d.run().get(), SourcePosition.of(deck.source()));
                throw new BuildFailure(
                        value,
                        "the compare run " + d.run().get() + " diverged: " + d.getMessage()
                                + "; use a smaller value here, or remove it");
            }
            // at the initial parameters a value is too large (at the input or weight most to blame); later, the step
            // size
            SourcePosition network = deck.front().position("network", SourcePosition.of(deck.source()));
            SourcePosition where = d.step() == 0
                    ? d.culprit()
                            .map(k -> deck.front().position("network." + k, network))
                            .orElse(network)
                    : deck.front().position("network.learning_rate", network);
            throw new BuildFailure(
                    where,
                    "the computation diverged: " + d.getMessage()
                            + (d.step() == 0
                                    ? "; a number went out of range, so use smaller weights, biases or inputs"
                                    : "; lower learning_rate, use smaller weights or inputs, or fewer iterations"));
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
