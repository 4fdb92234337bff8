package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void namesAreIdentifiersAndNotReserved() {
        assertEquals(Optional.empty(), Names.whyNot("_h1", true));
        assertEquals(Optional.empty(), Names.whyNot("yhat", true));
        assertTrue(Names.whyNot("1h", true).orElseThrow().contains("is not a valid name"));
        assertTrue(Names.whyNot("h 1", false).orElseThrow().contains("is not a valid name"));
        assertTrue(Names.whyNot("grad", true).orElseThrow().contains("reserved"));
        assertEquals(Optional.empty(), Names.whyNot("input", false), "layers may use reserved words");
    }

    @Test
    void listQuotesEach() {
        assertEquals("'a', 'b'", Names.list(List.of("a", "b")));
    }
}
