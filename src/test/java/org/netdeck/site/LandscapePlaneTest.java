package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Run;
import org.netdeck.compute.Trace;
import org.netdeck.testing.BuiltSite;
import org.netdeck.testing.OptimizersDeck;

/**
 * Issue 30, item 1, on the optimizers deck as built: each landscape's plane in {@code trace.json} is checked here
 * without the landscape code. A grid point's parameters are origin + a·d1 + b·d2, written out from the JSON, and its
 * loss is the engine's loss there; each path point is the engine's run replayed step by step, projected onto the plane
 * by dot products written here; how far each path leaves the plane is recomputed and held to the figure's caption.
 */
class LandscapePlaneTest {

    @TempDir
    static Path tmp;

    private static JsonNode trace;
    private static Document deck;
    private static Trace engine;
    private static BuiltSite site;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSite.in(tmp);
        trace = site.trace("optimizers");
        deck = site.page("optimizers");
        engine = OptimizersDeck.trace();
    }

    /** The network of run {@code name} ("deck": the deck's own). */
    private static NetworkSpec network(String name) {
        return name.equals(Run.DECK)
                ? engine.network()
                : engine.run(name).orElseThrow().spec().network();
    }

    private static Map<String, Double> vector(JsonNode node) {
        Map<String, Double> v = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> v.put(e.getKey(), e.getValue().asDouble()));
        return v;
    }

    private static Map<String, Double> at(JsonNode plane, double a, double b) {
        Map<String, Double> o = vector(plane.get("origin"));
        Map<String, Double> d1 = vector(plane.get("d1"));
        Map<String, Double> d2 = vector(plane.get("d2"));
        Map<String, Double> theta = new LinkedHashMap<>();
        o.forEach((p, v) -> theta.put(p, v + a * d1.get(p) + b * d2.get(p)));
        return theta;
    }

    private static double dot(Map<String, Double> x, Map<String, Double> y) {
        double s = 0;
        for (String p : x.keySet()) {
            s += x.get(p) * y.get(p);
        }
        return s;
    }

    private static Map<String, Double> minus(Map<String, Double> x, Map<String, Double> y) {
        Map<String, Double> d = new LinkedHashMap<>();
        x.forEach((p, v) -> d.put(p, v - y.get(p)));
        return d;
    }

    @Test
    void everyDiagramHasItsPlaneWithOrthonormalDirections() {
        List<String> names = new ArrayList<>();
        trace.get("landscapes").forEach(l -> names.add(l.get("diagram").asText()));
        assertEquals(
                List.of("landscape-rmsprop-adam"), names, "only the runs a slide draws: no slide shows every run's");
        for (JsonNode l : trace.get("landscapes")) {
            assertEquals("principal", l.get("plane").asText());
            assertEquals("start", l.get("centre").asText());
            Map<String, Double> d1 = vector(l.get("d1"));
            Map<String, Double> d2 = vector(l.get("d2"));
            assertEquals(engine.params().keySet(), d1.keySet(), "a direction over every parameter");
            assertEquals(1.0, dot(d1, d1), 1e-12);
            assertEquals(1.0, dot(d2, d2), 1e-12);
            assertEquals(0.0, dot(d1, d2), 1e-12);
            assertEquals(engine.params(), vector(l.get("origin")), "centred on the start");
        }
    }

    @Test
    void gridValuesAreTheEnginesLossAtOriginPlusADirectionsCombination() {
        for (JsonNode l : trace.get("landscapes")) {
            JsonNode grid = l.get("grid");
            int n = grid.get("a").size();
            for (int[] ij : new int[][] {{0, 0}, {n - 1, 0}, {n / 2, n / 3}, {n - 1, n - 1}, {7, n - 2}}) {
                double a = grid.get("a").get(ij[0]).asDouble();
                double b = grid.get("b").get(ij[1]).asDouble();
                double written = grid.get("loss").get(ij[1]).get(ij[0]).asDouble();
                double loss = Backprop.loss(engine.network(), at(l, a, b));
                assertEquals(loss, written, 1e-12 * Math.max(1, loss), l.get("diagram") + " at " + a + ", " + b);
            }
        }
    }

    @Test
    void pathPointsAreTheRunsProjectedWithTheirTrueLoss() {
        for (JsonNode l : trace.get("landscapes")) {
            Map<String, Double> o = vector(l.get("origin"));
            Map<String, Double> d1 = vector(l.get("d1"));
            Map<String, Double> d2 = vector(l.get("d2"));
            for (JsonNode p : l.get("paths")) {
                NetworkSpec run = network(p.get("run").asText());
                int steps = p.get("a").size() - 1;
                List<Map<String, Double>> thetas = Backprop.path(run, steps);
                for (int k : new int[] {0, 1, steps / 2, steps}) {
                    Map<String, Double> rel = minus(thetas.get(k), o);
                    String where = l.get("diagram") + " " + p.get("run") + " step " + k;
                    assertEquals(dot(rel, d1), p.get("a").get(k).asDouble(), 1e-12, where);
                    assertEquals(dot(rel, d2), p.get("b").get(k).asDouble(), 1e-12, where);
                    assertEquals(
                            Backprop.loss(run, thetas.get(k)),
                            p.get("loss").get(k).asDouble(),
                            1e-12,
                            where);
                }
            }
        }
    }

    private static final Pattern STATED = Pattern.compile("Paths (?:within|leave the plane \\(up to) (\\d+) %");

    @Test
    void theDrawnPathsLieWithinTheDistanceTheFigureStates() throws IOException {
        for (JsonNode l : trace.get("landscapes")) {
            Map<String, Double> o = vector(l.get("origin"));
            Map<String, Double> d1 = vector(l.get("d1"));
            Map<String, Double> d2 = vector(l.get("d2"));
            double worst = 0;
            for (JsonNode p : l.get("paths")) {
                List<Map<String, Double>> thetas =
                        Backprop.path(network(p.get("run").asText()), p.get("a").size() - 1);
                double far = 0;
                double reach = 0;
                for (Map<String, Double> theta : thetas) {
                    Map<String, Double> rel = minus(theta, o);
                    double a = dot(rel, d1);
                    double b = dot(rel, d2);
                    double off = dot(rel, rel) - a * a - b * b; // Pythagoras: the part out of the plane, squared
                    far = Math.max(far, Math.sqrt(Math.max(0, off)));
                    Map<String, Double> moved = minus(theta, thetas.get(0));
                    reach = Math.max(reach, Math.sqrt(dot(moved, moved)));
                }
                double leave = reach == 0 ? 0 : far / reach;
                assertEquals(leave, p.get("leave").asDouble(), 1e-6, l.get("diagram") + " " + p.get("run"));
                worst = Math.max(worst, leave);
            }
            // the figure on the slide states it: the caption in its picture and its description
            String name = l.get("diagram").asText();
            Element figure = deck.getElementById("diagram-" + name);
            if (figure == null) { // a diagram no slide shows: its file
                figure = Jsoup.parse(
                        site.out()
                                .resolve("optimizers/diagrams/" + name + ".svg")
                                .toFile(),
                        "UTF-8");
            }
            String caption = String.join(" ", figure.select("text.caption").eachText());
            Matcher m = STATED.matcher(caption);
            assertTrue(m.find(), name + ": " + caption);
            assertTrue(worst * 100 <= Integer.parseInt(m.group(1)), name + ": " + worst + " vs " + caption);
            assertTrue(worst * 100 > Integer.parseInt(m.group(1)) - 1, name + ": rounded up, " + worst);
            assertTrue(figure.selectFirst("desc").text().contains(caption), name);
            if (worst > 0.05) {
                assertTrue(caption.contains("colours under them are not their loss"), caption);
            }
        }
    }
}
