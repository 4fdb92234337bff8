package org.netdeck.files;

import java.util.Locale;

/** Sizes in error messages, in MiB, never rounded so that a file over a limit reads as the limit. */
public final class Sizes {

    private Sizes() {}

    /**
     * {@code size} for a message that says it is over {@code max}: "20.5 MiB", or the exact byte count when one
     * decimal would show the limit itself ("20971521 bytes" rather than "20.0 MiB" against "at most 20 MiB").
     *
     * <pre>{@code Sizes.over(20 * 1048576 + 1, 20 * 1048576)  // "20971521 bytes (20 MiB and 1 byte)"}</pre>
     */
    public static String over(long size, long max) {
        String mib = String.format(Locale.ROOT, "%.1f MiB", size / 1048576.0);
        String limit = String.format(Locale.ROOT, "%.1f MiB", max / 1048576.0);
        if (size > max && mib.equals(limit) || size / 1048576.0 < 0.05) {
            long over = size - max;
            return size + " bytes"
                    + (over > 0 && max % 1048576 == 0
                            ? " (" + max / 1048576 + " MiB and " + over + (over == 1 ? " byte)" : " bytes)")
                            : "");
        }
        return mib;
    }
}
