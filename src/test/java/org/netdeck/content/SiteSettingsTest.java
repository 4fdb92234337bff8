package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netdeck.problem.BuildFailure;

class SiteSettingsTest {

    private static final Path FILE = Path.of("content/site.yml");

    @Test
    void readsEveryKey() {
        SiteSettings s =
                SiteSettings.parse(FILE, Optional.of("title: Explainers\ndescription: Math, computed.\nlang: en-GB\n"));
        assertEquals(new SiteSettings("Explainers", "Math, computed.", "en-GB"), s);
    }

    @Test
    void readsThePublishedUrlWithOneFinalSlash() {
        assertEquals(
                "https://me.github.io/decks/",
                SiteSettings.parse(FILE, Optional.of("url: https://me.github.io/decks\n"))
                        .url());
        assertEquals(
                "http://localhost:8000/",
                SiteSettings.parse(FILE, Optional.of("url: http://localhost:8000/\n"))
                        .url());
        assertEquals("", SiteSettings.parse(FILE, Optional.of("title: x\n")).url());
        BuildFailure f = assertThrows(
                BuildFailure.class, () -> SiteSettings.parse(FILE, Optional.of("title: x\nurl: me.github.io/decks\n")));
        assertEquals(
                "content/site.yml:2:6: error: url 'me.github.io/decks' is not an http or https address; write where"
                        + " the site is published, like 'url: https://you.github.io/explainers/'",
                f.problems().get(0).toString());
    }

    @Test
    void noFileOrAnEmptyFileGivesTheDefaults() {
        assertEquals(SiteSettings.DEFAULTS, SiteSettings.parse(FILE, Optional.empty()));
        assertEquals(SiteSettings.DEFAULTS, SiteSettings.parse(FILE, Optional.of("# nothing yet\n")));
        assertEquals("x", SiteSettings.parse(FILE, Optional.of("title: x\n")).title());
        assertEquals("en", SiteSettings.parse(FILE, Optional.of("title: x\n")).lang());
    }

    @Test
    void anUnknownKeySuggestsTheNearestWithLineAndColumn() {
        BuildFailure f = assertThrows(
                BuildFailure.class, () -> SiteSettings.parse(FILE, Optional.of("title: x\ndescripton: y\n")));
        assertEquals(
                "content/site.yml:2:1: error: unknown key 'descripton' in site.yml; did you mean 'description'? "
                        + "The keys allowed here are 'title', 'description', 'lang', 'url'",
                f.problems().get(0).toString());
    }

    @Test
    void badValuesAreReportedWhereTheyAre() {
        BuildFailure f = assertThrows(
                BuildFailure.class, () -> SiteSettings.parse(FILE, Optional.of("title: ''\nlang: english language\n")));
        assertEquals(2, f.problems().size());
        assertTrue(
                f.problems().get(0).toString().startsWith("content/site.yml:1:8: error: title is empty"),
                f.getMessage());
        assertTrue(
                f.problems()
                        .get(1)
                        .toString()
                        .startsWith("content/site.yml:2:7: error: lang 'english language' is not a language tag"),
                f.getMessage());
    }

    @Test
    void brokenYamlIsAPositionedError() {
        BuildFailure f = assertThrows(BuildFailure.class, () -> SiteSettings.parse(FILE, Optional.of("title: [x\n")));
        assertTrue(f.getMessage().startsWith("content/site.yml:"), f.getMessage());
    }
}
