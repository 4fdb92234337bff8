package org.netdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The smallest deck the command-line tests build: {@code one/deck.md}, a 1-1 sigmoid network and one slide. */
public final class OneDeck {

    /** The deck's slug. */
    public static final String SLUG = "one";

    /** The text of {@code one/deck.md}; its learning rate is on line 10, column 18. */
    public static final String TEXT = withSlides("One", """
            ## Hello

            The output is {{ y }}.
            """);

    /**
     * A deck of this network (x → y, weight w) titled {@code title} whose body is {@code slides}: the front matter takes
     * lines 1 to 14, so the body starts on line 16.
     */
    public static String withSlides(String title, String slides) {
        return """
                ---
                title: %s
                network:
                  layers:
                    - {name: input, neurons: [x]}
                    - {name: output, neurons: [y], activation: sigmoid}
                  weights:
                    w: {from: x, to: y, value: 0.5}
                  loss: squared_error
                  learning_rate: 0.1
                  inputs: {x: 1.0}
                  targets: {y: 1.0}
                  iterations: 10
                ---

                """.formatted(title) + slides;
    }

    private OneDeck() {}

    /** Writes {@code text} as {@code content/one/deck.md}, creating the folders; returns {@code content}. */
    public static Path write(Path content, String text) {
        try {
            Files.createDirectories(content.resolve(SLUG));
            Files.writeString(content.resolve(SLUG).resolve("deck.md"), text, StandardCharsets.UTF_8);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@link #TEXT} as {@code content/one/deck.md}; returns {@code content}. */
    public static Path write(Path content) {
        return write(content, TEXT);
    }
}
