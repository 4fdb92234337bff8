package org.netdeck.browser;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.naming.OperationNotSupportedException;

/**
 * axe-core, the copy {@code com.deque.html.axe-core:selenium} ships, run on the document shown: injected once a
 * document (the library's {@code AxeBuilder} injected its 550 KB twice an analysis, and ran each analysis's last step in a
 * window of its own, opened and closed again, for iframes from other origins, which no page of ours has), so a test may
 * go from slide to slide in one loaded page and analyse each. The rules are axe-core's own, chosen by tag; the whole
 * document is analysed each time.
 */
final class Axe {

    /** WCAG 2.2 A and AA, as axe-core tags them. */
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = source();

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final String RUN = String.join(
            "\n",
            "const done = arguments[arguments.length - 1];",
            "axe.run(document, arguments[0]).then(r => done(JSON.stringify(r)), e => done('error: ' + e));");

    private Axe() {}

    /**
     * The violations of WCAG 2.2 A and AA in the document shown, one line each ({@code where}: rule (impact) help at
     * target: summary); empty when there are none. Fails when axe-core fails or checks nothing.
     */
    static List<String> violations(BrowserSession browser, String where) {
        Results results = run(browser);
        if (results.getPasses().isEmpty()) {
            throw new AssertionError(where + ": axe-core checked nothing");
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + node.getTarget() + ": " + node.getFailureSummary().replace('\n', ' '));
            }
        }
        return found;
    }

    /** axe-core's results for the document shown, injecting it first if this document has not got it yet. */
    static Results run(BrowserSession browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
            browser.script(SOURCE);
        }
        Object out = browser.asyncScript(RUN, Map.of("runOnly", Map.of("type", "tag", "values", WCAG)));
        String text = String.valueOf(out);
        if (text.startsWith("error: ")) {
            throw new AssertionError("axe-core failed: " + text.substring("error: ".length()));
        }
        try {
            return JSON.readValue(text, Results.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("axe-core's results are not what its Java API reads: " + e.getMessage(), e);
        }
    }

    private static String source() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is not in its jar", e);
        }
    }
}
