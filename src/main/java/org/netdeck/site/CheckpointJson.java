package org.netdeck.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.netdeck.compute.Checkpoint;
import org.netdeck.compute.Trace;

/**
 * The training checkpoints in the compact form a page looks up (for the training scrubber): one JSON object of
 * columns, each number rounded to {@value #DIGITS} significant digits (more than any display shows), one line:
 *
 * <pre>{@code {"iteration":[0,1,…],"loss":[…],"params":{"w1":[…],…},"a":{"h1":[…],…},"z":{"h1":[…],…}}}</pre>
 *
 * Index {@code i} of every column is checkpoint {@code i}; {@code a} and {@code z} hold the non-input neurons (an
 * input's value never changes). Names are identifiers, so the text is safe inside
 * {@code <script type="application/json">}. The full-precision values are in {@code trace.json}.
 */
public final class CheckpointJson {

    /** Significant digits kept per number. */
    public static final int DIGITS = 6;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final MathContext ROUND = new MathContext(DIGITS);

    private CheckpointJson() {}

    /** The checkpoints of {@code trace}'s training run. */
    public static String write(Trace trace) {
        List<Checkpoint> cps = trace.training().checkpoints();
        List<String> inputs = trace.network().inputLayer().neurons();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("iteration");
            for (Checkpoint c : cps) {
                g.writeNumber(c.iteration());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("loss");
            for (Checkpoint c : cps) {
                number(g, c.loss());
            }
            g.writeEndArray();
            columns(g, "params", cps, trace.params().keySet().stream().toList(), Checkpoint::params);
            List<String> neurons = trace.network().neurons().stream()
                    .filter(n -> !inputs.contains(n))
                    .toList();
            columns(g, "a", cps, neurons, c -> c.forward().a());
            columns(g, "z", cps, neurons, c -> c.forward().z());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory cannot fail
        }
        return out.toString();
    }

    private static void columns(
            JsonGenerator g,
            String field,
            List<Checkpoint> cps,
            List<String> names,
            Function<Checkpoint, Map<String, Double>> values)
            throws IOException {
        g.writeObjectFieldStart(field);
        for (String name : names) {
            g.writeArrayFieldStart(name);
            for (Checkpoint c : cps) {
                number(g, values.apply(c).get(name));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, double x) throws IOException {
        BigDecimal d = new BigDecimal(x).round(ROUND).stripTrailingZeros();
        g.writeNumber(d.scale() < 0 ? d.setScale(0) : d);
    }
}
