package org.netdeck.math;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.netdeck.math.MathNode.Identifier;
import org.netdeck.math.MathNode.Operator;

/** The commands that stand for one symbol, and the tables of delimiters, functions and spaces. */
final class Symbols {

    private Symbols() {
    }

    /** Letters and symbols: an identifier (Greek, ∂, ∞ …) or an operator (×, ≤, → …). */
    static final Map<String, MathNode> SYMBOLS;

    /** Large operators, whose limits go under and over in display style (except integrals). */
    static final Map<String, String> LARGE = Map.ofEntries(
            Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("coprod", "∐"),
            Map.entry("bigcup", "⋃"), Map.entry("bigcap", "⋂"), Map.entry("bigoplus", "⨁"),
            Map.entry("bigotimes", "⨂"), Map.entry("int", "∫"), Map.entry("iint", "∬"),
            Map.entry("iiint", "∭"), Map.entry("oint", "∮"));

    /** Integrals keep their limits beside them. */
    static final Set<String> INTEGRALS = Set.of("int", "iint", "iiint", "oint");

    /** Function names set upright; those in {@link #LIMIT_FUNCTIONS} take limits like ∑. */
    static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh",
            "tanh", "coth", "arcsin", "arccos", "arctan", "exp", "log", "ln", "lg", "arg", "deg", "dim", "ker",
            "hom", "max", "min", "lim", "sup", "inf", "det", "gcd", "Pr", "liminf", "limsup", "argmax", "argmin");

    static final Set<String> LIMIT_FUNCTIONS = Set.of("max", "min", "lim", "sup", "inf", "det", "gcd", "Pr",
            "liminf", "limsup", "argmax", "argmin");

    /** What a function command prints, where it differs from its name. */
    static String functionText(String name) {
        return switch (name) {
            case "liminf" -> "lim inf";
            case "limsup" -> "lim sup";
            case "argmax" -> "arg max";
            case "argmin" -> "arg min";
            default -> name;
        };
    }

    /** Spaces in em: {@code \,} {@code \:} {@code \;} {@code \quad} … and the negative {@code \!}. */
    static final Map<String, Double> SPACES = Map.of(",", 0.1667, ":", 0.2222, ">", 0.2222, ";", 0.2778,
            "!", -0.1667, " ", 0.25, "quad", 1.0, "qquad", 2.0, "thinspace", 0.1667, "enspace", 0.5);

    /** Delimiters after {@code \left}, {@code \right}, {@code \middle}: written form → character ("" for "."). */
    static final Map<String, String> DELIMITERS = Map.ofEntries(
            Map.entry("(", "("), Map.entry(")", ")"), Map.entry("[", "["), Map.entry("]", "]"),
            Map.entry("\\{", "{"), Map.entry("\\}", "}"), Map.entry("\\lbrace", "{"), Map.entry("\\rbrace", "}"),
            Map.entry("|", "|"), Map.entry("\\|", "‖"), Map.entry("\\vert", "|"), Map.entry("\\Vert", "‖"),
            Map.entry("\\lvert", "|"), Map.entry("\\rvert", "|"), Map.entry("\\lVert", "‖"), Map.entry("\\rVert", "‖"),
            Map.entry("\\langle", "⟨"), Map.entry("\\rangle", "⟩"), Map.entry("\\lfloor", "⌊"), Map.entry("\\rfloor", "⌋"),
            Map.entry("\\lceil", "⌈"), Map.entry("\\rceil", "⌉"), Map.entry("/", "/"), Map.entry("\\backslash", "∖"),
            Map.entry("\\uparrow", "↑"), Map.entry("\\downarrow", "↓"), Map.entry(".", ""));

    /** Delimiters that close, so a minus right after them is binary. */
    static final Set<String> CLOSERS = Set.of(")", "]", "}", "|", "‖", "⟩", "⌋", "⌉", "!");

    /** Accents: command → the mark, and whether it is over the base and stretches with it. */
    record AccentMark(String mark, boolean over, boolean stretchy) {
    }

    static final Map<String, AccentMark> ACCENTS = Map.ofEntries(
            Map.entry("hat", new AccentMark("^", true, false)),
            Map.entry("widehat", new AccentMark("^", true, true)),
            Map.entry("bar", new AccentMark("¯", true, false)),
            Map.entry("vec", new AccentMark("→", true, false)),
            Map.entry("tilde", new AccentMark("˜", true, false)),
            Map.entry("widetilde", new AccentMark("˜", true, true)),
            Map.entry("dot", new AccentMark("˙", true, false)),
            Map.entry("ddot", new AccentMark("¨", true, false)),
            Map.entry("check", new AccentMark("ˇ", true, false)),
            Map.entry("breve", new AccentMark("˘", true, false)),
            Map.entry("acute", new AccentMark("´", true, false)),
            Map.entry("grave", new AccentMark("`", true, false)),
            Map.entry("overline", new AccentMark("‾", true, true)),
            Map.entry("underline", new AccentMark("_", false, true)),
            Map.entry("overrightarrow", new AccentMark("→", true, true)),
            Map.entry("overleftarrow", new AccentMark("←", true, true)));

    /** Single-character commands ({@code \{}, {@code \%} …) printed as that character. */
    static final Map<String, String> ESCAPES = Map.of("{", "{", "}", "}", "%", "%", "$", "$", "#", "#",
            "&", "&", "_", "_", "|", "‖");

    static {
        Map<String, MathNode> m = new TreeMap<>();
        String[] lower = {"alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ϵ", "varepsilon", "ε",
            "zeta", "ζ", "eta", "η", "theta", "θ", "vartheta", "ϑ", "iota", "ι", "kappa", "κ", "lambda", "λ",
            "mu", "μ", "nu", "ν", "xi", "ξ", "pi", "π", "varpi", "ϖ", "rho", "ρ", "varrho", "ϱ", "sigma", "σ",
            "varsigma", "ς", "tau", "τ", "upsilon", "υ", "phi", "ϕ", "varphi", "φ", "chi", "χ", "psi", "ψ",
            "omega", "ω", "ell", "ℓ", "imath", "ı", "jmath", "ȷ"};
        for (int i = 0; i < lower.length; i += 2) {
            m.put(lower[i], new Identifier(lower[i + 1], false));
        }
        String[] upright = {"Gamma", "Γ", "Delta", "Δ", "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ", "Pi", "Π",
            "Sigma", "Σ", "Upsilon", "Υ", "Phi", "Φ", "Psi", "Ψ", "Omega", "Ω", "partial", "∂", "nabla", "∇",
            "infty", "∞", "emptyset", "∅", "varnothing", "∅", "hbar", "ℏ", "aleph", "ℵ", "Re", "ℜ", "Im", "ℑ",
            "top", "⊤", "bot", "⊥", "angle", "∠", "triangle", "△", "prime", "′", "forall", "∀", "exists", "∃",
            "neg", "¬", "lnot", "¬", "checkmark", "✓"};
        for (int i = 0; i < upright.length; i += 2) {
            m.put(upright[i], new Identifier(upright[i + 1], true));
        }
        String[] operators = {"cdot", "⋅", "times", "×", "div", "÷", "pm", "±", "mp", "∓", "ast", "∗", "star", "⋆",
            "circ", "∘", "bullet", "∙", "odot", "⊙", "otimes", "⊗", "oplus", "⊕", "ominus", "⊖", "cup", "∪",
            "cap", "∩", "setminus", "∖", "wedge", "∧", "land", "∧", "vee", "∨", "lor", "∨",
            "leftarrow", "←", "gets", "←", "rightarrow", "→", "to", "→", "leftrightarrow", "↔", "Leftarrow", "⇐",
            "Rightarrow", "⇒", "Leftrightarrow", "⇔", "implies", "⟹", "impliedby", "⟸", "iff", "⟺",
            "mapsto", "↦", "longrightarrow", "⟶", "longleftarrow", "⟵", "uparrow", "↑", "downarrow", "↓",
            "approx", "≈", "sim", "∼", "simeq", "≃", "cong", "≅", "propto", "∝", "le", "≤", "leq", "≤",
            "ge", "≥", "geq", "≥", "ne", "≠", "neq", "≠", "equiv", "≡", "ll", "≪", "gg", "≫", "doteq", "≐",
            "coloneqq", "≔", "in", "∈", "notin", "∉", "ni", "∋", "subset", "⊂", "subseteq", "⊆", "supset", "⊃",
            "supseteq", "⊇", "mid", "∣", "parallel", "∥", "perp", "⊥", "colon", ":", "ldots", "…", "dots", "…",
            "cdots", "⋯", "vdots", "⋮", "ddots", "⋱", "lbrace", "{", "rbrace", "}", "langle", "⟨", "rangle", "⟩",
            "lfloor", "⌊", "rfloor", "⌋", "lceil", "⌈", "rceil", "⌉", "vert", "|", "Vert", "‖", "lvert", "|",
            "rvert", "|", "lVert", "‖", "rVert", "‖", "backslash", "∖", "triangleq", "≜", "models", "⊨"};
        for (int i = 0; i < operators.length; i += 2) {
            boolean delimiter = "{}⟨⟩⌊⌋⌈⌉|‖".contains(operators[i + 1]);
            m.put(operators[i], new Operator(operators[i + 1], MathNode.Fence.NONE, !delimiter));
        }
        SYMBOLS = Map.copyOf(m);
    }
}
