package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Trace;
import org.netdeck.content.Deck;
import org.netdeck.content.Slide;
import org.netdeck.content.SlideParser;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.testing.DeckParts;
import org.netdeck.testing.DefaultDeck;

/** Fragments wrapped in the slide's HTML; highlights checked against the network. */
class FragmentTextTest {

    private static final Trace TRACE = DefaultDeck.trace();
    private static final SlideText TEXT = new SlideText();

    private static Deck deck(String body) {
        List<Slide> slides = new SlideParser().parse(DeckParts.FILE, body, 3);
        return new Deck("backprop", DeckParts.FILE, DeckParts.front("B", "S"), slides);
    }

    @Test
    void eachFragmentIsWrappedWithItsHighlights() {
        String html = TEXT.render(deck("""
                ## One
                <!-- diagram: chain-rule -->
                Intro {{ yhat }}.
                <!-- step: highlight yhat w3 -->
                - a
                - b
                <!-- step -->
                Last.
                """), TRACE).get(0).html();
        Elements frags = Jsoup.parseBodyFragment(html).select("div.fragment");
        assertEquals(2, frags.size(), html);
        Element one = frags.get(0);
        assertEquals("1", one.attr("data-fragment"));
        assertEquals("yhat w3", one.attr("data-highlight"));
        assertEquals(2, one.select("li").size());
        assertEquals("2", frags.get(1).attr("data-fragment"));
        assertTrue(!frags.get(1).hasAttr("data-highlight"));
        assertEquals("Last.", frags.get(1).text());
        assertTrue(Jsoup.parseBodyFragment(html).body().child(0).text().startsWith("Intro"), html);
        assertTrue(!html.contains("<!--"), html);
    }

    @Test
    void unknownHighlightIsAnErrorAtTheNameWithASuggestion() {
        List<Problem> p = assertThrows(BuildFailure.class, () -> TEXT.render(deck("""
                ## One
                <!-- diagram: update -->
                <!-- step: highlight yhat w33 -->
                """), TRACE))
                .problems();
        assertEquals(1, p.size());
        assertEquals(new SourcePosition(DeckParts.FILE, 5, 27), p.get(0).where());
        assertTrue(
                p.get(0).message().contains("unknown diagram part 'w33'; did you mean 'w3'?"),
                p.get(0).message());
    }

    @Test
    void aHighlightNeedsANetworkDiagram() {
        List<Problem> p = assertThrows(BuildFailure.class, () -> TEXT.render(deck("""
                ## One
                text
                <!-- step: highlight yhat -->
                ## Two
                <!-- diagram: training -->
                <!-- step: highlight h1 -->
                """), TRACE))
                .problems();
        assertEquals(2, p.size());
        assertEquals(new SourcePosition(DeckParts.FILE, 5, 1), p.get(0).where());
        assertTrue(p.get(0).message().contains("shows no network diagram"));
        assertEquals(8, p.get(1).where().line());
    }
}
