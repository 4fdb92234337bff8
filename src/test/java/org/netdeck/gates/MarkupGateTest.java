package org.netdeck.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.site.SiteBuild;
import org.netdeck.testing.Gate;
import org.netdeck.testing.Trees;

/**
 * Gate 1: every page and standalone SVG of a freshly built default site (with a published {@code url:}, so every
 * link-preview tag is there) is valid for the Nu Html Checker.
 */
@Gate
class MarkupGateTest {

    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        // the default content published at an address: the pages carry every link-preview tag, og:image too
        Path content = Sites.copy(Sites.CONTENT, tmp.resolve("content"));
        Files.writeString(
                content.resolve("site.yml"), "url: https://example.org/netdeck/\n", StandardOpenOption.APPEND);
        SiteBuild.build(content, Optional.of(Sites.TEMPLATES), tmp.resolve("site"));
        site = tmp.resolve("site");
    }

    private static Stream<String> files(String suffix) {
        return Trees.tree(site).keySet().stream().filter(k -> k.endsWith(suffix));
    }

    @TestFactory
    Stream<DynamicTest> everyPageAndSvgHasNoErrorAndNoWarning() {
        List<String> markup = Stream.concat(files(".html"), files(".svg")).toList();
        // the default site: the index, one deck page, its seven diagrams and the favicon
        assertTrue(markup.size() >= 10, "too few files to check: " + markup);
        return markup.stream()
                .map(f ->
                        DynamicTest.dynamicTest(f, () -> assertEquals(List.of(), NuChecker.check(site.resolve(f)), f)));
    }

    @Test
    void theStylesheetHasNoErrorButTheOnesTheCheckerCannotParse() throws IOException {
        List<String> css = files(".css").toList();
        assertEquals(List.of("assets/deck.css"), css);
        Path file = site.resolve(css.get(0));
        // Named and justified: vnu's CSS checker has no env(), so each `padding: ... env(safe-area-inset-bottom)` or
        // `padding-bottom: calc(... env(safe-area-inset-bottom, 0px))`
        // (valid CSS Environment Variables, keeping the controls above a phone's home bar) is a "Parse Error".
        long envPaddings = Files.readAllLines(file).stream()
                .filter(l -> l.strip().matches("padding(-bottom)?:.*") && l.contains("env(safe-area-inset-"))
                .count();
        // Also named: vnu's CSS checker predates `@property` (CSS Properties and Values API: --scale and
        // --print-scale registered as not inherited, so the stage's scale is not recomputed for every descendant)
        // and `contain-intrinsic-size` (CSS Containment 2, the size an off-screen slide keeps while skipped).
        long registered = Files.readAllLines(file).stream()
                .filter(l -> l.strip().startsWith("@property "))
                .count();
        List<String> messages = NuChecker.check(file);
        List<String> unparsed = messages.stream()
                .filter(m -> m.endsWith("error: CSS: “padding”: Parse Error.")
                        || m.endsWith("error: CSS: “padding-bottom”: Parse Error."))
                .toList();
        List<String> unknown = messages.stream()
                .filter(
                        m -> m.contains("error: CSS: Unrecognized at-rule “@property”")
                                || m.endsWith(
                                        "error: CSS: “contain-intrinsic-size”: Property “contain-intrinsic-size” doesn't exist."))
                .toList();
        List<String> unexplained = messages.stream()
                .filter(m -> !unparsed.contains(m) && !unknown.contains(m))
                .toList();
        assertEquals(List.of(), unexplained);
        assertEquals(envPaddings, unparsed.size(), "one parse error per env() padding: " + messages);
        assertEquals(
                registered,
                unknown.stream().filter(m -> m.contains("@property")).count(),
                "one error per registered custom property: " + messages);
    }

    @Test
    void theCheckerIsNotVacuous() throws IOException {
        // a page with a duplicate id and an unknown element, and an SVG with an unknown attribute, must fail
        Path page = Files.writeString(
                tmp.resolve("bad.html"),
                "<!DOCTYPE html><html lang=en><head><title>t</title></head>"
                        + "<body><p id=a>x</p><p id=a>y</p><blink>z</blink></body></html>");
        Path svg = Files.writeString(tmp.resolve("bad.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" widht=\"3\"/>");
        List<String> pageMessages = NuChecker.check(page);
        assertTrue(pageMessages.stream().anyMatch(m -> m.contains("Duplicate ID")), pageMessages.toString());
        assertTrue(pageMessages.stream().anyMatch(m -> m.contains("blink")), pageMessages.toString());
        List<String> svgMessages = NuChecker.check(svg);
        assertTrue(svgMessages.stream().anyMatch(m -> m.contains("widht")), svgMessages.toString());
    }
}
