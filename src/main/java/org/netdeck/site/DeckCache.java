package org.netdeck.site;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.netdeck.render.Renderer;
import org.netdeck.render.SiteInfo;

/**
 * What {@code serve}'s assembler keeps from one build to the next, so that a save redoes only what it touches:
 * each deck's last result while its file has the same path and text, its page while also the site settings
 * and the renderer are the same, and each network's computation (a few per deck, as an author edits back and
 * forth). Thread-safe: decks are built on many threads, and two decks with the same network wait for one
 * computation.
 */
final class DeckCache implements DeckPipeline.Networks {

    /** Networks kept computed. */
    private static final int COMPUTED_KEPT = 32;

    private record Kept(SourceFile source, DeckPipeline.BuiltDeck deck) {}

    private record Page(DeckPipeline.BuiltDeck deck, SiteInfo site, Renderer renderer, byte[] bytes) {}

    private final Map<String, Kept> decks = new HashMap<>();
    private final Map<String, Page> pages = new HashMap<>();
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
    }

    /** The deck last built from {@code source}, if its file has not changed since. */
    synchronized Optional<DeckPipeline.BuiltDeck> deck(String slug, SourceFile source) {
        Kept kept = decks.get(slug);
        return kept != null && kept.source().equals(source) ? Optional.of(kept.deck()) : Optional.empty();
    }

    synchronized void keep(String slug, SourceFile source, DeckPipeline.BuiltDeck deck) {
        decks.put(slug, new Kept(source, deck));
    }

    /** The page last rendered for {@code deck}, if the site settings and the renderer are the same too. */
    synchronized Optional<byte[]> page(String slug, DeckPipeline.BuiltDeck deck, SiteInfo site, Renderer renderer) {
        Page page = pages.get(slug);
        return page != null && page.deck() == deck && page.site().equals(site) && page.renderer() == renderer
                ? Optional.of(page.bytes())
                : Optional.empty();
    }

    synchronized void keepPage(
            String slug, DeckPipeline.BuiltDeck deck, SiteInfo site, Renderer renderer, byte[] page) {
        pages.put(slug, new Page(deck, site, renderer, page));
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
