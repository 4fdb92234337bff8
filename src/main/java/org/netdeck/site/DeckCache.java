package org.netdeck.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.netdeck.content.Deck;
import org.netdeck.content.DeckFile;
import org.netdeck.content.DiagramStep;
import org.netdeck.content.Fragment;
import org.netdeck.content.FrontMatter;
import org.netdeck.content.Series;
import org.netdeck.content.Slide;
import org.netdeck.problem.SourcePosition;
import org.netdeck.problem.Warning;
import org.netdeck.render.Renderer;
import org.netdeck.render.SiteInfo;
import org.netdeck.text.LocalFile;
import org.netdeck.text.RenderedSlide;

/**
 * What {@code serve}'s assembler keeps from one build to the next, so that a save redoes only what it touches:
 * each deck's last result while its file has the same path and text, its page while also the site settings
 * and the renderer are the same, each network's computation (a few per deck, as an author edits back and
 * forth), and each deck's slides as last rendered, so that a save re-renders only the slides it changed (when the
 * network is the same). Thread-safe: decks are built on many threads, and two decks with the same network wait for one
 * computation.
 */
final class DeckCache implements DeckPipeline.Networks {

    /** Networks kept computed. */
    private static final int COMPUTED_KEPT = 32;

    private record Kept(SourceFile source, DeckPipeline.BuiltDeck deck) {}

    private record Page(
            DeckPipeline.BuiltDeck deck,
            SiteInfo site,
            Optional<Series.Position> series,
            Renderer renderer,
            byte[] bytes) {}

    private final Map<String, Kept> decks = new HashMap<>();
    private final Map<String, Page> pages = new HashMap<>();

    /** Everything the text of a slide is made from but its place in the file (which only its problems name). */
    private record SlideKey(String markdown, String notes, Optional<DiagramStep> diagram, List<List<String>> steps) {
        static SlideKey of(Slide s) {
            return new SlideKey(
                    s.markdown(),
                    s.notes(),
                    s.diagram(),
                    s.fragments().stream().map(Fragment::names).toList());
        }
    }

    /** A deck's slides as last rendered (without a problem) on {@code computed}. */
    private record Text(DeckPipeline.Computed computed, Map<SlideKey, RenderedSlide> slides) {}

    private final Map<String, Text> texts = new HashMap<>();

    /** A deck's front matter as last read without a problem: its text, the line it starts on, what it reads as. */
    private record Front(String slug, String yaml, int line, FrontMatter front) {}

    private final Map<Path, Front> fronts = new HashMap<>();
    /** A network's computation (perhaps still being made), and the build that made it. */
    private record Network(CompletableFuture<DeckPipeline.Computed> computed, int build) {}

