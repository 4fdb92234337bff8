package org.netdeck.math;

import java.util.Map;

/**
 * The alphabets of {@code \mathrm}, {@code \mathbf} … as Unicode's Mathematical Alphanumeric Symbols (the way
 * MathML Core styles letters), with the letters that live in Letterlike Symbols (ℬ, ℝ, ℎ …).
 */
enum MathFont {
    NORMAL,
    ROMAN,
    BOLD,
    ITALIC,
    BOLD_ITALIC,
    SCRIPT,
    DOUBLE_STRUCK;

    private static final Map<Integer, Integer> SCRIPT_HOLES = Map.ofEntries(
            Map.entry((int) 'B', 0x212C),
            Map.entry((int) 'E', 0x2130),
            Map.entry((int) 'F', 0x2131),
            Map.entry((int) 'H', 0x210B),
            Map.entry((int) 'I', 0x2110),
            Map.entry((int) 'L', 0x2112),
            Map.entry((int) 'M', 0x2133),
            Map.entry((int) 'R', 0x211B),
            Map.entry((int) 'e', 0x212F),
            Map.entry((int) 'g', 0x210A),
            Map.entry((int) 'o', 0x2134));
    private static final Map<Integer, Integer> DOUBLE_HOLES = Map.ofEntries(
            Map.entry((int) 'C', 0x2102),
            Map.entry((int) 'H', 0x210D),
            Map.entry((int) 'N', 0x2115),
            Map.entry((int) 'P', 0x2119),
            Map.entry((int) 'Q', 0x211A),
            Map.entry((int) 'R', 0x211D),
            Map.entry((int) 'Z', 0x2124));

    /** The code point {@code cp} in this alphabet; characters it has no letter for stay as they are. */
    int map(int cp) {
        boolean digit = cp >= '0' && cp <= '9';
        int letter = cp >= 'A' && cp <= 'Z' ? cp - 'A' : cp >= 'a' && cp <= 'z' ? cp - 'a' + 26 : -1;
        int greek = cp >= 0x3B1 && cp <= 0x3C9 ? cp - 0x3B1 : -1; // α … ω
        return switch (this) {
            case BOLD ->
                letter >= 0 ? 0x1D400 + letter : digit ? 0x1D7CE + cp - '0' : greek >= 0 ? 0x1D6C2 + greek : cp;
            case ITALIC -> cp == 'h' ? 0x210E : letter >= 0 ? 0x1D434 + letter : cp;
            case BOLD_ITALIC ->
                letter >= 0 ? 0x1D468 + letter : digit ? 0x1D7CE + cp - '0' : greek >= 0 ? 0x1D736 + greek : cp;
            case SCRIPT -> SCRIPT_HOLES.getOrDefault(cp, letter >= 0 ? 0x1D49C + letter : cp);
            case DOUBLE_STRUCK ->
                DOUBLE_HOLES.getOrDefault(cp, letter >= 0 ? 0x1D538 + letter : digit ? 0x1D7D8 + cp - '0' : cp);
            case NORMAL, ROMAN -> cp;
        };
    }
}
