package org.netdeck.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: how smoothly a deck animates. Opens the default deck (or {@code content/<deck>}) built and served as
 * the browser tests do, at 1366×768, performs every morph (each pair of adjacent network slides, forward and back,
 * walking the deck with → and ←) and one play of the training scrubber, and prints a table per animation:
 *
 * <ul>
 *   <li>frame intervals from requestAnimationFrame (the first frame after the key press or click, then the median,
 *       95th percentile and maximum interval, and the frames dropped against 16.7 ms): meaningful on a quiet machine
 *       only;
 *   <li>the renderer's main-thread cost from the Chrome DevTools Protocol ({@code Performance.getMetrics}, measured in
 *       thread time, so a busy machine slows it little): task, script, style and layout time, and how many style
 *       recalculations and layouts ran;
 *   <li>forced synchronous style recalculations and layouts (a script reading layout the page had just changed: 0
 *       expected), counted in a trace of the page ({@code devtools.timeline}: a Layout or UpdateLayoutTree event with
 *       a script's stack);
 *   <li>long animation frames (over 50 ms) the page reported to a {@code PerformanceObserver}.
 * </ul>
 *
 * <pre>{@code bench/frames.sh [DECK] [REPEATS]}</pre>
 */
public final class FrameBenchmark {

    static final int WIDTH = 1366;
    static final int HEIGHT = 768;
    static final double FRAME_MS = 1000.0 / 60;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Trace events that run a script: a layout inside one was forced by it. */
    private static final Set<String> SCRIPTS = Set.of(
            "EventDispatch",
            "FunctionCall",
            "FireAnimationFrame",
            "TimerFire",
            "EvaluateScript",
            "RunMicrotasks",
            "FireIdleCallback",
            "v8.callFunction",
            "v8.run");

    private static final Set<String> PAINT = Set.of("PrePaint", "Paint", "Layerize");
    private static final List<String> COSTS = List.of(
            "ThreadTime",
            "TaskDuration",
            "ScriptDuration",
            "RecalcStyleDuration",
            "LayoutDuration",
            "RecalcStyleCount",
            "LayoutCount");

    /** One animation measured: what it was, its frame intervals, the main thread's cost, the trace, long frames. */
    record Run(String what, List<Double> intervals, Map<String, Double> cost, Trace trace, int longFrames) {
        Run named(String name) {
            return new Run(name, intervals, cost, trace, longFrames);
        }
    }

    /** What a trace of one animation shows, in thread time (ms). */
    record Trace(int forcedStyle, int forcedLayout, double forcedMs, double inputMs, double paintMs) {}

    private final BrowserSession browser;
    private final String recorder;

    private FrameBenchmark(BrowserSession browser, String recorder) {
        this.browser = browser;
        this.recorder = recorder;
    }

    public static void main(String[] args) throws IOException {
        String deck = args.length > 0 ? args[0] : DeckPage.SLUG;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String recorder = Files.readString(
                Path.of("src", "test", "resources", "browser", "frame-recorder.js"), StandardCharsets.UTF_8);
        List<Run> runs = new ArrayList<>();
        try (BrowserSession browser = BrowserSession.start(FrameBenchmark::traced)) {
            FrameBenchmark bench = new FrameBenchmark(browser, recorder);
            String url = browser.site().http(deck + "/index.html");
            for (int r = 0; r < repeats; r++) {
                runs.addAll(bench.morphs(url));
                runs.addAll(bench.scrubber(url));
            }
        }
        print(runs);
    }

    // the browser's performance log with a devtools.timeline trace (chromedriver collects it on each read of the log)
    private static void traced(ChromeOptions options) {
        LoggingPreferences logs = (LoggingPreferences) options.getCapability(ChromeOptions.LOGGING_PREFS);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        options.setExperimentalOption(
                "perfLoggingPrefs",
                Map.of("enableNetwork", false, "enablePage", false, "traceCategories", "devtools.timeline"));
    }

    private void open(String url) {
        browser.open(url, WIDTH, HEIGHT, Map.of());
        browser.cdp("Performance.enable", Map.of("timeDomain", "threadTicks"));
        browser.script(recorder);
        browser.driver().manage().logs().get(LogType.PERFORMANCE); // the trace of the load, dropped
    }

    /** Walks the deck to its end with → and back with ←, measuring every step that morphs the figure. */
    private List<Run> morphs(String url) {
        open(url + "#slide-1");
        List<Run> runs = new ArrayList<>();
        for (Keys key : List.of(Keys.ARROW_RIGHT, Keys.ARROW_LEFT)) {
            while (true) {
                String from = hash();
                if (key == Keys.ARROW_LEFT && from.equals("#slide-1")) {
                    break;
                }
                Run run = measure(
                        "keydown",
                        "animations",
                        () -> new Actions(browser.driver()).sendKeys(key).perform());
                String to = hash();
                if (to.equals(from)) {
                    break; // Next at the end of the deck
                }
                if (slide(from) != slide(to) && morphed()) {
                    runs.add(run.named("morph slide " + slide(from) + " -> " + slide(to)));
                }
                browser.settle();
            }
        }
        return runs;
    }

    /** The training scrubber played once from its start, on the first slide that has one. */
    private List<Run> scrubber(String url) {
        open(url);
        Object n = browser.script("const s = document.querySelector('[data-scrubber]');"
                + "return s ? s.closest('[data-slide]').getAttribute('data-slide') : null;");
        if (n == null) {
            return List.of();
        }
        browser.script("location.hash = '#slide-' + arguments[0];", n);
        browser.settle();
        // arriving plays the run once: wait for it to end, then play it again from the start
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> Boolean.TRUE.equals(
                        browser.script("return !document.querySelector('[data-scrubber][data-playing]');")));
        Run run = measure(
                "click",
                "scrubber",
                () -> browser.driver()
                        .findElement(By.cssSelector("[data-slide=\"" + n + "\"] [data-scrub-play]"))
                        .click());
        return List.of(run.named("scrubber play, slide " + n));
    }

    private Run measure(String event, String kind, Runnable action) {
        browser.browserLog();
        browser.driver().manage().logs().get(LogType.PERFORMANCE); // restarts the trace
        browser.script("window.__frames.arm(arguments[0]);", event);
        Map<String, Double> before = metrics();
        action.run();
        @SuppressWarnings("unchecked")
        Map<String, Object> frames = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("window.__frames.finish(arguments[0], arguments[1]);", kind);
        Map<String, Double> after = metrics();
        List<LogEntry> trace =
                browser.driver().manage().logs().get(LogType.PERFORMANCE).getAll();
        Map<String, Double> cost = new HashMap<>();
        COSTS.forEach(c -> cost.put(c, after.getOrDefault(c, 0.0) - before.getOrDefault(c, 0.0)));
        double end = number(frames.get("end"));
        List<Double> times = new ArrayList<>();
        for (Object t : (List<?>) frames.get("frames")) {
            times.add(number(t));
        }
        // frames up to the first one at or after the end of the animation
        List<Double> intervals = new ArrayList<>();
        for (int i = 1; i < times.size() && times.get(i - 1) < end; i++) {
            intervals.add(times.get(i) - times.get(i - 1));
        }
        List<?> loaf = (List<?>) frames.get("loaf");
        return new Run(kind, intervals, cost, trace(trace, event), loaf == null ? -1 : loaf.size());
    }

    private Map<String, Double> metrics() {
        Map<String, Double> values = new HashMap<>();
        for (Object m :
                (List<?>) browser.cdp("Performance.getMetrics", Map.of()).get("metrics")) {
            Map<?, ?> metric = (Map<?, ?>) m;
            values.put((String) metric.get("name"), number(metric.get("value")));
        }
        return values;
    }

    /**
     * What the trace just collected shows: the input event's handler (thread time), the style recalculations and
     * layouts a script forced (UpdateLayoutTree and Layout inside a script's event, as DevTools marks a forced reflow;
     * the page's own rendering steps run outside scripts) and the time spent painting (PrePaint, Paint, Layerize).
     */
    static Trace trace(List<LogEntry> log, String input) {
        List<JsonNode> events = new ArrayList<>();
        for (LogEntry entry : log) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Tracing.dataCollected")
                        && message.path("params").path("ph").asText().equals("X")) {
                    events.add(message.path("params"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<JsonNode> scripts = events.stream()
                .filter(e -> SCRIPTS.contains(e.path("name").asText()))
                .toList();
        int style = 0;
        int layout = 0;
        double forcedMs = 0;
        double inputMs = 0;
        double paintMs = 0;
        for (JsonNode e : events) {
            String name = e.path("name").asText();
            double ms = e.path("tdur").asDouble() / 1000;
            if ((name.equals("UpdateLayoutTree") || name.equals("Layout"))
                    && scripts.stream().anyMatch(s -> inside(e, s))) {
                style += name.equals("Layout") ? 0 : 1;
                layout += name.equals("Layout") ? 1 : 0;
                forcedMs += ms;
            } else if (name.equals("EventDispatch")
                    && e.path("args").path("data").path("type").asText().equals(input)) {
                inputMs += ms;
            } else if (PAINT.contains(name)) {
                paintMs += ms;
            }
        }
        return new Trace(style, layout, forcedMs, inputMs, paintMs);
    }

    private static boolean inside(JsonNode event, JsonNode script) {
        double ts = event.path("ts").asDouble();
        double from = script.path("ts").asDouble();
        return event.path("pid").equals(script.path("pid"))
                && event.path("tid").equals(script.path("tid"))
                && ts >= from
                && ts + event.path("dur").asDouble()
                        <= from + script.path("dur").asDouble();
    }

    private boolean morphed() {
        return Boolean.TRUE.equals(browser.script("return !!document.querySelector('.slide.morph:not([hidden])');"));
    }

    private String hash() {
        return (String) browser.script("return location.hash;");
    }

    private static int slide(String hash) {
        return Integer.parseInt(hash.replaceAll("^#slide-(\\d+).*$", "$1"));
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static void print(List<Run> runs) {
        System.out.printf(
                Locale.ROOT,
                "frames at %dx%d, load %s. Frame intervals (ms, requestAnimationFrame) mean little on a busy machine;"
                        + " the rest is the renderer's main thread in thread time (ms) and counts: CDP Performance.getMetrics"
                        + " (task, script, style, layout) and a devtools.timeline trace (input handler, paint, forced style"
                        + " recalcs/layouts). Long frames: long-animation-frame entries (over 50 ms).%n%n",
                WIDTH,
                HEIGHT,
                load());
        String head = "| animation | frames | median | p95 | max | dropped | task | task/frame | input | script"
                + " | style (n) | layout (n) | paint | forced (n/n, ms) | long frames |";
        System.out.println(head);
        System.out.println(head.replaceAll("[^|]+", " --- "));
        for (Run r : runs) {
            List<Double> sorted = r.intervals().stream().sorted().toList();
            long dropped = sorted.stream()
                    .mapToLong(i -> Math.max(0, Math.round(i / FRAME_MS) - 1))
                    .sum();
            Map<String, Double> c = r.cost();
            Trace t = r.trace();
            double task = c.get("TaskDuration") * 1000;
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %d | %.0f | %.1f | %.1f | %.0f | %.0f (%.0f) | %.0f (%.0f) | %.0f"
                            + " | %d/%d, %.1f | %s |%n",
                    r.what(),
                    sorted.size(),
                    quantile(sorted, 0.5),
                    quantile(sorted, 0.95),
                    sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1),
                    dropped,
                    task,
                    task / Math.max(1, sorted.size()),
                    t.inputMs(),
                    c.get("ScriptDuration") * 1000,
                    c.get("RecalcStyleDuration") * 1000,
                    c.get("RecalcStyleCount"),
                    c.get("LayoutDuration") * 1000,
                    c.get("LayoutCount"),
                    t.paintMs(),
                    t.forcedStyle(),
                    t.forcedLayout(),
                    t.forcedMs(),
                    r.longFrames() < 0 ? "n/a" : String.valueOf(r.longFrames()));
        }
    }

    private static double quantile(List<Double> sorted, double q) {
        return sorted.isEmpty()
                ? Double.NaN
                : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*$", "$1");
        } catch (IOException e) {
            return "?";
        }
    }
}