    private final Map<String, Network> computed = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Network> e) {
            return size() > COMPUTED_KEPT;
        }
    };
    private int build;

    /** A build starts with the decks {@code slugs}: forgets the others (deleted decks). */
    synchronized void startBuild(Set<String> slugs) {
        build++;
        decks.keySet().retainAll(slugs);
        pages.keySet().retainAll(slugs);
        texts.keySet().retainAll(slugs);
        fronts.values().removeIf(f -> !slugs.contains(f.slug()));
    }

    /** The deck last built from {@code source}, if its file has not changed since. */
    synchronized Optional<DeckPipeline.BuiltDeck> deck(String slug, SourceFile source) {
        Kept kept = decks.get(slug);
        return kept != null && kept.source().equals(source) ? Optional.of(kept.deck()) : Optional.empty();
    }

    synchronized void keep(String slug, SourceFile source, DeckPipeline.BuiltDeck deck) {
        decks.put(slug, new Kept(source, deck));
    }

    /** The page last rendered for {@code deck}, if the site settings, its series place and the renderer are too. */
    synchronized Optional<byte[]> page(
            String slug,
            DeckPipeline.BuiltDeck deck,
            SiteInfo site,
            Optional<Series.Position> series,
            Renderer renderer) {
        Page page = pages.get(slug);
        return page != null
                        && page.deck() == deck
                        && page.site().equals(site)
                        && page.series().equals(series)
                        && page.renderer() == renderer
                ? Optional.of(page.bytes())
                : Optional.empty();
    }

    synchronized void keepPage(
            String slug,
            DeckPipeline.BuiltDeck deck,
            SiteInfo site,
            Optional<Series.Position> series,
            Renderer renderer,
            byte[] page) {
        pages.put(slug, new Page(deck, site, series, renderer, page));
    }

    /** The front matter last read from {@code path}, if its text and first line are the same (its positions are). */
    @Override
    public FrontMatter front(Path path, DeckFile file, Supplier<FrontMatter> parse) {
        Front kept;
        synchronized (this) {
            kept = fronts.get(path);
        }
        if (kept != null && kept.line() == file.yamlLine() && kept.yaml().equals(file.yaml())) { // the same positions
            return kept.front();
        }
        FrontMatter front = parse.get(); // a problem is thrown, and nothing kept
        synchronized (this) {
            fronts.put(path, new Front(slug(path), file.yaml(), file.yamlLine(), front));
        }
        return front;
    }

    /** The deck folder's name of a deck file: the slug. */
    private static String slug(Path deckFile) {
        Path folder = deckFile.toAbsolutePath().getParent();
        return folder == null || folder.getFileName() == null
                ? ""
                : folder.getFileName().toString();
    }

    /**
     * The slides of {@code deck}: those unchanged since the deck last rendered on the same {@code computed} kept
     * (given the new slide, whose place in the file may have moved), the others rendered by {@code render}, in one
     * deck of their own, so that their problems are reported as in a full render.
     */
    @Override
    public List<RenderedSlide> slides(
            Deck deck, DeckPipeline.Computed computed, Function<Deck, List<RenderedSlide>> render) {
        Text kept;
        synchronized (this) {
            kept = texts.get(deck.slug());
        }
        Map<SlideKey, RenderedSlide> known = kept != null && kept.computed() == computed ? kept.slides() : Map.of();
        List<Slide> fresh = deck.slides().stream()
                .filter(s -> !known.containsKey(SlideKey.of(s)))
                .toList();
        Iterator<RenderedSlide> made = fresh.isEmpty()
                ? Collections.emptyIterator()
                : render.apply(new Deck(deck.slug(), deck.source(), deck.front(), fresh))
                        .iterator();
        List<RenderedSlide> all = new ArrayList<>();
        Map<SlideKey, RenderedSlide> now = new HashMap<>();
        for (Slide s : deck.slides()) {
            SlideKey key = SlideKey.of(s);
            RenderedSlide old = known.get(key);
            RenderedSlide r = old == null
                    ? made.next()
                    : new RenderedSlide(
                            s, old.html(), old.words(), old.notesHtml(), moved(old, s), movedWarnings(old, s));
            all.add(r);
            now.put(key, r);
        }
        synchronized (this) {
            texts.put(deck.slug(), new Text(computed, now));
        }
        return all;
    }

    /**
     * The files {@code old}'s images and links point to, each at its place in the file now that the slide starts at
     * {@code now}'s line (a slide above it may have grown or shrunk): a missing picture is reported where it is.
     */
    private static List<LocalFile> moved(RenderedSlide old, Slide now) {
        int by = now.body().line() - old.slide().body().line();
        if (by == 0 && now.body().file().equals(old.slide().body().file())) {
            return old.files();
        }
        return old.files().stream()
                .map(f -> new LocalFile(
                        f.path(),
                        new SourcePosition(
                                now.body().file(),
                                f.where().line() + by,
                                f.where().column()),
                        f.image()))
                .toList();
    }

    /** {@code old}'s warnings, each at its place now that the slide starts at {@code now}'s line. */
    private static List<Warning> movedWarnings(RenderedSlide old, Slide now) {
        int by = now.body().line() - old.slide().body().line();
        return old.warnings().stream()
                .map(w -> new Warning(
                        new SourcePosition(
                                now.body().file(),
                                w.where().line() + by,
                                w.where().column()),
                        w.message()))
                .toList();
    }

    /**
     * The computation of the network {@code key} names: the one kept, the one another thread is making (waited
     * for), or made here; {@link DeckPipeline.Shared#reused()} when it was made by an earlier build. A
     * computation that failed is not kept: each deck then computes (and reports) its own.
     */
    @Override
    public DeckPipeline.Shared computed(Supplier<String> key, Supplier<DeckPipeline.Computed> compute) {
        String k = key.get();
        Network mine;
        Network theirs;
        synchronized (this) {
            mine = new Network(new CompletableFuture<>(), build);
            theirs = computed.putIfAbsent(k, mine);
        }
        if (theirs != null) {
            try {
                return new DeckPipeline.Shared(
                        theirs.computed().join(), theirs.build() != mine.build(), Optional.of(k));
            } catch (CompletionException | CancellationException e) {
                // theirs failed: this deck computes, to report its own problem
                return new DeckPipeline.Shared(compute.get(), false, Optional.empty());
            }
        }
        try {
            DeckPipeline.Computed c = compute.get();
            mine.computed().complete(c);
            return new DeckPipeline.Shared(c, false, Optional.of(k));
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                computed.remove(k, mine);
            }
            mine.computed().completeExceptionally(e);
            throw e;
        }
    }
}
