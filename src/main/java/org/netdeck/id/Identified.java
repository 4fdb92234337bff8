package org.netdeck.id;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum constant with a name authors write: by default the constant's name in lower case
 * ({@code SQUARED_ERROR} → {@code squared_error}); an enum may override {@link #id()}.
 *
 * <pre>{@code Identified.fromId(Activation.class, "tanh")  // Optional[TANH]}</pre>
 */
public interface Identified {

    /** The constant's Java name; every enum already has it. */
    String name();

    /** The name authors write. */
    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every name an author may write for {@code type}, in declaration order. */
    static <E extends Enum<E> & Identified> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Identified::id).toList();
    }

    /** The constant of {@code type} whose id is exactly {@code id}, if there is one. */
    static <E extends Enum<E> & Identified> Optional<E> fromId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.id().equals(id))
                .findFirst();
    }
}
