package org.netdeck.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.math.TextRun.Script;

class TextRunsTest {

    private static List<TextRun> runs(String tex) {
        return TextRuns.of(Tex.parse(tex));
    }

    @Test
    void anAccentBecomesOnePrecomposedCharacter() {
        assertEquals(List.of(new TextRun("ŷ", true, List.of())), runs("\\hat{y}"));
        assertEquals(List.of(new TextRun("x̄", true, List.of())), runs("\\bar x"));
    }

    @Test
    void subscriptsAreLoweredRunsAndNest() {
        assertEquals(
                List.of(new TextRun("x", true, List.of()), new TextRun("1", false, List.of(Script.SUB))), runs("x_1"));
        assertEquals(
                List.of(
                        new TextRun("z", true, List.of()),
                        new TextRun("h", true, List.of(Script.SUB)),
                        new TextRun("1", false, List.of(Script.SUB, Script.SUB))),
                runs("z_{h_1}"));
        assertEquals(
                List.of(new TextRun("z", true, List.of()), new TextRun("ŷ", true, List.of(Script.SUB))),
                runs("z_{\\hat y}"));
        assertEquals(
                List.of(
                        new TextRun("σ", true, List.of()),
                        new TextRun("′", false, List.of(Script.SUPER)),
                        new TextRun("(", false, List.of()),
                        new TextRun("z", true, List.of()),
                        new TextRun(")", false, List.of())),
                runs("\\sigma'(z)"));
    }

    @Test
    void wordsAndFunctionNamesAreUprightAndMerged() {
        assertEquals(List.of(new TextRun("ReLU", false, List.of())), runs("\\mathrm{ReLU}"));
        assertEquals(List.of(new TextRun("hidden layer", false, List.of())), runs("\\text{hidden layer}"));
        assertEquals(List.of(new TextRun("exp", false, List.of())), runs("\\exp"));
    }

    @Test
    void plainTextJoinsTheRuns() {
        assertEquals("ŷ", TextRuns.plain(runs("\\hat y")));
        assertEquals("wh1", TextRuns.plain(runs("w_{h_1}")));
        assertEquals("a/b", TextRuns.plain(runs("\\frac{a}{b}")));
        assertEquals("−0.5", TextRuns.plain(runs("-0.5")));
    }

    @Test
    void referencesAreFoundInReadingOrderWithTheirOffsets() {
        List<MathNode.Reference> refs = Tex.references(Tex.parse("\\frac{{{ a }}}{2} + {{ b | 0.00 }}"));
        assertEquals(List.of(new MathNode.Reference("{{ a }}", 6), new MathNode.Reference("{{ b | 0.00 }}", 20)), refs);
    }

    @Test
    void everyDocumentedCommandParses() {
        for (String name : Tex.commands()) {
            String tex = "\\" + name;
            try {
                Tex.parse(tex + "{a}{b}");
            } catch (TexException e) {
                // commands that need a particular argument say so; never "unknown"
                org.junit.jupiter.api.Assertions.assertFalse(
                        e.getMessage().startsWith("unknown command"), tex + ": " + e.getMessage());
            }
        }
    }
}
