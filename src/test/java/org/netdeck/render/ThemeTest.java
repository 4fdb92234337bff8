package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.BuildFailure;

class ThemeTest {

    /** A part of the bundled deck.js a theme replaces in these tests. */
    private static final String OVERRIDDEN = "presenter.js";

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

    /** The published deck.js the bundled parts make, with {@code part} read from {@code replaced} instead. */
    private static String bundledScriptWith(String part, String replaced) throws Exception {
        Path parts = Path.of("templates/js/deck");
        StringBuilder joined = new StringBuilder("(() => {\n'use strict';\n");
        for (String line : Files.readAllLines(parts.resolve("parts.txt"))) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty()) {
                joined.append(name.equals(part) ? replaced : Files.readString(parts.resolve(name)));
            }
        }
        return joined.append("})();\n").toString();
    }

    private static Path themeWithTemplates(Path dir) throws Exception {
        Files.writeString(dir.resolve("deck.ftlh"), "d");
        Files.writeString(dir.resolve("index.ftlh"), "i");
        return dir;
    }

    @Test
    void theBundledScriptIsItsPartsJoinedInTheirListedOrder() throws Exception {
        assertEquals(
                bundledScriptWith("", ""),
                new String(Theme.bundled().assets().get("assets/deck.js"), StandardCharsets.UTF_8));
    }

    @Test
    void aThemeFolderWithOnePartReplacesJustThatPartOfTheBundledScript(@TempDir Path dir) throws Exception {
        Path theme = themeWithTemplates(dir);
        Files.createDirectories(theme.resolve("js/deck"));
        String mine = "// mine\nconst presenterPanel = () => null;\n";
        Files.writeString(theme.resolve("js/deck/" + OVERRIDDEN), mine);
        String published =
                new String(Theme.fromDirectory(theme).assets().get("assets/deck.js"), StandardCharsets.UTF_8);
        assertEquals(bundledScriptWith(OVERRIDDEN, mine), published);
        assertTrue(published.contains(mine), published);
    }

    @Test
    void aThemeWithItsOwnListJoinsItsOwnPartsInThatOrder(@TempDir Path dir) throws Exception {
        Path theme = themeWithTemplates(dir);
        Files.createDirectories(theme.resolve("js/tools"));
        Files.writeString(theme.resolve("js/tools/parts.txt"), "# first b, then a\nb.js\n  a.js  # the last\n");
        Files.writeString(theme.resolve("js/tools/a.js"), "a();");
        Files.writeString(theme.resolve("js/tools/b.js"), "b();\n");
        Theme t = Theme.fromDirectory(theme);
        assertEquals(Set.of("assets/tools.js"), t.assets().keySet(), "no deck.js: the theme has none of its parts");
        assertEquals(
                "(() => {\n'use strict';\nb();\na();\n})();\n",
                new String(t.assets().get("assets/tools.js"), StandardCharsets.UTF_8));
    }

    @Test
    void aPartNotListedAMissingPartAndAScriptBothWholeAndInPartsAreBuildFailures(@TempDir Path dir) throws Exception {
        Path theme = themeWithTemplates(dir);
        Files.createDirectories(theme.resolve("js/deck"));
        Files.writeString(theme.resolve("js/deck/presentr.js"), "x();");
        BuildFailure typo = assertThrows(BuildFailure.class, () -> Theme.fromDirectory(theme));
        assertEquals(
                theme.resolve("js/deck/presentr.js") + ": error: this file is not listed in "
                        + Path.of("templates/js/deck/parts.txt")
                        + ", so it would never run; list it there (a part that replaces the bundled one has the"
                        + " same name), or remove it",
                typo.getMessage());

        Files.writeString(theme.resolve("js/deck/parts.txt"), "presentr.js\n\n  gone.js\n");
        BuildFailure missing = assertThrows(BuildFailure.class, () -> Theme.fromDirectory(theme));
        assertEquals(
                theme.resolve("js/deck/parts.txt") + ":3:3: error: there is no part js/deck/gone.js; add the file,"
                        + " or remove its line from parts.txt",
                missing.getMessage());

        Files.writeString(theme.resolve("js/deck/parts.txt"), "presentr.js\n");
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/deck.js"), "whole();");
        BuildFailure both = assertThrows(BuildFailure.class, () -> Theme.fromDirectory(theme));
        assertTrue(
                both.getMessage()
                        .startsWith(theme.resolve("assets/deck.js") + ": error: the theme has this script"
                                + " both whole and in parts (in js/deck/)"),
                both.getMessage());
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
