package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.content.DeckFile;
import org.netdeck.content.SlideParser;
import org.netdeck.testing.BuiltSite;
import org.netdeck.testing.OptimizersDeck;
import org.netdeck.testing.ProseNumbers;

/** The second deck, content/optimizers, built as a reader gets it: computed numbers, typeset rules, its landscape, linked both ways. */
class OptimizersDeckTest {

    @TempDir
    static Path tmp;

    private static BuiltSite site;
    private static Document deck;
    private static JsonNode trace;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSite.in(tmp);
        deck = site.page("optimizers");
        trace = site.trace("optimizers");
    }

    /** The answer to {@code steps_to.loss(0.1)} of run {@code run} ("" for the deck's own). */
    private static int stepsToLoss(String run) {
        for (JsonNode s : trace.get("steps_to")) {
            if (s.get("run").asText("").equals(run) && s.get("value").asDouble() == 0.1) {
                return s.get("steps").asInt();
            }
        }
        throw new AssertionError("no steps_to.loss(0.1) for '" + run + "'");
    }

    private static JsonNode run(String name) {
        for (JsonNode r : trace.get("runs")) {
            if (r.get("name").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no run " + name);
    }

    @Test
    void isAboutSevenSlidesOnXorWithFourOptimizers() {
        assertEquals(
                "Optimizers: SGD, Momentum, Adam",
                deck.selectFirst("section.slide h1, .title-slide h1").text());
        int slides = deck.select("section.slide[id^=slide-]").size();
        assertTrue(slides >= 6 && slides <= 8, "slides: " + slides);
        assertEquals(4, trace.at("/network/data").size(), "the four XOR cases");
        List<String> names = new ArrayList<>();
        trace.get("runs").forEach(r -> names.add(r.get("name").asText()));
        assertEquals(List.of("small_lr", "large_lr", "momentum", "sgd_3", "rmsprop", "adam"), names);
        assertEquals("rmsprop", run("rmsprop").at("/settings/optimizer").asText());
        assertTrue(
                run("rmsprop").at("/settings/learning_rate").asDouble()
                        < trace.at("/network/learning_rate").asDouble(),
                "RMSprop takes a smaller α of its own");
        // the story the prose tells: Adam reaches L < 0.1 first, then RMSprop, then momentum, then SGD
        List<Integer> steps =
                List.of(stepsToLoss("adam"), stepsToLoss("rmsprop"), stepsToLoss("momentum"), stepsToLoss(""));
        assertTrue(
                steps.get(0) < steps.get(1) && steps.get(1) < steps.get(2) && steps.get(2) < steps.get(3),
                "adam < rmsprop < momentum < sgd: " + steps);
    }

    @Test
    void everyHyperParameterOfEveryRunIsStatedOnTheSlidesByAReference() throws IOException {
        var trace = OptimizersDeck.trace();
        // the references the slides make (speaker notes left out, as the parser cuts them): a value typed by hand is
        // no reference, so a typed or missing hyper-parameter is missing here
        String text = Files.readString(OptimizersDeck.FILE);
        DeckFile file = DeckFile.split(OptimizersDeck.FILE, text);
        List<String> shown = new ArrayList<>();
        for (var slide : new SlideParser().parse(OptimizersDeck.FILE, file.body(), file.bodyLine())) {
            Matcher m = Pattern.compile("\\{\\{\\s*([^\\s|}]+)").matcher(slide.markdown());
            while (m.find()) {
                shown.add(m.group(1));
            }
            assertTrue(!slide.markdown().contains(":::notes"), "notes are not slide text");
        }
        List<String> wanted = new ArrayList<>(List.of("learning_rate", "iterations", "batch_size"));
        trace.network().optimizer().hyperParameters().keySet().forEach(k -> wanted.add("optimizer." + k));
        for (var run : trace.runs()) {
            String prefix = "runs." + run.name() + ".";
            wanted.add(prefix + "learning_rate");
            var own = run.spec().network();
            assertEquals(trace.network().iterations(), own.iterations(), run.name() + " runs as many steps");
            run.spec().network().optimizer().hyperParameters().forEach((key, value) -> {
                if (key.equals("weight_decay")) { // stated once for every run: the deck's, equal to each run's
                    assertEquals(trace.network().optimizer().weightDecay(), value, run.name() + " weight decay");
                } else {
                    wanted.add(prefix + "optimizer." + key);
                }
            });
        }
        List<String> missing = wanted.stream().filter(w -> !shown.contains(w)).toList();
        assertEquals(List.of(), missing, "hyper-parameters the slides do not state by reference");
        assertTrue(
                wanted.containsAll(List.of(
                        "runs.momentum.optimizer.momentum",
                        "runs.rmsprop.optimizer.alpha",
                        "runs.rmsprop.optimizer.eps",
                        "runs.adam.optimizer.beta1",
                        "runs.adam.optimizer.beta2",
                        "runs.adam.optimizer.eps",
                        "optimizer.weight_decay")),
                "μ, ρ, β₁, β₂, ε and weight decay are among them: " + wanted);
        // the batch is the whole data set, and the slide says so
        assertEquals(trace.network().data().size(), Integer.parseInt(valueOf("batch_size")));
        assertTrue(deck.select("section.slide[id^=slide-] .slide-body").text().contains("full-batch"));
        // momentum's effective step α/(1 − μ) is the step of the plain SGD run it is compared with
        var momentum = trace.run("momentum").orElseThrow().spec().network();
        assertEquals(
                momentum.learningRate() / (1 - momentum.optimizer().momentum()),
                trace.run("sgd_3").orElseThrow().spec().network().learningRate(),
                1e-12);
        // RMSprop's and Adam's first step moves every parameter the same distance, α/√(1 − ρ) and α
        var rms = trace.run("rmsprop").orElseThrow().trace();
        double rmsStep = rms.network().learningRate()
                / Math.sqrt(1 - rms.network().optimizer().alpha());
        var adam = trace.run("adam").orElseThrow().trace();
        rms.params().forEach((p, v) -> {
            assertEquals(rmsStep, Math.abs(rms.updated().params().get(p) - v), 1e-3, "rmsprop " + p); // ε aside
            assertEquals(
                    adam.network().learningRate(),
                    Math.abs(adam.updated().params().get(p) - v),
                    1e-5,
                    "adam " + p); // ε aside: α · |ĝ| / (|ĝ| + ε) is within 1e-5 of α here
        });
        assertTrue(rms.updated().loss() > rms.loss() && adam.updated().loss() > adam.loss(), "the first step jumps");
    }

    /** The text of the first number the slides show for {@code ref}. */
    private static String valueOf(String ref) {
        return deck.selectFirst("section.slide[id^=slide-] .slide-body [data-ref=\"" + ref + "\"]")
                .text();
    }

    @Test
    void theStepSizeSlideSaysHowLongAStepIsAndWhyTheFirstJumps() {
        Element slide = deck.select("section.slide[id^=slide-]").stream()
                .filter(s -> s.select(".slide-body").text().contains("RMSprop divides"))
                .findFirst()
                .orElseThrow();
        String text = slide.selectFirst(".slide-body").text();
        // a steady gradient moves about α a step; the first step, with s still near 0, moves α/√(1 − ρ) and α
        assertTrue(text.contains("steps are about α long"), text);
        assertTrue(text.contains("But s starts at 0"), text);
        var trace = OptimizersDeck.trace();
        var rms = trace.run("rmsprop").orElseThrow().trace();
        assertEquals(
                String.format(
                                java.util.Locale.ROOT,
                                "%.3f",
                                rms.updated().params().get("w1") - rms.params().get("w1"))
                        .replace('-', '\u2212'),
                slide.selectFirst("[data-ref=runs.rmsprop.change.w1]").text());
        for (String run : List.of("rmsprop", "adam")) {
            Element jump = slide.selectFirst("[data-ref=runs." + run + ".updated.loss]");
            double after = Double.parseDouble(jump.attr("value"));
            assertTrue(after > trace.loss(), run + " jumps up from " + trace.loss() + " to " + after);
        }
    }

    @Test
    void aCountPastThePlottedStepsSaysSo() {
        // SGD at α = 0.3 reaches L < 0.1 after its 2,000 plotted steps; sgd_3 (346) and momentum (393) within them
        int sgd = stepsToLoss("");
        assertTrue(sgd > 2000, "sgd " + sgd);
        String body = deck.select("section.slide .slide-body").text();
        assertTrue(
                body.contains(String.format(java.util.Locale.ROOT, "%,d (past the 2,000 plotted steps)", sgd)), body);
        assertTrue(body.contains(stepsToLoss("sgd_3") + " steps") || body.contains("in " + stepsToLoss("sgd_3")), body);
        assertTrue(!body.contains(stepsToLoss("sgd_3") + " (past"), body);
    }

    @Test
    void plainGradientDescentCrawlsWithASmallStepAndThrashesWithALargeOne() {
        double start = trace.get("loss").asDouble();
        JsonNode small = run("small_lr").at("/training/loss");
        JsonNode large = run("large_lr").at("/training/loss");
        double smallEnd = small.get(small.size() - 1).asDouble();
        assertTrue(smallEnd < start && start - smallEnd < 0.01 * start, "barely moved: " + start + " → " + smallEnd);
        assertEquals(
                "oscillating", run("large_lr").at("/training/tail/behaviour").asText(), "α = 20 never settles");
        assertEquals("settled", run("small_lr").at("/training/tail/behaviour").asText());
        assertTrue(run("large_lr").at("/training/tail/max").asDouble() > start, "at times worse than at the start");
        int rises = 0;
        for (int i = 1; i < large.size(); i++) {
            rises += large.get(i).asDouble() > large.get(i - 1).asDouble() ? 1 : 0;
        }
        assertTrue(rises > large.size() / 10, "the loss jumps up and down: it rises on " + rises + " steps");
        // the slide's figure is these runs' exact loss curves beside the reference's, not a landscape: α = 20 is
        // chaotic and leaves any plane through its path by far
        Element slide = deck.select("section.slide[id^=slide-]").get(1);
        assertEquals(
                List.of(
                        "#training-deck-small_lr-large_lr-replay-small_lr-panel-network",
                        "#training-deck-small_lr-large_lr-replay-small_lr-panel-plot"),
                slide.select("figure use").eachAttr("href"));
        assertEquals(
                List.of("α = 0.3 (this deck)", "α = 0.05", "α = 20"),
                deck.getElementById("training-deck-small_lr-large_lr-replay-small_lr-panel-plot")
                        .select("text.legend")
                        .eachText());
        // the slide gives α = 20's range over its last tenth, not its last value
        String text = slide.selectFirst(".slide-body").text();
        assertTrue(text.contains("never settles; over its last 200 steps"), text);
    }

    @Test
    void readsInAboutTwoMinutes() {
        String reading = deck.selectFirst(".title-slide").text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("~(\\d+) s").matcher(reading);
        assertTrue(m.find(), reading);
        assertTrue(Integer.parseInt(m.group(1)) <= 120, "reading time " + m.group(1) + " s");
        // the hyper-parameters stay on the slides, not only in the notes
        String slides = deck.select("section.slide .slide-body").text();
        for (String setting : List.of("dampening", "centered", "weight decay", "batch of")) {
            assertTrue(slides.contains(setting), setting);
        }
    }

    @Test
    void theMomentumSlidesFigureReplaysTheMomentumRun() throws IOException {
        Element slide = deck.select("section.slide").stream()
                .filter(s -> s.select("h2").text().equals("Momentum Keeps Rolling"))
                .findFirst()
                .orElseThrow();
        String panel = slide.selectFirst("figure use").attr("href").substring(1);
        assertEquals("training-deck-momentum-sgd_3-replay-momentum-panel-network", panel);
        Element svg = deck.getElementById(panel).parents().stream()
                .filter(e -> e.hasAttr("data-stroke"))
                .findFirst()
                .orElseThrow();
        assertEquals("momentum", svg.attr("data-run"));
        // and says so where a reader sees it: the panel's caption names the run (the scrubber keeps the name)
        String caption =
                deck.getElementById(panel).select("text.checkpoint-caption").text();
        assertTrue(caption.startsWith("momentum run, iteration 2,000: loss L = "), caption);
        assertTrue(
                slide.selectFirst("figure svg title").text().endsWith("and the momentum run's network after training"),
                slide.selectFirst("figure svg title").text());
        // the scrubber reads the momentum run's checkpoints: the last is the momentum run's last loss
        JsonNode cps = new ObjectMapper()
                .readTree(deck.getElementById("deck-checkpoints-momentum").data());
        JsonNode losses = run("momentum").at("/training/loss");
        JsonNode its = cps.get("iteration");
        assertEquals(losses.size() - 1, its.get(its.size() - 1).asInt());
        double last = cps.get("loss").get(cps.get("loss").size() - 1).asDouble();
        assertEquals(losses.get(losses.size() - 1).asDouble(), last, 1e-3 * last);
        // the deck's own training slide still replays the deck's run
        JsonNode own = new ObjectMapper()
                .readTree(deck.getElementById("deck-checkpoints").data());
        assertEquals(
                trace.at("/training/loss")
                        .get(trace.at("/training/loss").size() - 1)
                        .asDouble(),
                own.get("loss").get(own.get("loss").size() - 1).asDouble(),
                1e-3 * own.get("loss").get(own.get("loss").size() - 1).asDouble());
    }

    @Test
    void everyNumberInTheProseAndMathIsComputed() {
        new ProseNumbers(deck, trace).assertAllComputed(10, 3);
    }

    @Test
    void eachUpdateRuleIsTypesetMath() {
        String math =
                String.join(" | ", deck.select("section.slide .slide-body math").eachText());
        for (String rule : List.of("θ←θ−αg", "v←μv+g", "θ←θ−αv", "s←ρs+(1−ρ)g2", "m←β1m+(1−β1)g")) {
            assertTrue(math.replace(" ", "").contains(rule), rule + " not in: " + math);
        }
    }

    @Test
    void theRaceTableFollowsTheFourRunsExactLossCurves() {
        // a landscape cannot hold all four runs (their paths leave any one plane by far), their loss curves can;
        // the table has a slide of its own, so that the curves beside the network stay legible
        List<Element> slides = deck.select("section.slide[id^=slide-]");
        int curves = slides.indexOf(slides.stream()
                .filter(s -> s.select("h2").text().equals("Loss Curves Side by Side"))
                .findFirst()
                .orElseThrow());
        assertEquals(
                "#training-deck-momentum-rmsprop-adam-panel-plot",
                slides.get(curves).select("figure use").last().attr("href"));
        Element slide = slides.get(curves + 1);
        assertEquals("The Race in Numbers", slide.select("h2").text());
        List<String> rows =
                slide.select(".slide-body table tbody tr td:first-child").eachText();
        assertEquals(List.of("SGD", "Momentum", "SGD", "RMSprop", "Adam"), rows);
        assertEquals(1, deck.select("section.slide .slide-body table").size(), "one race table");
    }

    @Test
    void drawsTheLandscapesSmallWithTheirNumbers() throws IOException {
        Path svg = site.out().resolve("optimizers/diagrams/landscape-rmsprop-adam.svg");
        assertTrue(Files.size(svg) < 60_000, "landscape-rmsprop-adam.svg is " + Files.size(svg) + " bytes");
        assertTrue(
                Files.notExists(site.out().resolve("optimizers/diagrams/landscape.svg")),
                "no slide shows every run's landscape: none is computed or drawn");
        Element race = deck.getElementById("diagram-landscape-rmsprop-adam");
        assertNotNull(race, "a slide shows the landscape of the adaptive pair, the runs its plane holds");
        String desc = race.selectFirst("desc").text();
        assertTrue(desc.contains("the plane through the start spanned by the drawn paths' two principal"), desc);
        assertTrue(desc.contains("colours under them are not their loss"), desc);
        assertTrue(desc.contains("adam, α = 0.3: after 150 steps"), desc);
        assertTrue(desc.contains("rmsprop, α = 0.03: after 150 steps"), desc);
        assertTrue(
                Files.notExists(site.out().resolve("backprop/diagrams/landscape.svg")),
                "a deck without 'landscape:' draws none");
    }

    @Test
    void theLandscapeSlideSaysWhatItsPictureShowsAndThePictureBearsItOut() {
        Element slide = deck.select("section.slide[id^=slide-]").stream()
                .filter(e -> e.selectFirst("figure use[href=#diagram-landscape-rmsprop-adam]") != null)
                .findFirst()
                .orElseThrow();
        String text = slide.selectFirst(".slide-body").text();
        assertTrue(text.contains("the loss on the plane through the start"), text);
        assertTrue(text.contains("the caption says how far they stray"), text);
        assertTrue(text.contains("Both head for the corner (×)"), text);
        String caption = deck.getElementById("diagram-landscape-rmsprop-adam")
                .select("text.caption")
                .text();
        assertTrue(caption.matches("Paths (within|leave the plane \\(up to) \\d+ %.*"), caption);
        JsonNode l = null;
        for (JsonNode x : trace.get("landscapes")) {
            l = x.get("diagram").asText().equals("landscape-rmsprop-adam") ? x : l;
        }
        JsonNode grid = l.get("grid");
        int n = grid.get("a").size();
        // the grid's lowest point (the ×) is a corner: the loss only falls further beyond the grid
        int lowI = 0;
        int lowJ = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (grid.get("loss").get(j).get(i).asDouble()
                        < grid.get("loss").get(lowJ).get(lowI).asDouble()) {
                    lowI = i;
                    lowJ = j;
                }
            }
        }
        assertTrue((lowI == 0 || lowI == n - 1) && (lowJ == 0 || lowJ == n - 1), "lowest at " + lowI + ", " + lowJ);
        double cornerA = grid.get("a").get(lowI).asDouble();
        double cornerB = grid.get("b").get(lowJ).asDouble();
        double worst = 0;
        for (JsonNode p : l.get("paths")) {
            int last = p.get("a").size() - 1;
            double start = Math.hypot(
                    p.get("a").get(0).asDouble() - cornerA, p.get("b").get(0).asDouble() - cornerB);
            double end = Math.hypot(
                    p.get("a").get(last).asDouble() - cornerA,
                    p.get("b").get(last).asDouble() - cornerB);
            assertTrue(end < 0.6 * start, p.get("run") + " heads for the corner: " + start + " → " + end);
            // the colour under each drawn point, the grid's loss there (bilinear), is near the run's true loss
            for (int k = 0; k <= last; k++) {
                double under = bilinear(
                        grid, p.get("a").get(k).asDouble(), p.get("b").get(k).asDouble());
                worst = Math.max(worst, Math.abs(under - p.get("loss").get(k).asDouble()));
            }
        }
        assertTrue(worst < 0.05, "the grid's loss under the paths is within a few hundredths of theirs: " + worst);
    }

    /** The grid's loss at (a, b), interpolated between its four nearest points. */
    private static double bilinear(JsonNode grid, double a, double b) {
        JsonNode as = grid.get("a");
        JsonNode bs = grid.get("b");
        int i = cell(as, a);
        int j = cell(bs, b);
        double fa = (a - as.get(i).asDouble())
                / (as.get(i + 1).asDouble() - as.get(i).asDouble());
        double fb = (b - bs.get(j).asDouble())
                / (bs.get(j + 1).asDouble() - bs.get(j).asDouble());
        JsonNode loss = grid.get("loss");
        return loss.get(j).get(i).asDouble() * (1 - fa) * (1 - fb)
                + loss.get(j).get(i + 1).asDouble() * fa * (1 - fb)
                + loss.get(j + 1).get(i).asDouble() * (1 - fa) * fb
                + loss.get(j + 1).get(i + 1).asDouble() * fa * fb;
    }

    private static int cell(JsonNode axis, double x) {
        int i = 0;
        while (i < axis.size() - 2 && axis.get(i + 1).asDouble() <= x) {
            i++;
        }
        return i;
    }

    @Test
    void theDecksLinkToEachOtherAndTheIndexListsBoth() throws IOException {
        Document backprop = site.page("backprop");
        Element last = backprop.select("section.slide[id^=slide-]").last();
        assertNotNull(
                last.selectFirst("a[href=../layers/index.html]"),
                "the backpropagation deck's last slide links on, to part 2 of the series");
        Document layers = site.page("layers");
        assertNotNull(
                layers.select("section.slide[id^=slide-]").last().selectFirst("a[href=../optimizers/index.html]"),
                "and part 2 links part 3");
        assertNotNull(deck.selectFirst("a[href=../backprop/index.html]"), "and the optimizers deck links back");
        Document index = site.index();
        List<String> hrefs = index.select("main a[href$=index.html]").eachAttr("href");
        assertTrue(
                hrefs.indexOf("backprop/index.html") >= 0
                        && hrefs.indexOf("backprop/index.html") < hrefs.indexOf("optimizers/index.html"),
                "decks in sorted order: " + hrefs);
    }
}
