package org.netdeck.content;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A deck's folder name, which becomes its URL: lower-case letters, digits and '-', starting with a letter or
 * digit. {@code netdeck new} and the content reader check it here.
 */
public final class Slug {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Slug() {}

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
