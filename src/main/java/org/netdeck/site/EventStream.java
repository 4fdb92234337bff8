package org.netdeck.site;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Server-Sent Events to every open page ({@code /__netdeck/events}): {@code hello} on connecting, then
 * {@code reload} or {@code problem} after each rebuild. Each event's data is the served site's version.
 * Each connection holds one server thread, which waits on its own queue.
 */
final class EventStream {

    /** A comment sent when idle, so a closed tab is noticed and proxies keep the stream open. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    /** How long a browser waits before reconnecting, for example while the server restarts. */
    static final int RETRY_MILLIS = 500;

    /** Stands for "the server is stopping" in a connection's queue. */
    private static final String CLOSE = "";

    private final List<BlockingQueue<String>> connections = new CopyOnWriteArrayList<>();
    private final Supplier<Long> version;
    private volatile boolean closed;

    /** {@code version} is the served site's version, sent in {@code hello}. */
    EventStream(Supplier<Long> version) {
        this.version = version;
    }

    /** How many pages are listening. */
    int connections() {
        return connections.size();
    }

    /** Tells every open page; {@code name} is {@code reload} or {@code problem}. */
    void send(String name, long siteVersion) {
        String event = event(name, siteVersion);
        connections.forEach(q -> q.add(event));
    }

    /** Serves one page's stream until the page goes away or the server stops. */
    void serve(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);  // 0: streamed, no length
            OutputStream body = exchange.getResponseBody();
            connections.add(queue);  // before hello, so a page that heard hello misses no event
            if (closed) {
                return;
            }
            write(body, "retry: " + RETRY_MILLIS + "\n\n" + event("hello", version.get()));
            while (true) {
                String next = Optional.ofNullable(queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS)).orElse(": ping\n\n");
                if (next.equals(CLOSE)) {
                    return;
                }
                write(body, next);  // throws once the page has gone
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connections.remove(queue);
        }
    }

    /** Ends every stream; pages will try to reconnect and find the server gone. */
    void close() {
        closed = true;
        connections.forEach(q -> q.add(CLOSE));
    }

    private static String event(String name, long siteVersion) {
        return "event: " + name + "\ndata: " + siteVersion + "\n\n";
    }

    private static void write(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }
}
