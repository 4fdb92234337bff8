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

    /** A step whose captions do not change with a fragment. */
    StepContent(
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
            Collection<String> active) {
        this(
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
                Map.of());
    }

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
}
