package org.netdeck.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Divergence;
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
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.render.DeckView;
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
 */
final class SiteAssembler {

    /** The finished site: its files by site-relative path, and the decks' slugs in order. */
    record Site(Map<String, byte[]> files, List<String> decks) {
    }

    /** One deck, built. */
    private record BuiltDeck(DeckView view, Map<String, byte[]> files) {
    }

    private final Renderer renderer;
    private final SlideParser slideParser = new SlideParser();  // Flexmark's parser, built once per build
    private final SlideText slideText = new SlideText();        // and its renderer

    SiteAssembler(Theme theme) {
        this.renderer = new Renderer(theme);
    }

    Site assemble(ContentTree tree) {
        List<Problem> problems = new ArrayList<>();
        // the defaults stand in when site.yml is wrong, so that every deck is still checked (and nothing is written)
        SiteInfo site = new SiteInfo(SiteSettings.DEFAULTS.title(), SiteSettings.DEFAULTS.description(), SiteSettings.DEFAULTS.lang());
        try {
            SiteSettings settings = SiteSettings.parse(tree.dir().resolve("site.yml"), tree.siteConfig().map(SourceFile::text));
            site = new SiteInfo(settings.title(), settings.description(), settings.lang());
        } catch (BuildFailure f) {
            problems.addAll(f.problems());
        }
        List<BuiltDeck> decks = new ArrayList<>();
        for (ContentTree.DeckSource source : tree.decks()) {
            try {
                decks.add(deck(source, site));
            } catch (BuildFailure f) {
                problems.addAll(f.problems());
            } catch (StackOverflowError e) {
                // Flexmark recurses once per nesting level, and its regexes once per character of a marker run
                problems.add(new Problem(SourcePosition.of(source.file().path()), "the Markdown is nested too deeply to read"
                        + " (thousands of lists or quotes inside each other, or a line with a very long run of '*', '-' or"
                        + " '_'); flatten it or break the line"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<DeckView> views = decks.stream().map(BuiltDeck::view).toList();
        files.put("index.html", utf8(renderer.indexPage(site, views)));
        decks.forEach(d -> files.putAll(d.files()));
        files.putAll(renderer.assets());
        return new Site(files, views.stream().map(DeckView::slug).toList());
    }

    private BuiltDeck deck(ContentTree.DeckSource source, SiteInfo site) {
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
        Trace trace = compute(deck);
        List<RenderedSlide> text = slideText.render(deck, trace);
        Map<DiagramStep, Diagram> diagrams = new LinkedHashMap<>();
        Diagrams.drawAll(trace).forEach(d -> diagrams.put(d.step(), d));

        String slug = deck.slug();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(slug + "/trace.json", TraceJson.write(trace));
        diagrams.values().forEach(d -> files.put(slug + "/diagrams/" + d.step().id() + ".svg", utf8(d.standalone())));

        List<SlideView> views = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            RenderedSlide r = text.get(i);
            Optional<Diagram> diagram = r.slide().diagram().map(diagrams::get);
            views.add(new SlideView(i + 1, "slide-" + (i + 1), r.slide().title(), r.html(),
                    diagram.map(d -> d.step().id()).orElse(null),
                    diagram.map(Diagram::inline).orElse(null)));
        }
        DeckView view = new DeckView(slug, front.title(), front.summary(), front.series(),
                SlideText.readingSeconds(deck, text), views,
                slug + "/diagrams/" + DiagramStep.ARCHITECTURE.id() + ".svg");
        files.put(slug + "/index.html", utf8(renderer.deckPage(site, view)));
        return new BuiltDeck(view, files);
    }

    /** The computation; a run that stops being finite is the author's learning rate (or inputs) to fix. */
    private static Trace compute(Deck deck) {
        try {
            return Backprop.compute(deck.front().network());
        } catch (Divergence d) {
            SourcePosition where = deck.front().position("network.learning_rate", SourcePosition.of(deck.source()));
            throw new BuildFailure(where, "the computation diverged: " + d.getMessage()
                    + "; lower learning_rate, use smaller weights or inputs, or fewer iterations");
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
