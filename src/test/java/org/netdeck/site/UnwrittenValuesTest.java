package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dense layer's diagram leaves texts out of its picture (no room at a legible size) and lists them in its
 * description for a screen reader; the page also lists them under the slide's text, in a {@code <details>} a sighted
 * keyboard user opens: every left-out value, in the description's order, and no list where nothing is left out.
 */
class UnwrittenValuesTest {

    private static final String MARK = " Not written in the picture (no room at a legible size): ";

    @Test
    void everyValueLeftOutOfAPictureIsListedUnderTheSlidesText(@TempDir Path out) throws IOException {
        SiteBuild.build(Path.of("src/test/resources/browser/legible-content"), Optional.of(Path.of("templates")), out);
        int listed = 0;
        for (String deck : List.of("densest", "full221")) {
            Document page = Jsoup.parse(Files.readString(out.resolve(deck + "/index.html")));
            for (Element slide : page.select("section[data-slide]")) {
                Element desc = slide.selectFirst(".diagram svg desc");
                Element details = slide.selectFirst(".slide-body details.diagram-values");
                int at = desc == null ? -1 : desc.text().indexOf(MARK.trim());
                if (at < 0) {
                    assertEquals(null, details, deck + " " + slide.id() + ": nothing left out, no list");
                    continue;
                }
                String left = desc.text().substring(at + MARK.trim().length()).trim();
                List<String> expected =
                        Arrays.asList(left.substring(0, left.length() - 1).split("; "));
                assertTrue(details != null, deck + " " + slide.id() + ": values left out, but no list");
                assertEquals(expected, details.select("li").eachText(), deck + " " + slide.id());
                assertEquals(
                        "Values not written in the picture (" + expected.size() + ")",
                        details.selectFirst("summary").text());
                assertEquals("0", details.selectFirst("ul").attr("tabindex"), "the list scrolls by keyboard");
                listed++;
            }
        }
        assertTrue(listed > 0, "the densest network leaves values out on some slide");
    }
}
