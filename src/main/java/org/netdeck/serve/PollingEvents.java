package org.netdeck.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.Watchable;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * File events by looking: every {@link #INTERVAL} each watched folder is listed and compared with the last look
 * (each entry's kind, modification time, size and file key; and, for a file changed in the last
 * {@link #RECENT}, its bytes, since two saves of the same length within one clock tick have the same time). For
 * systems where the JDK's {@code WatchService} polls itself, slowly (macOS: every 2 to 10 s), and where
 * {@code netdeck.watch=poll} asks for it. Keys behave as the JDK's do: signalled once, events collected until
 * {@link WatchKey#reset()}, invalid once the folder is gone.
 */
final class PollingEvents implements Watcher.Events {

    /** How often each watched folder is looked at. */
    static final Duration INTERVAL = Duration.ofMillis(100);

    /** A file modified this recently is also compared byte for byte. */
    static final Duration RECENT = Duration.ofSeconds(3);

    /** Files larger than this are compared by time and size only. */
    private static final long MAX_HASHED = 4L * 1024 * 1024;

    /** What one look saw of one entry. */
    private record Seen(boolean folder, long modified, long size, Object fileKey, long crc) {}

    private final Map<Path, Key> keys =
            new ConcurrentHashMap<>(); // by real path: a folder seen through a link is one key
    private final BlockingQueue<Key> signalled = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    PollingEvents() {
        thread = new Thread(this::loop, "netdeck-watch-poll");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public WatchKey register(Path dir) throws IOException {
        if (closed) {
            throw new ClosedWatchServiceException();
        }
        Path real = dir.toRealPath();
        Key key = keys.computeIfAbsent(real, r -> new Key(dir));
        synchronized (key) {
            if (key.seen == null) {
                key.seen = look(real);
            }
        }
        return key;
    }

    @Override
    public WatchKey take() throws InterruptedException {
        Key k = signalled.take();
        if (closed) {
            throw new ClosedWatchServiceException();
        }
        return k;
    }

    @Override
    public WatchKey poll(long nanos) throws InterruptedException {
        Key k = signalled.poll(nanos, TimeUnit.NANOSECONDS);
        if (closed) {
            throw new ClosedWatchServiceException();
        }
        return k;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void loop() {
        while (!closed) {
            for (Map.Entry<Path, Key> e : keys.entrySet()) {
                compare(e.getKey(), e.getValue());
            }
            try {
                Thread.sleep(INTERVAL.toMillis()); // the polling interval itself: what this class is for
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Looks at one folder again and signals its key with what changed; a folder gone cancels its key. */
    private void compare(Path real, Key key) {
        Map<String, Seen> now;
        try {
            now = Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS) ? look(real) : null;
        } catch (IOException e) {
            now = null;
        }
        synchronized (key) {
            if (now == null) {
                keys.remove(real, key);
                key.valid = false;
                signal(key);
                return;
            }
            Map<String, Seen> before = key.seen;
            for (Map.Entry<String, Seen> e : now.entrySet()) {
                Seen old = before.get(e.getKey());
                if (old == null) {
                    key.add(ENTRY_CREATE, e.getKey());
                } else if (!old.equals(e.getValue())) {
                    key.add(ENTRY_MODIFY, e.getKey());
                }
            }
            for (String name : before.keySet()) {
                if (!now.containsKey(name)) {
                    key.add(ENTRY_DELETE, name);
                }
            }
            key.seen = now;
            if (!key.pending.isEmpty()) {
                signal(key);
            }
        }
    }

    private void signal(Key key) {
        if (!key.signalled) {
            key.signalled = true;
            signalled.add(key);
        }
    }

    private static Map<String, Seen> look(Path dir) throws IOException {
        Map<String, Seen> seen = new HashMap<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.toList();
        }
        long recent = System.currentTimeMillis() - RECENT.toMillis();
        for (Path p : entries) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                long modified = a.lastModifiedTime().toMillis();
                long crc = a.isRegularFile() && modified >= recent && a.size() <= MAX_HASHED ? crc(p) : 0;
                // a folder's own time changes with what is in it, which its own key reports (as inotify does)
                seen.put(
                        p.getFileName().toString(),
                        a.isDirectory()
                                ? new Seen(true, 0, 0, a.fileKey(), 0)
                                : new Seen(
                                        false,
                                        a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                                        a.size(),
                                        a.fileKey(),
                                        crc));
            } catch (IOException e) {
                // gone while we looked: the next look says so
            }
        }
        return seen;
    }

    private static long crc(Path file) {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return -1;
        }
        return crc.getValue();
    }

    /** One watched folder's key. Guarded by itself. */
    private final class Key implements WatchKey {
        private final Path dir;
        private Map<String, Seen> seen;
        private final List<WatchEvent<?>> pending = new ArrayList<>();
        private boolean signalled;
        private volatile boolean valid = true;

        Key(Path dir) {
            this.dir = dir;
        }

        void add(WatchEvent.Kind<Path> kind, String name) {
            pending.add(new Event(kind, dir.getFileSystem().getPath(name)));
        }

        @Override
        public boolean isValid() {
            return valid && !closed;
        }

        @Override
        public synchronized List<WatchEvent<?>> pollEvents() {
            List<WatchEvent<?>> events = List.copyOf(pending);
            pending.clear();
            return events;
        }

        @Override
        public synchronized boolean reset() {
            if (!isValid()) {
                return false;
            }
            signalled = false;
            if (!pending.isEmpty()) {
                signal(this);
            }
            return true;
        }

        @Override
        public void cancel() {
            valid = false;
            keys.values().remove(this);
        }

        @Override
        public Watchable watchable() {
            return dir;
        }
    }

    private record Event(WatchEvent.Kind<Path> kind, Path context) implements WatchEvent<Path> {
        Event {
            Objects.requireNonNull(kind);
        }

        @Override
        public int count() {
            return 1;
        }
    }
}
