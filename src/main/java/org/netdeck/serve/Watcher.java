package org.netdeck.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watchservice.MacOSXListeningWatchService;
import io.methvin.watchservice.WatchablePath;
import io.methvin.watchservice.jna.CarbonAPI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folder trees (content/ and templates/) and reports what changed, once a burst of events has
 * gone quiet. Editor-safe: an atomic save (write, then rename) is just more events in the burst; new
 * folders are watched as they appear; a watched root that is deleted and comes back is watched again
 * (each root's parent is watched for that). A folder that appears is watched first and then scanned, and
 * everything found in it is reported: files made in it before it was watched are not missed. A root or
 * folder that is a symbolic link to a folder is followed.
 *
 * <pre>{@code
 * try (Watcher w = Watcher.start(List.of(content), Duration.ofMillis(10), changed -> rebuild(changed))) { ... }
 * }</pre>
 */
final class Watcher implements AutoCloseable {

    /** Where file events come from: the JDK's native {@code WatchService}, or {@link PollingEvents}. */
    interface Events extends AutoCloseable {
        /** Watches {@code dir} for created, deleted and modified entries; the same folder gives the same key. */
        WatchKey register(Path dir) throws IOException;

        WatchKey take() throws InterruptedException;

        /** The next signalled key, or null after {@code nanos}. */
        WatchKey poll(long nanos) throws InterruptedException;

        @Override
        void close();
    }

    /** How {@code serve} learns of changes. */
    enum Kind {
        /** The JDK's {@code WatchService} where it is native (Linux: inotify; Windows), else {@link #POLLING}. */
        AUTO,
        /** Looking at every watched folder every {@link PollingEvents#INTERVAL}: anywhere, a little later. */
        POLLING;

        /** {@code -Dnetdeck.watch=poll} forces polling (a network drive, a container's mounted folder). */
        static Kind fromSystem() {
            return "poll".equals(System.getProperty("netdeck.watch")) ? POLLING : AUTO;
        }
    }

    /** The JDK's {@code WatchService}. */
    private static final class JdkEvents implements Events {
        private final WatchService service;

        JdkEvents(WatchService service) {
            this.service = service;
        }

        @Override
        public WatchKey register(Path dir) throws IOException {
            return dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        }

        @Override
        public WatchKey take() throws InterruptedException {
            return service.take();
        }

        @Override
        public WatchKey poll(long nanos) throws InterruptedException {
            return service.poll(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void close() {
            try {
                service.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    /**
     * macOS's native file events (FSEvents), through directory-watcher's {@code WatchService}. One registration
     * watches a whole tree: a folder under one already watched gets a key that is never signalled, and the events
     * of everything below come on the outer folder's key, each naming its file by absolute path (which
     * {@code folder.resolve} keeps as it is).
     */
    private static final class MacEvents implements Events {
        /** How long FSEvents gathers events before it hands them on; the watcher's own quiet period follows. */
        static final double LATENCY_SECONDS = 0.02;

        private final MacOSXListeningWatchService service =
                new MacOSXListeningWatchService(new MacOSXListeningWatchService.Config() {
                    @Override
                    public double latency() {
                        return LATENCY_SECONDS;
                    }

                    @Override
                    public FileHasher fileHasher() {
                        return null; // file-level events: no file is read to tell what changed
                    }
                });

        @Override
        public WatchKey register(Path dir) throws IOException {
            return new WatchablePath(dir).register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        }

        @Override
        public WatchKey take() throws InterruptedException {
            return service.take();
        }

        @Override
        public WatchKey poll(long nanos) throws InterruptedException {
            return service.poll(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void close() {
            service.close();
        }
    }

    /**
     * The events for {@code kind}: on macOS its native FSEvents, elsewhere the JDK's where its implementation is
     * native (Linux: inotify; Windows), else polling. The JDK's own fallback ({@code sun.nio.fs.PollingWatchService},
     * on macOS) looks every 2 to 10 s; ours every 100 ms.
     */
    static Events events(Kind kind, Path root) throws IOException {
        if (kind == Kind.AUTO) {
            if (System.getProperty("os.name", "").startsWith("Mac")) {
                return macEvents();
            }
            WatchService service = root.getFileSystem().newWatchService();
            if (!service.getClass().getName().endsWith("PollingWatchService")) {
                return new JdkEvents(service);
            }
            service.close();
        }
        return new PollingEvents();
    }

    /**
     * FSEvents where the Carbon library loads (macOS); polling where it cannot (any other system, or a JNA that
     * cannot load its native part). Loaded here, so that a failure falls back now, not on the watching thread.
     */
    static Events macEvents() {
        try {
            Objects.requireNonNull(CarbonAPI.INSTANCE);
            return new MacEvents();
        } catch (LinkageError | RuntimeException e) {
            return new PollingEvents();
        }
    }

    /** Folders deeper than this under a root are not watched (a guard against link loops). */
    static final int MAX_DEPTH = 32;

    /** However busy the folder, report at least this often. */
    static final Duration MAX_WAIT = Duration.ofMillis(500);

    private final List<Path> roots;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final Events service;
    private final Map<WatchKey, Path> folders = new HashMap<>(); // only the watching thread touches it after start
    private final Thread thread;
    private volatile boolean settling; // changes under a root have arrived that are not reported yet

    private Watcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange, Kind kind) throws IOException {
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        this.quiet = quiet;
        this.onChange = onChange;
        this.service = events(kind, this.roots.get(0));
        this.thread = new Thread(this::loop, "netdeck-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code roots} (which need not exist yet); {@code onChange} is called on the watching
     * thread with the absolute paths that changed, after {@code quiet} without a new event.
     */
    static Watcher start(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) {
        return start(roots, quiet, onChange, Kind.fromSystem());
    }

    /** {@link #start(List, Duration, Consumer)} with events of {@code kind}. */
    static Watcher start(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange, Kind kind) {
        try {
            Watcher w = new Watcher(roots, quiet, onChange, kind);
            for (Path root : w.roots) {
                w.register(root.getParent());
                w.registerTree(root, new HashSet<>(), new HashSet<>(), 0);
            }
            w.thread.start();
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots, e);
        }
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>(handle(service.take()));
                settling = !changed.isEmpty(); // a report is sure to follow (events beside the roots make none)
                long deadline = System.nanoTime() + MAX_WAIT.toNanos();
                WatchKey next;
                // the burst is over when nothing more arrives for a quiet period
                while (System.nanoTime() < deadline && (next = service.poll(quiet.toNanos())) != null) {
                    changed.addAll(handle(next));
                    settling = !changed.isEmpty();
                }
                settling = false; // before the report: the changes are in the listener's hands from here on
                if (!changed.isEmpty()) {
                    report(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /**
     * Whether a burst of changes under the roots has begun that is not reported yet: a report is sure to follow, so
     * what was built from the folders as they were is already out of date.
     */
    boolean settling() {
        return settling;
    }

    private void report(Set<Path> changed) {
        try {
            onChange.accept(changed);
        } catch (RuntimeException | Error e) {
            // the listener reports its own failures (serve shows them as problems); whatever escaped it
            // must not end the watching, or no later save would ever be noticed
        }
    }

    /** The paths one key's events name, under a root; watches folders that appeared. */
    private Set<Path> handle(WatchKey key) {
        Set<Path> changed = new LinkedHashSet<>();
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                changed.addAll(roots); // events were lost: everything may have changed
                roots.forEach(root -> changed.addAll(registerTreeQuietly(root)));
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            Path root = rootOf(path);
            if (root == null) {
                continue; // something else beside a root, such as site/ or target/
            }
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                // a new deck folder, or the root itself come back: what was made in it before it was
                // watched raised no event, so the scan reports it
                changed.addAll(registerTreeQuietly(path));
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone; its parent's events tell us when it is back
        }
        return changed;
    }

    private Path rootOf(Path path) {
        for (Path root : roots) {
            if (path.startsWith(root)) {
                return root;
            }
        }
        return null;
    }

    private Set<Path> registerTreeQuietly(Path dir) {
        Set<Path> found = new LinkedHashSet<>();
        try {
            registerTree(dir, found, new HashSet<>(), 0);
        } catch (IOException | UncheckedIOException e) {
            // it went away again; the next event about it tells us
        }
        return found;
    }

    /**
     * Watches {@code dir} and every folder under it, and adds to {@code found} every path under it. Each
     * folder is watched before it is listed, so a file made in between raises an event or is listed: none
     * is missed. Symbolic links to folders are followed (a symlinked content/ or deck folder), once each.
     */
    private void registerTree(Path dir, Set<Path> found, Set<Path> seen, int depth) throws IOException {
        if (depth > MAX_DEPTH || !Files.isDirectory(dir) || !seen.add(dir.toRealPath())) {
            return; // not a folder (any more), or a link back to a folder already watched
        }
        if (!register(dir)) {
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.toList();
        }
        for (Path child : children) {
            found.add(child);
            try {
                registerTree(child, found, seen, depth + 1);
            } catch (IOException e) {
                // it went away while we looked; its parent's events tell us
            }
        }
    }

    /**
     * Watches {@code dir}; false when it is already watched under another path that still leads to it (a
     * link to a folder already watched), so there is nothing more to do for it.
     */
    private boolean register(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return false;
        }
        WatchKey key = service.register(dir);
        Path known = folders.get(key);
        if (known != null && !known.equals(dir) && isSameFolder(known, dir)) {
            return false; // the same folder seen through a link: keep reporting it under its first path
        }
        folders.put(key, dir); // new, or the folder was renamed
        return true;
    }

    private static boolean isSameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // the old path is gone
        }
    }

    /** Stops watching; the watching thread ends. */
    @Override
    public void close() {
        service.close();
        thread.interrupt();
    }
}
