package org.netdeck.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.Gate;
import org.netdeck.testing.Trees;

/**
 * Gate 2: every URL in the site (href, src, xlink:href, srcset, CSS url()) is relative and names a file of
 * the site, and a fragment names an id in that file; the same holds when the site is served from a
 * GitHub Pages project path. Nothing is fetched from another host.
 */
@Gate
class LinkGateTest {

    /** Where GitHub Pages serves a project site; every resolved URL must stay under it. */
    private static final URI PAGES = URI.create("https://user.github.io/repo/");

    private static final Set<String> URL_ATTRIBUTES =
            Set.of("href", "src", "xlink:href", "srcset", "poster", "data", "action");
    private static final Pattern CSS_URL =
            Pattern.compile("url\\(\\s*['\"]?([^'\")]*)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    @TempDir
    static Path tmp;

    private static Map<String, byte[]> site;

    /** One URL found in a file of the site. */
    record Link(String file, String where, String url) {
        @Override
        public String toString() {
            return file + " " + where + "=\"" + url + "\"";
        }
    }

    @BeforeAll
    static void build() {
        site = Trees.tree(Sites.buildDefault(tmp.resolve("site")));
    }

    @Test
    void theSiteHasLinksToCheck() {
        List<Link> links = links(site);
        // stylesheet, script, icon, skip link, home link, deck card, thumbnail at least
        assertTrue(links.size() >= 8, links.toString());
        assertTrue(links.stream().anyMatch(l -> l.url().contains("#")), "some fragment link: " + links);
    }

    @Test
    void everyUrlIsRelativeAndNamesAFileAndIdOfTheSite() {
        List<String> broken = links(site).stream()
                .map(l -> problem(site, l, false))
                .flatMap(Optional::stream)
                .toList();
        assertEquals(List.of(), broken);
    }

    @Test
    void everyUrlStaysInsideAGitHubPagesProjectPath() {
        List<String> broken = links(site).stream()
                .map(l -> problem(site, l, true))
                .flatMap(Optional::stream)
                .toList();
        assertEquals(List.of(), broken);
    }

    @Test
    void theCheckIsNotVacuous() {
        Map<String, byte[]> bad = Map.of(
                "index.html",
                        bytes("<!DOCTYPE html><html><body id=top><a href='a/b.html#nope'>x</a><a href='/abs.html'>y</a>"
                                + "<img src='https://cdn.example/x.png' srcset='a/b.html 1x, missing.png 2x'><a href='../up.html'>z</a>"
                                + "<a href='#top'>ok</a><p style=\"background: url('gone.png')\">p</p></body></html>"),
                "a/b.html",
                        bytes(
                                "<!DOCTYPE html><html><body><p id=here>b</p><svg><use xlink:href='#here'/></svg></body></html>"));
        List<String> found = links(bad).stream()
                .map(l -> problem(bad, l, false))
                .flatMap(Optional::stream)
                .toList();
        String all = String.join("\n", found);
        for (String expected : List.of(
                "a/b.html#nope", "/abs.html", "https://cdn.example/x.png", "missing.png", "../up.html", "gone.png")) {
            assertTrue(all.contains(expected), expected + " should be reported in:\n" + all);
        }
        assertEquals(6, found.size(), all);
        assertTrue(
                links(bad).stream()
                        .map(l -> problem(bad, l, true))
                        .flatMap(Optional::stream)
                        .anyMatch(p -> p.contains("../up.html") && p.contains("leaves /repo/")),
                "the Pages check sees ../ escape");
    }

    // --- finding URLs ---------------------------------------------------------------------------------

    static List<Link> links(Map<String, byte[]> files) {
        List<Link> links = new ArrayList<>();
        files.forEach((name, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (name.endsWith(".html") || name.endsWith(".svg")) {
                Document doc = parse(name, text);
                for (Element e : doc.getAllElements()) {
                    for (Attribute a : e.attributes()) {
                        String key = a.getKey().toLowerCase(Locale.ROOT);
                        if (key.equals("srcset")) {
                            for (String candidate : a.getValue().split(",")) {
                                String url = candidate.strip().split("\\s+")[0];
                                links.add(new Link(name, "<" + e.tagName() + " srcset>", url));
                            }
                        } else if (URL_ATTRIBUTES.contains(key)) {
                            links.add(new Link(name, "<" + e.tagName() + " " + key + ">", a.getValue()));
                        } else if (key.equals("style")) {
                            cssUrls(name, "<" + e.tagName() + " style>", a.getValue(), links);
                        }
                    }
                    if (e.tagName().equals("style")) {
                        cssUrls(name, "<style>", e.data(), links);
                    }
                }
            } else if (name.endsWith(".css")) {
                cssUrls(name, "css", text, links);
            }
        });
        return links;
    }

    private static void cssUrls(String file, String where, String css, List<Link> links) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            links.add(new Link(file, where + " url()", m.group(1) != null ? m.group(1) : m.group(2)));
        }
    }

    private static Document parse(String name, String text) {
        return name.endsWith(".svg") ? Jsoup.parse(text, "", Parser.xmlParser()) : Jsoup.parse(text);
    }

    // --- checking one URL ------------------------------------------------------------------------------

    /** What is wrong with {@code link}, if anything; {@code pages}: resolve it under a GitHub Pages project path. */
    static Optional<String> problem(Map<String, byte[]> files, Link link, boolean pages) {
        String url = link.url().strip();
        if (url.isEmpty()) {
            return Optional.of(link + ": an empty URL");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(link + ": not a valid URL (" + e.getMessage() + ")");
        }
        if (uri.isAbsolute() || url.startsWith("//")) {
            return Optional.of(link + ": points to another host or scheme; the site must be self-contained");
        }
        if (url.startsWith("/")) {
            return Optional.of(link + ": starts with '/', which breaks from file:// and under a project path");
        }
        String target;
        if (pages) {
            URI base = PAGES.resolve(link.file());
            URI resolved = base.resolve(uri);
            String path = resolved.getPath();
            if (!path.startsWith(PAGES.getPath())) {
                return Optional.of(link + ": resolves to " + resolved + ", which leaves " + PAGES.getPath());
            }
            target = path.substring(PAGES.getPath().length());
        } else {
            Path root = Path.of("/site-root");
            Path from = root.resolve(link.file()).getParent();
            String rawPath = uri.getPath() == null ? "" : uri.getPath();
            Path resolved = rawPath.isEmpty()
                    ? root.resolve(link.file())
                    : from.resolve(rawPath).normalize();
            if (!resolved.startsWith(root)) {
                return Optional.of(link + ": leaves the site folder");
            }
            target = root.relativize(resolved).toString().replace('\\', '/');
        }
        if (!files.containsKey(target)) {
            return Optional.of(link + ": no file " + target + " in the site");
        }
        String fragment = uri.getFragment();
        if (fragment != null) {
            Set<String> ids =
                    parse(target, new String(files.get(target), StandardCharsets.UTF_8)).getAllElements().stream()
                            .map(e -> e.attr("id"))
                            .filter(id -> !id.isEmpty())
                            .collect(Collectors.toSet());
            if (!ids.contains(fragment)) {
                return Optional.of(link + ": " + target + " has no id '" + fragment + "'");
            }
        }
        return Optional.empty();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
