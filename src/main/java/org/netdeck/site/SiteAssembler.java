package org.netdeck.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Divergence;
import org.netdeck.compute.Goal;
import org.netdeck.compute.Landscape;
import org.netdeck.compute.Trace;
import org.netdeck.content.Deck;
import org.netdeck.content.DeckFile;
import org.netdeck.content.DiagramStep;
import org.netdeck.content.FrontMatter;
import org.netdeck.content.FrontMatterParser;
import org.netdeck.content.SiteSettings;
import org.netdeck.content.Slide;
import org.netdeck.content.SlideParser;
import org.netdeck.diagram.Diagram;
import org.netdeck.diagram.Diagrams;
import org.netdeck.json.TraceJson;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.render.DeckView;
import org.netdeck.render.DiagramView;
import org.netdeck.render.Renderer;
import org.netdeck.render.SiteInfo;
import org.netdeck.render.SlideView;
import org.netdeck.render.Theme;
import org.netdeck.text.RenderedSlide;
import org.netdeck.text.SlideText;

/**
 * Turns the content read into memory into every file of the site, without touching the disk. Each deck
 * goes content → network spec → trace → diagrams and text → pages; a deck's problems are collected and
 * the other decks still checked, so one build reports everything wrong at once.
 *
 * <p>One assembler may build many times (that is what {@code serve} does): it keeps each deck's last
 * result keyed by the deck file's text, and each network's trace and diagrams keyed by the network, so a
 * rebuild redoes only what a change touches. Not thread-safe: one thread builds.
 */
public final class SiteAssembler {

    /** The finished site: its files by site-relative path, and the decks' slugs in order. */
    public record Site(Map<String, byte[]> files, List<String> decks) {}

    /** One deck's files but its page, and the view its page is rendered from. */
    private record BuiltDeck(DeckView view, Map<String, byte[]> files) {}

    /** What a network computes to; depends on nothing else. */
    private record Computed(Trace trace, Map<DiagramStep, Diagram> diagrams, byte[] traceJson, String checkpoints) {}

    /** A deck's last result: its files valid while its file has the same path and text, its page while also the site and renderer are the same. */
    private record Cached(SourceFile source, BuiltDeck deck, SiteInfo site, Renderer renderer, byte[] page) {}

    /** Networks kept computed: a few per deck is plenty, as an author edits back and forth. */
    private static final int COMPUTED_KEPT = 32;

