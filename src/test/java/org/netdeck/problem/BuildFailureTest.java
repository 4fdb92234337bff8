package org.netdeck.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildFailureTest {

    @Test
    void inFileOrderListsTheProblemsByLineThenColumn() {
        Path f = Path.of("deck.md");
        Problem late = new Problem(new SourcePosition(f, 4, 1), "late");
        Problem early = new Problem(new SourcePosition(f, 2, 9), "early");
        Problem first = new Problem(new SourcePosition(f, 2, 3), "first");
        assertEquals(
                List.of(first, early, late),
                BuildFailure.inFileOrder(List.of(late, early, first)).problems());
    }
}
