package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.content.DiagramStep;
import org.netdeck.problem.BuildFailure;
import org.netdeck.testing.TinySite;
import org.netdeck.testing.Trees;

/** Builds a whole fixture site into a temporary folder and checks it file by file. */
class SiteBuildTest {

    @TempDir
    Path tmp;

    private Path content() {
        return TinySite.write(
                tmp.resolve("content"), Map.of("site.yml", TinySite.SITE_YML, "tiny/deck.md", TinySite.TINY_DECK));
    }

    @Test
    void buildsEveryFileOfTheSite() {
        Path out = tmp.resolve("site");
        SiteBuild.Result result = SiteBuild.build(content(), Optional.empty(), out);
        assertEquals(List.of("tiny"), result.decks());
        Map<String, byte[]> tree = Trees.tree(out);
        assertEquals(result.files(), tree.size());
        for (String expected : List.of("index.html", "tiny/index.html", "tiny/trace.json")) {
            assertTrue(tree.containsKey(expected), expected + " in " + tree.keySet());
        }
        assertFalse(tree.containsKey("tiny/diagrams/landscape.svg"), "no landscape without 'landscape:'");
        for (DiagramStep step : DiagramStep.values()) {
            if (step == DiagramStep.LANDSCAPE) {
                continue;
            }
            String svg = new String(tree.get("tiny/diagrams/" + step.id() + ".svg"), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<svg"), step.id());
        }
        assertTrue(tree.keySet().stream().anyMatch(k -> k.startsWith("assets/") && k.endsWith(".css")), "a stylesheet");
        String deck = new String(tree.get("tiny/index.html"), StandardCharsets.UTF_8);
        assertTrue(deck.contains("One slide") && deck.contains("Two slide"));
        String index = new String(tree.get("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("Fixture site") && index.contains("tiny/index.html"));
        assertTrue(tree.containsKey(OutputFolder.MARKER), "the marker that lets the next build replace the folder");
        // nothing is left beside the output but the (empty) lock file
        assertEquals(Set.of("content", ".site.lock", "site"), Set.copyOf(list(tmp)));
    }

    @Test
    void traceJsonHoldsTheComputationFieldByField() throws IOException {
        Path out = tmp.resolve("site");
        SiteBuild.build(content(), Optional.empty(), out);
        JsonNode t = new ObjectMapper().readTree(out.resolve("tiny/trace.json").toFile());

        // recomputed by hand: x1 = 2; h = tanh(0.5·2 + 0.1); y = σ(−1.5·h + 0.25·2 − 0.2); L = ½(0.75 − y)²
        double x = 2.0;
        double zh = 0.5 * x + 0.1;
        double h = Math.tanh(zh);
        double zy = -1.5 * h + 0.25 * x + -0.2;
        double y = 1 / (1 + Math.exp(-zy));
        double loss = 0.5 * (0.75 - y) * (0.75 - y);
        double dy = -(0.75 - y); // ∂L/∂y
        double deltaY = dy * y * (1 - y); // ∂L/∂z_y
        double deltaH = deltaY * -1.5 * (1 - h * h);
        assertEquals("half_squared_error", t.at("/network/loss").asText());
        assertEquals(3, t.at("/network/iterations").asInt());
        assertTrue(t.at("/network/biases/bh/trainable").asBoolean(), "trainable defaults to true");
        assertEquals("tanh", t.at("/network/layers/1/activation").asText());
        assertEquals(x, t.at("/forward/a/x1").asDouble(), 0.0);
        assertEquals(zh, t.at("/forward/z/h").asDouble(), 1e-15);
        assertEquals(h, t.at("/forward/a/h").asDouble(), 1e-15);
        assertEquals(zy, t.at("/forward/z/y").asDouble(), 1e-15);
        assertEquals(y, t.at("/forward/a/y").asDouble(), 1e-15);
        assertEquals(loss, t.at("/loss").asDouble(), 1e-15);
        assertEquals(deltaY, t.at("/deltas/y").asDouble(), 1e-15);
        assertEquals(deltaH, t.at("/deltas/h").asDouble(), 1e-15);
        assertEquals(deltaY * h, t.at("/gradients/v").asDouble(), 1e-15);
        assertEquals(deltaY * x, t.at("/gradients/s").asDouble(), 1e-15);
        assertEquals(deltaH * x, t.at("/gradients/u").asDouble(), 1e-15);
        assertEquals(deltaH, t.at("/gradients/bh").asDouble(), 1e-15);
        assertEquals(deltaY, t.at("/gradients/by").asDouble(), 1e-15);
        assertEquals(0.5 - 0.5 * deltaH * x, t.at("/updated/params/u").asDouble(), 1e-15);
        assertEquals(0.1 - 0.5 * deltaH, t.at("/updated/params/bh").asDouble(), 1e-15);
        assertEquals(-0.2, t.at("/updated/params/by").asDouble(), 0.0, "a frozen bias stays");
        JsonNode training = t.at("/training/loss");
        assertEquals(4, training.size(), "iterations + 1 values");
        assertEquals(loss, training.get(0).asDouble(), 1e-15);
        assertEquals(t.at("/updated/loss").asDouble(), training.get(1).asDouble(), 0.0);
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        Path c = content();
        SiteBuild.build(c, Optional.empty(), tmp.resolve("a"));
        SiteBuild.build(c, Optional.empty(), tmp.resolve("b"));
        Map<String, byte[]> a = Trees.tree(tmp.resolve("a"));
        Map<String, byte[]> b = Trees.tree(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    @Test
    void aSiteWithAUrlHasAPreviewImagePerDeckThatItsPagesName() throws IOException {
        Path out = tmp.resolve("site");
        SiteBuild.build(content(), Optional.empty(), out);
        assertFalse(Files.exists(out.resolve("tiny/preview.png")), "no image that no page names");
        String deck = Files.readString(out.resolve("tiny/index.html"));
        assertTrue(deck.contains("<meta property=\"og:title\" content=\"Tiny\">"), deck);
        assertTrue(deck.contains("<meta property=\"og:description\" content=\""), deck);
        assertTrue(deck.contains("<meta name=\"twitter:card\" content=\"summary\">"), deck);
        assertFalse(deck.contains("og:image"), "a relative og:image is no image to a link preview");

        Path withUrl = TinySite.write(
                tmp.resolve("content-url"),
                Map.of(
                        "site.yml",
                        TinySite.SITE_YML + "url: https://example.org/decks\n",
                        "tiny/deck.md",
                        TinySite.TINY_DECK));
        SiteBuild.build(withUrl, Optional.empty(), tmp.resolve("a"));
        SiteBuild.build(withUrl, Optional.empty(), tmp.resolve("b"));
        byte[] png = Files.readAllBytes(tmp.resolve("a/tiny/preview.png"));
        assertArrayEquals(png, Files.readAllBytes(tmp.resolve("b/tiny/preview.png")), "the same bytes each build");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        String published = Files.readString(tmp.resolve("a/tiny/index.html"));
        assertTrue(
                published.contains(
                        "<meta property=\"og:image\" content=\"https://example.org/decks/tiny/preview.png\">"),
                published);
        assertTrue(published.contains("<meta property=\"og:url\" content=\"https://example.org/decks/tiny/\">"));
        assertTrue(published.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        String index = Files.readString(tmp.resolve("a/index.html"));
        assertTrue(index.contains("content=\"https://example.org/decks/tiny/preview.png\">"), "the first deck's");
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputExactlyAsItWas() throws IOException {
        Path c = content();
        Path out = tmp.resolve("site");
        SiteBuild.build(c, Optional.empty(), out);
        Files.writeString(out.resolve("extra.txt"), "left by the user");
        Map<String, byte[]> before = Trees.tree(out);

        Files.writeString(
                c.resolve("tiny/deck.md"), TinySite.TINY_DECK.replace("learning_rate: 0.5", "learning_rate: -1"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> SiteBuild.build(c, Optional.empty(), out));
        assertTrue(f.getMessage().contains("deck.md:17:"), f.getMessage());

        Map<String, byte[]> after = Trees.tree(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        assertEquals(
                Set.of("content", ".site.lock", "site"), Set.copyOf(list(tmp)), "no temporary folder is left behind");
    }

    @Test
    void problemsOfEveryDeckAreReportedTogether() {
        Path c = TinySite.write(
                tmp.resolve("content"),
                Map.of(
                        "a/deck.md", TinySite.TINY_DECK.replace("activation: tanh", "activation: tahn"),
                        "b/deck.md", TinySite.TINY_DECK.replace("loss: half_squared_error", "loss: hinge")));
        BuildFailure f =
                assertThrows(BuildFailure.class, () -> SiteBuild.build(c, Optional.empty(), tmp.resolve("site")));
        String all = f.getMessage();
        assertTrue(all.contains("a/deck.md:7:") && all.contains("tanh"), all);
        assertTrue(all.contains("b/deck.md:16:"), all);
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void aBadSiteYmlIsReportedTogetherWithTheDecksProblems() {
        Path c = TinySite.write(
                tmp.resolve("content"),
                Map.of(
                        "site.yml",
                        "title: t\nlanguge: en\n",
                        "a/deck.md",
                        TinySite.TINY_DECK.replace("activation: tanh", "activation: tahn"),
                        "b/deck.md",
                        TinySite.TINY_DECK)); // a good deck is still rendered, with the default settings
        BuildFailure f =
                assertThrows(BuildFailure.class, () -> SiteBuild.build(c, Optional.empty(), tmp.resolve("site")));
        String all = f.getMessage();
        assertTrue(all.contains("site.yml:2:1: error: unknown key 'languge'"), all);
        assertTrue(all.contains("a/deck.md:7:") && all.contains("tanh"), all);
        assertEquals(2, f.problems().size(), all);
    }

    @Test
    void aDivergingRunPointsAtTheLearningRate() {
        Path c = TinySite.write(tmp.resolve("content"), Map.of("d/deck.md", """
                ---
                title: Diverges
                network:
                  layers:
                    - {name: input, neurons: [x]}
                    - {name: output, neurons: [y], activation: linear}
                  weights:
                    w: {from: x, to: y, value: 1.0}
                  loss: squared_error
                  learning_rate: 1000000
                  inputs: {x: 3.0}
                  targets: {y: 1.0}
                ---

                ## Slide
                """));
        BuildFailure f =
                assertThrows(BuildFailure.class, () -> SiteBuild.build(c, Optional.empty(), tmp.resolve("site")));
        assertTrue(f.getMessage().contains("d/deck.md:10:18: error: the computation diverged"), f.getMessage());
    }

    @Test
    void aStepOnManySlidesIsInlinedOnceWithUniqueIdsAndEverySlideLabelsItsOwnUse() throws Exception {
        StringBuilder deck = new StringBuilder(TinySite.TINY_DECK);
        for (int k = 0; k < 40; k++) {
            deck.append("\n## Again ").append(k).append("\n\n<!-- diagram: architecture -->\n\nSame step.\n");
        }
        Path c = TinySite.write(
                tmp.resolve("many"), Map.of("site.yml", TinySite.SITE_YML, "tiny/deck.md", deck.toString()));
        Path out = tmp.resolve("many-site");
        SiteBuild.build(c, Optional.empty(), out);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(out.resolve("tiny/index.html")));
        assertEquals(1, page.select("svg#diagram-architecture").size(), "the step is inlined once");
        assertEquals(
                41, page.select("section.slide use[href=#diagram-architecture]").size());
        Set<String> ids = new HashSet<>();
        for (org.jsoup.nodes.Element e : page.select("[id]")) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        }
        for (org.jsoup.nodes.Element e : page.select("[aria-labelledby]")) {
            for (String id : e.attr("aria-labelledby").split(" ")) {
                assertTrue(ids.contains(id), e.tagName() + " labelled by a missing id " + id);
            }
        }
        int circles = 0;
        for (String step : List.of("architecture", "training")) { // the two steps the deck shows
            circles += Files.readString(out.resolve("tiny/diagrams/" + step + ".svg"))
                            .split("<circle", -1)
                            .length
                    - 1;
        }
        String html = Files.readString(out.resolve("tiny/index.html"));
        assertEquals(
                circles,
                html.split("<circle", -1).length - 1,
                "the page holds each diagram's circles once, not once per slide");
    }

    private static List<String> list(Path dir) {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
