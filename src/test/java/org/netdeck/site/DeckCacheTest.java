package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.netdeck.content.Deck;
import org.netdeck.content.DeckFile;
import org.netdeck.content.FrontMatter;
import org.netdeck.content.Slide;
import org.netdeck.problem.BuildFailure;
import org.netdeck.render.DeckView;
import org.netdeck.render.SlideView;
import org.netdeck.testing.TinySite;
import org.netdeck.text.RenderedSlide;

/** {@code serve}'s cache re-renders only the slides a save changed, and the result is what a full render gives. */
class DeckCacheTest {

    private static final Path FILE = Path.of("content/a/deck.md");

    private final DeckPipeline pipeline = new DeckPipeline();
    private final DeckCache cache = new DeckCache();
    /** The titles of the slides each build rendered, one list per build. */
    private final List<List<String>> rendered = new ArrayList<>();
    /** How often the front matter was read. */
    private int frontsRead;

    /** The cache, recording which slides it has rendered. */
    private final DeckPipeline.Networks spy = new DeckPipeline.Networks() {
        @Override
        public DeckPipeline.Shared computed(Supplier<String> key, Supplier<DeckPipeline.Computed> compute) {
            return cache.computed(key, compute);
        }

        @Override
        public FrontMatter front(Path path, DeckFile file, Supplier<FrontMatter> parse) {
            return cache.front(path, file, () -> {
                frontsRead++;
                return parse.get();
            });
        }

        @Override
        public List<RenderedSlide> slides(
                Deck deck, DeckPipeline.Computed computed, Function<Deck, List<RenderedSlide>> render) {
            List<String> titles = new ArrayList<>();
            rendered.add(titles);
            return cache.slides(deck, computed, d -> {
                d.slides().stream().map(Slide::title).forEach(titles::add);
                return render.apply(d);
            });
        }
    };

    private DeckPipeline.BuiltDeck build(String text) {
        return pipeline.build(new ContentTree.DeckSource("a", new SourceFile(FILE, text)), spy);
    }

    private static DeckPipeline.BuiltDeck fresh(String text) {
        return new DeckPipeline()
                .build(new ContentTree.DeckSource("a", new SourceFile(FILE, text)), DeckPipeline.Networks.NONE);
    }

    /** A third slide, so that an edit in the first moves it down. */
    private static final String DECK = TinySite.TINY_DECK + "\n## Three slide\n\nThe loss is {{ loss | 0.00 }}.\n";

    @Test
    void aSaveRendersOnlyTheSlidesItChangedAndGivesWhatAFullRenderGives() {
        build(DECK);
        assertEquals(List.of("One slide", "Two slide", "Three slide"), rendered.get(0));

        // two lines more in the first slide: the others move down, unchanged
        String edited = DECK.replace("The output is", "A new line.\n\nThe output is");
        DeckPipeline.BuiltDeck again = build(edited);
        assertEquals(List.of("One slide"), rendered.get(1));
        assertSameDeck(fresh(edited), again);

        assertEquals(1, frontsRead, "the front matter was the same");

        build(edited); // nothing changed in the slides
        assertEquals(List.of(), rendered.get(2));

        // a new network: every value may have changed, so every slide is rendered again
        String network = edited.replace("learning_rate: 0.5", "learning_rate: 0.25");
        DeckPipeline.BuiltDeck retrained = build(network);
        assertEquals(List.of("One slide", "Two slide", "Three slide"), rendered.get(3));
        assertEquals(2, frontsRead);
        assertSameDeck(fresh(network), retrained);
    }

    @Test
    void aProblemInAChangedSlideIsReportedWhereItIsAndTheFixReusesTheOthers() {
        String moved = DECK.replace("The output is", "A new line.\n\nThe output is");
        build(DECK);
        build(moved);
        String broken = moved.replace("{{ loss | 0.00 }}", "{{ los }}"); // in the third slide, moved down two lines
        BuildFailure f = assertThrows(BuildFailure.class, () -> build(broken));
        assertEquals(List.of("Three slide"), rendered.get(2));
        BuildFailure full = assertThrows(BuildFailure.class, () -> fresh(broken));
        assertEquals(full.problems(), f.problems());
        assertTrue(f.getMessage().contains("deck.md:39:13"), f.getMessage());

        String fixed = broken.replace("{{ los }}", "{{ loss }}");
        DeckPipeline.BuiltDeck built = build(fixed);
        assertEquals(List.of("Three slide"), rendered.get(3));
        assertSameDeck(fresh(fixed), built);
    }

    private static void assertSameDeck(DeckPipeline.BuiltDeck expected, DeckPipeline.BuiltDeck actual) {
        DeckView e = expected.view();
        DeckView a = actual.view();
        assertEquals(e.readingSeconds(), a.readingSeconds());
        assertEquals(e.slides().size(), a.slides().size());
        for (int i = 0; i < e.slides().size(); i++) {
            SlideView es = e.slides().get(i);
            SlideView as = a.slides().get(i);
            assertEquals(es, as, "slide " + (i + 1));
        }
        assertEquals(e, a);
        assertEquals(expected.files().keySet(), actual.files().keySet());
        expected.files().forEach((k, v) -> assertArrayEquals(v, actual.files().get(k), k));
    }
}
