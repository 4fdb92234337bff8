package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.serve.LiveServer;
import org.netdeck.testing.OneDeck;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path content() throws IOException {
        OneDeck.write(tmp.resolve("content"));
        return tmp.resolve("content");
    }

    /** Runs {@code netdeck serve args} on another thread; returns the server once it serves, and the exit status. */
    private CompletableFuture<Integer> serve(CompletableFuture<LiveServer> started, String... args) {
        ServeCommand command = new ServeCommand();
        command.started = started::complete;
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ServeCommand.class
                        ? cls.cast(command)
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return CompletableFuture.supplyAsync(() -> Main.run(all, new PrintWriter(out), new PrintWriter(err), factory));
    }

    @Test
    void servesUntilStoppedAndSaysWhere() throws Exception {
        CompletableFuture<LiveServer> started = new CompletableFuture<>();
        CompletableFuture<Integer> status =
                serve(started, "--content", content().toString(), "--port", "0");
        LiveServer server = started.get(60, TimeUnit.SECONDS);
        URI url = server.url();
        assertTrue(out.toString().contains("Serving " + url + " (watching "), out.toString());
        assertTrue(out.toString().startsWith("[1/1] one: 1 slide ("), out.toString());
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url.resolve("/one/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/__netdeck/live.js"));
        assertEquals("127.0.0.1", url.getHost());
        server.close();
        assertEquals(0, status.get(60, TimeUnit.SECONDS));
        assertEquals("", err.toString());
        assertTrue(Files.notExists(tmp.resolve("site")));
    }

    @Test
    void aForeignHostOrAWriteIsRefused() throws Exception {
        CompletableFuture<LiveServer> started = new CompletableFuture<>();
        CompletableFuture<Integer> status =
                serve(started, "--content", content().toString(), "--port", "0", "-q");
        LiveServer server = started.get(60, TimeUnit.SECONDS);
        try {
            refuses(server.url().getPort());
        } finally {
            server.close();
        }
        assertEquals(0, status.get(60, TimeUnit.SECONDS));
    }

    private static void refuses(int port) throws IOException {
        String rebound =
                raw(port, "GET /one/ HTTP/1.1\r\nHost: evil.example.com:" + port + "\r\nConnection: close\r\n\r\n");
        assertTrue(rebound.startsWith("HTTP/1.1 403 "), rebound);
        assertTrue(!rebound.contains("The output is"), rebound);
        String post = raw(
                port,
                "POST /one/ HTTP/1.1\r\nHost: localhost:" + port
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(post.startsWith("HTTP/1.1 405 ") && post.toLowerCase().contains("allow: get, head"), post);
        String mine = raw(port, "GET /one/ HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
        assertTrue(
                mine.startsWith("HTTP/1.1 200 ") && mine.toLowerCase().contains("x-content-type-options: nosniff"),
                mine);
    }

    private static String raw(int port, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anotherHostIsServedWithAWarning() throws Exception {
        CompletableFuture<LiveServer> started = new CompletableFuture<>();
        CompletableFuture<Integer> status =
                serve(started, "--content", content().toString(), "--port", "0", "--host", "0.0.0.0", "-q");
        LiveServer server = started.get(60, TimeUnit.SECONDS);
        server.close();
        assertEquals(0, status.get(60, TimeUnit.SECONDS));
        assertTrue(err.toString().startsWith("netdeck: warning: serving on 0.0.0.0: other machines"), err.toString());
        assertTrue(out.toString().startsWith("Serving http://0.0.0.0:"), "quiet: only the address: " + out);
    }

    @Test
    void usageErrorsExitTwoWithoutServing()
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Path content = content();
        for (String[] args : new String[][] {
            {"--content", tmp.resolve("nowhere").toString()},
            {"--content", content.toString(), "--port", "70000"},
            {"--content", content.toString(), "--port", "eighty"},
            {"--content", content.toString(), "--host", "no.such.host.invalid"},
            {"--content", content.toString(), "--quiet", "--verbose"},
            {
                "--content",
                content.toString(),
                "--templates",
                tmp.resolve("nowhere").toString()
            }
        }) {
            CompletableFuture<LiveServer> started = new CompletableFuture<>();
            assertEquals(2, serve(started, args).get(60, TimeUnit.SECONDS), String.join(" ", args) + "\n" + err);
            assertTrue(!started.isDone(), "did not serve");
        }
    }
}
