package org.netdeck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.site.BuildListener;
import org.netdeck.testing.TinySite;

class LiveSiteTest {

    @TempDir
    Path tmp;

    @Test
    void keepsTheLastGoodSiteThroughAFailureAndCountsOnlyRealChanges() throws IOException {
        Path c = TinySite.write(tmp.resolve("content"), Map.of("tiny/deck.md", TinySite.TINY_DECK));
        LiveSite site = new LiveSite(c, Optional.empty());
        assertEquals(Rebuild.Outcome.RELOAD, site.rebuild(BuildListener.SILENT));
        LiveSite.State good = site.state();
        assertEquals(1, good.siteVersion());
        assertTrue(good.ok() && good.files().containsKey("tiny/index.html"));

        Path deck = c.resolve("tiny/deck.md").toAbsolutePath();
        assertEquals(
                Rebuild.Outcome.UNCHANGED,
                site.rebuild(List.of(deck), BuildListener.SILENT),
                "a save that changed nothing");

        Files.writeString(deck, TinySite.TINY_DECK.replace("iterations: 3", "iterations: many"));
        assertEquals(Rebuild.Outcome.FAILED, site.rebuild(List.of(deck), BuildListener.SILENT));
        LiveSite.State failed = site.state();
        assertSame(good.files(), failed.files());
        assertEquals(1, failed.siteVersion());
        assertEquals(20, failed.problems().get(0).where().line());

        Files.writeString(deck, TinySite.TINY_DECK);
        assertEquals(Rebuild.Outcome.RELOAD, site.rebuild(List.of(deck), BuildListener.SILENT), "a fix always reloads");
        assertEquals(2, site.state().siteVersion());
        assertTrue(site.state().ok());
    }

    @Test
    void aBrokenTemplateIsAProblemUntilFixedEvenWhenOnlyContentChangesMeanwhile() throws IOException {
        Path c = TinySite.write(tmp.resolve("content"), Map.of("tiny/deck.md", TinySite.TINY_DECK));
        Path theme = TinySite.write(
                tmp.resolve("templates"),
                Map.of(
                        "deck.ftlh",
                        "<html><body>${deck.title}</body></html>",
                        "index.ftlh",
                        "<html><body>index</body></html>"));
        LiveSite site = new LiveSite(c, Optional.of(theme));
        site.rebuild(BuildListener.SILENT);
        Path deckTemplate = theme.resolve("deck.ftlh").toAbsolutePath();
        Files.writeString(deckTemplate, "<html><body>${deck.title</body></html>");
        assertEquals(Rebuild.Outcome.FAILED, site.rebuild(List.of(deckTemplate), BuildListener.SILENT));
        assertTrue(
                site.state().problems().get(0).toString().contains("deck.ftlh:1:"),
                site.state().problems().toString());

        Path deck = c.resolve("tiny/deck.md").toAbsolutePath();
        Files.writeString(deck, TinySite.TINY_DECK.replace("title: Tiny", "title: Retitled"));
        assertEquals(
                Rebuild.Outcome.FAILED, site.rebuild(List.of(deck), BuildListener.SILENT), "the theme is still broken");

        Files.writeString(deckTemplate, "<html><body>[${deck.title}]</body></html>");
        assertEquals(Rebuild.Outcome.RELOAD, site.rebuild(List.of(deckTemplate), BuildListener.SILENT));
        assertTrue(new String(site.state().files().get("tiny/index.html")).contains("[Retitled]"));
    }

    @Test
    void aBuildOverTheLimitIsGivenUpAndAnErrorIsAProblemAndTheNextBuildWorks() throws IOException {
        Path c = TinySite.write(tmp.resolve("content"), Map.of("tiny/deck.md", TinySite.TINY_DECK));
        LiveSite site = new LiveSite(c, Optional.empty());
        assertEquals(Rebuild.Outcome.RELOAD, site.rebuild(BuildListener.SILENT));
        LiveSite.State good = site.state();
        Path deck = c.resolve("tiny/deck.md").toAbsolutePath();
        Files.writeString(deck, TinySite.TINY_DECK.replace("title: Tiny", "title: Slow"));

        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        BuildListener hangs = report -> {
            try {
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                stopped.countDown(); // the given-up build was told to stop
                Thread.currentThread().interrupt();
            }
        };
        assertEquals(Rebuild.Outcome.FAILED, site.rebuild(List.of(deck), hangs, Duration.ofSeconds(1)));
        assertTrue(
                site.state()
                        .problems()
                        .get(0)
                        .toString()
                        .startsWith(deck + ": error: building took longer than the 1 s"),
                site.state().problems().toString());
        assertSame(good.files(), site.state().files());
        assertTrue(awaitQuietly(stopped), "the abandoned build was interrupted");

        BuildListener breaks = report -> {
            throw new OutOfMemoryError("Java heap space");
        };
        assertEquals(Rebuild.Outcome.FAILED, site.rebuild(List.of(deck), breaks));
        assertTrue(
                site.state().problems().get(0).message().startsWith("netdeck ran out of memory"),
                site.state().problems().toString());
        assertTrue(!site.state().ok());

        assertEquals(Rebuild.Outcome.RELOAD, site.rebuild(List.of(deck), BuildListener.SILENT));
        assertTrue(new String(site.state().files().get("tiny/index.html")).contains("Slow"));
    }

    private static boolean awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            return latch.await(LiveClient.PATIENCE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
