package org.netdeck.diagram;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.netdeck.compute.Values;
import org.netdeck.content.DiagramStep;

/**
 * What one network step writes where, before any geometry: the value line inside each neuron, the label of
 * each weight (name over value) and bias, the lines beside each output, the captions, the arrows, and what is
 * emphasised.
 * {@code weights} gives each edge's value for its thickness and line style. Maps are by neuron/parameter name.
 * {@code litCaptions} (the chain rule's worked line of each weight, by weight) stand in for the last caption when a
 * slide's fragment lights that weight: each is drawn where the last caption is, as {@code caption worked-alt
 * part-NAME}, hidden until lit (the deck's stylesheet shows the last lit one).
 * Built by name, each part said once and the rest empty:
 *
 * <pre>{@code StepContent.of(DiagramStep.LOSS, "Loss").neuronValues(values).captions(lines).active(outputs).build()}</pre>
 */
record StepContent(
        DiagramStep step,
        String title,
        String description,
        String direction,
        Map<String, String> neuronValues,
        Map<String, List<String>> edgeLabels,
        Map<String, String> biasLabels,
        Map<String, List<String>> sideLabels,
        List<String> captions,
        Map<String, Double> weights,
        Flow flow,
        Collection<String> active,
        Map<String, String> litCaptions) {

    StepContent {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(flow, "flow");
        neuronValues = Values.ordered(neuronValues);
        edgeLabels = Values.ordered(edgeLabels);
        biasLabels = Values.ordered(biasLabels);
        sideLabels = Values.ordered(sideLabels);
        captions = List.copyOf(captions);
        weights = Values.ordered(weights);
        active = Collections.unmodifiableSet(new LinkedHashSet<>(active)); // looked up once per weight
        litCaptions = Values.ordered(litCaptions);
    }

    /** True when the neuron or weight called {@code name} is on this step's active path. */
    boolean isActive(String name) {
        return active.contains(name);
    }

    /** The content of {@code step} under {@code title}, to be filled by name; every other part starts empty. */
    static Builder of(DiagramStep step, String title) {
        return new Builder(step, title);
    }

    /** A {@link StepContent} by name; what is not set is empty (no text, no labels, {@link Flow#NONE}). */
    static final class Builder {
        private final DiagramStep step;
        private final String title;
        private String description = "";
        private String direction = "";
        private Map<String, String> neuronValues = Map.of();
        private Map<String, List<String>> edgeLabels = Map.of();
        private Map<String, String> biasLabels = Map.of();
        private Map<String, List<String>> sideLabels = Map.of();
        private List<String> captions = List.of();
        private Map<String, Double> weights = Map.of();
        private Flow flow = Flow.NONE;
        private Collection<String> active = List.of();
        private Map<String, String> litCaptions = Map.of();

        private Builder(DiagramStep step, String title) {
            this.step = step;
            this.title = title;
        }

        /** The diagram's text for screen readers. */
        Builder description(String text) {
            description = text;
            return this;
        }

        /** The arrow caption over the network ({@code forward pass →}). */
        Builder direction(String text) {
            direction = text;
            return this;
        }

        /** The value line inside each neuron. */
        Builder neuronValues(Map<String, String> values) {
            neuronValues = values;
            return this;
        }

        /** Each weight's label, its lines top to bottom. */
        Builder edgeLabels(Map<String, List<String>> labels) {
            edgeLabels = labels;
            return this;
        }

        /** Each bias's label. */
        Builder biasLabels(Map<String, String> labels) {
            biasLabels = labels;
            return this;
        }

        /** The lines beside each output. */
        Builder sideLabels(Map<String, List<String>> labels) {
            sideLabels = labels;
            return this;
        }

        /** The captions under the network, in order. */
        Builder captions(List<String> lines) {
            captions = lines;
            return this;
        }

        /** Each weight's value, for its line's thickness and style. */
        Builder weights(Map<String, Double> values) {
            weights = values;
            return this;
        }

        /** Which way the arrows point. */
        Builder flow(Flow f) {
            flow = f;
            return this;
        }

        /** The neurons and weights the step emphasises (the rest are muted). */
        Builder active(Collection<String> names) {
            active = names;
            return this;
        }

        /** The caption that stands in for the last one while a fragment lights a weight, by weight. */
        Builder litCaptions(Map<String, String> lines) {
            litCaptions = lines;
            return this;
        }

        StepContent build() {
            return new StepContent(
                    step,
                    title,
                    description,
                    direction,
                    neuronValues,
                    edgeLabels,
                    biasLabels,
                    sideLabels,
                    captions,
                    weights,
                    flow,
                    active,
                    litCaptions);
        }
    }
}
