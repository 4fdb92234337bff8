package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.render.Theme;
import org.netdeck.testing.TinySite;
import org.netdeck.testing.Trees;

/** Decks built on many threads give the same site, the same progress and the same problems as on one thread. */
class ParallelBuildTest {

    @TempDir
    Path tmp;

    /** Nine decks with distinct networks (weights, activations, losses, iterations), two of them sharing one. */
    private static Map<String, String> decks() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site.yml", TinySite.SITE_YML);
        String[] activations = {"tanh", "sigmoid", "relu"};
        String[] losses = {"half_squared_error", "squared_error", "mean_squared_error"};
        for (int i = 0; i < 8; i++) {
            String deck = TinySite.TINY_DECK
                    .replace("title: Tiny", "title: Deck " + i)
                    .replace("value: 0.5}", "value: " + (0.1 + i / 10.0) + "}")
                    .replace("activation: tanh", "activation: " + activations[i % 3])
                    .replace("loss: half_squared_error", "loss: " + losses[i % 3])
                    .replace("iterations: 3", "iterations: " + (3 + 40 * i));
            files.put("d" + i + "/deck.md", deck);
        }
        files.put("same-as-d3/deck.md", files.get("d3/deck.md").replace("title: Deck 3", "title: Twin"));
        return files;
    }

    private record Built(Map<String, byte[]> tree, List<DeckReport> reports, int written) {}

    private Built build(Path content, int threads, String out) {
        List<DeckReport> reports = new ArrayList<>();
        SiteAssembler assembler = SiteAssembler.once(Theme.bundled(), threads);
        ContentTree tree = ContentTree.read(content);
        int written = Publisher.publish(tmp.resolve(out), sink -> assembler.assemble(tree, reports::add, sink));
        return new Built(Trees.tree(tmp.resolve(out)), reports, written);
    }

    @Test
    void aParallelBuildIsByteForByteASequentialOne() {
        Path content = TinySite.write(tmp.resolve("content"), decks());
        Built one = build(content, 1, "one");
        Built four = build(content, 4, "four");

        assertEquals(Optional.empty(), Trees.difference(one.tree(), four.tree()));
        assertEquals(
                9 * 10 + 1 + 5,
                one.tree().size() - 1,
                "9 decks of 10 files, the index, 5 assets (the script, the stylesheet, the icon, the math font and its"
                        + " licence; and the marker)");
        assertEquals(one.tree().size(), four.written());
        // the same as the command's build, whatever the machine's cores
        SiteBuild.build(content, Optional.empty(), tmp.resolve("site"));
        assertEquals(Optional.empty(), Trees.difference(one.tree(), Trees.tree(tmp.resolve("site"))));
        // progress in deck order, each deck once
        List<String> order = List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "same-as-d3");
        assertEquals(order, four.reports().stream().map(DeckReport::slug).toList());
        for (int i = 0; i < order.size(); i++) {
            assertEquals(i + 1, four.reports().get(i).number());
        }
    }

    @Test
    void aFailureInOneDeckStillReportsEveryDecksProblemsInOrderAndWritesNothing() {
        Map<String, String> files = decks();
        files.put("d1/deck.md", files.get("d1/deck.md").replace("loss: squared_error", "loss: hinge"));
        files.put("d6/deck.md", files.get("d6/deck.md").replace("learning_rate: 0.5", "learning_rate: -1"));
        files.put("d7/deck.md", files.get("d7/deck.md").replace("{{ loss }}", "{{ los }}"));
        Path content = TinySite.write(tmp.resolve("content"), files);
        List<List<String>> problems = new ArrayList<>();
        List<List<String>> reported = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            List<DeckReport> reports = new ArrayList<>();
            SiteAssembler assembler = SiteAssembler.once(Theme.bundled(), threads);
            ContentTree tree = ContentTree.read(content);
            Path out = tmp.resolve("out" + threads);
            BuildFailure f = assertThrows(
                    BuildFailure.class,
                    () -> Publisher.publish(out, sink -> assembler.assemble(tree, reports::add, sink)));
            problems.add(f.problems().stream().map(Problem::toString).toList());
            reported.add(reports.stream().map(DeckReport::slug).toList());
            assertFalse(out.toFile().exists(), "nothing published");
        }
        assertEquals(problems.get(0), problems.get(1));
        assertEquals(reported.get(0), reported.get(1));
        List<String> p = problems.get(0);
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).contains("d1/deck.md:") && p.get(0).contains("hinge"), p.get(0));
        assertTrue(p.get(1).contains("d6/deck.md:"), p.get(1));
        assertTrue(p.get(2).contains("d7/deck.md:") && p.get(2).contains("los"), p.get(2));
        assertEquals(List.of("d0", "d2", "d3", "d4", "d5", "same-as-d3"), reported.get(0));
    }
}
