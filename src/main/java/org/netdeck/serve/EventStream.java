package org.netdeck.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Server-Sent Events to every open page ({@code /__netdeck/events}): {@code hello} on connecting, then
 * {@code reload} or {@code problem} after each rebuild. Each event's data is the served site's version.
 * An open stream holds no server thread: the request's thread returns at once, and one sending thread
 * writes every event (and a keep-alive comment) to every stream, in order. At most
 * {@link #MAX_CONNECTIONS} streams are open at once; more are refused with 503.
 */
final class EventStream {

    /** How long a browser waits before reconnecting, for example while the server restarts. */
    static final int RETRY_MILLIS = 500;

    /** Open pages listened to at once. */
    static final int MAX_CONNECTIONS = 64;

    private record Connection(HttpFront.Exchange exchange, OutputStream body) {}

    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final Supplier<Long> version;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "netdeck-events");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger open = new AtomicInteger(); // streams counted as they start, before they are added
    private volatile boolean closed;

    /**
     * {@code version} is the served site's version, sent in {@code hello}; every {@code keepAlive} each stream gets a
     * comment, so a closed tab is noticed and proxies keep the stream open.
     */
    EventStream(Supplier<Long> version, Duration keepAlive) {
        this.version = version;
        long ping = keepAlive.toMillis();
        sender.scheduleWithFixedDelay(() -> writeAll(": ping\n\n"), ping, ping, TimeUnit.MILLISECONDS);
    }

    /** Tells every open page; {@code name} is {@code reload} or {@code problem}. */
    void send(String name, long siteVersion) {
        String event = event(name, siteVersion);
        run(() -> writeAll(event));
    }

    /** Starts one page's stream; it stays open until the page goes away or the server stops. */
    void serve(HttpFront.Exchange exchange) throws IOException {
        exchange.setHeader("Content-Type", "text/event-stream; charset=utf-8");
        exchange.setHeader("Cache-Control", "no-store");
        if ("HEAD".equals(exchange.method())) {
            try (exchange) {
                exchange.sendResponseHeaders(200, -1);
            }
            return;
        }
        if (closed || open.incrementAndGet() > MAX_CONNECTIONS) {
            open.decrementAndGet();
            try (exchange) {
                exchange.setHeader("Content-Type", "text/plain; charset=utf-8");
                byte[] body = ("too many pages listen for reloads (at most " + MAX_CONNECTIONS + "); close some tabs\n")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(503, body.length);
                exchange.body().write(body);
            }
            return;
        }
        exchange.sendResponseHeaders(200, 0); // 0: streamed, no length
        Connection c = new Connection(exchange, exchange.body());
        // on the sending thread, so hello comes first and every later event follows it
        boolean queued = run(() -> {
            connections.add(c);
            write(c, "retry: " + RETRY_MILLIS + "\n\n" + event("hello", version.get()));
        });
        if (!queued) {
            drop(c);
        }
    }

    /** Ends every stream; pages will try to reconnect and find the server gone. */
    void close() {
        closed = true;
        run(() -> connections.forEach(this::drop));
        sender.shutdown();
    }

    private boolean run(Runnable task) {
        try {
            sender.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false; // closed
        }
    }

    private void writeAll(String text) {
        connections.forEach(c -> write(c, text));
    }

    private void write(Connection c, String text) {
        try {
            c.body().write(text.getBytes(StandardCharsets.UTF_8));
            c.body().flush();
        } catch (IOException e) {
            drop(c); // the page has gone
        }
    }

    private void drop(Connection c) {
        if (connections.remove(c) || closed) {
            open.decrementAndGet();
        }
        c.exchange().close();
    }

    private static String event(String name, long siteVersion) {
        return "event: " + name + "\ndata: " + siteVersion + "\n\n";
    }
}
