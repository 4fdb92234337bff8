package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts {@code serve} in-process on a free port over a temporary content folder, and edits it like an author. */
class LiveServerTest {

    @TempDir
    Path tmp;

    private Path content;
    private LiveServer server;
    private LiveClient browser;
    private final List<DeckReport> decks = new CopyOnWriteArrayList<>();

    private void start() {
        content = Fixtures.write(tmp.resolve("content"), Map.of("site.yml", Fixtures.SITE_YML, "tiny/deck.md", Fixtures.TINY_DECK));
        server = LiveServer.start(new LiveServer.Options(content, Optional.empty(), "127.0.0.1", 0, LiveServer.QUIET_PERIOD),
                new ServeListener() {
                    @Override
                    public void deckBuilt(DeckReport report) {
                        decks.add(report);
                    }

                    @Override
                    public void rebuilt(Rebuild rebuild) {
                    }
                });
        browser = new LiveClient(server.url());
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private String page(String path) {
        HttpResponse<String> r = browser.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private JsonNode status() throws IOException {
        return new ObjectMapper().readTree(page("/__netdeck/status"));
    }

    private void edit(String deck, String from, String to) throws IOException {
        Path file = content.resolve(deck + "/deck.md");
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Waits for events until the status satisfies {@code ok} (several bursts may come from one change). */
    private JsonNode awaitStatus(Predicate<JsonNode> ok) throws IOException {
        JsonNode s = status();
        while (!ok.test(s)) {
            browser.next();
            s = status();
        }
        return s;
    }

    /** Waits for events until {@code path} contains {@code text}; an earlier change's event may still be queued. */
    private void awaitPage(String path, String text) {
        while (!browser.get(path).body().contains(text)) {
            browser.next();
        }
    }

    @Test
    void servesTheSiteFromMemoryWithTheLiveScriptAddedToPagesOnly() throws IOException {
        start();
        String deck = page("/tiny/");
        assertTrue(deck.contains("One slide") && deck.contains("<script src=\"/__netdeck/live.js\"></script>\n</body>"), deck);
        assertTrue(page("/").contains("Fixture site"));
        assertTrue(page("/tiny/trace.json").startsWith("{"));
        assertFalse(page("/tiny/trace.json").contains("__netdeck"));
        assertTrue(page("/tiny/diagrams/forward.svg").contains("<svg"));
        assertTrue(page("/__netdeck/live.js").contains("EventSource"));
        HttpResponse<String> folder = browser.get("/tiny");
        assertEquals(301, folder.statusCode());
        assertEquals("/tiny/", folder.headers().firstValue("Location").orElseThrow());
        assertEquals(404, browser.get("/nope.html").statusCode());
        assertEquals(404, browser.get("/../content/site.yml").statusCode());
        assertTrue(status().get("ok").asBoolean());
        assertFalse(Files.exists(tmp.resolve("site")), "serve never writes a site folder");
        assertEquals(List.of("content"), list(tmp));
    }

    @Test
    void anEditReloadsOpenPagesAndServesTheNewText() throws IOException {
        start();
        long before = status().get("siteVersion").asLong();
        edit("tiny", "## Two slide", "## Second slide, edited");
        LiveClient.Event reload = browser.next("reload");
        assertEquals(before + 1, Long.parseLong(reload.data()));
        assertTrue(page("/tiny/").contains("Second slide, edited"));
        // prose only: the network's trace and diagrams were reused
        assertEquals(DeckReport.Work.TEXT, decks.get(decks.size() - 1).work());
    }

    @Test
    void aBrokenEditShowsTheProblemKeepsTheLastGoodSiteAndAFixRecovers() throws IOException {
        start();
        String good = page("/tiny/");
        edit("tiny", "learning_rate: 0.5", "learning_rate: fast");
        browser.next("problem");
        JsonNode s = status();
        assertFalse(s.get("ok").asBoolean());
        JsonNode p = s.get("problems").get(0);
        assertTrue(p.get("file").asText().endsWith("content/tiny/deck.md"), p.toString());
        assertEquals(17, p.get("line").asInt());
        assertEquals(18, p.get("column").asInt());
        assertTrue(p.get("message").asText().contains("not a number"), p.toString());
        assertTrue(p.get("text").asText().endsWith("deck.md:17:18: error: " + p.get("message").asText()));
        JsonNode excerpt = p.get("excerpt");
        assertEquals(5, excerpt.size());
        assertEquals(15, excerpt.get(0).get("number").asInt());
        assertEquals("  learning_rate: fast", excerpt.get(2).get("text").asText());
        assertTrue(excerpt.get(2).get("marked").asBoolean());
        assertFalse(excerpt.get(1).get("marked").asBoolean());
        assertEquals(good, page("/tiny/"), "the last good site is still served");

        edit("tiny", "learning_rate: fast", "learning_rate: 0.25");
        browser.next("reload");
        assertTrue(status().get("ok").asBoolean());
        assertEquals(0, status().get("problems").size());
        assertNotEquals(good, page("/tiny/"));
    }

    @Test
    void anAtomicSaveIsOneChange() throws IOException {
        start();
        Path file = content.resolve("tiny/deck.md");
        Path temp = content.resolve("tiny/.deck.md.swp");
        Files.writeString(temp, Fixtures.TINY_DECK.replace("## One slide", "## Saved atomically"));
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        browser.next("reload");
        assertTrue(page("/tiny/").contains("Saved atomically"));
        assertTrue(status().get("ok").asBoolean());
    }

    @Test
    void aNewDeckIsBuiltAndADeletedOneGoes() throws IOException {
        start();
        Fixtures.write(content, Map.of("second/deck.md", Fixtures.TINY_DECK.replace("title: Tiny", "title: Second")));
        awaitStatus(s -> s.get("ok").asBoolean() && s.get("siteVersion").asLong() > 1);
        String second = page("/second/");
        assertTrue(second.contains(">Second</h1>"), second);
        assertTrue(page("/").contains("second/index.html"));
        // the new folder is watched too
        edit("second", "## One slide", "## Edited in a new folder");
        awaitPage("/second/", "Edited in a new folder");

        Publisher.deleteQuietly(content.resolve("second"));
        awaitStatus(s -> s.get("ok").asBoolean() && browser.get("/second/").statusCode() == 404);
        assertFalse(page("/").contains("second/index.html"));
        assertTrue(page("/tiny/").contains("One slide"));
    }

    @Test
    void aDeletedContentFolderIsAProblemUntilItComesBack() throws IOException {
        start();
        String good = page("/tiny/");
        Publisher.deleteQuietly(content);
        JsonNode s = awaitStatus(st -> !st.get("ok").asBoolean()
                && st.get("problems").get(0).get("message").asText().contains("does not exist"));
        assertEquals(0, s.get("problems").get(0).get("excerpt").size());
        assertEquals(good, page("/tiny/"));

        // it comes back whole, as a restore from version control might bring it
        Path restored = Fixtures.write(tmp.resolve("restored"),
                Map.of("tiny/deck.md", Fixtures.TINY_DECK.replace("## One slide", "## Back again")));
        Files.move(restored, content);
        awaitStatus(st -> st.get("ok").asBoolean());
        assertTrue(page("/tiny/").contains("Back again"));
        // and it is watched again
        edit("tiny", "## Back again", "## And edited");
        awaitPage("/tiny/", "And edited");
    }

    @Test
    void aFirstBuildThatFailsServesAPageThatShowsTheProblem() throws IOException {
        content = Fixtures.write(tmp.resolve("content"), Map.of("tiny/deck.md", Fixtures.TINY_DECK.replace("loss: half_squared_error", "loss: hinge")));
        server = LiveServer.start(new LiveServer.Options(content, Optional.empty(), "127.0.0.1", 0, LiveServer.QUIET_PERIOD),
                ServeListener.SILENT);
        browser = new LiveClient(server.url());
        HttpResponse<String> r = browser.get("/tiny/");
        assertEquals(503, r.statusCode());
        assertTrue(r.body().contains("No site yet") && r.body().contains("/__netdeck/live.js"), r.body());
        assertEquals(0, status().get("siteVersion").asLong());
        assertEquals(16, status().get("problems").get(0).get("line").asInt());

        edit("tiny", "loss: hinge", "loss: half_squared_error");
        browser.next("reload");
        assertTrue(page("/tiny/").contains("One slide"));
    }

    @Test
    void aTakenPortIsSkipped() throws IOException {
        content = Fixtures.write(tmp.resolve("content"), Map.of("tiny/deck.md", Fixtures.TINY_DECK));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            server = LiveServer.start(new LiveServer.Options(content, Optional.empty(), "127.0.0.1", port, LiveServer.QUIET_PERIOD),
                    ServeListener.SILENT);
            int got = server.url().getPort();
            assertTrue(got > port && got <= port + LiveServer.MORE_PORTS, port + " -> " + got);
        }
    }

    @Test
    void closingFreesThePortAndEndsTheStreams() throws IOException {
        start();
        int port = server.url().getPort();
        server.close();
        server.close();  // twice is harmless
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void theLiveScriptIsAddedBeforeTheBodyEnds() {
        assertEquals("<p>x</p><script src=\"/__netdeck/live.js\"></script>\n</BODY></html>",
                new String(LiveServer.withScript("<p>x</p></BODY></html>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        assertEquals("<p>x</p><script src=\"/__netdeck/live.js\"></script>\n",
                new String(LiveServer.withScript("<p>x</p>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        assertEquals("image/svg+xml", LiveServer.contentType("a/diagrams/x.svg"));
        assertEquals("text/css; charset=utf-8", LiveServer.contentType("assets/deck.css"));
    }

    private static List<String> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
