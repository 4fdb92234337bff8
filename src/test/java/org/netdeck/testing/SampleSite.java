package org.netdeck.testing;

import java.util.List;
import org.netdeck.render.DeckSummary;
import org.netdeck.render.DeckView;
import org.netdeck.render.DiagramView;
import org.netdeck.render.SiteInfo;
import org.netdeck.render.SlideView;

/** A small site to render in tests: two decks, the first with four slides, two of them showing the same diagram step. */
public final class SampleSite {

    private SampleSite() {}

    public static final String SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 260" role="img" aria-labelledby="d1-title d1-desc">\
            <title id="d1-title">Forward pass</title><desc id="d1-desc">Inputs flow to the output.</desc>\
            <text class="layer-label" x="60" y="24" text-anchor="middle">Input</text>\
            <text class="layer-label" x="240" y="24" text-anchor="middle">Hidden</text>\
            <text class="layer-label" x="420" y="24" text-anchor="middle">Output</text>\
            <line class="edge positive active" x1="60" y1="80" x2="240" y2="80"/>\
            <line class="edge negative inactive" x1="60" y1="190" x2="240" y2="190" stroke-dasharray="6 5"/>\
            <line class="edge positive active" x1="240" y1="80" x2="420" y2="135"/>\
            <line class="edge positive active" x1="240" y1="190" x2="420" y2="135"/>\
            <circle class="neuron input" cx="60" cy="80" r="28"/><text class="label" x="60" y="85" text-anchor="middle">x1</text>\
            <circle class="neuron input" cx="60" cy="190" r="28"/><text class="label" x="60" y="195" text-anchor="middle">x2</text>\
            <circle class="neuron hidden active" cx="240" cy="80" r="28"/><text class="label" x="240" y="85" text-anchor="middle">h1</text>\
            <circle class="neuron hidden" cx="240" cy="190" r="28"/><text class="label" x="240" y="195" text-anchor="middle">h2</text>\
            <circle class="neuron output active" cx="420" cy="135" r="32"/><text class="label" x="420" y="140" text-anchor="middle">ŷ</text>\
            <text class="value" x="420" y="190" text-anchor="middle">0.7311</text>\
            <text class="value negative" x="150" y="180" text-anchor="middle">w2 = −0.5</text>\
            <text class="value positive" x="150" y="70" text-anchor="middle">w1 = 0.8</text>\
            <text class="caption" x="240" y="250" text-anchor="middle">Data flows forward: prediction ŷ = 0.7311</text>\
            </svg>""";

    public static final DiagramView FORWARD =
            DiagramView.of("forward", "Forward pass", "Inputs flow to the output.", SVG);

    public static final SiteInfo SITE =
            new SiteInfo("Neural nets, computed", "Explainers whose every number is real.", null);

    public static final DeckView BACKPROP = new DeckView(
            "backprop",
            "Backpropagation",
            "How neural networks learn by propagating errors backward through layers.",
            "Visual Explainer",
            120,
            List.of(
                    new SlideView(
                            1,
                            "slide-1",
                            "A Simple Neural Network",
                            "<p>Two inputs, two hidden neurons and <strong>one output</strong>.</p>"
                                    + "<ul><li>Neurons compute weighted sums</li><li>Weights are learnable</li></ul>",
                            null),
                    new SlideView(
                            2,
                            "slide-2",
                            "Forward Pass: Computing the Output",
                            "<p>The prediction is <code>ŷ = 0.7311</code>.</p>",
                            FORWARD,
                            "<p>Say <em>why</em> first.</p>"),
                    new SlideView(
                            3, "slide-3", "How Wrong Are We?", "<p>Squared error: <em>L</em> = 0.0723.</p>", null),
                    new SlideView(4, "slide-4", "Forward Again", "<p>The same step once more.</p>", FORWARD)),
            "backprop/diagrams/architecture.svg",
            null);

    public static final DeckView TRICKY = new DeckView(
            "tricky",
            "A <b> & C",
            "Summary with <i>tags</i> & \"quotes\"",
            "Series & more",
            45,
            List.of(new SlideView(1, "slide-1", "Title <script>x</script>", "<p>Body <em>kept</em></p>", null)),
            null,
            null);

    public static final List<DeckView> DECKS = List.of(BACKPROP, TRICKY);

    /** The index's view of {@link #DECKS}. */
    public static final List<DeckSummary> SUMMARIES =
            DECKS.stream().map(DeckSummary::of).toList();
}
