package org.netdeck.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Not a test: how much work a deck's page does on load and on a window resize. Opens every deck of {@code content/}
 * (or the decks named), built and served as the browser tests do, with the CPU slowed 4× ({@code
 * Emulation.setCPUThrottlingRate}, as Lighthouse's mobile preset simulates), at 1366×768 and at 390×844 (a phone),
 * and prints a table row per page load and per resize (1366×768 to 1024×640, 390×844 to 360×780):
 *
 * <ul>
 *   <li>the renderer's main-thread cost from the Chrome DevTools Protocol ({@code Performance.getMetrics} in thread
 *       time, which a busy machine inflates little): task, script, style and layout time, and how many style
 *       recalculations and layouts ran, from navigation until the page is quiet (work done in idle time included);
 *   <li>long tasks (over 50 ms) the page reported to a {@code PerformanceObserver} installed before any script of
 *       the page ran: how many, the longest, and their time over 50 ms summed (what Lighthouse calls Total Blocking
 *       Time, counted here to quiet rather than to Time to Interactive), in wall time: meaningful on a quiet machine
 *       only.
 * </ul>
 *
 * <p>{@code -Dnetdeck.templates=DIR} measures another theme folder (an older {@code templates/}, to compare), built
 * into a folder of its own under {@code target/}; {@code -Dnetdeck.content=DIR} the decks of another content folder
 * (such as one with a deck of 40 slides that {@code bench/LongDeck.java} writes).
 *
 * <pre>{@code bench/pageload.sh [DECK...]}</pre>
 */
public final class PageLoadBenchmark {

    static final double THROTTLE = 4;
    static final List<int[]> SIZES = List.of(new int[] {1366, 768, 1024, 640}, new int[] {390, 844, 360, 780});

    private static final List<String> COSTS = List.of(
            "TaskDuration",
            "ScriptDuration",
            "RecalcStyleDuration",
            "LayoutDuration",
            "RecalcStyleCount",
            "LayoutCount");

    // long tasks from the start of the document, kept where the benchmark can read them
    private static final String LONG_TASKS = "window.__longTasks = [];"
            + "try { new PerformanceObserver((l) => l.getEntries().forEach((e) =>"
            + " window.__longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' }); } catch (e) {}";

    /** One load or resize measured: the main thread's cost and the long tasks ([start, duration] in ms). */
    record Run(String deck, String what, Map<String, Double> cost, List<double[]> longTasks) {}

    private final BrowserSession browser;

    private PageLoadBenchmark(BrowserSession browser) {
        this.browser = browser;
    }

