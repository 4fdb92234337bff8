package org.netdeck.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.netdeck.site.Publisher;
import org.netdeck.site.SiteBuild;

/**
 * The default site, built into {@code target/} and served from 127.0.0.1 under {@value #PREFIX}, as GitHub
 * Pages serves a project site. It records every request, so tests can check that nothing failed, and can hold back
 * the answer to one file (see {@link #hold}), answering the others meanwhile.
 */
final class SiteServer implements AutoCloseable {

    static final String PREFIX = "/netdeck/";

    /** An empty page outside the site, which a test may open between two loads of the same deck page. */
    static final String BLANK = "/blank.html";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "png", "image/png");

    /** One request the server answered. */
    record Request(String method, String path, int status) {}

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>(); // request path -> its gate

    private SiteServer(Path root, HttpServer server, ExecutorService threads) {
        this.root = root;
        this.server = server;
        this.threads = threads;
    }

    /** Builds content/ with templates/ into {@code out} and starts serving it on a free loopback port. */
    static SiteServer start(Path out) {
        return start(out, Path.of("templates"));
    }

    /** The same, with the theme in {@code templates} (another version of it, to compare). */
    static SiteServer start(Path out, Path templates) {
        return start(out, templates, Path.of("content"));
    }

    /** The same, with the decks of another content folder. */
    static SiteServer start(Path out, Path templates, Path content) {
        if (Files.isDirectory(out) && !Files.exists(out.resolve(".netdeck-site"))) {
            Publisher.deleteQuietly(out); // a test site from before the output-folder rule: ours to replace
        }
        SiteBuild.build(content, Optional.of(templates), out);
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            // a thread per request at once: a held answer does not hold up the others
            ExecutorService threads = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "site-server");
                t.setDaemon(true);
                return t;
            });
            SiteServer site = new SiteServer(out.toAbsolutePath().normalize(), http, threads);
            http.setExecutor(threads);
            http.createContext("/", site::answer);
            http.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The origin, such as {@code http://127.0.0.1:41234}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A page of the site over HTTP, e.g. {@code http("backprop/index.html")}. */
    String http(String page) {
        return origin() + PREFIX + page;
    }

    /** The same page opened from disk. */
    String file(String page) {
        return root.resolve(page).toUri().toString();
    }

    /** The built site's folder. */
    Path root() {
        return root;
    }

    /** Every request answered so far, in order. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /**
     * Holds back the answers to requests for {@code page} (such as {@code assets/fonts/x.woff2}: the page laid out
     * before the file arrives) until the returned gate is run, or a minute has passed; the request is in {@link
     * #requests()} as soon as it comes. Run the gate in a finally block: the server may be shared.
     */
    Runnable hold(String page) {
        String path = PREFIX + page;
        CountDownLatch gate = new CountDownLatch(1);
        held.put(path, gate);
        return () -> {
            held.remove(path, gate);
            gate.countDown();
        };
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(BLANK)) {
            byte[] page =
                    "<!doctype html><html lang=\"en\"><title>blank</title></html>".getBytes(StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), path, 200));
            try (exchange;
                    OutputStream body = exchange.getResponseBody()) {
                exchange.getResponseHeaders().set("Content-Type", TYPES.get("html"));
                exchange.sendResponseHeaders(200, page.length);
                body.write(page);
            }
            return;
        }
        Optional<Path> file = resolve(path);
        int status = file.isPresent() ? 200 : 404;
        requests.add(new Request(exchange.getRequestMethod(), path, status));
        CountDownLatch gate = held.get(path);
        try {
            if (gate != null && !gate.await(1, TimeUnit.MINUTES)) {
                exchange.close();
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        try (exchange;
                OutputStream body = exchange.getResponseBody()) {
            if (file.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = Files.readAllBytes(file.get());
            String name = file.get().getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, bytes.length);
            body.write(bytes);
        }
    }

    // /netdeck/a/b -> <root>/a/b, a folder -> its index.html; outside the prefix or the root -> empty
    private Optional<Path> resolve(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Path file = root.resolve(path.substring(PREFIX.length())).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void close() {
        held.values().forEach(CountDownLatch::countDown);
        server.stop(0);
        threads.shutdownNow();
    }
}
