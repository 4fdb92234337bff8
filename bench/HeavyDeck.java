import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code OUT/content/heavy/deck.md}: the heaviest deck within every limit at once (issue 36, F2): a
 * 2-12-12-1 network, 100 examples, 6 compare runs, 300 slides of which 50 are landscape slides, drawing in turn the 8
 * largest sets of runs (at most 8 distinct sets may be drawn since issue 30).
 *
 * <p>Training: the most the training work limit allows (Limits.MAX_TRAINING_WORK, 450,000,000 multiply-adds over the
 * deck's run and its compare runs): 7 runs of 1,035 iterations (7 x 1,035 x 100 examples x 3 passes x 207
 * multiply-adds = 449,923,500; 1,036 would be 450,358,200). How the steps are shared among the runs does not change
 * the work: 3 runs of 2,000 and one of 1,246 cost the same; a run a steps_to reference searches counts its step
 * limit, 2,000 here, so searches fit the same total.
 *
 * <p>Landscapes: the largest the limit on their work allows them (Limits.MAX_LANDSCAPE_WORK, 200,000,000
 * multiply-adds): 8 grids of 29 x 29 and paths of 20 steps (8 x 841 + 3 x 40 runs drawn x 21 steps = 9,248 passes x
 * 100 examples x 207 multiply-adds = 191,433,600; a 30 x 30 grid would be 201,204,000; F2 asked for 101 x 101 and 200
 * steps, 12 times as much).
 *
 * <p>For {@code bench/heavy.sh}; Java 17's single-file launcher runs it ({@code java bench/HeavyDeck.java OUT}).
 */
public final class HeavyDeck {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0], "content", "heavy"));
        StringBuilder d = new StringBuilder("---\ntitle: Heavy\ncompare:\n");
        String[] runs = {"lr_small", "lr_large", "momentum", "rmsprop", "adam", "lr_mid"};
        d.append("  - {name: lr_small, learning_rate: 0.01}\n");
        d.append("  - {name: lr_large, learning_rate: 2}\n");
        d.append("  - {name: momentum, optimizer: momentum}\n");
        d.append("  - {name: rmsprop, optimizer: rmsprop, learning_rate: 0.01}\n");
        d.append("  - {name: adam, optimizer: adam}\n");
        d.append("  - {name: lr_mid, learning_rate: 0.5}\n");
        d.append("landscape: {grid: 29, steps: 20}\nnetwork:\n  layers:\n");
        d.append("    - {name: input, neurons: [x1, x2]}\n");
        List<String> h1 = names("a", 12), h2 = names("b", 12);
        d.append("    - {name: h1, neurons: [").append(String.join(", ", h1)).append("], activation: tanh}\n");
        d.append("    - {name: h2, neurons: [").append(String.join(", ", h2)).append("], activation: tanh}\n");
        d.append("    - {name: output, neurons: [y], activation: sigmoid}\n  weights:\n");
        int w = 0;
        w = dense(d, List.of("x1", "x2"), h1, w);
        w = dense(d, h1, h2, w);
        dense(d, h2, List.of("y"), w);
        d.append("  loss: binary_cross_entropy\n  learning_rate: 0.1\n  iterations: 1035\n  data:\n");
        for (int i = 0; i < 100; i++) {
            double x1 = Math.sin(i * 0.7), x2 = Math.cos(i * 1.3);
            d.append(String.format(
                    Locale.ROOT,
                    "    - {inputs: {x1: %.3f, x2: %.3f}, targets: {y: %d}}%n",
                    x1,
                    x2,
                    x1 * x2 > 0 ? 1 : 0));
        }
        d.append("---\n");
        int landscape = 0;
        for (int s = 1; s <= 300; s++) {
            d.append("\n## Slide ").append(s).append("\n\n");
            if (s % 6 == 0 && landscape < 50) {
                landscape++;
                // the 8 largest sets of runs (a deck may draw at most 8: issue 30), in turn: all six, the six sets of
                // five, one of four; each is a plane and a 101 x 101 grid of its own
                int[] sets = {0b111111, 0b111110, 0b111101, 0b111011, 0b110111, 0b101111, 0b011111, 0b001111};
                int mask = sets[(landscape - 1) % sets.length];
                List<String> set = new ArrayList<>();
                for (int b = 0; b < runs.length; b++) {
                    if ((mask & (1 << b)) != 0) {
                        set.add(runs[b]);
                    }
                }
                d.append("<!-- diagram: landscape runs: ").append(String.join(" ", set)).append(" -->\n\n");
            }
            d.append("The loss is {{ loss }}; after training {{ trained.loss }}.\n");
        }
        Files.writeString(dir.resolve("deck.md"), d);
    }

    private static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    private static int dense(StringBuilder d, List<String> from, List<String> to, int w) {
        for (String f : from) {
            for (String t : to) {
                w++;
                double v = ((w * 37) % 19 - 9) / 20.0;
                d.append(String.format(Locale.ROOT, "    w%d: {from: %s, to: %s, value: %.2f}%n", w, f, t, v));
            }
        }
        return w;
    }
}
