package org.netdeck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.site.BuildListener;
import org.netdeck.site.DeckReport;
import org.netdeck.site.Publisher;
import org.netdeck.testing.OscillatingDeck;
import org.netdeck.testing.TinySite;

/** Starts {@code serve} in-process on a free port over a temporary content folder, and edits it like an author. */
class LiveServerTest {

    @TempDir
    Path tmp;

    private Path content;
    private LiveServer server;
    private LiveClient browser;
    private final List<DeckReport> decks = new CopyOnWriteArrayList<>();

    /** What {@link #start} does to each deck built, after noting it; tests make it hang or fail. */
    private volatile java.util.function.Consumer<DeckReport> onDeck = report -> {};

    private void start() {
        start(LiveServer.Timeouts.DEFAULT);
    }

    private void start(LiveServer.Timeouts timeouts) {
        content = TinySite.write(
                tmp.resolve("content"), Map.of("site.yml", TinySite.SITE_YML, "tiny/deck.md", TinySite.TINY_DECK));
        server = LiveServer.start(
                new LiveServer.Options(content, Optional.empty(), "127.0.0.1", 0, LiveServer.QUIET_PERIOD, timeouts),
                new ServeListener() {
                    @Override
                    public void deckBuilt(DeckReport report) {
                        decks.add(report);
                        onDeck.accept(report);
                    }

                    @Override
                    public void rebuilt(Rebuild rebuild) {}
                });
        browser = new LiveClient(server.url());
    }

