package org.netdeck.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A browser stand-in for tests: fetches pages and listens to {@code /__netdeck/events}, handing over each
 * event as it arrives (tests wait on events, never sleep).
 */
final class LiveClient implements AutoCloseable {

    /** One Server-Sent Event. */
    record Event(String name, String data) {}

    /** Long enough for a cold JVM to draw a deck's diagrams on a busy machine. */
    static final Duration PATIENCE = Duration.ofSeconds(90); // a failure waits this long; a pass never does

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream stream;

    LiveClient(URI base) {
        this.base = base;
        try {
            HttpResponse<InputStream> r = http.send(
                    HttpRequest.newBuilder(base.resolve("/__netdeck/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            this.stream = r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Thread reader = new Thread(this::read, "test-sse");
        reader.setDaemon(true);
        reader.start();
        next("hello"); // from now on no event is missed
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String name = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ") && name != null) {
                    events.add(new Event(name, line.substring(6)));
                    name = null;
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The next event named {@code name}, skipping others; fails after {@link #PATIENCE}. */
    Event next(String name) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (true) {
                Event e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AssertionError("no '" + name + "' event within " + PATIENCE);
                }
                if (e.name().equals(name)) {
                    return e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next event of any name. */
    Event next() {
        try {
            Event e = events.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (e == null) {
                throw new AssertionError("no event within " + PATIENCE);
            }
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Events received and not yet taken. */
    int pending() {
        return events.size();
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
