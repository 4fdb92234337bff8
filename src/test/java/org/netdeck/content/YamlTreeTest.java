package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckTexts.FILE;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.edit;
import static org.netdeck.testing.DeckTexts.only;

import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

class YamlTreeTest {

    @Test
    void composesANodeTreeWithMarks() {
        Optional<Node> root = YamlTree.compose(FILE, "a: 1\nb: [2]\n", 10);
        MappingNode m = assertInstanceOf(MappingNode.class, root.orElseThrow());
        Node b = m.getValue().get(1).getValueNode();
        assertEquals(
                new org.netdeck.problem.SourcePosition(FILE, 11, 4),
                YamlTree.at(FILE, 10, b.getStartMark().orElseThrow()));
    }

    @Test
    void emptyTextHasNoDocument() {
        assertTrue(YamlTree.compose(FILE, "# only a comment\n", 2).isEmpty());
    }

    @Test
    void syntaxErrorIsReportedWhereItHappens() {
        // line 12 of the deck: "  weights:" indented one space too far under "layers"
        Problem p = only(edit("  weights:", "   weights:"));
        assertTrue(p.message().startsWith("the front matter is not valid YAML: "), p::toString);
        assertTrue(p.message().contains("check the indentation"), p::toString);
        assertEquals(10, p.where().line(), p::toString);
    }

    @Test
    void mappingValueInTheWrongPlaceIsReportedAtTheColon() {
        Problem p = only("---\ntitle: T\nnetwork:\n  layers: x\n   weights: y\n---\n");
        assertProblem(p, 5, 11, "not valid YAML: mapping values are not allowed here");
    }

    @Test
    void unclosedBracketIsReportedWhereTheWrongCloserIs() {
        Problem p = only(edit("inputs:  {x1: 0.5, x2: 0.8}", "inputs:  [x1: 0.5, x2: 0.8}"));
        assertProblem(p, 21, 29, "expected ',' or ']'", "while parsing a flow sequence");
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpens() {
        Problem p = only("---\ntitle: \"Backprop\nnetwork: {}\n---\n");
        assertProblem(p, 2, 8, "unexpected end of stream", "while scanning a quoted scalar");
    }

    @Test
    void tabIndentationIsReported() {
        Problem p = only("---\ntitle: T\n\tnetwork: {}\n---\n");
        assertProblem(p, 3, 1, "(TAB)");
    }

    @Test
    void undefinedAliasIsReported() {
        Problem p = only("---\ntitle: *name\n---\n");
        assertProblem(p, 2, 8, "undefined alias name");
    }

    @Test
    void hugeFrontMatterIsRefusedCleanly() {
        String yaml = "title: T\nsummary: " + "x".repeat(2 * 1024 * 1024) + "\n";
        BuildFailure f = assertThrows(BuildFailure.class, () -> YamlTree.compose(FILE, yaml, 2));
        Problem p = f.problems().get(0);
        assertProblem(
                p, 2, 1, "the front matter is 2097171 characters long", "limit of 1048576 (1 MB)", "closing '---'");
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String yaml = "title: " + "[".repeat(10_000) + "\n";
        BuildFailure f = assertThrows(BuildFailure.class, () -> YamlTree.compose(FILE, yaml, 2));
        Problem p = f.problems().get(0);
        // the root mapping is level 1, so the 32nd '[' (column 8 + 31) opens level 33
        assertProblem(p, 2, 39, "nests more than 32 levels", "unclosed '[' or '{'");
    }

    @Test
    void deepNestingOfMappingsIsRefusedToo() {
        String yaml = "a: " + "{a: ".repeat(1000) + "1" + "}".repeat(1000) + "\n";
        BuildFailure f = assertThrows(BuildFailure.class, () -> YamlTree.compose(FILE, yaml, 2));
        assertTrue(f.problems().get(0).message().contains("nests more than 32 levels"), f::getMessage);
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            String prev = "*a" + (i - 1);
            yaml.append("a")
                    .append(i)
                    .append(": &a")
                    .append(i)
                    .append(" [")
                    .append(String.join(", ", Collections.nCopies(9, prev)))
                    .append("]\n");
        }
        BuildFailure f = assertThrows(BuildFailure.class, () -> YamlTree.compose(FILE, yaml.toString(), 2));
        assertProblem(f.problems().get(0), 2, 1, "not valid YAML", "aliases");
    }

    @Test
    void secondDocumentIsReported() {
        BuildFailure f = assertThrows(BuildFailure.class, () -> YamlTree.compose(FILE, "a: 1\n---\nb: 2\n", 2));
        assertProblem(f.problems().get(0), 3, 1, "expected a single document");
    }
}
