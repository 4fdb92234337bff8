package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.OneDeck;

/**
 * F5 (a second audit): speaker notes are stored as escaped text in their {@code <template>}, so nothing an author
 * writes in them ({@code </template>}, {@code </script>}, {@code <!--}) can end it and reach the page.
 */
class NotesTest {

    @Test
    void notesCannotEndTheirTemplate(@TempDir Path dir) throws Exception {
        String notes =
                "Hidden *words*.\n\n</template><script>window.pwned = 1</script>\n\n" + "</script> <!-- never closed\n";
        Path content = OneDeck.write(dir.resolve("content"), OneDeck.TEXT + "\n:::notes\n" + notes + ":::\n");
        Path out = dir.resolve("site");
        SiteBuild.build(content, Optional.of(Path.of("templates")), out);
        String html = Files.readString(out.resolve("one/index.html"));
        Document page = Jsoup.parse(html);

        assertEquals(1, page.select("template[data-notes]").size(), html);
        Element template = page.selectFirst("template[data-notes]");
        assertTrue(template.children().isEmpty(), "the notes are text in the template, not elements");
        String stored = template.text();
        assertTrue(stored.contains("<p>Hidden <em>words</em>.</p>"), stored);
        assertTrue(stored.contains("</template><script>window.pwned = 1</script>"), stored);
        assertFalse(html.contains("<script>window.pwned"), "the script is never markup on the page");
        assertEquals(
                page.select("script").size(),
                page.select("script[src], script[type=application/json]").size(),
                "no inline script but the page's own data: " + page.select("script"));
        page.select("template").remove();
        assertFalse(page.text().contains("Hidden"), "the notes are not page text");
    }
}
