package org.netdeck.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.netdeck.compute.LandscapeSpec;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.RunSpec;
import org.netdeck.problem.SourcePosition;

/**
 * A deck's front matter, validated: the words about the deck, the network to compute, the compare runs
 * asked for (in the order written) and the loss landscape to draw, if any.
 * {@code positions} gives where each key path was written (for example {@code network.learning_rate},
 * {@code network.weights.w1.value}, {@code compare.lr_0_1}), so later stages can point at the input too.
 */
public record FrontMatter(
        String title,
        String summary,
        String series,
        NetworkSpec network,
        List<RunSpec> compare,
        Optional<LandscapeSpec> landscape,
        Map<String, SourcePosition> positions) {

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(network, "network");
        compare = List.copyOf(compare);
        Objects.requireNonNull(landscape, "landscape");
        positions = Map.copyOf(positions);
    }

    /** Front matter without a landscape. */
    public FrontMatter(
            String title,
            String summary,
            String series,
            NetworkSpec network,
            List<RunSpec> compare,
            Map<String, SourcePosition> positions) {
        this(title, summary, series, network, compare, Optional.empty(), positions);
    }

    /** Front matter without compare runs or a landscape. */
    public FrontMatter(
            String title, String summary, String series, NetworkSpec network, Map<String, SourcePosition> positions) {
        this(title, summary, series, network, List.of(), positions);
    }

    /** Where {@code keyPath} was written, or {@code fallback} when it was not (a default). */
    public SourcePosition position(String keyPath, SourcePosition fallback) {
        return positions.getOrDefault(keyPath, fallback);
    }
}
