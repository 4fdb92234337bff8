package org.netdeck.compute;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for the immutable, ordered name → value maps that records in this package hold. */
public final class Values {

    private Values() {}

    /** An unmodifiable copy that keeps the iteration order of {@code map}. */
    public static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is not a finite number: " + value);
        }
    }
}
