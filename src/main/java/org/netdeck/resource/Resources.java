package org.netdeck.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A file bundled with netdeck, named like {@link Class#getResourceAsStream}: relative to {@code anchor}'s package,
 * or absolute with a leading '/'. A missing one is a packaging bug, so it throws rather than returning empty.
 *
 * <pre>{@code Resources.text(NewCommand.class, "new-deck.md")  // org/netdeck/cli/new-deck.md}</pre>
 */
public final class Resources {

    private Resources() {}

    /** The resource's bytes. */
    public static byte[] bytes(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path(anchor, name));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource as UTF-8 text. */
    public static String text(Class<?> anchor, String name) {
        return new String(bytes(anchor, name), StandardCharsets.UTF_8);
    }

    private static String path(Class<?> anchor, String name) {
        return name.startsWith("/")
                ? name.substring(1)
                : anchor.getPackageName().replace('.', '/') + "/" + name;
    }
}
