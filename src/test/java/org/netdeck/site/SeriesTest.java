package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.withTopLevel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.content.Series;
import org.netdeck.content.SeriesEntry;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckTexts;
import org.netdeck.testing.TinySite;

/** A series: {@code series:} and {@code order:} in the front matter; "part N of M", the next deck, the index's path. */
class SeriesTest {

    @TempDir
    Path tmp;

    private static String deck(String title, String series, int order) {
        return DeckTexts.FULL
                .replace("title: Backpropagation", "title: " + title)
                .replace("series: Visual Explainer", "series: " + series + (order > 0 ? "\norder: " + order : ""));
    }

    @Test
    void orderIsAWholeNumberFromOneWithASeries() {
        assertProblem(only(withTopLevel("order", "0")), 5, 8, "order is 0", "from 1 to 1000");
        assertProblem(only(withTopLevel("order", "two")), 5, 8, "order is 'two'", "not a number");
        assertProblem(only(withTopLevel("order", "1001")), 5, 8, "order is 1001");
        assertProblem(
                only(DeckTexts.FULL.replace("series: Visual Explainer", "order: 2")),
                4,
                8,
                "names none",
                "add 'series:'");
        assertEquals(
                "Backpropagation", DeckTexts.parse(withTopLevel("order", "2")).title());
    }

    @Test
    void decksOfASeriesAreReadInOrderAndTwoInOnePlaceIsAnError() {
        Path f = Path.of("content/x/deck.md");
        List<SeriesEntry> entries = List.of(
                SeriesEntry.read("c", f, deck("Third", "S", 30)).orElseThrow(),
                SeriesEntry.read("a", f, deck("First", "S", 1)).orElseThrow(),
                SeriesEntry.read("b", f, deck("Second", "S", 7)).orElseThrow(),
                SeriesEntry.read("d", f, deck("Other", "T", 1)).orElseThrow(),
                SeriesEntry.read("e", f, deck("Clash", "S", 7)).orElseThrow());
        assertTrue(SeriesEntry.read("n", f, deck("None", "S", 0)).isEmpty(), "a series without an order is no step");
        Series s = Series.of(entries);
        assertEquals(
                List.of("a", "b", "c"),
                s.paths().get("S").stream().map(SeriesEntry::slug).toList());
        Series.Position b = s.position("b").orElseThrow();
        assertEquals(2, b.part());
        assertEquals(3, b.of());
        assertEquals("a", b.previous().slug());
        assertEquals("c", b.next().slug());
        assertNull(s.position("c").orElseThrow().next());
        assertEquals(1, s.position("d").orElseThrow().of());
        Problem clash = s.problems().get(0);
        assertEquals(1, s.problems().size());
        assertEquals("content/x/deck.md:5:8", clash.where().toString());
        assertTrue(clash.message().contains("order 7 is taken in the series 'S' by the deck 'b'"), clash.message());
    }

    @Test
    void eachPageSaysItsPartAndTheLastSlideLinksTheNext() throws IOException {
        Path content = TinySite.write(
                tmp.resolve("content"),
                Map.of(
                        "site.yml", TinySite.SITE_YML,
                        "one/deck.md", deck("One", "Course", 1),
                        "two/deck.md", deck("Two", "Course", 2),
                        "alone/deck.md", deck("Alone", "Course", 0)));
        Path out = tmp.resolve("site");
        SiteBuild.build(content, Optional.of(Path.of("templates")), out);
        Document one = Jsoup.parse(out.resolve("one/index.html").toFile(), "UTF-8");
        assertEquals(
                "Course, part 1 of 2", one.selectFirst(".title-slide .series").text());
        Element next = one.select("section.slide[id^=slide-]").last().selectFirst(".series-next a");
        assertNotNull(next, "the last slide links the next deck");
        assertEquals("../two/index.html", next.attr("href"));
        assertEquals("Two", next.text());
        assertEquals(1, one.select(".series-next").size(), "only the last slide");
        Document two = Jsoup.parse(out.resolve("two/index.html").toFile(), "UTF-8");
        assertEquals(
                "Course, part 2 of 2", two.selectFirst(".title-slide .series").text());
        assertTrue(two.select(".series-next").isEmpty(), "the last deck has no next");
        Document alone = Jsoup.parse(out.resolve("alone/index.html").toFile(), "UTF-8");
        assertEquals("Course", alone.selectFirst(".title-slide .series").text());
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        Element path = index.selectFirst("nav.series-path");
        assertEquals("Course: 2 parts in order", path.selectFirst("h2").text());
        assertEquals(
                List.of("one/index.html", "two/index.html"),
                path.select("ol li a").eachAttr("href"));
    }

    @Test
    void twoDecksInOnePlaceFailTheBuild() {
        Path content = TinySite.write(
                tmp.resolve("content"),
                Map.of(
                        "site.yml", TinySite.SITE_YML,
                        "one/deck.md", deck("One", "Course", 1),
                        "two/deck.md", deck("Two", "Course", 1)));
        BuildFailure f = assertThrows(
                BuildFailure.class,
                () -> SiteBuild.build(content, Optional.of(Path.of("templates")), tmp.resolve("site")));
        assertEquals(1, f.problems().size(), f.problems().toString());
        assertTrue(
                f.problems().get(0).where().toString().endsWith("two/deck.md:5:8"),
                f.problems().toString());
    }

    @Test
    void theThreeDecksOfThisSiteAreOneSeries() throws IOException {
        Path out = tmp.resolve("site");
        SiteBuild.build(Path.of("content"), Optional.of(Path.of("templates")), out);
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(
                List.of("backprop/index.html", "layers/index.html", "optimizers/index.html"),
                index.selectFirst("nav.series-path").select("a").eachAttr("href"));
        Document layers = Jsoup.parse(out.resolve("layers/index.html").toFile(), "UTF-8");
        assertEquals(
                "Visual Explainer, part 2 of 3",
                layers.selectFirst(".title-slide .series").text());
        assertEquals(
                "../optimizers/index.html",
                layers.select("section.slide[id^=slide-]")
                        .last()
                        .selectFirst(".series-next a")
                        .attr("href"));
    }
}
