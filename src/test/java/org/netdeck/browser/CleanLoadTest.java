package org.netdeck.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;

/**
 * Loading the site, over HTTP under a project path and from disk: no console error, no failed request,
 * and no request to anything but the site itself.
 */
@Browser
class CleanLoadTest {

    @Test
    void overHttpUnderAProjectPath(BrowserSession browser) {
        SiteServer site = browser.site();
        browser.open("about:blank");
        browser.browserLog(); // start from an empty log
        int before = site.requests().size();

        browser.open(site.http(""));
        List<String> indexResources = resources(browser);
        browser.find(".deck-card-title a").click(); // the index links to the deck under the project path
        browser.settle();
        assertEquals(site.http(DeckPage.PAGE), browser.driver().getCurrentUrl(), "the deck card's link");
        stepThroughEverySlide(browser);
        List<String> deckResources = resources(browser);

        List<SiteServer.Request> requests =
                site.requests().subList(before, site.requests().size());
        List<SiteServer.Request> failed =
                requests.stream().filter(r -> r.status() != 200).collect(Collectors.toList());
        List<String> paths = requests.stream().map(SiteServer.Request::path).collect(Collectors.toList());
        assertAll(
                () -> assertEquals(List.of(), errors(browser.browserLog()), "console errors"),
                () -> assertEquals(List.of(), failed, "failed requests"),
                () -> assertTrue(
                        paths.containsAll(List.of(
                                SiteServer.PREFIX,
                                SiteServer.PREFIX + "assets/deck.css",
                                SiteServer.PREFIX + DeckPage.PAGE,
                                SiteServer.PREFIX + "assets/deck.js")),
                        "requests: " + paths),
                () -> assertTrue(
                        deckResources.contains(site.http("assets/deck.js")), "deck.js loaded: " + deckResources),
                () -> assertEquals(
                        List.of(),
                        foreign(indexResources, site.origin() + SiteServer.PREFIX),
                        "index: resources elsewhere"),
                () -> assertEquals(
                        List.of(),
                        foreign(deckResources, site.origin() + SiteServer.PREFIX),
                        "deck: resources elsewhere"));
    }

    @Test
    void fromDisk(BrowserSession browser) {
        SiteServer site = browser.site();
        browser.open("about:blank");
        browser.browserLog();
        int before = site.requests().size();

        browser.open(site.file("index.html"));
        List<String> indexResources = resources(browser);
        browser.find(".deck-card-title a").click();
        browser.settle();
        assertEquals(site.file(DeckPage.PAGE), browser.driver().getCurrentUrl(), "the deck card's link");
        stepThroughEverySlide(browser);
        List<String> deckResources = resources(browser);
        String root = site.root().toUri().toString();
        assertAll(
                () -> assertEquals(List.of(), errors(browser.browserLog()), "console errors and failed loads"),
                () -> assertEquals(before, site.requests().size(), "the server saw no request"),
                () -> assertTrue(deckResources.contains(root + "assets/deck.css"), "deck.css loaded: " + deckResources),
                () -> assertTrue(deckResources.contains(root + "assets/deck.js"), "deck.js loaded: " + deckResources),
                () -> assertEquals(List.of(), foreign(indexResources, root), "index: resources outside the site"),
                () -> assertEquals(List.of(), foreign(deckResources, root), "deck: resources outside the site"));
    }

    private static void stepThroughEverySlide(BrowserSession browser) {
        for (int k = 1; k < DeckPage.titles().size(); k++) {
            new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        browser.settle();
    }

    // every resource the page loaded (style sheets, scripts, images, the icon), by URL, as DevTools lists them
    @SuppressWarnings("unchecked")
    private static List<String> resources(BrowserSession browser) {
        Map<String, Object> tree = (Map<String, Object>)
                browser.cdp("Page.getResourceTree", Map.of()).get("frameTree");
        List<Map<String, Object>> resources = (List<Map<String, Object>>) tree.get("resources");
        return resources.stream().map(r -> (String) r.get("url")).collect(Collectors.toList());
    }

    private static List<String> foreign(List<String> urls, String base) {
        return urls.stream().filter(u -> !u.startsWith(base)).collect(Collectors.toList());
    }

    private static List<String> errors(List<LogEntry> log) {
        return log.stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage())
                .collect(Collectors.toList());
    }
}
