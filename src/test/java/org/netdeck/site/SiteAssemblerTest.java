package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.BuildFailure;
import org.netdeck.render.Theme;
import org.netdeck.testing.TinySite;

/** One assembler building again and again, as {@code serve} uses it: only what changed is made again. */
class SiteAssemblerTest {

    @TempDir
    Path tmp;

    private final List<DeckReport> reports = new ArrayList<>();

    private Path content() {
        return TinySite.write(
                tmp.resolve("content"),
                Map.of(
                        "site.yml",
                        TinySite.SITE_YML,
                        "a/deck.md",
                        TinySite.TINY_DECK,
                        "b/deck.md",
                        TinySite.TINY_DECK.replace("title: Tiny", "title: Bee")));
    }

    private SiteAssembler.Site assemble(SiteAssembler assembler, Path content) {
        reports.clear();
        return assembler.assemble(ContentTree.read(content), reports::add);
    }

    private List<DeckReport.Work> work() {
        return reports.stream().map(DeckReport::work).toList();
    }

    @Test
    void reportsEachDeckInOrderWithItsSlides() {
        assemble(new SiteAssembler(Theme.bundled()), content());
        assertEquals(2, reports.size());
        assertEquals(
                new DeckReport(
                        1, 2, "a", 2, DeckReport.Work.FULL, reports.get(0).nanos()),
                reports.get(0));
        assertEquals("b", reports.get(1).slug());
        assertEquals(2, reports.get(1).total());
    }

    @Test
    void aRebuildRedoesOnlyWhatAChangeTouchesAndGivesTheSameBytesAsAFreshBuild() throws IOException {
        Path c = content();
        SiteAssembler assembler = new SiteAssembler(Theme.bundled());
        assemble(assembler, c);
        // the two decks share a network: the second reused the first one's trace and diagrams
        assertEquals(List.of(DeckReport.Work.FULL, DeckReport.Work.TEXT), work());

        assemble(assembler, c);
        assertEquals(List.of(DeckReport.Work.NONE, DeckReport.Work.NONE), work());

        Files.writeString(c.resolve("a/deck.md"), TinySite.TINY_DECK.replace("## Two slide", "## Second slide"));
        assemble(assembler, c);
        assertEquals(List.of(DeckReport.Work.TEXT, DeckReport.Work.NONE), work());

        Files.writeString(
                c.resolve("a/deck.md"), TinySite.TINY_DECK.replace("learning_rate: 0.5", "learning_rate: 0.25"));
        assemble(assembler, c);
        assertEquals(List.of(DeckReport.Work.FULL, DeckReport.Work.NONE), work());

        Files.writeString(c.resolve("site.yml"), "title: Renamed\n");
        SiteAssembler.Site site = assemble(assembler, c);
        assertEquals(List.of(DeckReport.Work.PAGE, DeckReport.Work.PAGE), work());

        Map<String, byte[]> fresh =
                new SiteAssembler(Theme.bundled()).assemble(ContentTree.read(c)).files();
        assertEquals(fresh.keySet(), site.files().keySet());
        fresh.forEach((k, v) -> assertArrayEquals(v, site.files().get(k), k));
        assertTrue(new String(site.files().get("a/index.html"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Renamed"));
    }

    @Test
    void aNewThemeRendersEveryPageAgainAndNothingElse() {
        Path c = content();
        SiteAssembler assembler = new SiteAssembler(Theme.bundled());
        assemble(assembler, c);
        assembler.theme(Theme.bundled());
        assemble(assembler, c);
        assertEquals(List.of(DeckReport.Work.PAGE, DeckReport.Work.PAGE), work());
    }

    @Test
    void aBrokenDeckFailsTheBuildAndItsFixIsBuiltFromScratchWhileTheOtherIsReused() throws IOException {
        Path c = content();
        SiteAssembler assembler = new SiteAssembler(Theme.bundled());
        assemble(assembler, c);
        Files.writeString(
                c.resolve("b/deck.md"), TinySite.TINY_DECK.replace("loss: half_squared_error", "loss: hinge"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> assemble(assembler, c));
        assertTrue(f.getMessage().contains("b/deck.md:16:"), f.getMessage());
        assertEquals(List.of(DeckReport.Work.NONE), work(), "the good deck was reported, the broken one not");

        Files.writeString(c.resolve("b/deck.md"), TinySite.TINY_DECK.replace("title: Tiny", "title: Fixed"));
        assemble(assembler, c);
        assertEquals(List.of(DeckReport.Work.NONE, DeckReport.Work.TEXT), work());
    }

    @Test
    void aDeletedDeckIsForgotten() throws IOException {
        Path c = content();
        SiteAssembler assembler = new SiteAssembler(Theme.bundled());
        assemble(assembler, c);
        Publisher.deleteQuietly(c.resolve("b"));
        SiteAssembler.Site site = assemble(assembler, c);
        assertEquals(List.of("a"), site.decks());
        assertTrue(
                site.files().keySet().stream().noneMatch(k -> k.startsWith("b/")),
                site.files().keySet().toString());
        assertEquals(
                Optional.empty(),
                site.files().keySet().stream()
                        .filter(k -> k.contains("__netdeck"))
                        .findAny());
    }
}
