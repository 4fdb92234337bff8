package org.netdeck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which events {@code serve} watches with, per system; the contract they all hold is {@link WatcherTest}'s. */
class WatcherEventsTest {

    @TempDir
    Path tmp;

    private static boolean mac() {
        return System.getProperty("os.name", "").startsWith("Mac");
    }

    @Test
    void withoutMacOSsFileEventsItPolls() {
        assumeFalse(mac(), "macOS has FSEvents");
        // the Carbon library does not load here: the fallback is polling, decided before any folder is watched
        Watcher.Events events = Watcher.macEvents();
        try {
            assertInstanceOf(PollingEvents.class, events);
        } finally {
            events.close();
        }
    }

    @Test
    void onLinuxItIsInotify() throws IOException {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux"));
        try (Watcher.Events events = Watcher.events(Watcher.Kind.AUTO, tmp)) {
            assertEquals("JdkEvents", events.getClass().getSimpleName());
        }
    }

    @Test
    void pollingIsPollingAnywhere() throws IOException {
        try (Watcher.Events events = Watcher.events(Watcher.Kind.POLLING, tmp)) {
            assertInstanceOf(PollingEvents.class, events);
        }
    }
}
