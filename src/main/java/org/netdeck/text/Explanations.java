package org.netdeck.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.compute.Explanation;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Provenance;
import org.netdeck.compute.Trace;
import org.netdeck.content.FrontMatter;
import org.netdeck.math.MathMl;
import org.netdeck.math.Tex;
import org.netdeck.math.TexException;
import org.netdeck.math.TextRun;
import org.netdeck.math.TextRuns;

/**
 * The explanations a deck's page opens: every value its slides show with a {@code data-ref} (a reference's number,
 * in prose or math), and every value those were computed from, down to the given ones, as one JSON object by name
 * for {@code <script type="application/json" id="deck-explain">}. Each entry: {@code l} what it is in words, {@code
 * m} its formula in symbols as MathML (absent when it has none), {@code f} its arithmetic with {@code {i}} for
 * operand i, {@code o} the operands' names, {@code v} the value in full precision, {@code d} the value as the
 * precision policy shows it, and for a given value {@code g}, where the front matter gives it.
 */
public final class Explanations {

    private static final Pattern REF = Pattern.compile("data-ref=\"([^\"]+)\"");

    private Explanations() {}

    /**
     * The JSON of the explanations {@code slides} (and their notes) and the diagrams they draw ({@code diagrams}, each
     * an SVG whose value labels carry {@code data-ref}) open, or null when they open none; {@code values} are {@code
     * trace}'s names, as the slides were rendered with.
     */
    public static String json(
            FrontMatter front, Trace trace, Namespace values, List<RenderedSlide> slides, List<String> diagrams) {
        return json(front, trace, values, slides, diagrams, Map.of());
    }

    /**
     * As {@link #json(FrontMatter, Trace, Namespace, List, List)}, with the values the diagrams compute and explain
     * themselves ({@code own}, by the name their {@code data-ref} carries: the landscape key's ends).
     */
    public static String json(
            FrontMatter front,
            Trace trace,
            Namespace values,
            List<RenderedSlide> slides,
            List<String> diagrams,
            Map<String, Explanation> own) {
        Set<String> shown = new LinkedHashSet<>();
        List<String> texts = new java.util.ArrayList<>();
        for (RenderedSlide s : slides) {
            texts.add(s.html());
            texts.add(s.notesHtml());
        }
        texts.addAll(diagrams);
        for (String html : texts) {
            Matcher m = REF.matcher(html);
            while (m.find()) {
                shown.add(m.group(1));
            }
        }
        if (shown.isEmpty()) {
            return null;
        }
        Provenance p = trace.provenance();
        Set<String> all = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>(shown);
        while (!open.isEmpty()) {
            String n = open.pop();
            if (all.add(n)) {
                p.get(n).ifPresent(e -> open.addAll(e.operands()));
            }
        }
        // the words name values as the deck typesets them: w3 is w₃, yhat ŷ (the network's labels, in Unicode)
        Map<String, String> typeset = new java.util.HashMap<>();
        trace.network().labels().forEach((n, tex) -> typeset.put(n, unicode(tex).orElse(n)));
        Pattern names = Pattern.compile(typeset.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|", "(?<![\\w.])(?:", ")(?![\\w])")));
        StringBuilder out = new StringBuilder("{");
        for (String name : all) {
            Optional<Explanation> found = p.get(name).or(() -> Optional.ofNullable(own.get(name)));
            if (found.isEmpty()) {
                continue;
            }
            Explanation e = found.get();
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, name);
            out.append(":{\"l\":");
            string(
                    out,
                    typeset.isEmpty()
                            ? e.label()
                            : names.matcher(e.label())
                                    .replaceAll(r -> Matcher.quoteReplacement(typeset.get(r.group()))));
            mathMl(e).ifPresent(m -> {
                out.append(",\"m\":");
                string(out, m);
            });
            out.append(",\"f\":");
            string(out, e.template());
            if (!e.operands().isEmpty()) {
                out.append(",\"o\":[");
                for (int i = 0; i < e.operands().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(out, e.operands().get(i));
                }
                out.append(']');
            }
            out.append(",\"v\":");
            string(out, Provenance.number(e.value()));
            out.append(",\"d\":");
            string(out, display(name, e.value(), values));
            if (e.given()) {
                out.append(",\"g\":");
                string(out, where(front, e.source()));
            }
            out.append('}');
        }
        return out.append('}').toString();
    }

    private static final String SUB_FROM = "0123456789+-=()aehijklmnoprstuvx";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private static final String SUPER_FROM = "0123456789+-=()in";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿ";

    /**
     * A display label (TeX) as plain Unicode text, its scripts as Unicode sub- and superscripts ({@code w_3} is w₃,
     * {@code \hat{y}} ŷ, {@code \delta_{h_1}} δₕ₁); empty when the TeX does not parse or a script has a character
     * Unicode has no script form of.
     */
    static Optional<String> unicode(String tex) {
        List<TextRun> runs;
        try {
            runs = TextRuns.of(Tex.parse(tex));
        } catch (TexException | IllegalStateException ex) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (TextRun r : runs) {
            if (r.scripts().isEmpty()) {
                b.append(r.text());
                continue;
            }
            boolean sub = r.scripts().get(r.scripts().size() - 1) == TextRun.Script.SUB;
            String from = sub ? SUB_FROM : SUPER_FROM;
            String to = sub ? SUB_TO : SUPER_TO;
            for (int i = 0; i < r.text().length(); i++) {
                int k = from.indexOf(r.text().charAt(i));
                if (k < 0) {
                    return Optional.empty();
                }
                b.appendCodePoint(to.codePointAt(to.offsetByCodePoints(0, k)));
            }
        }
        return Optional.of(b.toString());
    }

    /** Where the front matter gives a value: "line N", or that it is a default. */
    private static String where(FrontMatter front, String source) {
        for (String key = source;
                !key.isEmpty();
                key = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "") {
            if (front.positions().containsKey(key)) {
                return "given in the deck's front matter, line "
                        + front.positions().get(key).line();
            }
            if (key.equals("network")) {
                break;
            }
        }
        return "given: netdeck's default, not written in the front matter";
    }

    /** {@code symbol = formula} (or the symbol alone) as MathML; empty without a symbol or when the TeX fails. */
    private static Optional<String> mathMl(Explanation e) {
        if (e.symbol().isEmpty()) {
            return Optional.empty();
        }
        String tex = e.tex().isEmpty() ? e.symbol() : e.symbol() + " = " + e.tex();
        try {
            return Optional.of(MathMl.render(Tex.parse(tex), false));
        } catch (TexException | IllegalStateException ex) {
            return Optional.empty(); // a label the TeX subset cannot set: the words and the arithmetic still explain it
        }
    }

    /** A value as the page shows it: by the precision policy of its name, or of its family for the engine's own names. */
    static String display(String name, double value, Namespace values) {
        if (values.lookup(name).isPresent()) {
            return ValueReference.formatted(new ValueReference.Written(name, Optional.empty()), values);
        }
        String bare = name.startsWith("runs.") ? name.substring(name.indexOf('.', 5) + 1) : name;
        Precision p = bare.contains("grad.") || bare.startsWith("delta.") || bare.startsWith("change.")
                ? Precision.GRADIENT
                : bare.endsWith("loss") ? Precision.LOSS : Precision.VALUE;
        return p.format(value);
    }

    /** {@code s} as a JSON string, safe inside a script element ({@code <} escaped). */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
