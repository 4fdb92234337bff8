package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Trace;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckParts;
import org.netdeck.testing.DefaultDeck;

/** Which Markdown URLs name a file of the deck's folder, and where the slide text says they are. */
class LocalFileTest {

    private static final Trace TRACE = Backprop.compute(DefaultDeck.network());

    /** {@code markdown} as the body of a slide starting on line 3, rendered. */
    private static RenderedSlide render(String markdown) {
        return new SlideText()
                .render(DeckParts.deck(DeckParts.slide("S", markdown, 3)), TRACE)
                .get(0);
    }

    @Test
    void aRelativePathInsideTheDeckFolderIsADeckFile() {
        Map<String, String> inDeck = Map.of(
                "net.png", "net.png",
                "./img/net.png", "img/net.png",
                "img/../net.png", "net.png",
                "img//net.png?v=2#top", "img/net.png",
                "my%20net.png", "my net.png",
                "%C3%A9t%C3%A9.svg", "été.svg",
                "100%.png", "100%.png",
                " data.csv ", "data.csv",
                "diagrams.png", "diagrams.png");
        inDeck.forEach((url, path) -> assertEquals(new LocalFile.InDeck(path), LocalFile.target(url), url));
    }

    @Test
    void everythingElseIsNotTheDecksFile() {
        for (String url : List.of(
                "https://example.org/net.png",
                "HTTP://example.org/",
                "mailto:a@b.c",
                "data:image/png;base64,AAAA",
                "//cdn.example.org/x.png",
                "/assets/deck.css",
                "#slide-3",
                "?q=1",
                "",
                "../other-deck/",
                "img/",
                ".")) {
            assertInstanceOf(LocalFile.Elsewhere.class, LocalFile.target(url), url);
        }
        assertInstanceOf(LocalFile.Outside.class, LocalFile.target("../net.png"));
        assertInstanceOf(LocalFile.Outside.class, LocalFile.target("img/../../net.png"));
        assertInstanceOf(LocalFile.Elsewhere.class, LocalFile.target("tel:123")); // any scheme
    }

    @Test
    void theSlidesNameTheirFilesWithTheirPlaceInTheDeckFile() {
        String markdown = "![Net](img/net.png) and [data](data.csv \"the data\")\n\n"
                + "[web](https://example.org) [top](#slide-1) [deck](../other/) [trace](trace.json)\n\n"
                + "![ref][pic]\n\n[pic]: pic.png\n";
        RenderedSlide slide = render(markdown);
        List<LocalFile> files = slide.files();
        assertEquals(
                List.of("img/net.png", "data.csv", "trace.json", "pic.png"),
                files.stream().map(LocalFile::path).toList()); // the build tells its own trace.json apart
        assertEquals(
                List.of(true, false, false, true),
                files.stream().map(LocalFile::image).toList());
        assertEquals(3, files.get(0).where().line());
        assertEquals(8, files.get(0).where().column());
        assertEquals(3, files.get(1).where().line());
        assertEquals(32, files.get(1).where().column());
        assertEquals(9, files.get(3).where().line());
        // the page keeps the URL as written: the file is published at the same place beside it
        assertEquals(
                "img/net.png",
                Jsoup.parseBodyFragment(slide.html()).selectFirst("img").attr("src"));
    }

    @Test
    void picturesWrittenAsHtmlAreTheDecksFilesToo() {
        String markdown = "A picture sized by hand: <img src=\"img/a.png\" width=\"300\" alt=\"A\">.\n\n"
                + "<figure>\n<IMG alt='B' SRC='b.png'>\n<video poster=c.png controls></video>\n</figure>\n\n"
                + "`<img src=\"code.png\">` is code, <img src=\"https://example.org/d.png\" alt=\"D\"> another site's.\n";
        RenderedSlide slide = render(markdown);
        List<LocalFile> files = slide.files();
        assertEquals(
                List.of("img/a.png", "b.png", "c.png"),
                files.stream().map(LocalFile::path).toList());
        assertEquals(
                List.of(true, true, false), files.stream().map(LocalFile::image).toList());
        assertEquals(3, files.get(0).where().line());
        assertEquals(36, files.get(0).where().column());
        assertEquals(6, files.get(1).where().line());
        assertEquals(19, files.get(1).where().column());
        assertEquals(7, files.get(2).where().line());
        assertEquals(15, files.get(2).where().column());

        List<Problem> p = assertThrows(BuildFailure.class, () -> render("<img src=\"../up.png\" alt=\"up\">"))
                .problems();
        assertEquals(1, p.size());
        assertTrue(p.get(0).message().startsWith("the image '../up.png' is outside the deck's folder"), p::toString);
        assertEquals(11, p.get(0).where().column());
    }

    @Test
    void anImageOutsideTheDeckFolderIsAnErrorAtItsUrl() {
        List<Problem> p = assertThrows(BuildFailure.class, () -> render("See ![up](../shared/net.png)."))
                .problems();
        assertEquals(1, p.size());
        assertTrue(
                p.get(0).message().startsWith("the image '../shared/net.png' is outside the deck's folder"),
                p::toString);
        assertTrue(p.get(0).message().endsWith("such as 'net.png'"), p::toString);
        assertEquals(3, p.get(0).where().line());
        assertEquals(11, p.get(0).where().column());
    }
}
