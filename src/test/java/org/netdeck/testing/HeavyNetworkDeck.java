package org.netdeck.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deck on the largest network a landscape is tested with: 2-12-12-1 tanh (180 weights, 27 neurons: 207
 * multiply-adds a pass) on 100 examples, 200 iterations, with compare runs {@code lr_0_2 … lr_0_4} and the
 * front matter's {@code landscape:} on a line of its own ({@link #landscapeLine}); or with other compare runs and
 * iterations.
 */
public final class HeavyNetworkDeck {

    private HeavyNetworkDeck() {}

    /** The deck's text: front matter with {@code landscape: LANDSCAPE}, then {@code body}. */
    public static String text(String landscape, String body) {
        return text("{learning_rate: [0.2, 0.3, 0.4]}", landscape, 200, body);
    }

    /**
     * The deck's text with {@code compare: COMPARE} (on line 3), {@code landscape: LANDSCAPE} (on line 4; none when
     * null) and {@code iterations} steps, then {@code body}.
     */
    public static String text(String compare, String landscape, int iterations, String body) {
        StringBuilder d = new StringBuilder("---\ntitle: Heavy\ncompare: ")
                .append(compare)
                .append('\n');
        if (landscape != null) {
            d.append("landscape: ").append(landscape).append('\n');
        }
        d.append("network:\n  layers:\n");
        d.append("    - {name: input, neurons: [x1, x2]}\n");
        List<String> h1 = names("a"), h2 = names("b");
        d.append("    - {name: h1, neurons: [").append(String.join(", ", h1)).append("], activation: tanh}\n");
        d.append("    - {name: h2, neurons: [").append(String.join(", ", h2)).append("], activation: tanh}\n");
        d.append("    - {name: output, neurons: [y], activation: sigmoid}\n  weights:\n");
        int w = dense(d, List.of("x1", "x2"), h1, 0);
        w = dense(d, h1, h2, w);
        dense(d, h2, List.of("y"), w);
        d.append("  loss: binary_cross_entropy\n  learning_rate: 0.1\n  iterations: ")
                .append(iterations)
                .append("\n  data:\n");
        for (int i = 0; i < 100; i++) {
            double x1 = Math.sin(i * 0.7), x2 = Math.cos(i * 1.3);
            d.append(String.format(
                    Locale.ROOT,
                    "    - {inputs: {x1: %.3f, x2: %.3f}, targets: {y: %d}}%n",
                    x1,
                    x2,
                    x1 * x2 > 0 ? 1 : 0));
        }
        return d.append("---\n\n").append(body).toString();
    }

    /** The line of the front matter's {@code landscape:} (the deck file's line 1 is its first {@code ---}). */
    public static int landscapeLine() {
        return 4;
    }

    private static List<String> names(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    private static int dense(StringBuilder d, List<String> from, List<String> to, int w) {
        for (String f : from) {
            for (String t : to) {
                w++;
                d.append(String.format(
                        Locale.ROOT,
                        "    w%d: {from: %s, to: %s, value: %.2f}%n",
                        w,
                        f,
                        t,
                        ((w * 37) % 19 - 9) / 20.0));
            }
        }
        return w;
    }
}
