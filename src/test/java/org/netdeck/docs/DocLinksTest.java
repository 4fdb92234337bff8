package org.netdeck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every link between the docs, and every mention of a doc in the code, leads somewhere real. */
class DocLinksTest {

    /** {@code file#anchor} of a link, or why it leads nowhere; empty when it resolves. */
    private static String problem(Path from, String target) {
        if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return ""; // another site (https:, mailto:): not checked here
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash + 1);
        Path file = path.isEmpty()
                ? from
                : from.toAbsolutePath().getParent().resolve(path).normalize();
        Path root = Path.of("").toAbsolutePath();
        if (!file.toAbsolutePath().startsWith(root)) {
            return "leaves the project";
        }
        if (!Files.exists(file)) {
            return "no such file " + root.relativize(file.toAbsolutePath());
        }
        if (!anchor.isEmpty()) {
            if (!file.toString().endsWith(".md")) {
                return "an anchor into a file that is not Markdown";
            }
            if (!Docs.anchors(file).contains(anchor)) {
                return "no heading with the anchor #" + anchor + " in " + root.relativize(file.toAbsolutePath());
            }
        }
        return "";
    }

    @Test
    void everyRelativeLinkAndAnchorResolves() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : Docs.files()) {
            for (Docs.Link link : Docs.links(doc)) {
                checked++;
                String problem = problem(doc, link.target());
                if (!problem.isEmpty()) {
                    broken.add(link.line().where() + ": " + link.target() + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 50, "links read: " + checked);
    }

    @Test
    void everyDocIsReachableFromTheReadme() {
        Set<Path> reached = new HashSet<>();
        List<Path> queue = new ArrayList<>(List.of(Path.of("README.md")));
        while (!queue.isEmpty()) {
            Path doc = queue.remove(queue.size() - 1);
            if (!reached.add(doc)) {
                continue;
            }
            for (Docs.Link link : Docs.links(doc)) {
                String target = link.target().replaceAll("#.*", "");
                if (target.endsWith(".md") && !target.contains(":")) {
                    Path next = Path.of("")
                            .toAbsolutePath()
                            .relativize(doc.toAbsolutePath()
                                    .getParent()
                                    .resolve(target)
                                    .normalize());
                    queue.add(next);
                }
            }
        }
        List<Path> unreached =
                Docs.files().stream().filter(f -> !reached.contains(f)).toList();
        assertEquals(List.of(), unreached, "docs no link from the README leads to");
    }

    @Test
    void noHeadingRepeatsInADoc() {
        // a repeated heading gets an anchor like #serve-1, which nobody writes by hand (the changelog's Added,
        // Changed and Fixed repeat by design and are not linked to)
        for (Path doc : Docs.files()) {
            if (!doc.equals(Path.of("CHANGELOG.md"))) {
                assertEquals(List.of(), repeated(Docs.headings(doc)), doc + " repeats a heading");
            }
        }
    }

    private static List<String> repeated(List<String> headings) {
        Set<String> seen = new HashSet<>();
        return headings.stream().filter(h -> !seen.add(Docs.slug(h))).toList();
    }

    /** {@code docs/reference.md#limits}, {@code README.md}: a doc named in code, messages or comments. */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\w/.-])(README\\.md|CONTRIBUTING\\.md|ARCHITECTURE\\.md|CHANGELOG\\.md|docs/[a-z-]+\\.md)"
                    + "(#[a-z0-9_-]+)?");

    @Test
    void everyDocTheCodeNamesExistsWithItsAnchor() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String folder : List.of("src", "content", "templates", "bench", ".ci", ".github")) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(java|yml|yaml|md|ftlh|js|css|sh|txt)$")
                                || p.getFileName().toString().equals("run"))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                // mentions are ASCII: any file reads as Latin-1
                List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = MENTION.matcher(lines.get(i));
                    while (m.find()) {
                        checked++;
                        String target = m.group(1) + (m.group(2) == null ? "" : m.group(2));
                        String problem = problem(Path.of("README.md"), target);
                        if (!problem.isEmpty()) {
                            broken.add(file + ":" + (i + 1) + ": " + target + ": " + problem);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 5, "mentions read: " + checked);
    }

    @Test
    void theReadmeIsAShortFrontDoor() {
        long lines = Docs.read(Path.of("README.md")).lines().count();
        assertTrue(lines <= 250, "README.md has " + lines + " lines; move the detail into docs/");
    }
}
