package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.BuildFailure;

class ThemeTest {

    @Test
    void bundledThemeHasEveryTemplateAndAsset() {
        Theme theme = Theme.bundled();
        assertEquals(Set.of("base.ftlh", "deck.ftlh", "index.ftlh", "partials/controls.ftlh"), theme.templates().keySet());
        assertEquals(Set.of("assets/deck.css", "assets/deck.js", "assets/favicon.svg"), theme.assets().keySet());
        assertTrue(theme.templates().get("deck.ftlh").contains("?no_esc"));
    }

    @Test
    void directoryThemeReadsTemplatesAndAssetsOnly(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("assets/img"));
        Files.createDirectories(dir.resolve("partials"));
        Files.writeString(dir.resolve("deck.ftlh"), "d");
        Files.writeString(dir.resolve("index.ftlh"), "i");
        Files.writeString(dir.resolve("partials/x.ftlh"), "x");
        Files.writeString(dir.resolve("README.md"), "not part of the site");
        Files.write(dir.resolve("assets/img/a.png"), new byte[] {1, 2, 3});
        Theme theme = Theme.fromDirectory(dir);
        assertEquals(Set.of("deck.ftlh", "index.ftlh", "partials/x.ftlh"), theme.templates().keySet());
        assertEquals(Set.of("assets/img/a.png"), theme.assets().keySet());
        assertEquals(3, theme.assets().get("assets/img/a.png").length);
        assertEquals(dir, theme.origin());
    }

    @Test
    void missingRequiredTemplateIsABuildFailureNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("deck.ftlh"), "d");
        BuildFailure e = assertThrows(BuildFailure.class, () -> Theme.fromDirectory(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("index.ftlh").toString().replace('\\', '/') + ": error: "),
                e.getMessage());
    }

    @Test
    void missingFolderIsABuildFailure(@TempDir Path dir) {
        BuildFailure e = assertThrows(BuildFailure.class, () -> Theme.fromDirectory(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("--templates"), e.getMessage());
    }

    @Test
    void nonUtf8TemplateIsABuildFailure(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.ftlh"), "i");
        Files.write(dir.resolve("deck.ftlh"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        BuildFailure e = assertThrows(BuildFailure.class, () -> Theme.fromDirectory(dir));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
