package org.netdeck.testing;

/**
 * A deck whose run never settles (issue 30): one sigmoid neuron, x = 1 with targets 1, 1, 0 (best at ŷ = 2/3), a step
 * α = 12 past the stable 9, so w jumps between two values and the loss between 0.80 and 1.02. A reference to its last
 * value is a build warning. The front matter takes lines 1 to 16, the slide heading {@code ## Wild} line 18, and the
 * slide's text starts on line 20.
 */
public final class OscillatingDeck {

    private static final String FRONT_MATTER = """
            ---
            title: Wild
            network:
              layers:
                - {name: input, neurons: [x]}
                - {name: output, neurons: [y], activation: sigmoid}
              weights:
                w: {from: x, to: y, value: 0}
              loss: binary_cross_entropy
              learning_rate: 12
              data:
                - {inputs: {x: 1}, targets: {y: 1}}
                - {inputs: {x: 1}, targets: {y: 1}}
                - {inputs: {x: 1}, targets: {y: 0}}
              iterations: 200
            ---

            ## Wild

            """;

    private OscillatingDeck() {}

    /** The deck with one slide holding {@code text} (its first line is line 20 of the file). */
    public static String withText(String text) {
        return FRONT_MATTER + text;
    }
}