    public static void main(String[] args) throws IOException {
        // the decks of content/, or of another content folder (-Dnetdeck.content=DIR)
        Path content = Path.of(System.getProperty("netdeck.content", "content"));
        List<String> decks = args.length > 0 ? List.of(args) : decks(content);
        List<Run> runs = new ArrayList<>();
        // the theme to measure: templates/, or another version of it (-Dnetdeck.templates=DIR), built apart
        Path templates = Path.of(System.getProperty("netdeck.templates", "templates"));
        SiteServer site = SiteServer.start(
                Path.of(
                        "target",
                        "pageload-site-"
                                + Integer.toHexString(List.of(templates.toAbsolutePath(), content.toAbsolutePath())
                                        .hashCode())),
                templates,
                content);
        try (BrowserSession browser = BrowserSession.start(site, options -> {})) {
            PageLoadBenchmark bench = new PageLoadBenchmark(browser);
            browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LONG_TASKS));
            for (String deck : decks) {
                String url = browser.site().http(deck + "/index.html");
                for (int[] size : SIZES) {
                    runs.addAll(bench.loadAndResize(deck, url, size));
                }
            }
            browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        }
        print(runs);
    }

    private static List<String> decks(Path content) throws IOException {
        try (Stream<Path> dirs = Files.list(content)) {
            return dirs.filter(d -> Files.exists(d.resolve("deck.md")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    private List<Run> loadAndResize(String deck, String url, int[] size) {
        browser.driver().get("about:blank");
        browser.reset();
        browser.viewport(size[0], size[1]);
        browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", THROTTLE));
        browser.cdp("Performance.disable", Map.of());
        browser.cdp("Performance.enable", Map.of("timeDomain", "threadTicks"));
        Map<String, Double> before = metrics();
        browser.driver().get(url);
        browser.settle();
        Map<String, Double> loaded = quiet();
        // a fresh renderer for the page starts its counters at 0: then the counts before are not the page's
        if (loaded.getOrDefault("LayoutCount", 0.0) < before.getOrDefault("LayoutCount", 0.0)) {
            before = Map.of();
        }
        List<double[]> loadTasks = longTasks(0);
        Run load = new Run(deck, "load " + size[0] + "x" + size[1], minus(loaded, before), loadTasks);
        double from = ((Number) browser.script("return performance.now();")).doubleValue();
        browser.viewport(size[2], size[3]);
        browser.settle();
        Map<String, Double> resized = quiet();
        Run resize = new Run(
                deck,
                "resize " + size[0] + "x" + size[1] + " to " + size[2] + "x" + size[3],
                minus(resized, loaded),
                longTasks(from));
        browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        return List.of(load, resize);
    }

    // the metrics once the page has been quiet (no style recalculation or layout) for a second, at most 30 s on
    private Map<String, Double> quiet() {
        Map<String, Double> last = metrics();
        for (int stable = 0, k = 0; stable < 2 && k < 60; k++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Map<String, Double> now = metrics();
            boolean same = now.get("LayoutCount").equals(last.get("LayoutCount"))
                    && now.get("RecalcStyleCount").equals(last.get("RecalcStyleCount"));
            stable = same ? stable + 1 : 0;
            last = now;
        }
        return last;
    }

    private List<double[]> longTasks(double from) {
        List<double[]> tasks = new ArrayList<>();
        for (Object t : (List<?>) browser.script("return window.__longTasks || [];")) {
            List<?> pair = (List<?>) t;
            double start = ((Number) pair.get(0)).doubleValue();
            if (start >= from) {
                tasks.add(new double[] {start, ((Number) pair.get(1)).doubleValue()});
            }
        }
        return tasks;
    }

    private Map<String, Double> metrics() {
        Map<String, Double> values = new HashMap<>();
        for (Object m :
                (List<?>) browser.cdp("Performance.getMetrics", Map.of()).get("metrics")) {
            Map<?, ?> metric = (Map<?, ?>) m;
            values.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue());
        }
        return values;
    }

    private static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> cost = new HashMap<>();
        COSTS.forEach(c -> cost.put(c, after.getOrDefault(c, 0.0) - before.getOrDefault(c, 0.0)));
        return cost;
    }

    private static void print(List<Run> runs) {
        System.out.printf(
                Locale.ROOT,
                "page load at %.0fx CPU slowdown, load %s. Main thread in thread time (ms) and counts, from navigation"
                        + " (or the resize) until quiet: CDP Performance.getMetrics. Long tasks: PerformanceObserver"
                        + " 'longtask' in wall time (count, longest, blocking = sum of time over 50 ms).%n%n",
                THROTTLE,
                load());
        String head = "| deck | what | task | script | style (n) | layout (n) | style + layout | long tasks | longest"
                + " | blocking |";
        System.out.println(head);
        System.out.println(head.replaceAll("[^|]+", " --- "));
        for (Run r : runs) {
            Map<String, Double> c = r.cost();
            double style = c.get("RecalcStyleDuration") * 1000;
            double layout = c.get("LayoutDuration") * 1000;
            double longest = r.longTasks().stream().mapToDouble(t -> t[1]).max().orElse(0);
            double blocking = r.longTasks().stream()
                    .mapToDouble(t -> Math.max(0, t[1] - 50))
                    .sum();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %.0f | %.0f | %.0f (%.0f) | %.0f (%.0f) | %.0f | %d | %.0f | %.0f |%n",
                    r.deck(),
                    r.what(),
                    c.get("TaskDuration") * 1000,
                    c.get("ScriptDuration") * 1000,
                    style,
                    c.get("RecalcStyleCount"),
                    layout,
                    c.get("LayoutCount"),
                    style + layout,
                    r.longTasks().size(),
                    longest,
                    blocking);
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*$", "$1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