    private final SlideParser slideParser = new SlideParser(); // Flexmark's parser, built once
    private final SlideText slideText = new SlideText(); // and its renderer
    private Renderer renderer;
    private final Map<String, Cached> decks = new HashMap<>();
    private final Map<String, Computed> computed = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Computed> eldest) {
            return size() > COMPUTED_KEPT;
        }
    };

    public SiteAssembler(Theme theme) {
        this.renderer = new Renderer(theme);
    }

    /** Renders with {@code theme} from now on (every page is rendered again, nothing else). */
    public void theme(Theme theme) {
        this.renderer = new Renderer(theme);
    }

    Site assemble(ContentTree tree) {
        return assemble(tree, BuildListener.SILENT);
    }

    /** The whole site; {@code listener} hears of each deck as it is done. */
    public Site assemble(ContentTree tree, BuildListener listener) {
        List<Problem> problems = new ArrayList<>();
        // the defaults stand in when site.yml is wrong, so that every deck is still checked (and nothing is written)
        SiteSettings settings = SiteSettings.DEFAULTS;
        try {
            settings = SiteSettings.parse(
                    tree.dir().resolve("site.yml"), tree.siteConfig().map(SourceFile::text));
        } catch (BuildFailure f) {
            problems.addAll(f.problems());
        }
        SiteInfo site = SiteInfo.of(settings);
        Set<String> slugs =
                tree.decks().stream().map(ContentTree.DeckSource::slug).collect(Collectors.toSet());
        decks.keySet().retainAll(slugs); // forget deleted decks
        List<Cached> built = new ArrayList<>();
        int total = tree.decks().size();
        for (int i = 0; i < total; i++) {
            ContentTree.DeckSource source = tree.decks().get(i);
            long start = System.nanoTime();
            try {
                DeckReport.Work work = DeckReport.Work.NONE;
                Cached previous = decks.get(source.slug());
                BuiltDeck deck;
                if (previous == null || !previous.source().equals(source.file())) {
                    DeckAndWork made = deck(source);
                    deck = made.deck();
                    work = made.work();
                } else {
                    deck = previous.deck();
                }
                byte[] page;
                if (previous != null
                        && previous.deck() == deck
                        && previous.site().equals(site)
                        && previous.renderer() == renderer) {
                    page = previous.page();
                } else {
                    page = utf8(renderer.deckPage(site, deck.view()));
                    work = work == DeckReport.Work.NONE ? DeckReport.Work.PAGE : work;
                }
                Cached cached = new Cached(source.file(), deck, site, renderer, page);
                decks.put(source.slug(), cached);
                built.add(cached);
                listener.deckBuilt(new DeckReport(
                        i + 1,
                        total,
                        source.slug(),
                        cached.deck().view().slides().size(),
                        work,
                        System.nanoTime() - start));
            } catch (BuildFailure f) {
                problems.addAll(f.problems());
            } catch (StackOverflowError e) {
                // Flexmark recurses once per nesting level, and its regexes once per character of a marker run
                problems.add(new Problem(
                        SourcePosition.of(source.file().path()),
                        "the Markdown is nested too deeply to read"
                                + " (thousands of lists or quotes inside each other, or a line with a very long run of '*', '-' or"
                                + " '_'); flatten it or break the line"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<DeckView> views = built.stream().map(c -> c.deck().view()).toList();
        files.put("index.html", utf8(renderer.indexPage(site, views)));
        for (Cached c : built) {
            files.putAll(c.deck().files());
            files.put(c.deck().view().slug() + "/index.html", c.page());
        }
        files.putAll(renderer.assets());
        return new Site(files, views.stream().map(DeckView::slug).toList());
    }

    private record DeckAndWork(BuiltDeck deck, DeckReport.Work work) {}

    private DeckAndWork deck(ContentTree.DeckSource source) {
        Path path = source.file().path();
        DeckFile file = DeckFile.split(path, source.file().text());
        List<Problem> problems = new ArrayList<>();
        FrontMatter front = null;
        List<Slide> slides = List.of();
        try {
            front = FrontMatterParser.parse(path, file.yaml(), file.yamlLine());
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
        List<Goal> goals = SlideText.goals(deck);
        // a record's text: every value, in the author's order
        String key = front.network() + "|" + front.compare() + "|" + front.landscape() + "|" + goals;
        Computed c = computed.get(key);
        DeckReport.Work work = c == null ? DeckReport.Work.FULL : DeckReport.Work.TEXT;
        if (c == null) {
            Trace trace = compute(deck, goals);
            Map<DiagramStep, Diagram> diagrams = new LinkedHashMap<>();
            Diagrams.drawAll(trace, landscape(deck, trace)).forEach(d -> diagrams.put(d.step(), d));
            c = new Computed(trace, diagrams, TraceJson.write(trace), CheckpointJson.write(trace));
            computed.put(key, c);
        }
        List<RenderedSlide> text = slideText.render(deck, c.trace());

        String slug = deck.slug();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(slug + "/trace.json", c.traceJson());
        c.diagrams()
                .values()
                .forEach(d -> files.put(slug + "/diagrams/" + d.step().id() + ".svg", utf8(d.standalone())));

        Map<DiagramStep, DiagramView> diagramViews = new HashMap<>();
        List<SlideView> views = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            RenderedSlide r = text.get(i);
            Optional<Diagram> diagram = r.slide().diagram().map(c.diagrams()::get);
            DiagramView dv = diagram.map(d -> diagramViews.computeIfAbsent(
                            d.step(), s -> DiagramView.of(s.id(), d.title(), d.description(), d.inline())))
                    .orElse(null);
            views.add(new SlideView(i + 1, SlideView.anchorFor(i + 1), r.slide().title(), r.html(), dv, r.notesHtml()));
        }
        DeckView view = new DeckView(
                slug,
                front.title(),
                front.summary(),
                front.series(),
                SlideText.readingSeconds(deck, text),
                views,
                slug + "/diagrams/" + DiagramStep.ARCHITECTURE.id() + ".svg",
                slides.stream()
                                .anyMatch(s -> s.diagram()
                                        .filter(DiagramStep.TRAINING::equals)
                                        .isPresent())
                        ? c.checkpoints()
                        : null);
        return new DeckAndWork(new BuiltDeck(view, files), work);
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

    /** The loss landscape the deck asks for, if any; a point where the loss overflows is the range to narrow. */
    private static Optional<Landscape> landscape(Deck deck, Trace trace) {
        return deck.front().landscape().map(spec -> {
            try {
                return Landscape.compute(trace, spec);
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

    /** The computation; a run that stops being finite is the author's learning rate (or inputs) to fix. */
    private static Trace compute(Deck deck, List<Goal> goals) {
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

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
