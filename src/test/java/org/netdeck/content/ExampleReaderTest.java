package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.edit;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.parse;
import static org.netdeck.testing.DeckTexts.problems;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Example;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckTexts;

/** network.data (from line 21; rows on lines 22 to 24) and network.batch_size. */
class ExampleReaderTest {

    private static final String PAIR = "  inputs:  {x1: 0.5, x2: 0.8}\n  targets: {yhat: 1.0}\n";
    private static final String ROW1 = "    - {inputs: {x1: 0, x2: 1}, targets: {yhat: 1}}\n";
    private static final String ROW2 = "    - {inputs: {x1: 1, x2: 1}, targets: {yhat: 0}}\n";
    private static final String ROW3 = "    - {inputs: {x1: 1, x2: 0}, targets: {yhat: 1}}\n";

    private static String withData(String rows, String more) {
        return edit(PAIR, "  data:\n" + rows + more);
    }

    @Test
    void readsTheDataSetInOrderWithTheWholeSetAsOneBatch() {
        NetworkSpec n = parse(withData(ROW1 + ROW2 + ROW3, "")).network();
        assertEquals(
                List.of(
                        new Example(Map.of("x1", 0.0, "x2", 1.0), Map.of("yhat", 1.0)),
                        new Example(Map.of("x1", 1.0, "x2", 1.0), Map.of("yhat", 0.0)),
                        new Example(Map.of("x1", 1.0, "x2", 0.0), Map.of("yhat", 1.0))),
                n.data());
        assertEquals(3, n.batchSize());
        assertEquals(1, n.batches());
        assertTrue(n.isDataSet());
        assertEquals(Map.of("x1", 0.0, "x2", 1.0), n.inputs(), "inputs() is the first example's");
    }

    @Test
    void readsBatchSize() {
        NetworkSpec n = parse(withData(ROW1 + ROW2 + ROW3, "  batch_size: 2\n")).network();
        assertEquals(2, n.batchSize());
        assertEquals(2, n.batches());
    }

    @Test
    void theSinglePairIsOneExample() {
        NetworkSpec n = parse(DeckTexts.FULL).network();
        assertEquals(1, n.data().size());
        assertEquals(1, n.batchSize());
        assertFalse(n.isDataSet());
    }

    @Test
    void dataAndInputsBothGiven() {
        List<Problem> all = problems(edit("  iterations: 500\n", "  data:\n" + ROW1 + "  iterations: 500\n"));
        assertEquals(2, all.size(), all::toString);
        assertProblem(all.get(0), 21, 3, "network has both 'data' and 'inputs'", "remove 'inputs' or 'data'");
        assertProblem(all.get(1), 22, 3, "network has both 'data' and 'targets'");
    }

    @Test
    void neitherDataNorInputs() {
        List<Problem> all = problems(edit(PAIR, ""));
        assertEquals(2, all.size(), all::toString);
        assertProblem(all.get(0), 5, 1, "network has no 'inputs', which is required");
    }

    @Test
    void aRowMissingANeuron() {
        Problem p = only(withData(ROW1 + "    - {inputs: {x1: 1}, targets: {yhat: 0}}\n", ""));
        assertProblem(p, 23, 8, "network.data.1.inputs has no value for input neuron 'x2'", "add 'x2: 0.5'");
    }

    @Test
    void aRowWithAnExtraOrUnknownNeuron() {
        Problem p = only(withData(ROW1 + "    - {inputs: {x1: 1, x2: 1, x3: 0}, targets: {yhat: 0}}\n", ""));
        assertProblem(p, 23, 31, "'x3' is not an input neuron", "network.data.1.inputs gives a value to each");
        Problem t = only(withData(ROW1 + "    - {inputs: {x1: 1, x2: 1}, targets: {yhat: 0, y: 1}}\n", ""));
        assertProblem(t, 23, 51, "'y' is not an output neuron");
    }

    @Test
    void aRowWithoutTargets() {
        Problem p = only(withData(ROW1 + "    - {inputs: {x1: 1, x2: 1}}\n", ""));
        assertProblem(p, 23, 7, "network.data.1 has no 'targets', which is required");
    }

    @Test
    void aRowWithAnUnknownKey() {
        // the missing 'targets' (at the row), then the unknown key
        List<Problem> all = problems(withData(ROW1 + "    - {inputs: {x1: 1, x2: 1}, target: {yhat: 0}}\n", ""));
        assertEquals(2, all.size(), all::toString);
        assertProblem(all.get(1), 23, 32, "unknown key 'target' in network.data.1", "did you mean 'targets'?");
    }

    @Test
    void emptyOrNotAList() {
        assertProblem(only(edit(PAIR, "  data: []\n")), 21, 9, "network.data is an empty list");
        assertProblem(only(edit(PAIR, "  data: {x1: 1}\n")), 21, 9, "network.data should be a list");
    }

    @Test
    void batchSizeLargerThanTheData() {
        Problem p = only(withData(ROW1 + ROW2, "  batch_size: 3\n"));
        assertProblem(p, 24, 15, "network.batch_size is 3, larger than the data, which has 2 examples", "at most 2");
        Problem single = only(edit("  iterations: 500\n", "  batch_size: 2\n  iterations: 500\n"));
        assertProblem(single, 23, 15, "larger than the data, which has 1 example", "give a data set with 'data:'");
    }

    @Test
    void batchSizeBelowOneOrNotWhole() {
        assertProblem(only(withData(ROW1 + ROW2, "  batch_size: 0\n")), 24, 15, "a batch holds at least one example");
        assertProblem(only(withData(ROW1 + ROW2, "  batch_size: 1.5\n")), 24, 15, "not a whole number");
    }

    @Test
    void crossEntropyTargetsOfEveryRowAreChecked() {
        String bce = withData(ROW1 + "    - {inputs: {x1: 1, x2: 1}, targets: {yhat: 2}}\n", "")
                .replace("loss: squared_error", "loss: binary_cross_entropy");
        assertProblem(only(bce), 23, 48, "target 'yhat' is 2", "binary_cross_entropy needs targets from 0 to 1");
    }

    @Test
    void tooManyExamples() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i <= Limits.MAX_EXAMPLES; i++) {
            rows.append(ROW1);
        }
        Problem p = only(withData(rows.toString(), ""));
        assertProblem(p, 22 + Limits.MAX_EXAMPLES, 7, "more than the limit of " + Limits.MAX_EXAMPLES);
    }

    @Test
    void examplesTimesStepsIsLimited() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            rows.append(ROW1);
        }
        String deck = withData(rows.toString(), "").replace("iterations: 500", "iterations: 60000");
        Problem p = only(deck);
        assertProblem(p, 30, 15, "with 8 examples a run may take at most " + NetworkSpec.MAX_EXAMPLE_STEPS / 8);
    }
}
