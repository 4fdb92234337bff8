package org.netdeck.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Checkpoint;
import org.netdeck.compute.Example;
import org.netdeck.compute.FiniteDifference;
import org.netdeck.compute.Landscape;
import org.netdeck.compute.Layer;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.OptimizerStep;
import org.netdeck.compute.Pass;
import org.netdeck.compute.Run;
import org.netdeck.compute.RunBehaviour;
import org.netdeck.compute.Setting;
import org.netdeck.compute.StepsTo;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Training;
import org.netdeck.compute.Weight;

/**
 * {@code site/<deck>/trace.json}: the network as the author wrote it with defaults filled, then every
 * computed value, full-precision, in a fixed order (same trace, same bytes).
 */
public final class TraceJson {

    /**
     * Doubles written by Jackson's Schubfach writer: the shortest decimal that reads back as the double, the digits
     * {@code Double.toString} writes from Java 19 on (Java 17's own conversion is several times slower, and now and
     * then one digit longer).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private TraceJson() {}

    /** The trace as pretty-printed UTF-8 JSON ending in a newline. */
    public static byte[] write(Trace trace) {
        return write(trace, Map.of());
    }

    /**
     * The trace and each landscape diagram's plane, grid and paths ({@code landscapes}, by diagram name in the order
     * given) as pretty-printed UTF-8 JSON ending in a newline.
     */
    public static byte[] write(Trace trace, Map<String, Landscape> landscapes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(
                    new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeFieldName("network");
            network(g, trace.network());
            g.writeFieldName("forward");
            pass(g, trace.forward(), false);
            g.writeNumberField("loss", trace.loss());
            numbers(g, "gradients", trace.gradients());
            numbers(g, "deltas", trace.deltas());
            g.writeObjectFieldStart("backward");
            numbers(g, "dL_da", trace.backward().dLda());
            numbers(g, "da_dz", trace.backward().dadz());
            if (!trace.backward().jacobian().isEmpty()) {
                softmax(g, trace);
            }
            numbers(g, "via", FiniteDifference.shares(trace));
            g.writeEndObject();
            g.writeObjectFieldStart("nudge");
            g.writeNumberField("size", FiniteDifference.NUDGE);
            numbers(g, "loss_change", trace.nudges());
            numbers(g, "predicted", FiniteDifference.predicted(trace));
            g.writeEndObject();
            g.writeObjectFieldStart("updated");
            numbers(g, "params", trace.updated().params());
            g.writeFieldName("forward");
            pass(g, trace.updated().forward(), false);
            g.writeNumberField("loss", trace.updated().loss());
            g.writeEndObject();
            g.writeObjectFieldStart("training");
            g.writeArrayFieldStart("loss");
            for (double l : trace.training().loss()) {
                g.writeNumber(l);
            }
            g.writeEndArray();
            numbers(g, "params", trace.training().params());
            g.writeFieldName("forward");
            pass(g, trace.training().forward(), true);
            checkpoints(g, trace.training().checkpoints());
            steps(g, trace.network(), trace.training());
            tail(g, trace.training());
            g.writeEndObject();
            runs(g, trace);
            if (!landscapes.isEmpty()) {
                landscapes(g, landscapes);
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory cannot fail
        }
        return out.toByteArray();
    }

    /**
     * {@code landscapes}: per landscape diagram, its plane (a grid point (a, b) is the network with parameters {@code
     * origin + a·d1 + b·d2}, each an object over every parameter), the grid's coordinates and losses ({@code
     * loss[j][i]} at {@code a[i]}, {@code b[j]}), and each drawn path's plane coordinates, true loss and how far it
     * leaves the plane (its points' largest distance from it over the path's reach).
     */
    private static void landscapes(JsonGenerator g, Map<String, Landscape> landscapes) throws IOException {
        g.writeArrayFieldStart("landscapes");
        for (Map.Entry<String, Landscape> e : landscapes.entrySet()) {
            Landscape l = e.getValue();
            Landscape.Plane p = l.plane();
            g.writeStartObject();
            g.writeStringField("diagram", e.getKey());
            g.writeStringField("plane", p.slice() ? "slice" : "principal");
            if (!p.slice()) {
                g.writeStringField("centre", l.spec().origin().id());
            }
            vector(g, "origin", p.params(), p.origin());
            vector(g, "d1", p.params(), p.d1());
            vector(g, "d2", p.params(), p.d2());
            g.writeObjectFieldStart("grid");
            g.writeArrayFieldStart("a");
            for (int i = 0; i < l.grid(); i++) {
                g.writeNumber(l.xAt(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("b");
            for (int j = 0; j < l.grid(); j++) {
                g.writeNumber(l.yAt(j));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("loss");
            for (int j = 0; j < l.grid(); j++) {
                g.writeStartArray();
                for (int i = 0; i < l.grid(); i++) {
                    g.writeNumber(l.loss(i, j));
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeNumberField("leave", l.leave());
            g.writeArrayFieldStart("paths");
            for (Landscape.Path path : l.paths()) {
                g.writeStartObject();
                g.writeStringField("run", path.run().isEmpty() ? Run.DECK : path.run());
                g.writeNumberField("leave", path.leave());
                doubles(g, "a", path.x());
                doubles(g, "b", path.y());
                doubles(g, "loss", path.loss());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** An object of one number per parameter. */
    private static void vector(JsonGenerator g, String field, List<String> params, List<Double> values)
            throws IOException {
        g.writeObjectFieldStart(field);
        for (int k = 0; k < params.size(); k++) {
            g.writeNumberField(params.get(k), values.get(k));
        }
        g.writeEndObject();
    }

    /** An array of numbers. */
    private static void doubles(JsonGenerator g, String field, List<Double> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (double v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    /**
     * {@code tail}: the loss over the run's last tenth (steps {@code from} to {@code to}, {@code steps} of them): its
     * least, greatest and mean, and how the run ends ({@code behaviour}: settled, oscillating or diverging).
     */
    private static void tail(JsonGenerator g, Training training) throws IOException {
        RunBehaviour.Tail t = RunBehaviour.Tail.of(training.loss());
        g.writeObjectFieldStart("tail");
        g.writeNumberField("from", t.from());
        g.writeNumberField("to", t.to());
        g.writeNumberField("steps", t.to() - t.from());
        g.writeNumberField("min", t.min());
        g.writeNumberField("max", t.max());
        g.writeNumberField("mean", t.mean());
        g.writeStringField("behaviour", RunBehaviour.of(training.loss()).id());
        g.writeEndObject();
    }

    /** {@code checkpoints}: the state at each checkpoint iteration of the run. */
    private static void checkpoints(JsonGenerator g, List<Checkpoint> checkpoints) throws IOException {
        g.writeArrayFieldStart("checkpoints");
        for (Checkpoint c : checkpoints) {
            g.writeStartObject();
            g.writeNumberField("iteration", c.iteration());
            g.writeNumberField("loss", c.loss());
            numbers(g, "params", c.params());
            g.writeFieldName("forward");
            pass(g, c.forward(), false);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The value of {@code setting} in {@code network}: a number, or the optimiser's name. */
    private static void setting(JsonGenerator g, Setting setting, NetworkSpec network) throws IOException {
        switch (setting) {
            case LEARNING_RATE -> g.writeNumber(network.learningRate());
            case ITERATIONS -> g.writeNumber(network.iterations());
            case OPTIMIZER -> g.writeString(network.optimizer().id());
        }
    }

    /** {@code runs}: each compare run's setting and training; {@code steps_to}: every goal the text asked for. */
    private static void runs(JsonGenerator g, Trace trace) throws IOException {
        g.writeArrayFieldStart("runs");
        for (Run run : trace.runs()) {
            g.writeStartObject();
            g.writeStringField("name", run.name());
            List<Setting> settings = run.spec().settings();
            if (settings.size() == 1) { // the one setting a compare run of the {setting: [values]} form varies
                g.writeStringField("setting", settings.get(0).id());
                g.writeFieldName("value");
                setting(g, settings.get(0), run.spec().network());
            }
            g.writeObjectFieldStart("settings");
            for (Setting s : settings) {
                g.writeFieldName(s.id());
                setting(g, s, run.spec().network());
            }
            g.writeEndObject();
            g.writeNumberField("learning_rate", run.spec().network().learningRate());
            optimizer(g, run.spec().network());
            g.writeNumberField("iterations", run.spec().network().iterations());
            g.writeObjectFieldStart("training");
            g.writeArrayFieldStart("loss");
            for (double l : run.training().loss()) {
                g.writeNumber(l);
            }
            g.writeEndArray();
            numbers(g, "params", run.training().params());
            g.writeFieldName("forward");
            pass(g, run.training().forward(), true);
            steps(g, run.spec().network(), run.training());
            tail(g, run.training());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("steps_to");
        for (StepsTo s : trace.stepsTo()) {
            g.writeStartObject();
            if (s.goal().run().isEmpty()) {
                g.writeNullField("run");
            } else {
                g.writeStringField("run", s.goal().run());
            }
            g.writeStringField("quantity", s.goal().quantity());
            g.writeNumberField("value", s.goal().value());
            if (s.steps().isPresent()) {
                g.writeNumberField("steps", s.steps().getAsInt());
            } else {
                g.writeNullField("steps");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void network(JsonGenerator g, NetworkSpec n) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("layers");
        List<Layer> layers = n.layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            g.writeStartObject();
            g.writeStringField("name", layer.name());
            g.writeStringField("label", layer.label());
            g.writeArrayFieldStart("neurons");
            for (String neuron : layer.neurons()) {
                g.writeString(neuron);
            }
            g.writeEndArray();
            if (i > 0) { // the input layer takes no activation
                g.writeStringField("activation", layer.activationId());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("weights");
        for (Weight w : n.weights()) {
            g.writeObjectFieldStart(w.name());
            g.writeStringField("from", w.from());
            g.writeStringField("to", w.to());
            g.writeNumberField("value", w.value());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("biases");
        for (Bias b : n.biases()) {
            g.writeObjectFieldStart(b.name());
            g.writeStringField("neuron", b.neuron());
            g.writeNumberField("value", b.value());
            g.writeBooleanField("trainable", b.trainable());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("labels"); // display labels in TeX: neurons, weights, biases
        for (Map.Entry<String, String> e : n.labels().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringField("loss", n.loss().id());
        g.writeNumberField("learning_rate", n.learningRate());
        optimizer(g, n);
        numbers(g, "inputs", n.inputs());
        numbers(g, "targets", n.targets());
        if (n.isDataSet()) {
            g.writeArrayFieldStart("data");
            for (Example e : n.data()) {
                g.writeStartObject();
                numbers(g, "inputs", e.inputs());
                numbers(g, "targets", e.targets());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("batch_size", n.batchSize());
        }
        g.writeNumberField("iterations", n.iterations());
        g.writeEndObject();
    }

    /**
     * Whether {@code n} trains beyond one example by plain gradient descent (a data set, another optimiser): only
     * then does trace.json hold {@code optimizer} and the recorded {@code steps}, so that a single-example deck's
     * trace.json stays as it always was.
     */
    private static boolean detailed(NetworkSpec n) {
        return n.isDataSet() || !n.optimizer().equals(Optimizer.SGD);
    }

    /** {@code optimizer}: its name and the hyper-parameters it reads ({@code centered} as true or false). */
    private static void optimizer(JsonGenerator g, NetworkSpec n) throws IOException {
        if (!detailed(n)) {
            return;
        }
        g.writeObjectFieldStart("optimizer");
        g.writeStringField("name", n.optimizer().id());
        for (Map.Entry<String, Double> e : n.optimizer().hyperParameters().entrySet()) {
            if (e.getKey().equals(Optimizer.CENTERED)) {
                g.writeBooleanField(e.getKey(), n.optimizer().centered());
            } else {
                g.writeNumberField(e.getKey(), e.getValue());
            }
        }
        g.writeEndObject();
    }

    /** {@code steps}: the first optimiser steps in detail (batch, its loss and gradient, the optimiser's state, the parameters after). */
    private static void steps(JsonGenerator g, NetworkSpec n, Training training) throws IOException {
        if (!detailed(n)) {
            return;
        }
        g.writeArrayFieldStart("steps");
        for (OptimizerStep s : training.steps()) {
            g.writeStartObject();
            g.writeNumberField("step", s.step());
            g.writeArrayFieldStart("examples");
            g.writeNumber(s.first());
            g.writeNumber(s.last());
            g.writeEndArray();
            g.writeNumberField("batch_loss", s.batchLoss());
            numbers(g, "gradient", s.gradient());
            g.writeObjectFieldStart("state");
            for (Map.Entry<String, Map<String, Double>> e : s.state().entrySet()) {
                numbers(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            numbers(g, "params", s.params());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void pass(JsonGenerator g, Pass p, boolean withLoss) throws IOException {
        g.writeStartObject();
        numbers(g, "z", p.z());
        numbers(g, "a", p.a());
        if (withLoss) {
            g.writeNumberField("loss", p.loss());
        }
        g.writeEndObject();
    }

    /**
     * {@code backward.softmax} (a softmax output layer only), for the first example: {@code jacobian}, row by output
     * i and column by output j, ∂a_i/∂z_j = a_i(δ_ij − a_j); and {@code yhat_minus_y}, ŷ − y per output, the closed
     * form that the output deltas (reached through the Jacobian) equal.
     */
    private static void softmax(JsonGenerator g, Trace trace) throws IOException {
        g.writeObjectFieldStart("softmax");
        g.writeObjectFieldStart("jacobian");
        for (Map.Entry<String, Map<String, Double>> row :
                trace.backward().jacobian().entrySet()) {
            numbers(g, row.getKey(), row.getValue());
        }
        g.writeEndObject();
        Map<String, Double> difference = new LinkedHashMap<>();
        trace.network()
                .targets()
                .forEach((o, t) -> difference.put(o, trace.forward().a().get(o) - t));
        numbers(g, "yhat_minus_y", difference);
        g.writeEndObject();
    }

    private static void numbers(JsonGenerator g, String field, Map<String, Double> values) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