    /** Sends {@code request} as it is (a browser would not) and returns the whole answer, headers and body. */
    private String raw(String request) throws IOException {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), server.url().getPort())) {
            socket.setSoTimeout((int) LiveClient.PATIENCE.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private String get(String path, String host) throws IOException {
        return raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private static String statusLine(String response) {
        return response.substring(0, response.indexOf("\r\n"));
    }

    private static String header(String response, String name) {
        String head = response.substring(0, response.indexOf("\r\n\r\n"));
        return head.lines()
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                .map(l -> l.substring(name.length() + 1).trim())
                .findFirst()
                .orElse(null);
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
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
        assertTrue(
                deck.contains("One slide") && deck.contains("<script src=\"/__netdeck/live.js\"></script>\n</body>"),
                deck);
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
        assertTrue(p.get("text")
                .asText()
                .endsWith("deck.md:17:18: error: " + p.get("message").asText()));
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
        Files.writeString(temp, TinySite.TINY_DECK.replace("## One slide", "## Saved atomically"));
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        browser.next("reload");
        assertTrue(page("/tiny/").contains("Saved atomically"));
        assertTrue(status().get("ok").asBoolean());
    }

    @Test
    void aNewDeckIsBuiltAndADeletedOneGoes() throws IOException {
        start();
        TinySite.write(content, Map.of("second/deck.md", TinySite.TINY_DECK.replace("title: Tiny", "title: Second")));
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
        Path restored = TinySite.write(
                tmp.resolve("restored"),
                Map.of("tiny/deck.md", TinySite.TINY_DECK.replace("## One slide", "## Back again")));
        Files.move(restored, content);
        awaitStatus(st -> st.get("ok").asBoolean());
        assertTrue(page("/tiny/").contains("Back again"));
        // and it is watched again
        edit("tiny", "## Back again", "## And edited");
        awaitPage("/tiny/", "And edited");
    }

    @Test
    void aFirstBuildThatFailsServesAPageThatShowsTheProblem() throws IOException {
        content = TinySite.write(
                tmp.resolve("content"),
                Map.of("tiny/deck.md", TinySite.TINY_DECK.replace("loss: half_squared_error", "loss: hinge")));
        server = LiveServer.start(
                new LiveServer.Options(content, Optional.empty(), "127.0.0.1", 0, LiveServer.QUIET_PERIOD),
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
        content = TinySite.write(tmp.resolve("content"), Map.of("tiny/deck.md", TinySite.TINY_DECK));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            server = LiveServer.start(
                    new LiveServer.Options(content, Optional.empty(), "127.0.0.1", port, LiveServer.QUIET_PERIOD),
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
        server.close(); // twice is harmless
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void theLiveScriptIsAddedBeforeTheBodyEnds() {
        assertEquals(
                "<p>x</p><script src=\"/__netdeck/live.js\"></script>\n</BODY></html>",
                new String(
                        LiveServer.withScript("<p>x</p></BODY></html>".getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8));
        assertEquals(
                "<p>x</p><script src=\"/__netdeck/live.js\"></script>\n",
                new String(LiveServer.withScript("<p>x</p>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        assertEquals("image/svg+xml", LiveServer.contentType("a/diagrams/x.svg"));
        assertEquals("text/css; charset=utf-8", LiveServer.contentType("assets/deck.css"));
    }

    private static List<String> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onlyThisMachinesNamesAndTheBoundHostAreAnswered() throws IOException {
        start();
        int port = server.url().getPort();
        for (String host :
                List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port, "127.0.0.1")) {
            String r = get("/__netdeck/status", host);
            assertEquals("HTTP/1.1 200 OK", statusLine(r), host);
            assertTrue(body(r).contains("\"ok\":true"), r);
        }
        for (String host : List.of(
                "evil.example.com",
                "evil.example.com:" + port,
                "localhost.evil.example.com",
                "10.0.0.1",
                "127.0.0.1:x",
                "")) {
            String r = get("/__netdeck/status", host);
            assertEquals("HTTP/1.1 403 Forbidden", statusLine(r), host);
            assertFalse(body(r).contains("ok"), r);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        }
        assertEquals("HTTP/1.1 403 Forbidden", statusLine(raw("GET /tiny/ HTTP/1.0\r\n\r\n")), "no Host at all");
    }

    @Test
    void anAbsoluteFormRequestIsCheckedAgainstTheSameNames() throws IOException {
        start();
        int port = server.url().getPort();
        for (String target : List.of(
                "http://evil.example.com/__netdeck/status",
                "http://evil.example.com:" + port + "/tiny/",
                "http://localhost.evil.example.com/tiny/",
                "ftp://localhost/tiny/",
                "http:/tiny/")) {
            String r = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertEquals("HTTP/1.1 403 Forbidden", statusLine(r), target);
            assertFalse(body(r).contains("ok") || body(r).contains("One slide"), r);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), target);
        }
        String ok =
                raw("GET http://127.0.0.1:" + port + "/tiny/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", statusLine(ok));
        assertTrue(body(ok).contains("One slide"), ok);
    }

    /** What a request with {@code head} (its line, then header lines) gets, after its blank line, as sent. */
    private String request(String line, String... headers) throws IOException {
        return raw(line + "\r\n" + String.join("", headers) + "Connection: close\r\n\r\n");
    }

    @Test
    void malformedRequestsAreAnsweredAfterTheHostCheckAndSayNosniff() throws IOException {
        start();
        // the JDK's server answered these itself (400/404), without the Host check or nosniff (issue 36, F14)
        Map<String, String> malformed = new java.util.LinkedHashMap<>();
        malformed.put("GET /%zz HTTP/1.1", "HTTP/1.1 400 Bad Request");
        malformed.put("GET /tiny/%zz/ HTTP/1.1", "HTTP/1.1 400 Bad Request");
        malformed.put("GARBAGE", "HTTP/1.1 400 Bad Request");
        malformed.put("GET /tiny/ HTTP/1.1 extra", "HTTP/1.1 400 Bad Request");
        malformed.put("GET  /tiny/ HTTP/1.1", "HTTP/1.1 400 Bad Request");
        malformed.put("GET /tiny/ HTTP/2.0", "HTTP/1.1 400 Bad Request");
        malformed.put("G\u0001T /tiny/ HTTP/1.1", "HTTP/1.1 400 Bad Request");
        malformed.put("GET /ti\u0000ny/ HTTP/1.1", "HTTP/1.1 400 Bad Request");
        malformed.put("GET tiny/ HTTP/1.1", "HTTP/1.1 400 Bad Request");
        malformed.put("GET * HTTP/1.1", "HTTP/1.1 400 Bad Request");
        malformed.put("OPTIONS * HTTP/1.1", "HTTP/1.1 405 Method Not Allowed");
        for (var m : malformed.entrySet()) {
            String ok = request(m.getKey(), "Host: localhost\r\n");
            assertEquals(m.getValue(), statusLine(ok), m.getKey());
            assertEquals("nosniff", header(ok, "X-Content-Type-Options"), m.getKey());
            assertFalse(body(ok).contains("One slide"), ok);
            for (String host : List.of("Host: evil.example.com\r\n", "")) {
                String evil = request(m.getKey(), host);
                assertEquals("HTTP/1.1 403 Forbidden", statusLine(evil), m.getKey() + " " + host);
                assertEquals("nosniff", header(evil, "X-Content-Type-Options"), m.getKey());
                assertTrue(body(evil).startsWith("netdeck serve answers only requests for localhost"), evil);
            }
        }
        assertEquals("GET, HEAD", header(request("OPTIONS * HTTP/1.1", "Host: localhost\r\n"), "Allow"));
        String badHeader = request("GET /tiny/ HTTP/1.1", "Host: localhost\r\n", "No colon here\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", statusLine(badHeader));
        String twoHosts = request("GET /tiny/ HTTP/1.1", "Host: localhost\r\n", "Host: evil.example.com\r\n");
        assertEquals("HTTP/1.1 403 Forbidden", statusLine(twoHosts), "two Host headers name no host");
        String folded = request("GET /tiny/ HTTP/1.1", "Host: localhost\r\n", "X-A: b\r\n", " folded\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", statusLine(folded));
        assertTrue(body(folded).contains("'Name: value'"), folded);
        // and the server still answers
        assertTrue(page("/tiny/").contains("One slide"));
    }

    @Test
    void aHeadLongerThanTheLimitIs431AfterTheHostCheck() throws IOException {
        start();
        String longValue = "a".repeat(HttpFront.MAX_HEAD_BYTES);
        String r = request("GET /tiny/ HTTP/1.1", "Host: localhost\r\n", "X-Long: " + longValue + "\r\n");
        assertEquals("HTTP/1.1 431 Request Header Fields Too Large", statusLine(r));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertEquals("close", header(r, "Connection"));
        assertTrue(body(r).contains("longer than " + HttpFront.MAX_HEAD_BYTES + " bytes"), r);
        String evil = request("GET /tiny/ HTTP/1.1", "Host: evil.example.com\r\n", "X-Long: " + longValue + "\r\n");
        assertEquals("HTTP/1.1 403 Forbidden", statusLine(evil));
        assertEquals("nosniff", header(evil, "X-Content-Type-Options"));
        // just under the limit is served
        String under = "a".repeat(HttpFront.MAX_HEAD_BYTES - 200);
        String fine = request("GET /tiny/ HTTP/1.1", "Host: localhost\r\n", "X-Long: " + under + "\r\n");
        assertEquals("HTTP/1.1 200 OK", statusLine(fine));
    }

    @Test
    void anAbsoluteFormTargetWithoutAPathIsTheIndexOfAnAllowedHostOnly() throws IOException {
        start();
        int port = server.url().getPort();
        String ok = request("GET http://localhost:" + port + " HTTP/1.1", "Host: localhost\r\n");
        assertEquals("HTTP/1.1 200 OK", statusLine(ok));
        String evil = request("GET http://evil.example.com HTTP/1.1", "Host: localhost\r\n");
        assertEquals("HTTP/1.1 403 Forbidden", statusLine(evil));
        assertEquals("nosniff", header(evil, "X-Content-Type-Options"));
    }

    @Test
    void aKeptAliveConnectionAnswersRequestsInTurnEvenPipelined() throws IOException {
        start();
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), server.url().getPort())) {
            socket.setSoTimeout((int) LiveClient.PATIENCE.toMillis());
            var out = socket.getOutputStream();
            var in = new java.io.BufferedInputStream(socket.getInputStream());
            String get = "GET /tiny/ HTTP/1.1\r\nHost: localhost\r\n\r\n";
            out.write(get.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertTrue(readAnswer(in, false).contains("One slide"));
            // two at once, the second a HEAD: answered in order on the same connection
            out.write((get + "HEAD /__netdeck/live.js HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertTrue(readAnswer(in, false).contains("One slide"));
            String head = readAnswer(in, true);
            assertEquals("HTTP/1.1 200 OK", statusLine(head));
            assertEquals("text/javascript; charset=utf-8", header(head, "Content-Type"));
            assertEquals("", body(head));
        }
    }

    /** One answer with a Content-Length (a HEAD's body is empty), read from a kept-alive connection. */
    private static String readAnswer(java.io.InputStream in, boolean head) throws IOException {
        StringBuilder answer = new StringBuilder();
        while (!answer.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new java.io.EOFException("closed after " + answer);
            }
            answer.append((char) b);
        }
        String h = answer.toString();
        int length = head ? 0 : Integer.parseInt(header(h, "Content-Length"));
        return h + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Test
    void clientsThatSendHalfARequestDoNotStallOthers() throws IOException {
        // half-sent requests may take ten minutes here: were each to hold a thread, the request below would wait for it
        start(new LiveServer.Timeouts(
                LiveServer.Timeouts.DEFAULT.rebuild(),
                LiveServer.Timeouts.DEFAULT.keepAlive(),
                Duration.ofMinutes(10)));
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 16 + 2 * LiveServer.MAX_THREADS; i++) { // the audit's 16, and more than the threads
                Socket s = new Socket(
                        InetAddress.getLoopbackAddress(), server.url().getPort());
                s.getOutputStream()
                        .write((i % 2 == 0 ? "GET /tiny/ HTTP/1.1\r\n" : "GET /tiny/ HTTP/1.1\r\nHost: 127")
                                .getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                slow.add(s);
            }
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                String r = get("/tiny/", "localhost");
                assertEquals("HTTP/1.1 200 OK", statusLine(r));
                assertTrue(body(r).contains("One slide"), r);
                long millis = (System.nanoTime() - start) / 1_000_000;
                // generous for a loaded machine; the slow clients would have held it for ten minutes
                assertTrue(millis < LiveClient.PATIENCE.toMillis(), millis + " ms");
            }
            for (Socket s : slow) { // not cut: still waiting for the rest of their requests
                s.setSoTimeout(1);
                assertThrows(
                        java.net.SocketTimeoutException.class,
                        () -> s.getInputStream().read());
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aServerOnEveryAddressAlsoAnswersItsIpAddressesButNoOtherName() throws IOException {
        content = TinySite.write(tmp.resolve("content"), Map.of("tiny/deck.md", TinySite.TINY_DECK));
        server = LiveServer.start(
                new LiveServer.Options(content, Optional.empty(), "0.0.0.0", 0, LiveServer.QUIET_PERIOD),
                ServeListener.SILENT);
        assertEquals(
                "HTTP/1.1 200 OK",
                statusLine(get("/tiny/", "192.168.1.20:" + server.url().getPort())));
        assertEquals("HTTP/1.1 200 OK", statusLine(get("/tiny/", "0.0.0.0")));
        assertEquals("HTTP/1.1 403 Forbidden", statusLine(get("/tiny/", "rebind.example.com")));
    }

    @Test
    void onlyGetAndHeadAreServed() throws IOException {
        start();
        for (String method : List.of("POST", "PUT", "DELETE", "TRACE", "OPTIONS", "FOO")) {
            String r = raw(
                    method + " /tiny/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertEquals("HTTP/1.1 405 Method Not Allowed", statusLine(r), method);
            assertEquals("GET, HEAD", header(r, "Allow"), method);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        }
        assertEquals("HTTP/1.1 200 OK", statusLine(get("/tiny/", "127.0.0.1")));
    }

    @Test
    void headGivesTheLengthOfTheGetAndNoBody() throws IOException {
        start();
        for (String path :
                List.of("/tiny/", "/tiny/diagrams/forward.svg", "/__netdeck/status", "/__netdeck/live.js", "/nope")) {
            String got = get(path, "127.0.0.1");
            String head = raw("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertEquals(statusLine(got), statusLine(head), path);
            assertEquals(String.valueOf(body(got).length()), header(head, "Content-Length"), path);
            assertEquals("", body(head), path);
            assertEquals(header(got, "Content-Type"), header(head, "Content-Type"), path);
        }
    }

    @Test
    void pathsMatchExactlyAndEveryAnswerSaysNosniff() throws IOException {
        start();
        for (String path : List.of(
                "/__netdeck/statusXYZ",
                "/__netdeck/status/",
                "/__netdeck/live.jsx",
                "/__netdeck/eventsX",
                "/__netdeck/")) {
            String r = get(path, "127.0.0.1");
            assertEquals("HTTP/1.1 404 Not Found", statusLine(r), path);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
        }
        for (String path : List.of("/tiny/", "/tiny", "/__netdeck/status", "/__netdeck/live.js", "/nope.html")) {
            assertEquals("nosniff", header(get(path, "127.0.0.1"), "X-Content-Type-Options"), path);
        }
        HttpResponse<String> events = browser.get("/__netdeck/statusXYZ");
        assertEquals(404, events.statusCode());
    }

    @Test
    void manyIdleAndSlowConnectionsHoldNoThreadEachAndSlowOnesAreCut() throws Exception {
        start();
        List<Socket> idle = new ArrayList<>();
        try {
            // ten times the threads: were each to hold one, the page below would wait for ever
            for (int i = 0; i < 10 * LiveServer.MAX_THREADS; i++) {
                idle.add(new Socket(
                        InetAddress.getLoopbackAddress(), server.url().getPort()));
            }
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 3 * LiveServer.MAX_THREADS; i++) {
                Socket s = new Socket(
                        InetAddress.getLoopbackAddress(), server.url().getPort());
                s.getOutputStream().write("GET /tiny/ HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                slow.add(s);
            }
            idle.addAll(slow);
            assertTrue(serveThreads() <= LiveServer.MAX_THREADS, serveThreads() + " threads");
            // a request that never finishes its headers is cut off, so the server answers again
            for (Socket s : slow) {
                assertCut(s);
            }
            assertTrue(page("/tiny/").contains("One slide"));
            assertTrue(serveThreads() <= LiveServer.MAX_THREADS, serveThreads() + " threads");
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    /**
     * Waits until the server closes {@code s} (or resets it) without an answer: within the JDK's limit on a request's
     * headers (2 s in the test lanes, see pom.xml) and the second its timer takes, or the test's patience.
     */
    private static void assertCut(Socket s) throws IOException {
        s.setSoTimeout((int) LiveServer.requestLimit().plus(LiveClient.PATIENCE).toMillis());
        try {
            assertEquals(-1, s.getInputStream().read(), "no answer to a request that never ended");
        } catch (java.net.SocketException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("reset"), e.toString());
        }
    }

    private static long serveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("netdeck-serve"))
                .count();
    }

    @Test
    void pagesListeningForReloadsHoldNoThreadEach() throws IOException {
        start();
        List<LiveClient> pages = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * 16; i++) {
                pages.add(new LiveClient(server.url())); // each has heard hello
            }
            assertTrue(page("/tiny/").contains("One slide"), "still answering with every thread's worth of pages open");
            edit("tiny", "## One slide", "## Heard by all");
            for (LiveClient p : pages) {
                p.next("reload");
            }
        } finally {
            pages.forEach(LiveClient::close);
        }
    }

    /** A deck whose run oscillates (issue 30's RunWarningTest): its last loss, referred to, is a build warning. */
    static final String WILD_DECK = OscillatingDeck.withText("It ends at {{ trained.loss }}.\n");

    @Test
    void aBuildsWarningsAreInTheStatusAsWarningsWithTheirPlaceAndGoWhenFixed() throws IOException {
        start();
        assertEquals(0, status().get("warnings").size(), "the tiny deck warns of nothing");
        Files.writeString(content.resolve("tiny/deck.md"), WILD_DECK);
        JsonNode s = awaitStatus(st -> st.get("warnings").size() > 0);
        assertTrue(s.get("ok").asBoolean(), "a warning is not a failure: " + s);
        assertEquals(0, s.get("problems").size(), s.toString());
        assertEquals(1, s.get("warnings").size(), s.toString());
        assertEquals(0, s.get("moreWarnings").asInt());
        JsonNode w = s.get("warnings").get(0);
        String file = content.resolve("tiny/deck.md").toString().replace('\\', '/');
        int line = (int) WILD_DECK
                        .lines()
                        .takeWhile(l -> !l.startsWith("It ends at"))
                        .count()
                + 1;
        assertEquals(file, w.get("file").asText());
        assertEquals(line, w.get("line").asInt());
        assertEquals(12, w.get("column").asInt());
        assertTrue(
                w.get("message")
                        .asText()
                        .startsWith("'trained.loss' is the last value of the deck's run, whose loss is oscillating"),
                w.toString());
        assertEquals(
                file + ":" + line + ":12: warning: " + w.get("message").asText(),
                w.get("text").asText());
        JsonNode marked = w.get("excerpt").get(ProblemView.CONTEXT);
        assertTrue(marked.get("marked").asBoolean(), w.toString());
        assertEquals("It ends at {{ trained.loss }}.", marked.get("text").asText());
        assertTrue(page("/tiny/").contains("It ends at"), "the page is served");
        // the script shows them in its warnings panel, not as the failure overlay
        String script = page("/__netdeck/live.js");
        assertTrue(script.contains("showWarnings(status)") && script.contains("'Built with '"), "live.js");
        edit("tiny", "learning_rate: 12", "learning_rate: 1"); // settles: no warning
        awaitStatus(st -> st.get("warnings").size() == 0);
    }

    @Test
    void statusAnswersWithTheFirstProblemsAndCountsTheRest() throws IOException {
        start();
        StringBuilder many = new StringBuilder(TinySite.TINY_DECK);
        for (int i = 0; i < 3000; i++) {
            many.append("\n{{ nothing_").append(i).append(" }}\n");
        }
        Files.writeString(content.resolve("tiny/deck.md"), many);
        browser.next("problem");
        JsonNode s = status();
        assertFalse(s.get("ok").asBoolean());
        int total = server.problems().size();
        assertTrue(total > LiveServer.MAX_PROBLEMS_SHOWN, total + " problems");
        assertEquals(LiveServer.MAX_PROBLEMS_SHOWN, s.get("problems").size());
        assertEquals(total - LiveServer.MAX_PROBLEMS_SHOWN, s.get("more").asInt());
        assertTrue(s.get("problems").get(0).get("excerpt").size() > 0, s.toString());
    }

    @Test
    void aRebuildThatTakesTooLongIsAProblemAndTheNextSaveIsBuilt() throws IOException {
        Duration limit = limitAfterAWarmBuild();
        start(new LiveServer.Timeouts(limit, LiveServer.Timeouts.DEFAULT.keepAlive()));
        assertTrue(status().get("ok").asBoolean(), "the first build is within the limit: " + status());
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        onDeck = report -> {
            try {
                never.await(); // as a build that never ends; the server gives up on it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        String good = page("/tiny/");
        edit("tiny", "## One slide", "## Never built");
        JsonNode s = awaitStatus(st -> !st.get("ok").asBoolean());
        assertFalse(s.get("ok").asBoolean());
        assertTrue(
                s.get("problems")
                        .get(0)
                        .get("message")
                        .asText()
                        .contains("took longer than the " + limit.toSeconds() + " s"),
                s.toString());
        assertTrue(s.get("problems").get(0).get("file").asText().endsWith("tiny/deck.md"), s.toString());
        assertEquals(good, page("/tiny/"), "the last good site is still served");

        onDeck = report -> {};
        edit("tiny", "## Never built", "## Built after all");
        awaitStatus(st -> st.get("ok").asBoolean());
        assertTrue(page("/tiny/").contains("Built after all"));
    }

    /**
     * A rebuild time limit for the tests of a build that never ends, after a warm-up: a cold JVM's first build (classes
     * loaded, nothing compiled yet) took over 20 s at load 25, and a 3 s limit set the tiny deck itself aside as slow
     * when such a test ran first. The limit is what such a test waits for once: generous against a warm build timed
     * here and now (every other build must stay under it, on a very busy machine too), twenty times that, at least 5 s
     * and at most 30 s; the client waits longer.
     */
    private Duration limitAfterAWarmBuild() throws IOException {
        Path warm = TinySite.write(tmp.resolve("warm-up"), Map.of("tiny/deck.md", TinySite.TINY_DECK));
        assertEquals(Rebuild.Outcome.RELOAD, new LiveSite(warm, Optional.empty()).rebuild(BuildListener.SILENT));
        long started = System.nanoTime();
        assertEquals(Rebuild.Outcome.RELOAD, new LiveSite(warm, Optional.empty()).rebuild(BuildListener.SILENT));
        Duration warmBuild = Duration.ofNanos(System.nanoTime() - started);
        return Collections.max(List.of(
                Duration.ofSeconds(5), Collections.min(List.of(warmBuild.multipliedBy(20), Duration.ofSeconds(30)))));
    }

    @Test
    void aSlowDeckIsBlamedByNameAndOtherDecksEditsStillAppear() throws IOException {
        Duration limit = limitAfterAWarmBuild();
        start(new LiveServer.Timeouts(limit, LiveServer.Timeouts.DEFAULT.keepAlive()));
        assertTrue(status().get("ok").asBoolean(), "the first build is within the limit: " + status());
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        onDeck = report -> {
            if (report.slug().equals("slow")) {
                try {
                    never.await(); // as a deck that takes forever to build
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Files.createDirectories(content.resolve("slow"));
        Files.writeString(content.resolve("slow/deck.md"), TinySite.TINY_DECK.replace("title: Tiny", "title: Slow"));
        JsonNode s = awaitStatus(st -> !st.get("ok").asBoolean());
        JsonNode problem = s.get("problems").get(0);
        assertEquals(1, s.get("problems").size(), s.toString());
        assertTrue(problem.get("file").asText().endsWith("slow/deck.md"), s.toString());
        assertTrue(
                problem.get("message")
                        .asText()
                        .startsWith("building this deck took longer than the " + limit.toSeconds() + " s"),
                s.toString());

        // another deck's edit appears at once; the problem still names the slow deck, not the edited one
        edit("tiny", "## One slide", "## Edited while slow waits");
        awaitPage("/tiny/", "Edited while slow waits");
        s = status();
        assertEquals(1, s.get("problems").size(), s.toString());
        assertTrue(s.get("problems").get(0).get("file").asText().endsWith("slow/deck.md"), s.toString());

        // deleting the slow deck clears the problem
        Publisher.deleteQuietly(content.resolve("slow"));
        awaitStatus(st -> st.get("ok").asBoolean());
        assertTrue(page("/tiny/").contains("Edited while slow waits"));
    }

    @Test
    void anErrorInARebuildIsAProblemAndLaterSavesAreStillBuilt() throws IOException {
        start();
        onDeck = report -> {
            throw new OutOfMemoryError("Java heap space");
        };
        edit("tiny", "## One slide", "## Too big");
        browser.next("problem");
        JsonNode s = status();
        assertFalse(s.get("ok").asBoolean(), "never ok after a failed rebuild");
        assertTrue(s.get("problems").get(0).get("message").asText().contains("ran out of memory"), s.toString());

        onDeck = report -> {
            throw new StackOverflowError();
        };
        edit("tiny", "## Too big", "## Too deep");
        awaitStatus(st -> st.get("problems").size() > 0
                && st.get("problems").get(0).get("message").asText().contains("nested too deeply"));

        onDeck = report -> {};
        edit("tiny", "## Too deep", "## Fine again");
        awaitStatus(st -> st.get("ok").asBoolean());
        assertTrue(page("/tiny/").contains("Fine again"));
    }

    @Test
    void aSymlinkedContentFolderIsWatched() throws IOException {
        Path real = TinySite.write(tmp.resolve("real"), Map.of("tiny/deck.md", TinySite.TINY_DECK));
        content = Files.createSymbolicLink(tmp.resolve("content"), real);
        server = LiveServer.start(
                new LiveServer.Options(content, Optional.empty(), "127.0.0.1", 0, LiveServer.QUIET_PERIOD),
                ServeListener.SILENT);
        browser = new LiveClient(server.url());
        Path deck = real.resolve("tiny/deck.md");
        Files.writeString(deck, Files.readString(deck).replace("## One slide", "## Edited behind the link"));
        awaitPage("/tiny/", "Edited behind the link");
    }

    @Test
    void aPagesStreamOutlivesTheTimeLimitOnRequests() throws Exception {
        start(); // the page's stream is open: it has heard hello
        // a request begun after the stream, cut by the limit: the stream has been open longer than a request may take
        try (Socket slow =
                new Socket(InetAddress.getLoopbackAddress(), server.url().getPort())) {
            slow.getOutputStream().write("GET /tiny/ HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.ISO_8859_1));
            slow.getOutputStream().flush();
            assertCut(slow);
        }
        edit("tiny", "## One slide", "## Still listening");
        browser.next("reload");
        assertTrue(page("/tiny/").contains("Still listening"));
    }
}
