package org.netdeck.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven by Debian's chromedriver, shared by every browser test of a run
 * (see {@link BrowserExtension}), plus the site server it reads from. {@link #open} puts the browser back
 * to its defaults (1280×800, screen media, light, scripts on) before each page, so tests do not leak state.
 */
final class BrowserSession implements AutoCloseable {

    /** Debian's Chromium; another binary with {@code mvn -Dchromium.binary=PATH} (pom.xml passes it on). */
    static final Path CHROMIUM = Path.of(System.getProperty("netdeck.chromium", "/usr/bin/chromium"));
    /** Debian's chromedriver; another with {@code mvn -Dchromedriver.binary=PATH}. */
    static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private final SiteServer site;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Map<String, String> scripts = new ConcurrentHashMap<>(); // test scripts by file, read once

    private BrowserSession(SiteServer site, ChromeDriverService service, ChromeDriver driver) {
        this.site = site;
        this.service = service;
        this.driver = driver;
    }

    /** Builds and serves the default site, then starts the browser with a fresh profile under target/. */
    static BrowserSession start() {
        return start(options -> {});
    }

    /** The same, with {@code more} options (such as a performance log) added before the browser starts. */
    static BrowserSession start(Consumer<ChromeOptions> more) {
        return start(SiteServer.start(Path.of("target", "browser-site")), more);
    }

    /** The browser, reading from {@code site} (closed with the session). */
    static BrowserSession start(SiteServer site, Consumer<ChromeOptions> more) {
        Path target = Path.of("target");
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(target), "chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--disable-extensions",
                    "--no-default-browser-check",
                    "--hide-scrollbars",
                    "--force-color-profile=srgb",
                    "--lang=en-US",
                    "--window-size=" + WIDTH + "," + HEIGHT,
                    "--user-data-dir=" + profile.toAbsolutePath());
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            more.accept(options);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .withLogFile(target.resolve("chromedriver.log").toFile())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new BrowserSession(site, service, driver);
        } catch (IOException e) {
            site.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            site.close();
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    SiteServer site() {
        return site;
    }

    /** Resets viewport, media and scripting to the defaults, then loads {@code url} and waits for it to settle. */
    void open(String url) {
        open(url, WIDTH, HEIGHT, Map.of());
    }

    /**
     * Loads {@code url} afresh (a new document, even if only the fragment differs) in a viewport of
     * {@code width}×{@code height} with the media {@code features} emulated, and waits for it to settle.
     */
    void open(String url, int width, int height, Map<String, String> features) {
        reset();
        viewport(width, height);
        media("", features);
        load(url);
    }

    /**
     * Runs the animations and transitions of the page, and of pages opened after it, {@code rate} times as fast
     * (Chromium's document timeline; 1: as readers see them). A test that reads only resting states may speed them
     * up, and sets 1 again when it ends: the session is shared.
     */
    void animationRate(double rate) {
        cdp("Animation.setPlaybackRate", Map.of("playbackRate", rate));
    }

    /** Back to 1280×800, screen media with no emulated features, scripts enabled. */
    void reset() {
        viewport(WIDTH, HEIGHT);
        media("", Map.of());
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    /** Emulates a viewport of exactly {@code width}×{@code height} CSS pixels (a phone below 600 px wide). */
    void viewport(int width, int height) {
        viewport(width, height, 1);
    }

    /**
     * A {@code width}×{@code height} screen seen at browser zoom {@code zoom} (1.5 for 150 %): as zoom does, the
     * page gets {@code width / zoom} × {@code height / zoom} CSS pixels, each drawn with {@code zoom} device pixels.
     */
    void viewport(int width, int height, double zoom) {
        int w = (int) Math.round(width / zoom);
        int h = (int) Math.round(height / zoom);
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", w, "height", h, "deviceScaleFactor", zoom, "mobile", w < 600));
    }

    /** Loads {@code url} afresh at a screen size, zoom and colour scheme, and waits for it to settle. */
    void open(String url, int width, int height, double zoom, String scheme) {
        reset();
        viewport(width, height, zoom);
        media("", Map.of("prefers-color-scheme", scheme));
        load(url);
    }

    /**
     * Loads {@code url} as a new document (the emulation set before applies from its first layout on) and waits for it
     * to settle. From another document it is one navigation. From the same document (only the fragment differs, which
     * would be a move within the page) it goes through an empty page first: for a page over HTTP one the site server
     * answers, since leaving for about:blank and coming back cost a deck page ~0.6 s more a load than a navigation
     * within the site (Chromium starts a new renderer process each way).
     */
    private void load(String url) {
        if (document(driver.getCurrentUrl()).equals(document(url))) {
            driver.get(url.startsWith(site.origin() + "/") ? site.origin() + SiteServer.BLANK : "about:blank");
        }
        driver.get(url);
        settle();
    }

    private static String document(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Emulates a media type ("" for screen, "print") and media features such as prefers-color-scheme. */
    void media(String type, Map<String, String> features) {
        List<Map<String, String>> list = features.entrySet().stream()
                .map(f -> Map.of("name", f.getKey(), "value", f.getValue()))
                .collect(Collectors.toList());
        cdp("Emulation.setEmulatedMedia", Map.of("media", type, "features", list));
    }

    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Runs {@code body} (a function body, arguments as {@code arguments[i]}) in the page. */
    Object script(String body, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(body, arguments);
    }

    /** Runs {@code body} (a function body that ends by calling its last argument) in the page; returns what it passes. */
    Object asyncScript(String body, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(body, arguments);
    }

    /**
     * Runs {@code function} of the test script {@code file} (a resource beside this class, such as {@code stage.js})
     * in the page with {@code arguments}, and returns what it returns.
     */
    Object call(String file, String function, Object... arguments) {
        return script(source(file) + "\nreturn " + function + "(...arguments);", arguments);
    }

    /** As {@link #call}, for a function whose last parameter is a callback: returns what it passes to the callback. */
    Object callAsync(String file, String function, Object... arguments) {
        return ((JavascriptExecutor) driver)
                .executeAsyncScript(source(file) + "\n" + function + "(...arguments);", arguments);
    }

    /**
     * The CDP node ids of every element matching {@code css}, those inside a {@code <use>}'s copy (a user-agent
     * shadow tree, which page scripts cannot reach) included.
     */
    List<Long> deepSearch(String css) {
        cdp("DOM.getDocument", Map.of("depth", -1, "pierce", true));
        Map<String, Object> search = cdp("DOM.performSearch", Map.of("query", css, "includeUserAgentShadowDOM", true));
        Object id = search.get("searchId");
        long count = ((Number) search.get("resultCount")).longValue();
        try {
            if (count == 0) {
                return List.of();
            }
            @SuppressWarnings("unchecked")
            List<Number> ids =
                    (List<Number>) cdp("DOM.getSearchResults", Map.of("searchId", id, "fromIndex", 0, "toIndex", count))
                            .get("nodeIds");
            return ids.stream().map(Number::longValue).collect(Collectors.toList());
        } finally {
            cdp("DOM.discardSearchResults", Map.of("searchId", id));
        }
    }

    /**
     * Runs {@code function} of the test script {@code file} with the element CDP knows as {@code node} (see {@link
     * #deepSearch}) as {@code this}, and returns what it returns.
     */
    Object callOn(long node, String file, String function) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>)
                cdp("DOM.resolveNode", Map.of("nodeId", node)).get("object");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) cdp(
                        "Runtime.callFunctionOn",
                        Map.of(
                                "objectId",
                                object.get("objectId"),
                                "functionDeclaration",
                                "function () {\n" + source(file) + "\nreturn " + function + ".call(this);\n}",
                                "returnByValue",
                                true))
                .get("result");
        return result.get("value");
    }

    private String source(String file) {
        return scripts.computeIfAbsent(file, f -> {
            try (InputStream in = BrowserSession.class.getResourceAsStream(f)) {
                if (in == null) {
                    throw new IllegalArgumentException("no test script " + f + " beside " + BrowserSession.class);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    // idle in two frames running: between frames Chromium's animation clock runs on, so an animation can read as
    // finished before the frame that runs its finish callbacks (a morph tidies its marks away in them); in the
    // next frame those have run. A window that draws no frames (one in the background) is judged without them.
    private static final String IDLE = String.join(
            "\n",
            "const done = arguments[arguments.length - 1];",
            "const idle = () => document.readyState === 'complete' && document.getAnimations().every(a => a.playState !== 'running');",
            "let sent = false;",
            "const send = v => { if (!sent) { sent = true; done(v); } };",
            "setTimeout(() => send(idle()), 3000);",
            "requestAnimationFrame(() => { const first = idle(); requestAnimationFrame(() => send(first && idle())); });");

    /**
     * Waits until no CSS animation or transition is running in two frames running, so what the test reads is the
     * resting state (and whatever a finished animation does when it ends has been done).
     */
    void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(25))
                .until(d -> Boolean.TRUE.equals(driver.executeAsyncScript(IDLE)));
    }

    /** The console messages and load failures since the last call (reading clears them). */
    List<LogEntry> browserLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** A PNG of the viewport, written to {@code file}. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.close();
            site.close();
        }
    }
}
