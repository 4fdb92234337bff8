package org.netdeck.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.netdeck.compute.Checkpoint;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;

/**
 * The training checkpoints in the compact form a page looks up (for the training scrubber): one JSON object of
 * columns, one line, each number rounded as the page shows it (the {@link Precision} policy: parameters after training
 * {@link Precision#UPDATED}, activations {@link Precision#VALUE}, the loss {@link Precision#LOSS}), so a page that
 * writes a number with that many digits shows exactly what the build would, and the page stays small:
 *
 * <pre>{@code {"iteration":[0,1,…],"loss":[…],"params":{"w1":[…],…},"a":{"h1":[…],…}}}</pre>
 *
 * Index {@code i} of every column is checkpoint {@code i}; {@code a} holds the non-input neurons (an input's value
 * never changes); the weighted sums z, which no page shows, are left out. Names are identifiers, so the text is safe
 * inside {@code <script type="application/json">}. The full-precision values are in {@code trace.json}.
 */
public final class CheckpointJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

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
                number(g, c.loss(), Precision.LOSS);
            }
            g.writeEndArray();
            columns(g, "params", cps, trace.params().keySet().stream().toList(), Checkpoint::params, Precision.UPDATED);
            List<String> neurons = trace.network().neurons().stream()
                    .filter(n -> !inputs.contains(n))
                    .toList();
            columns(g, "a", cps, neurons, c -> c.forward().a(), Precision.VALUE);
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
            Function<Checkpoint, Map<String, Double>> values,
            Precision shown)
            throws IOException {
        g.writeObjectFieldStart(field);
        for (String name : names) {
            g.writeArrayFieldStart(name);
            for (Checkpoint c : cps) {
                number(g, values.apply(c).get(name), shown);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** {@code x} with the digits the policy shows ({@code 0.9074}, {@code 0.00154}); a non-finite number as null. */
    private static void number(JsonGenerator g, double x, Precision shown) throws IOException {
        if (!Double.isFinite(x)) {
            g.writeNull();
            return;
        }
        g.writeNumber(json(shown.format(x)));
    }

    /**
     * A number as the policy shows it ({@code −0.124}, {@code 1.23×10⁻³²}) in JSON, with the digits shown: as
     * {@code BigDecimal.toString} writes it, plainly ({@code -0.124}, {@code 0.500}) or in E notation ({@code 1.23E-32}).
     */
    static String json(String shown) {
        return Precision.shownValue(shown).toString();
    }
}
