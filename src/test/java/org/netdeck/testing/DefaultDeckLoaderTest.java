package org.netdeck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.NetworkSpec;

class DefaultDeckLoaderTest {

    @Test
    void theNetworkIsTheOneWrittenInTheDeck() throws Exception {
        NetworkSpec n = DefaultDeck.network();
        Matcher iterations = Pattern.compile("(?m)^  iterations: (\\d+)$").matcher(Files.readString(DefaultDeck.FILE));
        assertTrue(iterations.find(), "the deck states its iterations");
        assertEquals(Integer.parseInt(iterations.group(1)), n.iterations());
        assertTrue(n.layers().size() >= 2 && !n.weights().isEmpty(), n.toString());
    }
}
