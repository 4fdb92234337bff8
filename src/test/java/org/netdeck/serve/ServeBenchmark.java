package org.netdeck.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.netdeck.site.DeckReport;
import org.netdeck.site.Fixtures;
import org.netdeck.site.Publisher;

/**
 * Not a test: how long from saving a one-line change to a deck until the open page hears {@code reload},
 * median of 20 saves after 10 to warm up. Run from the project folder (it copies content/backprop, or
 * uses a small fixture deck when there is none):
 *
 * <pre>{@code mvn -o -q -DskipTests package && java -cp target/netdeck.jar:target/test-classes org.netdeck.serve.ServeBenchmark}</pre>
 */
public final class ServeBenchmark {

    static final int WARM_UP = 10;
    static final int RUNS = 20;

    private ServeBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path tmp = Files.createTempDirectory("netdeck-bench");
        Path deck = Path.of("content/backprop/deck.md");
        String text = Files.isRegularFile(deck) ? Files.readString(deck) : Fixtures.TINY_DECK;
        Path content = Fixtures.write(tmp.resolve("content"), Map.of("bench/deck.md", text));
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
            List<Double> saveToReload = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                String edited = text.replace(line, line + " (edit " + i + ")"); // one line changes
                long start = System.nanoTime();
                Files.writeString(content.resolve("bench/deck.md"), edited);
                browser.next("reload");
                long end = System.nanoTime();
                if (i >= WARM_UP) {
                    saveToReload.add((end - start) / 1e6);
                }
            }
            List<Double> rebuild = rebuilds.subList(rebuilds.size() - RUNS, rebuilds.size()).stream()
                    .map(r -> r.nanos() / 1e6)
                    .toList();
            System.out.printf(
                    Locale.ROOT,
                    "deck: %s (%d lines); quiet period %d ms; %d processors%n",
                    Files.isRegularFile(deck) ? deck : "fixture",
                    text.lines().count(),
                    LiveServer.QUIET_PERIOD.toMillis(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    Locale.ROOT,
                    "save -> reload event: median %.1f ms (min %.1f, max %.1f) over %d saves%n",
                    median(saveToReload),
                    min(saveToReload),
                    max(saveToReload),
                    RUNS);
            List<Double> deckMillis = decks.subList(decks.size() - RUNS, decks.size()).stream()
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
