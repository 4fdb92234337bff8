package org.netdeck.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.netdeck.site.DeckReport;
import org.netdeck.site.Publisher;
import org.netdeck.testing.TinySite;

/**
 * Not a test: how long from saving a one-line change to a deck until the open page hears {@code reload},
 * median of 20 saves after 10 to warm up. With a content folder as argument it serves a copy of that
 * folder and edits its first deck (the other decks stay in the site, as when an author edits one deck of
 * many); without, it copies content/backprop from the project folder, or uses a small fixture deck when there
 * is none. {@code bench/benchmark.sh} runs it both ways:
 *
 * <pre>{@code mvn -o -q -DskipTests package && java -cp target/netdeck.jar:target/test-classes org.netdeck.serve.ServeBenchmark [CONTENT]}</pre>
 *
 * <p>{@code -Dnetdeck.bench.saves=N} measures N saves instead of 20; {@code -Dnetdeck.bench.jfr=FILE} records a
 * flight recording (JFR, "profile" settings) of the measured saves only, for {@code jfr print} or JDK Mission
 * Control.
 */
public final class ServeBenchmark {

    /** Saves before the measured ones; {@code -Dnetdeck.bench.warmup=N} warms up longer (for the full JIT, say). */
    static final int WARM_UP = Integer.getInteger("netdeck.bench.warmup", 10);
    /** Saves measured; {@code -Dnetdeck.bench.saves=N} measures more (for a profile, say). */
    static final int RUNS = Integer.getInteger("netdeck.bench.saves", 20);

    private ServeBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path tmp = Files.createTempDirectory("netdeck-bench");
        Path content;
        Path deck;
        Path edited;
        if (args.length > 0) { // a copy of the given folder; its first deck is the one edited
            content = copy(Path.of(args[0]), tmp.resolve("content"));
            try (Stream<Path> decks = Files.list(content)) {
                edited = decks.map(d -> d.resolve("deck.md"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no deck in " + args[0]));
            }
            deck = Path.of(args[0]).resolve(content.relativize(edited));
        } else {
            deck = Path.of("content/backprop/deck.md");
            String text = Files.isRegularFile(deck) ? Files.readString(deck) : TinySite.TINY_DECK;
            content = TinySite.write(tmp.resolve("content"), Map.of("bench/deck.md", text));
            edited = content.resolve("bench/deck.md");
        }
        String text = Files.readString(edited);
        long deckCount;
        try (Stream<Path> decks = Files.list(content)) {
            deckCount =
                    decks.filter(d -> Files.isRegularFile(d.resolve("deck.md"))).count();
        }
        String line = text.lines().filter(l -> l.startsWith("## ")).findFirst().orElseThrow();
        List<Rebuild> rebuilds = new CopyOnWriteArrayList<>();
        List<DeckReport> decks = new CopyOnWriteArrayList<>();
        ServeListener listener = new ServeListener() {
            @Override
            public void deckBuilt(DeckReport report) {
                decks.add(report);
            }

            @Override
            public void rebuilt(Rebuild rebuild) {
                rebuilds.add(rebuild);
            }
        };
        try (LiveServer server = LiveServer.start(
                        new LiveServer.Options(content, Optional.empty(), "127.0.0.1", 0, LiveServer.QUIET_PERIOD),
                        listener);
                LiveClient browser = new LiveClient(server.url())) {
            Rebuild first = rebuilds.get(0);
            if (first.outcome() == Rebuild.Outcome.FAILED) { // e.g. over LiveSite.REBUILD_LIMIT on a busy machine
                System.out.println("the first build failed, nothing to measure: " + first.problems());
                return;
            }
            System.out.printf(Locale.ROOT, "first build: %.0f ms%n", first.nanos() / 1e6);
            List<Double> saveToReload = new ArrayList<>();
            List<Double> cpuPerSave = new ArrayList<>(); // every thread of the process: the load does not inflate it
            Optional<Recording> profile =
                    Optional.ofNullable(System.getProperty("netdeck.bench.jfr")).map(file -> profile(Path.of(file)));
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                if (i == WARM_UP) {
                    profile.ifPresent(Recording::start); // the measured saves only
                }
                String changed = text.replace(line, line + " (edit " + i + ")"); // one line changes
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                Files.writeString(edited, changed);
                browser.next("reload");
                long end = System.nanoTime();
                long cpuEnd = processCpuNanos();
                if (i >= WARM_UP) {
                    saveToReload.add((end - start) / 1e6);
                    cpuPerSave.add((cpuEnd - cpuStart) / 1e6);
                }
            }
            profile.ifPresent(Recording::close); // written to its file
            List<Double> rebuild = rebuilds.subList(rebuilds.size() - RUNS, rebuilds.size()).stream()
                    .map(r -> r.nanos() / 1e6)
                    .toList();
            System.out.printf(
                    Locale.ROOT,
                    "edited deck: %s (%d lines) of %d; quiet period %d ms; %d processors%n",
                    Files.isRegularFile(deck) ? deck : "fixture",
                    text.lines().count(),
                    deckCount,
                    LiveServer.QUIET_PERIOD.toMillis(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    Locale.ROOT,
                    "save -> reload event: median %.1f ms (min %.1f, max %.1f) over %d saves%n",
                    median(saveToReload),
                    min(saveToReload),
                    max(saveToReload),
                    RUNS);
            System.out.printf(
                    Locale.ROOT,
                    "CPU time per save (all threads of the JVM, JIT and GC too): mean %.1f ms, median %.1f (min %.1f, max %.1f)%n",
                    cpuPerSave.stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElse(Double.NaN),
                    median(cpuPerSave),
                    min(cpuPerSave),
                    max(cpuPerSave));
            List<DeckReport> edits = decks.stream()
                    .filter(r -> r.work() != DeckReport.Work.NONE) // the edited deck, not those reused
                    .toList();
            List<Double> deckMillis = edits.subList(edits.size() - RUNS, edits.size()).stream()
                    .map(r -> r.nanos() / 1e6)
                    .toList();
            System.out.printf(
                    Locale.ROOT,
                    "of which rebuild (server side, after the quiet period): median %.1f ms, "
                            + "the edited deck alone %.1f ms%n",
                    median(rebuild),
                    median(deckMillis));
        } finally {
            Publisher.deleteQuietly(tmp);
        }
    }

    /** A flight recording with the JDK's "profile" settings, written to {@code file} when closed. */
    private static Recording profile(Path file) {
        try {
            Recording r = new Recording(Configuration.getConfiguration("profile"));
            r.setDestination(file);
            return r;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot record a profile to " + file, e);
        }
    }

    /** The CPU time every thread of this JVM has used so far (the JIT's and the collector's too). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Copies the folder {@code from} (files and folders only) to {@code to}. */
    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
