package org.netdeck.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsPathLineColumnAndMessage() {
        assertEquals(
                "content/a/deck.md:3:7: error: not a number",
                new Problem(new SourcePosition(Path.of("content/a/deck.md"), 3, 7), "not a number").toString());
    }

    @Test
    void anInternalErrorNamesTheBugAndAsksForAReport() {
        assertEquals(
                "internal error: java.lang.IllegalStateException: oops (this is a bug in netdeck: please report it"
                        + " with the input that caused it)",
                Problem.internalError(new IllegalStateException("oops")));
    }
}
