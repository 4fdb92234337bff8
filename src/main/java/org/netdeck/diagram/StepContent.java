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
        Collection<String> active) {

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
    }

    /** True when the neuron or weight called {@code name} is on this step's active path. */
    boolean isActive(String name) {
        return active.contains(name);
    }
}
