package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.BuiltSite;

/**
 * Every deck in content/ is a ~120 s explainer (issue 30): its title slide says at most two minutes, that figure is
 * the one the reference's rule gives for the page as published (counted here from the HTML, not by the build's own
 * code), and its slide prose stays within 450 words; detail goes to the speaker notes.
 */
class DeckLengthTest {

    /** The reference's rule: a word is a run of non-space holding a letter or a digit. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    @TempDir
    static Path tmp;

    private static BuiltSite site;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSite.in(tmp);
    }

    @Test
    void everyDeckReadsInTwoMinutesAndItsTitleSlideSaysSoTruly() throws IOException {
        assertEquals(List.of("backprop", "layers", "optimizers", "softmax"), site.decks());
        List<String> wrong = new ArrayList<>();
        for (String slug : site.decks()) {
            Document page = site.page(slug);
            // a figure's list of the values it could not write is closed, not read (UnwrittenValuesTest)
            page.select("details.diagram-values").remove();
            Element title = page.selectFirst(".title-slide");
            int shown =
                    Integer.parseInt(title.selectFirst("time").attr("datetime").replaceAll("^PT(\\d+)S$", "$1"));
            int words = words(title.selectFirst("h1")) + words(title.selectFirst(".summary"));
            int prose = 0;
            for (Element slide : page.select("section.slide[id^=slide-]")) {
                Element body = slide.selectFirst(".slide-body");
                words += words(slide.selectFirst("h2")) + words(body);
                prose += proseWords(body);
            }
            int seconds = ((words * 60 + 199) / 200 + 9) / 10 * 10; // 200 words a minute, up to the next 10 s
            assertEquals(seconds, shown, slug + ": the title slide's reading time for " + words + " words");
            assertTrue(title.text().contains("~" + shown + " s"), slug + ": " + title.text());
            if (shown > 120 || prose > 450) {
                wrong.add(slug + ": ~" + shown + " s, " + prose + " words of slide prose");
            }
        }
        assertEquals(List.of(), wrong, "decks longer than ~120 s or 450 words of prose");
    }

    /** Words by the reference's rule: a formula is one word plus one per number in it. */
    private static int words(Element e) {
        if (e == null) {
            return 0;
        }
        Element copy = e.clone();
        int count = 0;
        for (Element math : copy.select("math")) {
            count += 1 + math.select("mn").size();
        }
        copy.select("math").remove();
        for (String token : copy.text().split("\\s+")) {
            count += WORD.matcher(token).find() ? 1 : 0;
        }
        return count;
    }

    /** Slide prose: the text around the formulas, split at spaces. */
    private static int proseWords(Element body) {
        if (body == null) {
            return 0;
        }
        Element copy = body.clone();
        copy.select("math").remove(); // Elements.remove() returns the removed formulas: read the copy, not them
        String text = copy.text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
