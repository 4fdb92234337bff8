package org.netdeck.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deck's folder name, which becomes its URL: lower-case letters, digits and '-', starting with a letter or
 * digit. {@code netdeck new} and the content reader check it here.
 */
public final class Slug {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * Names a deck folder may not have, because the build writes a folder of its own by that name at the site's
     * root: the theme's {@code assets/}. (The other names the build writes there, {@code index.html} and
     * {@code .netdeck-site}, have a dot, which no slug has.)
     */
    public static final Set<String> RESERVED = Set.of("assets");

    private Slug() {}

    /** Whether {@code name} is a slug the build uses for a folder of its own, see {@link #RESERVED}. */
    public static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    /** The error message for a deck folder named {@code name}, a reserved name; says how to fix it. */
    public static String reservedMessage(String name) {
        return "'" + name + "' cannot be a deck's name: the site keeps the theme's files in its " + name
                + "/ folder, which would replace the deck's; pick another name, such as '" + name + "-deck'";
    }

    /** Whether {@code name} is a slug. */
    public static boolean isValid(String name) {
        return SLUG.matcher(name).matches();
    }

    /** A slug made from {@code name}, for the error message: {@code "My Deck"} → {@code my-deck}. */
    public static String suggest(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "my-deck" : s;
    }
}
