package org.netdeck.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifiedTest {

    private enum Colour implements Identified {
        LIGHT_RED,
        BLUE
    }

    private enum Step implements Identified {
        OUTPUT_GRADIENT,
        UPDATE;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Test
    void theDefaultIdIsTheLowerCaseName() {
        assertEquals("light_red", Colour.LIGHT_RED.id());
        assertEquals(List.of("light_red", "blue"), Identified.ids(Colour.class));
    }

    @Test
    void anOverriddenIdIsWhatIsListedAndLookedUp() {
        assertEquals(List.of("output-gradient", "update"), Identified.ids(Step.class));
        assertEquals(Optional.of(Step.OUTPUT_GRADIENT), Identified.fromId(Step.class, "output-gradient"));
        assertEquals(Optional.empty(), Identified.fromId(Step.class, "output_gradient"));
    }

    @Test
    void anUnknownOrDifferentlyCasedIdIsEmpty() {
        assertEquals(Optional.of(Colour.BLUE), Identified.fromId(Colour.class, "blue"));
        assertEquals(Optional.empty(), Identified.fromId(Colour.class, "Blue"));
        assertEquals(Optional.empty(), Identified.fromId(Colour.class, ""));
    }
}
