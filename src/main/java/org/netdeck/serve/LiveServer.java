package org.netdeck.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.netdeck.problem.Problem;
import org.netdeck.resource.Resources;

/**
 * {@code netdeck serve}: builds the site in memory, serves it with the JDK's HTTP server, rebuilds what a
 * change in {@code content/} or {@code templates/} touches, and tells open pages to reload (Server-Sent
 * Events). A failed rebuild keeps the last good site served and shows its problems over the page. The
 * live-reload script is added to HTML responses here, never to the files {@code build} publishes.
 *
 * <pre>{@code
 * LiveServer.Options options = new LiveServer.Options(Path.of("content"), Optional.empty(), "127.0.0.1", 8000,
 *         LiveServer.QUIET_PERIOD);
 * try (LiveServer server = LiveServer.start(options, listener)) {
 *     System.out.println("Serving " + server.url());
 *     server.awaitClose();
 * }
 * }</pre>
 */
public final class LiveServer implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param port the first port to try (the next ones are tried when it is taken); 0 for any free port
     * @param quiet how long the folders must be still before a rebuild starts (a save is a burst of events)
     * @param timeouts how long this server waits for a rebuild and between keep-alive comments
     */
    public record Options(
            Path content, Optional<Path> templates, String host, int port, Duration quiet, Timeouts timeouts) {
        public Options {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(templates, "templates");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(quiet, "quiet");
            Objects.requireNonNull(timeouts, "timeouts");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
        }

        /** With the {@link Timeouts#DEFAULT default timeouts}. */
        public Options(Path content, Optional<Path> templates, String host, int port, Duration quiet) {
            this(content, templates, host, port, quiet, Timeouts.DEFAULT);
        }
    }

    /**
     * How long one server waits; tests give short ones. An idle kept-alive connection is closed after
     * {@link #IDLE_SECONDS}.
     *
     * @param rebuild how long a rebuild may take before it is stopped and reported as a problem
     * @param keepAlive how long an event stream may stay silent before it gets a comment, so a closed tab is noticed
     *     and proxies keep the stream open
     * @param request how long a request's line and headers may take from their first byte before the connection is
     *     cut without an answer
     */
    public record Timeouts(Duration rebuild, Duration keepAlive, Duration request) {
        /** 60 s for a rebuild, a keep-alive comment every 15 s, {@link #requestLimit()} for a request. */
        public static final Timeouts DEFAULT = new Timeouts(LiveSite.REBUILD_LIMIT, Duration.ofSeconds(15));

        /** With the {@link #requestLimit() request limit} of this JVM. */
        public Timeouts(Duration rebuild, Duration keepAlive) {
            this(rebuild, keepAlive, requestLimit());
        }

        public Timeouts {
            for (Duration d : List.of(rebuild, keepAlive, request)) {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("timeouts must be positive: " + d);
                }
            }
        }
    }

    /**
     * The overlay's data: the served site's version and, when the last build failed, why: the first
     * {@link #MAX_PROBLEMS_SHOWN} problems, and how many more there are; and the served build's warnings likewise
     * (shown as warnings, over a page that built).
     */
    record Status(
            long siteVersion,
            boolean ok,
            List<ProblemView> problems,
            int more,
            List<ProblemView> warnings,
            int moreWarnings) {}

    /** Problems {@code /__netdeck/status} describes; the rest are only counted. */
    static final int MAX_PROBLEMS_SHOWN = 50;

    /**
     * Threads answering requests; more requests at once wait their turn. Reading a request's headers holds no
     * thread ({@link HttpFront} reads every connection on one), so clients that send half a request delay nobody;
     * a thread is held while a complete request is answered, and by a client too slow to read its answer, for at most
     * {@link #IDLE_SECONDS} at a time. Threads are made as needed and end after 30 s idle.
     */
    static final int MAX_THREADS = 64;

    /** Seconds a client may take to send a request's line and headers, from their first byte, before it is cut off. */
    static final int MAX_REQUEST_SECONDS = 10;

    /** Seconds an idle kept-alive connection stays open. */
    static final int IDLE_SECONDS = 30;

    /** Methods served; anything else is 405. */
    static final String ALLOW = "GET, HEAD";

    /**
     * How long the watched folders must be still before a rebuild: an editor's save is a burst of events, a few
     * milliseconds long. A burst that pauses longer is rebuilt twice, and a failure of the first rebuild (a file
     * read half-saved, say) is not announced when the rest of the burst has already arrived: the next rebuild is due.
     */
    public static final Duration QUIET_PERIOD = Duration.ofMillis(10);

    /** Ports tried after the one asked for, when it is taken. */
    static final int MORE_PORTS = 20;

    static final String EVENTS = "/__netdeck/events";
    static final String STATUS = "/__netdeck/status";
    static final String SCRIPT = "/__netdeck/live.js";

    private final String host;
    private final LiveSite site;
    private final ServeListener listener;
    private final EventStream events;
    private final JsonFactory json = new JsonFactory();
    private final byte[] script = Resources.bytes(LiveServer.class, "live.js");
    private final byte[] noSiteYet = Resources.bytes(LiveServer.class, "no-site-yet.html");
    private final ThreadPoolExecutor threads =
            new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "netdeck-serve");
                t.setDaemon(true);
                return t;
            });
    private final Duration rebuildLimit;
    private final Set<String> hosts;
    private final boolean wildcard; // bound to every address: other machines use this one's IP address
    private final BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
    private final Thread rebuilder = new Thread(this::rebuildLoop, "netdeck-rebuild-loop");
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile StatusBody statusBody;
    private HttpFront server;
    private Watcher watcher;

    /** The status answer for one state, made once however often it is asked for. */
    private record StatusBody(LiveSite.State state, byte[] json) {}

    private LiveServer(Options options, ServeListener listener) {
        this.host = options.host();
        this.site = new LiveSite(options.content(), options.templates());
        this.listener = listener;
        this.events = new EventStream(
                () -> site.state().siteVersion(), options.timeouts().keepAlive());
        this.rebuildLimit = options.timeouts().rebuild();
        this.hosts = allowedHosts(options.host());
        this.wildcard = isWildcard(options.host());
        threads.allowCoreThreadTimeOut(true);
        rebuilder.setDaemon(true);
    }

    /**
     * Builds the site (a failure is reported to {@code listener} and shown in the browser; the server still
     * starts), starts watching, and starts serving. Throws {@link UncheckedIOException} when no port is free.
     */
    public static LiveServer start(Options options, ServeListener listener) {
        LiveServer s = new LiveServer(options, listener);
        List<Path> watched = new ArrayList<>(List.of(options.content()));
        options.templates().ifPresent(watched::add);
        s.watcher = Watcher.start(watched, options.quiet(), s.changes::add); // watch first: no change is missed
        s.rebuild(Set.of());
        s.rebuilder.start();
        try {
            int tries = options.port() == 0 ? 1 : Math.min(MORE_PORTS + 1, 65536 - options.port());
            s.server = HttpFront.start(
                    options.host(),
                    options.port(),
                    tries,
                    s::handle,
                    s.threads,
                    options.timeouts().request(),
                    Duration.ofSeconds(IDLE_SECONDS));
        } catch (IOException e) {
            s.watcher.close();
            s.rebuilder.interrupt();
            throw new UncheckedIOException("cannot serve on " + options.host() + ":" + options.port(), e);
        }
        return s;
    }

    /** Where the site is served, such as {@code http://127.0.0.1:8000/}: the host as given, the port as bound. */
    public URI url() {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/");
    }

    /** Blocks until {@link #close()} has been called (by a shutdown hook, say). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving, and frees the port. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        watcher.close();
        rebuilder.interrupt();
        events.close();
        server.close();
        threads.shutdownNow();
        closed.countDown();
    }

    /**
     * The rebuilding thread: takes the changes the watcher reports (all that came in meanwhile, as one), so
     * the watcher never waits for a build.
     */
    private void rebuildLoop() {
        while (true) {
            Set<Path> changed = new LinkedHashSet<>();
            try {
                changed.addAll(changes.take());
            } catch (InterruptedException e) {
                return; // closed
            }
            List<Set<Path>> more = new ArrayList<>();
            changes.drainTo(more);
            more.forEach(changed::addAll);
            try {
                rebuild(changed);
            } catch (RuntimeException | Error e) {
                // the listener failed (the terminal is gone, say); the next save is still rebuilt
            }
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** Builds again and tells the open pages. */
    private void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        Rebuild.Outcome outcome = site.rebuild(changed, listener, rebuildLimit);
        if (Thread.currentThread().isInterrupted()) {
            return; // serve is stopping: nothing to tell
        }
        LiveSite.State state = site.state();
        if (outcome == Rebuild.Outcome.FAILED && !changed.isEmpty() && superseded()) {
            return; // built from files caught mid-save: the rebuild the rest of the save sets off tells
        }
        switch (outcome) {
            case RELOAD -> events.send("reload", state.siteVersion());
            case FAILED -> events.send("problem", state.siteVersion());
            case UNCHANGED -> {}
        }
        listener.rebuilt(
                new Rebuild(changed, outcome, state.problems(), state.siteVersion(), System.nanoTime() - start));
    }

    /** Whether a change has come in since this rebuild began (reported, or still settling): another rebuild is due. */
    private boolean superseded() {
        return !changes.isEmpty() || watcher.settling();
    }

    /** Every request: checked, then answered with a page, the status, the events or the live script. */
    private void handle(HttpFront.Exchange exchange) throws IOException {
        exchange.setHeader("X-Content-Type-Options", "nosniff");
        String hostHeader = exchange.requestHeader("Host");
        if (!allowed(hostHeader)) {
            // a page elsewhere that made its name point here (DNS rebinding) must not read the drafts
            respond(
                    exchange,
                    403,
                    "text/plain; charset=utf-8",
                    ("netdeck serve answers only requests for " + String.join(", ", hosts) + "; open " + url() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (exchange.problem() != null) {
            // a malformed request, answered only now: after the Host check, and with nosniff
            respond(
                    exchange,
                    exchange.problemStatus(),
                    "text/plain; charset=utf-8",
                    ("netdeck serve cannot read this request: " + exchange.problem() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        URI target = exchange.uri();
        if (target != null
                && target.getScheme() != null
                && !("http".equalsIgnoreCase(target.getScheme()) && allowed(target.getRawAuthority()))) {
            // an absolute-form request ("GET http://name/ HTTP/1.1") names the site it wants: the same names only
            respond(
                    exchange,
                    403,
                    "text/plain; charset=utf-8",
                    ("netdeck serve answers only requests for " + String.join(", ", hosts) + "; open " + url() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String method = exchange.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.setHeader("Allow", ALLOW);
            respond(
                    exchange,
                    405,
                    "text/plain; charset=utf-8",
                    ("netdeck serve only reads: " + ALLOW + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        switch (path(exchange)) {
            case EVENTS -> events.serve(exchange);
            case STATUS -> status(exchange);
            case SCRIPT -> respond(exchange, 200, "text/javascript; charset=utf-8", script);
            default -> file(exchange);
        }
    }

    private void status(HttpFront.Exchange exchange) throws IOException {
        LiveSite.State state = site.state();
        StatusBody cached = statusBody;
        if (cached == null || cached.state() != state) {
            List<ProblemView> problems = ProblemView.of(state.problems(), MAX_PROBLEMS_SHOWN);
            List<ProblemView> warnings = ProblemView.ofWarnings(state.warnings(), MAX_PROBLEMS_SHOWN);
            cached = new StatusBody(
                    state,
                    statusJson(new Status(
                            state.siteVersion(),
                            state.ok(),
                            problems,
                            state.problems().size() - problems.size(),
                            warnings,
                            state.warnings().size() - warnings.size())));
            statusBody = cached;
        }
        respond(exchange, 200, "application/json", cached.json());
    }

    /** {@code status} as JSON: its record components as fields, in order, the problems' likewise. */
    private byte[] statusJson(Status status) throws IOException {
        java.io.ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("siteVersion", status.siteVersion());
            g.writeBooleanField("ok", status.ok());
            writeViews(g, "problems", status.problems());
            g.writeNumberField("more", status.more());
            writeViews(g, "warnings", status.warnings());
            g.writeNumberField("moreWarnings", status.moreWarnings());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void writeViews(JsonGenerator g, String field, List<ProblemView> views) throws IOException {
        g.writeArrayFieldStart(field);
        for (ProblemView p : views) {
            g.writeStartObject();
            g.writeStringField("file", p.file());
            g.writeNumberField("line", p.line());
            g.writeNumberField("column", p.column());
            g.writeStringField("message", p.message());
            g.writeStringField("text", p.text());
            g.writeArrayFieldStart("excerpt");
            for (ProblemView.ExcerptLine l : p.excerpt()) {
                g.writeStartObject();
                g.writeNumberField("number", l.number());
                g.writeStringField("text", l.text());
                g.writeBooleanField("marked", l.marked());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** An IPv4 address or a bracketed IPv6 one: a Host that names no domain cannot be rebound. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+]");

    /** The names a request may give in its Host header: this machine's loopback names and the bound host. */
    static Set<String> allowedHosts(String bound) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        String b = bound.toLowerCase(Locale.ROOT);
        names.add(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b);
        return names;
    }

    private static boolean isWildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether a request's Host header ({@code name} or {@code name:port}) is one this server answers to. */
    private boolean allowed(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            String port = h.substring(colon + 1);
            if (!port.chars().allMatch(Character::isDigit)) {
                return false;
            }
            h = h.substring(0, colon);
        }
        return hosts.contains(h) || (wildcard && IP_LITERAL.matcher(h).matches());
    }

    /**
     * The time a request's line and headers may take from their first byte: {@link #MAX_REQUEST_SECONDS}, or
     * {@code netdeck.serve.requestSeconds} when set (the fast test lane sets 2 s in {@code pom.xml}, so tests of the
     * cut wait 2 s, not 10).
     */
    static Duration requestLimit() {
        return Duration.ofSeconds(Long.getLong("netdeck.serve.requestSeconds", MAX_REQUEST_SECONDS));
    }

    /** The request's decoded path; {@code /} for an absolute-form target without one ({@code http://host}). */
    private static String path(HttpFront.Exchange exchange) {
        String path = exchange.uri() == null ? null : exchange.uri().getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private void file(HttpFront.Exchange exchange) throws IOException {
        String path = path(exchange);
        Map<String, byte[]> files = site.state().files();
        if (files.isEmpty()) {
            // no good build yet: a page that shows the problems and reloads when they are fixed
            respond(exchange, 503, "text/html; charset=utf-8", withScript(noSiteYet));
            return;
        }
        String name = path.substring(1);
        if (name.isEmpty() || name.endsWith("/")) {
            name += "index.html";
        } else if (files.containsKey(name + "/index.html")) {
            exchange.setHeader("Location", path + "/"); // so the page's relative links work
            respond(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        byte[] body = files.get(name);
        if (body == null) {
            respond(
                    exchange,
                    404,
                    "text/plain; charset=utf-8",
                    ("not found: " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = contentType(name);
        respond(exchange, 200, type, type.startsWith("text/html") ? withScript(body) : body);
    }

    /** The page with the live-reload script added before {@code </body>} (or at the end). */
    static byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\"></script>\n";
        int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String served = end < 0 ? page + tag : page.substring(0, end) + tag + page.substring(end);
        return served.getBytes(StandardCharsets.UTF_8);
    }

    static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "ico" -> "image/x-icon";
            case "woff2" -> "font/woff2";
            case "txt" -> "text/plain; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "pdf" -> "application/pdf";
            case "mp4" -> "video/mp4";
            case "webm" -> "video/webm";
            default -> "application/octet-stream";
        };
    }

    private void respond(HttpFront.Exchange exchange, int status, String type, byte[] body) throws IOException {
        try (exchange) {
            exchange.setHeader("Content-Type", type);
            exchange.setHeader("Cache-Control", "no-store"); // always the latest build
            if ("HEAD".equals(exchange.method())) {
                // the length the GET would have; the JDK's server leaves it to us for HEAD
                exchange.setHeader("Content-Length", Integer.toString(body.length));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.body().write(body);
            }
        }
    }

    /** The problems of the last build, empty when it succeeded. */
    public List<Problem> problems() {
        return site.state().problems();
    }
}
