package org.netdeck.serve;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * {@code serve}'s own small HTTP/1.1 server. One thread ({@code netdeck-connections}) accepts connections and reads
 * every request's head (request line and headers) without blocking, so a client that sends half a request holds no
 * thread and delays nobody; a head must be complete within the request limit of its first byte, and at most
 * {@link #MAX_HEAD_BYTES} long. A complete head, well-formed or not, goes to the handler on one of the given threads:
 * a malformed request is handed over with its {@link Exchange#problem() problem} set, so every answer, a 400
 * included, is made by the handler after its Host check. Connections are kept alive (HTTP/1.1's default).
 */
final class HttpFront implements AutoCloseable {

    /** Answers one request; it must {@link Exchange#close() close} the exchange when its answer is complete. */
    interface Handler {
        void handle(Exchange exchange) throws IOException;
    }

    /** A request's line and headers together, at most; a longer head is answered 431 and the connection closed. */
    static final int MAX_HEAD_BYTES = 16 * 1024;

    /** Connections open at once; a connection beyond them is closed at once. */
    static final int MAX_CONNECTIONS = 1024;

    /** A token (a method or a header's name), RFC 9110. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private static final Pattern VERSION = Pattern.compile("HTTP/1\\.[01]");

    private final ServerSocketChannel listening;
    private final Selector selector;
    private final Handler handler;
    private final ExecutorService workers;
    private final Duration requestLimit;
    private final Duration idleLimit;
    private final Queue<Connection> returned = new ConcurrentLinkedQueue<>();
    private final List<Connection> open = new ArrayList<>(); // the connections thread's only
    private final Thread loop = new Thread(this::loop, "netdeck-connections");
    private volatile boolean closed;

    private HttpFront(
            ServerSocketChannel listening,
            Handler handler,
            ExecutorService workers,
            Duration requestLimit,
            Duration idleLimit)
            throws IOException {
        this.listening = listening;
        this.selector = Selector.open();
        this.handler = handler;
        this.workers = workers;
        this.requestLimit = requestLimit;
        this.idleLimit = idleLimit;
        listening.configureBlocking(false);
        listening.register(selector, SelectionKey.OP_ACCEPT);
        loop.setDaemon(true);
    }

    /**
     * Listens on {@code host} at {@code port}, or the next free one of {@code tries} ports (one when {@code port} is
     * 0, any free port), and starts answering.
     */
    static HttpFront start(
            String host,
            int port,
            int tries,
            Handler handler,
            ExecutorService workers,
            Duration requestLimit,
            Duration idleLimit)
            throws IOException {
        BindException last = null;
        for (int p = port; p < port + tries; p++) {
            ServerSocketChannel channel = ServerSocketChannel.open();
            try {
                channel.bind(new InetSocketAddress(host, p), 128);
                HttpFront front = new HttpFront(channel, handler, workers, requestLimit, idleLimit);
                front.loop.start();
                return front;
            } catch (BindException e) {
                channel.close();
                last = e; // taken: try the next one
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
        throw last;
    }

    int port() {
        return ((InetSocketAddress) listening.socket().getLocalSocketAddress()).getPort();
    }

    /** Stops accepting and closes every connection. */
    @Override
    public void close() {
        closed = true;
        selector.wakeup();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        quietly(listening);
        for (Connection c : new ArrayList<>(open)) {
            c.close();
        }
        try {
            selector.close();
        } catch (IOException e) {
            // nothing to free
        }
    }

    /** One client's connection; while a worker answers it, it is not read (nor timed) here. */
    private final class Connection {
        final SocketChannel channel;
        final ByteBuffer in = ByteBuffer.allocate(MAX_HEAD_BYTES);
        SelectionKey key;
        long deadline; // System.nanoTime() by which the next event must happen, else the connection is closed
        boolean busy; // a worker has it
        boolean started; // some of a request's head has arrived

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void close() {
            open.remove(this);
            quietly(channel);
        }
    }

    private void loop() {
        try {
            while (!closed) {
                long now = System.nanoTime();
                long next = Long.MAX_VALUE;
                for (Connection c : new ArrayList<>(open)) {
                    if (c.busy) {
                        continue;
                    }
                    if (c.deadline - now <= 0) {
                        c.close(); // idle too long, or too slow to send its request: cut without an answer
                    } else {
                        next = Math.min(next, c.deadline - now);
                    }
                }
                long millis = next == Long.MAX_VALUE ? 0 : Math.max(1, next / 1_000_000 + 1);
                selector.select(millis);
                for (Connection c; (c = returned.poll()) != null; ) {
                    resume(c);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        read((Connection) key.attachment());
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            // closed
        }
    }

    private void accept() throws IOException {
        for (SocketChannel ch; (ch = listening.accept()) != null; ) {
            if (open.size() >= MAX_CONNECTIONS) {
                quietly(ch);
                continue;
            }
            ch.configureBlocking(false);
            Connection c = new Connection(ch);
            c.key = ch.register(selector, SelectionKey.OP_READ, c);
            c.deadline = System.nanoTime() + idleLimit.toNanos();
            open.add(c);
        }
    }

    /** A connection a worker is done with: its next request may already be here (pipelined). */
    private void resume(Connection c) {
        c.busy = false;
        c.started = c.in.position() > 0;
        c.deadline = System.nanoTime() + (c.started ? requestLimit : idleLimit).toNanos();
        if (!c.key.isValid()) {
            c.close();
            return;
        }
        c.key.interestOps(SelectionKey.OP_READ);
        if (c.started) {
            tryHead(c);
        }
    }

    private void read(Connection c) {
        int n;
        try {
            n = c.channel.read(c.in);
        } catch (IOException e) {
            c.close();
            return;
        }
        if (n < 0) {
            c.close();
            return;
        }
        if (n > 0 && !c.started) {
            c.started = true;
            c.deadline = System.nanoTime() + requestLimit.toNanos();
        }
        tryHead(c);
    }

    /** Hands the head over when it is complete (or when it cannot be: too long). */
    private void tryHead(Connection c) {
        byte[] buf = c.in.array();
        int len = c.in.position();
        int skip = 0;
        while (skip + 1 < len && buf[skip] == '\r' && buf[skip + 1] == '\n') {
            skip += 2; // blank lines before a request are allowed (RFC 9112 2.2)
        }
        int end = headEnd(buf, skip, len);
        boolean tooLong = end < 0 && len == buf.length;
        if (end < 0 && !tooLong) {
            return; // more to come
        }
        String head = new String(buf, skip, (end < 0 ? len : end) - skip, StandardCharsets.ISO_8859_1);
        if (end >= 0) {
            c.in.flip();
            c.in.position(end);
            c.in.compact(); // what follows is the next request's
        } else {
            c.in.clear();
        }
        Exchange exchange = Exchange.parse(head, tooLong, c, this);
        c.busy = true;
        c.key.interestOps(0);
        try {
            workers.execute(() -> answer(exchange));
        } catch (RejectedExecutionException e) {
            c.close();
        }
    }

    /** The index after the blank line that ends the head, or -1. Lines may end in CRLF or a bare LF. */
    private static int headEnd(byte[] b, int from, int len) {
        for (int i = from; i < len; i++) {
            if (b[i] == '\n') {
                if (i + 1 < len && b[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < len && b[i + 1] == '\r' && b[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    private void answer(Exchange exchange) {
        try {
            handler.handle(exchange);
        } catch (IOException | RuntimeException e) {
            exchange.abort();
        }
    }

    /** Called by a worker: the connection is free for its next request, or is to be closed. */
    private void done(Connection c, boolean keep) {
        if (!keep || closed) {
            quietly(c.channel); // the connections thread drops it when it next looks (its key is cancelled)
            returned.add(c);
        } else {
            returned.add(c);
        }
        selector.wakeup();
    }

    private static void quietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // gone already
        }
    }

    /**
     * One request and its answer, like the JDK's {@code HttpExchange}: set headers, {@link #sendResponseHeaders},
     * write the body, {@link #close()}.
     */
    static final class Exchange implements AutoCloseable {
        private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

        private final String method;
        private final String target;
        private final URI uri;
        private final String problem;
        private final int problemStatus;
        private final Map<String, String> requestHeaders;
        private final boolean keepAlive;
        private final Map<String, String> responseHeaders = new LinkedHashMap<>();
        private final Connection connection;
        private final HttpFront front;
        private final AtomicBoolean closed = new AtomicBoolean();
        private OutputStream out;
        private OutputStream body;
        private boolean sent;

        private Exchange(
                String method,
                String target,
                URI uri,
                int problemStatus,
                String problem,
                Map<String, String> requestHeaders,
                boolean keepAlive,
                Connection connection,
                HttpFront front) {
            this.method = method;
            this.target = target;
            this.uri = uri;
            this.problemStatus = problemStatus;
            this.problem = problem;
            this.requestHeaders = requestHeaders;
            this.keepAlive = keepAlive;
            this.connection = connection;
            this.front = front;
        }

        /** Reads a head; whatever is wrong with it becomes the exchange's problem, never an exception. */
        static Exchange parse(String head, boolean tooLong, Connection connection, HttpFront front) {
            String[] lines = head.split("\r?\n", -1);
            Map<String, String> headers = new LinkedHashMap<>();
            String problem = null;
            int status = 400;
            int last = tooLong ? lines.length - 1 : lines.length; // a cut head's last line is incomplete
            for (int i = 1; i < last; i++) {
                String line = lines[i];
                if (line.isEmpty()) {
                    continue;
                }
                int colon = line.indexOf(':');
                String name = colon < 0 ? "" : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).strip();
                if (!TOKEN.matcher(name).matches() || !printable(value)) {
                    problem = problem != null ? problem : "a header line is not 'Name: value': " + excerpt(line);
                    continue;
                }
                String key = name.toLowerCase(Locale.ROOT);
                if (headers.containsKey(key) && key.equals("host")) {
                    problem = problem != null ? problem : "more than one Host header";
                    headers.put(key, ""); // answers to no name
                    continue;
                }
                headers.merge(key, value, (a, b) -> a + ", " + b);
            }
            if (tooLong) {
                status = 431;
                problem = "the request's line and headers are longer than " + MAX_HEAD_BYTES + " bytes";
            }
            String[] parts = lines[0].split(" ", -1);
            String method = parts.length == 3 ? parts[0] : "";
            String target = parts.length == 3 ? parts[1] : "";
            boolean http11 = parts.length == 3 && parts[2].equals("HTTP/1.1");
            URI uri = null;
            if (parts.length != 3
                    || !TOKEN.matcher(method).matches()
                    || !VERSION.matcher(parts[2]).matches()
                    || target.isEmpty()
                    || !printable(target)
                    || target.contains(" ")) {
                status = 400;
                problem = "the request line is not 'METHOD /path HTTP/1.1': " + excerpt(lines[0]);
            } else if (target.equals("*")) {
                if (!method.equals("OPTIONS") && problem == null) {
                    problem = "'*' is a target for OPTIONS only";
                }
            } else {
                try {
                    uri = new URI(target);
                    if (uri.getScheme() == null && !target.startsWith("/")) {
                        uri = null;
                        problem = problem != null ? problem : "the target is neither '/path' nor 'http://host/path'";
                    }
                } catch (URISyntaxException e) {
                    problem = problem != null ? problem : "the target is not a URI: " + excerpt(target);
                }
            }
            String connectionHeader = headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
            // netdeck serve only reads: a request with a body ends its connection after the answer (nothing skips it)
            boolean keep = problem == null
                    && !headers.containsKey("transfer-encoding")
                    && headers.getOrDefault("content-length", "0").equals("0")
                    && (http11 ? !connectionHeader.contains("close") : connectionHeader.contains("keep-alive"));
            return new Exchange(method, target, uri, status, problem, headers, keep, connection, front);
        }

        private static boolean printable(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if ((ch < 0x20 && ch != '\t') || ch == 0x7f) {
                    return false;
                }
            }
            return true;
        }

        private static String excerpt(String s) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length() && b.length() < 60; i++) {
                char ch = s.charAt(i);
                b.append(ch < 0x20 || ch >= 0x7f ? '?' : ch);
            }
            return b + (s.length() > 60 ? "..." : "");
        }

        /** The method as sent ({@code ""} when the request line could not be read). */
        String method() {
            return method;
        }

        /** The request's target as a URI, or null when it is not one ({@code *}, or malformed). */
        URI uri() {
            return uri;
        }

        /** The target as sent. */
        String target() {
            return target;
        }

        /** What is wrong with the request, or null when it is well-formed. */
        String problem() {
            return problem;
        }

        /** The status a {@link #problem()} is answered with: 400, or 431 for a head too long. */
        int problemStatus() {
            return problemStatus;
        }

        /** A request header's value (repeated ones joined with ", "), or null. */
        String requestHeader(String name) {
            return requestHeaders.get(name.toLowerCase(Locale.ROOT));
        }

        /** Sets a response header, replacing one of the same name. */
        void setHeader(String name, String value) {
            responseHeaders.put(name, value);
        }

        /**
         * Writes the status line and headers. {@code length}: -1 for no body, 0 for a body streamed until
         * {@link #close()} (chunked), else the body's length.
         */
        void sendResponseHeaders(int status, long length) throws IOException {
            if (sent) {
                throw new IllegalStateException("headers already sent");
            }
            sent = true;
            out = new BufferedOutputStream(new ChannelOutput(connection.channel, front.idleLimit), 16 * 1024);
            StringBuilder h = new StringBuilder("HTTP/1.1 ")
                    .append(status)
                    .append(' ')
                    .append(reason(status))
                    .append("\r\n");
            h.append("Date: ")
                    .append(DATE.format(ZonedDateTime.now(ZoneOffset.UTC)))
                    .append("\r\n");
            responseHeaders.remove("Transfer-Encoding");
            if (length == 0) {
                responseHeaders.remove("Content-Length");
                h.append("Transfer-Encoding: chunked\r\n");
                body = new Chunked(out);
            } else {
                if (length > 0) {
                    responseHeaders.put("Content-Length", Long.toString(length));
                } else {
                    responseHeaders.putIfAbsent("Content-Length", "0");
                }
                body = out;
            }
            if (!keepAlive) {
                h.append("Connection: close\r\n");
            }
            responseHeaders.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
            h.append("\r\n");
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (length == 0) {
                out.flush(); // a stream's headers go at once
            }
        }

        /** The body; what is written after {@link #sendResponseHeaders} with -1 is ignored. */
        OutputStream body() {
            if (!sent) {
                throw new IllegalStateException("headers not sent");
            }
            return body;
        }

        /** Ends the answer: the connection takes the next request, or is closed. */
        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            boolean keep = keepAlive && sent;
            try {
                if (body instanceof Chunked c) {
                    c.finish();
                }
                if (out != null) {
                    out.close(); // flushes; the channel stays open
                }
            } catch (IOException e) {
                keep = false; // the client has gone
            }
            front.done(connection, keep);
        }

        /** Ends the connection without finishing the answer. */
        void abort() {
            if (closed.compareAndSet(false, true)) {
                front.done(connection, false);
                if (out != null) {
                    try {
                        out.close();
                    } catch (IOException e) {
                        // the connection is closed anyway
                    }
                }
            }
        }

        private static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 301 -> "Moved Permanently";
                case 400 -> "Bad Request";
                case 403 -> "Forbidden";
                case 404 -> "Not Found";
                case 405 -> "Method Not Allowed";
                case 431 -> "Request Header Fields Too Large";
                case 503 -> "Service Unavailable";
                default -> "Status " + status;
            };
        }
    }

    /** Writes to a non-blocking channel, waiting (up to {@code limit} at a time) while the client's buffer is full. */
    private static final class ChannelOutput extends OutputStream {
        private final SocketChannel channel;
        private final Duration limit;
        private Selector waiting;

        ChannelOutput(SocketChannel channel, Duration limit) {
            this.channel = channel;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                if (channel.write(buf) == 0) {
                    await();
                }
            }
        }

        private void await() throws IOException {
            if (waiting == null) {
                waiting = Selector.open();
                channel.register(waiting, SelectionKey.OP_WRITE);
            }
            try {
                if (waiting.select(limit.toMillis()) == 0) {
                    throw new IOException("the client has read nothing for " + limit.toSeconds() + " s");
                }
                waiting.selectedKeys().clear();
            } catch (ClosedSelectorException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (waiting != null) {
                waiting.close();
            }
        }
    }

    /** HTTP/1.1 chunked encoding: each write one chunk. */
    private static final class Chunked extends OutputStream {
        private final OutputStream out;

        Chunked(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(b, off, len);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
        }

        synchronized void finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }
}
