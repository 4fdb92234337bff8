package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckTexts.FILE;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.edit;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.parse;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Typed reads: numbers, booleans, node kinds and keys, each with its message and position. */
class NodeReaderTest {

    @Test
    void controlCharactersAndLoneSurrogatesAreFoundTabsLineBreaksAndPairsAreNot() {
        assertEquals(
                Optional.of("holds the control character U+0001 at character 3"), NodeReader.badCharacter("ab\u0001"));
        assertEquals(
                Optional.of("holds the control character U+009B at character 1"), NodeReader.badCharacter("\u009b"));
        assertTrue(NodeReader.badCharacter("x\ud800y")
                .orElseThrow()
                .contains("half of a surrogate pair (U+D800) at character 2"));
        assertTrue(NodeReader.badCharacter("\udc00").isPresent());
        assertEquals(Optional.empty(), NodeReader.badCharacter("tab\there\nand a pair \ud83d\ude00 é"));
    }

    @Test
    void numbersLongerThanTheLimitAreRefusedAndQuotedShortened() {
        // one run of 151 digits: refused before YAML reads it
        assertProblem(
                only(edit("value: 0.8", "value: 1" + "0".repeat(150) + ".5")),
                11,
                35,
                "a number with 151 digits (100000000000000000000000… (151 characters))",
                "limit of 100 characters");
        // 121 characters in shorter runs: refused when the value is read, never parsed
        assertProblem(
                only(edit("value: 0.8", "value: " + "1".repeat(60) + "." + "1".repeat(60))),
                11,
                35,
                "is a number 121 characters long (111111111111111111111111… (121 characters))",
                "limit of 100 characters");
    }

    @Test
    void nonNumericValueSaysNumbersAreWrittenBare() {
        Problem p = only(edit("value: 0.8}", "value: abc}"));
        assertProblem(
                p,
                11,
                35,
                "network.weights.w1.value is 'abc', which is not a number",
                "numbers are written bare, such as 0.8");
    }

    @Test
    void quotedNumberSaysToDropTheQuotes() {
        Problem p = only(edit("value: 0.8}", "value: \"0.8\"}"));
        assertProblem(
                p,
                11,
                35,
                "network.weights.w1.value is the quoted text \"0.8\"",
                "numbers are written bare, without quotes: 0.8");
        assertProblem(only(edit("value: 0.8}", "value: '-1'}")), 11, 35, "quoted text \"-1\"");
    }

    @Test
    void infinityAndNotANumberAreRefused() {
        for (String v : List.of(".inf", "-.inf", ".NaN", "1e999")) {
            Problem p = only(edit("value: 0.8}", "value: " + v + "}"));
            assertProblem(p, 11, 35, "network.weights.w1.value is " + v + ", which is not a finite number");
        }
    }

    @Test
    void emptyValueIsReported() {
        Problem p = only(edit("value: 0.8}", "value:}"));
        assertTrue(p.message().startsWith("network.weights.w1.value has no value; write a number"), p::toString);
        assertEquals(11, p.where().line());
    }

    @Test
    void readsEveryYamlNumberForm() {
        assertEquals(-0.5, weight(edit("value: 0.8}", "value: -.5}")));
        assertEquals(3.0, weight(edit("value: 0.8}", "value: +3}")));
        assertEquals(0.0025, weight(edit("value: 0.8}", "value: 2.5e-3}")));
        assertEquals(16.0, weight(edit("value: 0.8}", "value: 0x10}")));
        assertEquals(8.0, weight(edit("value: 0.8}", "value: 0o10}")));
    }

    private static double weight(String deck) {
        return parse(deck).network().weights().get(0).value();
    }

    @Test
    void numberMustBeAScalar() {
        Problem p = only(edit("value: 0.8}", "value: [0.8]}"));
        assertProblem(p, 11, 35, "network.weights.w1.value should be a number such as 0.8, but it is a list");
    }

    @Test
    void duplicateKeyIsReportedWithTheFirstLine() {
        Problem p = only(edit(
                "    w4: {from: h2, to: yhat, value: 0.7}\n",
                "    w4: {from: h2, to: yhat, value: 0.7}\n    w1: {from: x1, to: h2, value: 0.1}\n"));
        assertProblem(
                p, 15, 5, "duplicate key 'w1' in network.weights: it is already used at line 11", "remove one of them");
    }

    @Test
    void duplicateTopLevelKeyIsReported() {
        Problem p = only(edit("series: Visual Explainer", "title: Again"));
        assertProblem(p, 4, 1, "duplicate key 'title' in the front matter: it is already used at line 2");
    }

    @Test
    void listWhereAMappingIsExpected() {
        Problem p = only(edit("inputs:  {x1: 0.5, x2: 0.8}", "inputs:  [0.5, 0.8]"));
        assertProblem(p, 21, 12, "network.inputs should be a mapping", "{key: value, ...}", "it is a list");
    }

    @Test
    void mappingWhereAListIsExpected() {
        Problem p = only(edit("neurons: [x1, x2]", "neurons: {x1: 1}"));
        assertProblem(p, 7, 31, "network.layers.0.neurons should be a list, like [h1, h2], but it is a mapping");
    }

    @Test
    void textWhereAListIsExpected() {
        Problem p = only(edit("neurons: [x1, x2]", "neurons: x1"));
        assertProblem(p, 7, 31, "network.layers.0.neurons should be a list", "but it is 'x1'");
    }

    @Test
    void keyThatIsNotANameIsReported() {
        Problem p = only(edit("  iterations: 500", "  [a, b]: 500"));
        assertProblem(p, 23, 3, "a key in network is not a plain name");
    }

    @Test
    void readerCollectsProblemsAndThrowsThemInFileOrder() {
        NodeReader r = new NodeReader(FILE, 5);
        MappingNode m =
                (MappingNode) YamlTree.compose(FILE, "a: x\nb: 1\nc: y\n", 5).orElseThrow();
        Node a = m.getValue().get(0).getValueNode();
        Node b = m.getValue().get(1).getValueNode();
        Node c = m.getValue().get(2).getValueNode();
        assertTrue(r.number(c, "c").isEmpty());
        assertEquals(OptionalDouble.of(1.0), r.number(b, "b"));
        assertTrue(r.number(a, "a").isEmpty());
        BuildFailure f = assertThrows(BuildFailure.class, r::failIfAny);
        assertEquals(
                List.of(5, 7), f.problems().stream().map(p -> p.where().line()).toList());
    }

    @Test
    void readerWithoutProblemsDoesNotThrow() {
        NodeReader r = new NodeReader(FILE, 2);
        MappingNode m = (MappingNode) YamlTree.compose(FILE, "flag: false\n", 2).orElseThrow();
        assertEquals(Optional.of(false), r.bool(m.getValue().get(0).getValueNode(), "flag"));
        r.failIfAny();
        assertTrue(!r.hasProblems());
    }
}
