package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.BuildFailure;

class ThemeTest {

    @Test
    void bundledThemeHasEveryTemplateAndAsset() {
        Theme theme = Theme.bundled();
        assertEquals(
                Set.of("base.ftlh", "deck.ftlh", "index.ftlh", "partials/controls.ftlh"),
                theme.templates().keySet());
        assertEquals(
                Set.of(
                        "assets/deck.css",
                        "assets/deck.js",
                        "assets/favicon.svg",
                        "assets/fonts/OFL.txt",
                        "assets/fonts/noto-sans-math.woff2"),
                theme.assets().keySet());
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
        assertEquals(
                Set.of("deck.ftlh", "index.ftlh", "partials/x.ftlh"),
                theme.templates().keySet());
        assertEquals(Set.of("assets/img/a.png"), theme.assets().keySet());
        assertEquals(3, theme.assets().get("assets/img/a.png").length);
        assertEquals(dir, theme.origin());
    }

    @Test
    void loadReadsTheGivenFolderElseTheBundledTheme(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("deck.ftlh"), "d");
        Files.writeString(dir.resolve("index.ftlh"), "i");
        Theme given = Theme.load(Optional.of(dir));
        assertEquals(dir, given.origin());
        assertEquals("d", given.templates().get("deck.ftlh"));
        Theme bundled = Theme.load(Optional.empty());
        assertEquals(Theme.bundled().templates(), bundled.templates());
        assertEquals(Path.of("templates"), bundled.origin());
    }

    @Test
    void missingRequiredTemplateIsABuildFailureNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("deck.ftlh"), "d");
        BuildFailure e = assertThrows(BuildFailure.class, () -> Theme.fromDirectory(dir));
        assertTrue(
                e.getMessage().startsWith(dir.resolve("index.ftlh").toString().replace('\\', '/') + ": error: "),
                e.getMessage());
    }

    @Test
    void aSymbolicLinkInsideTheThemeIsABuildFailureNamingItAndNothingIsRead(@TempDir Path dir) throws Exception {
        Path theme = Files.createDirectories(dir.resolve("templates"));
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("deck.ftlh"), "d");
        Files.writeString(theme.resolve("index.ftlh"), "i");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "SECRET");
        Files.createSymbolicLink(theme.resolve("assets/env.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(theme.resolve("assets/shared"), outside);
        Files.createSymbolicLink(theme.resolve("assets/inside.css"), theme.resolve("deck.ftlh"));
        BuildFailure e = assertThrows(BuildFailure.class, () -> Theme.fromDirectory(theme));
        String m = e.getMessage();
        assertEquals(3, e.problems().size(), m);
        assertTrue(
                m.contains(theme.resolve("assets/env.txt") + ": error: this is a symbolic link (to "
                        + outside.resolve("secret.txt") + "); a theme is read as regular files and folders only"),
                m);
        assertTrue(m.contains("Replace the link with a copy"), m);
        assertTrue(m.contains(theme.resolve("assets/shared") + ": error: this is a symbolic link"), m);
        assertTrue(m.contains(theme.resolve("assets/inside.css") + ": error: this is a symbolic link"), m);
        assertTrue(!m.contains("SECRET"), m);
    }

    @Test
    void theThemeFolderItselfMayBeALink(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("real/assets"));
        Files.writeString(real.resolveSibling("deck.ftlh"), "d");
        Files.writeString(real.resolveSibling("index.ftlh"), "i");
        Files.writeString(real.resolve("a.css"), "a");
        Path link = Files.createSymbolicLink(dir.resolve("templates"), real.getParent());
        Theme theme = Theme.fromDirectory(link);
        assertEquals(Set.of("assets/a.css"), theme.assets().keySet());
        assertEquals(link, theme.origin());
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
