package org.netdeck.math;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.netdeck.math.MathNode.Accent;
import org.netdeck.math.MathNode.Align;
import org.netdeck.math.MathNode.Fence;
import org.netdeck.math.MathNode.Fraction;
import org.netdeck.math.MathNode.Identifier;
import org.netdeck.math.MathNode.Limits;
import org.netdeck.math.MathNode.Number;
import org.netdeck.math.MathNode.Operator;
import org.netdeck.math.MathNode.Reference;
import org.netdeck.math.MathNode.Root;
import org.netdeck.math.MathNode.Row;
import org.netdeck.math.MathNode.Scripts;
import org.netdeck.math.MathNode.Space;
import org.netdeck.math.MathNode.Style;
import org.netdeck.math.MathNode.Styled;
import org.netdeck.math.MathNode.Table;
import org.netdeck.math.MathNode.Text;
import org.netdeck.problem.DidYouMean;

/** A recursive-descent reader of one TeX formula; one instance per formula, see {@link Tex#parse}. */
final class TexParser {

    /** Commands handled here rather than in {@link Symbols}. */
    static final Set<String> STRUCTURE = Set.of(
            "frac",
            "dfrac",
            "tfrac",
            "cfrac",
            "binom",
            "dbinom",
            "tbinom",
            "sqrt",
            "text",
            "textrm",
            "textnormal",
            "textit",
            "textbf",
            "mbox",
            "mathrm",
            "mathbf",
            "mathit",
            "mathcal",
            "mathbb",
            "boldsymbol",
            "bm",
            "operatorname",
            "left",
            "right",
            "middle",
            "big",
            "Big",
            "bigg",
            "Bigg",
            "bigl",
            "bigr",
            "Bigl",
            "Bigr",
            "biggl",
            "biggr",
            "Biggl",
            "Biggr",
            "begin",
            "end",
            "color",
            "textcolor",
            "class",
            "boxed",
            "displaystyle",
            "textstyle",
            "overset",
            "underset",
            "stackrel",
            "overbrace",
            "underbrace",
            "limits",
            "nolimits",
            "not");

    /**
     * The environments {@code \begin{name}} knows, in name order ignoring case: the order an unknown one's message lists
     * them in, and the hint names the first of equally close ones ({@code xmatrix}: bmatrix). A list, not a
     * {@code Set.of}: a set's order is salted per JVM, so the hint changed from one run to the next.
     */
    static final List<String> ENVIRONMENTS = List.of(
            "align",
            "align*",
            "aligned",
            "bmatrix",
            "Bmatrix",
            "cases",
            "gather",
            "gather*",
            "gathered",
            "matrix",
            "pmatrix",
            "smallmatrix",
            "split",
            "vmatrix",
            "Vmatrix");

    private static final Pattern COLOR = Pattern.compile("[A-Za-z]{1,30}|#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}");
    private static final Pattern CLASS = Pattern.compile("-?[A-Za-z_][A-Za-z0-9_-]*");

    /** Deepest nesting of groups and commands. */
    static final int MAX_DEPTH = 100;

    private final String s;
    private int depth;
    private int i;
    private int end;
    private MathFont font = MathFont.NORMAL;
    private int leftDepth;
    private Limits pendingLimits = Limits.SCRIPTS;
    private boolean pendingApply;
    private boolean applied;

    TexParser(String tex) {
        this.s = tex;
        this.end = tex.length();
    }

    Row parse() {
        Row row = list();
        if (i < end) {
            throw stopError();
        }
        return row;
    }

    // ---- lists and atoms ----

    /** Atoms up to the end, '}', '&', '\\', \right or \end. */
    private Row list() {
        deeper();
        List<MathNode> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (atStop()) {
                depth--;
                return new Row(items);
            }
            MathNode atom = atom(items);
            if (atom != null) {
                items.add(atom);
            }
            if (applied) { // a function name: U+2061 FUNCTION APPLICATION after it and its scripts
                items.add(Operator.of("\u2061"));
                applied = false;
            }
        }
    }

    private boolean atStop() {
        if (i >= end) {
            return true;
        }
        char c = s.charAt(i);
        return c == '}' || c == '&' || s.startsWith("\\\\", i) || atCommand("right") || atCommand("end");
    }

    private boolean atCommand(String name) {
        return i < s.length()
                && s.charAt(i) == '\\'
                && s.startsWith(name, i + 1) // (not startsWith("\\" + name): no text made at every atom)
                && (i + 1 + name.length() >= end || !isLetter(s.charAt(i + 1 + name.length())));
    }

    /** The error for a list that stopped where it should not have. */
    private TexException stopError() {
        if (i >= end) {
            return new TexException(i, "the formula ended too early");
        }
        char c = s.charAt(i);
        if (c == '}') {
            return new TexException(i, "unbalanced '}': no '{' opens it; remove it, or write \\} for a brace");
        }
        if (c == '&') {
            return new TexException(
                    i,
                    "'&' outside a matrix or an aligned block; use \\begin{aligned} a &= b \\end{aligned},"
                            + " or write \\& for the sign");
        }
        if (s.startsWith("\\\\", i)) {
            return new TexException(
                    i,
                    "'\\\\' (a new line) outside a matrix or an aligned block;"
                            + " use \\begin{aligned} a &= b \\\\ &= c \\end{aligned}");
        }
        if (atCommand("right")) {
            return new TexException(i, "\\right without a \\left before it; add \\left( (or \\left. for none)");
        }
        return new TexException(i, "\\end without a \\begin before it; add \\begin{...} or remove the \\end");
    }

    /** One atom with its scripts and primes, or null if there was nothing to add. */
    private MathNode atom(List<MathNode> before) {
        MathNode base = primary(before);
        Limits limits = pendingLimits;
        boolean apply = pendingApply;
        pendingLimits = Limits.SCRIPTS;
        pendingApply = false;
        while (true) {
            skipSpace();
            if (atCommand("limits") || atCommand("nolimits")) {
                limits = atCommand("limits") ? Limits.ALWAYS : Limits.SCRIPTS;
                i += atCommand("limits") ? 7 : 9;
            } else {
                break;
            }
        }
        MathNode sub = null;
        MathNode sup = null;
        int primes = 0;
        while (true) {
            skipSpace();
            if (i >= end) {
                break;
            }
            char c = s.charAt(i);
            int at = i;
            if (c == '\'') {
                if (sup != null) {
                    throw new TexException(at, "a prime after a superscript; write the prime first, as f'^2");
                }
                primes++;
                i++;
            } else if (c == '_') {
                if (sub != null) {
                    throw new TexException(at, "a second subscript; group them in braces, as x_{ij}");
                }
                i++;
                sub = argument(at, "_", "x_{i}");
            } else if (c == '^') {
                if (sup != null) {
                    throw new TexException(at, "a second superscript; group them in braces, as x^{ab}");
                }
                i++;
                sup = argument(at, "^", "x^{2}");
            } else {
                break;
            }
        }
        if (primes > 0) {
            Operator prime =
                    Operator.of(primes == 1 ? "′" : primes == 2 ? "″" : primes == 3 ? "‴" : "′".repeat(primes));
            sup = sup == null ? prime : Row.of(prime, sup);
        }
        applied = apply;
        if (sub == null && sup == null) {
            return base;
        }
        return new Scripts(
                base == null ? new Row(List.of()) : base, Optional.ofNullable(sub), Optional.ofNullable(sup), limits);
    }

    /**
     * The next thing without its scripts: a group, a command, a letter, a number, a sign; null before '_', '^', '''.
     */
    private MathNode primary(List<MathNode> before) {
        int at = i;
        int cp = s.codePointAt(i);
        char c = s.charAt(i);
        if (c == '{') {
            if (s.startsWith("{{", i) && !s.startsWith("{{{", i)) {
                return reference();
            }
            return group();
        }
        if (c == '\\') {
            return command();
        }
        if (c == '_' || c == '^' || c == '\'') {
            return null;
        }
        if (isDigit(c) || c == '.' && i + 1 < end && isDigit(s.charAt(i + 1))) {
            return number("");
        }
        if (c == '-') {
            i++;
            skipSpace();
            boolean unary = before.isEmpty()
                    || before.get(before.size() - 1) instanceof Operator op && !Symbols.CLOSERS.contains(op.text());
            if (unary
                    && i < end
                    && (isDigit(s.charAt(i)) || s.charAt(i) == '.' && i + 1 < end && isDigit(s.charAt(i + 1)))) {
                return number("−");
            }
            return Operator.of("−");
        }
        if (isLetter(c)) {
            return letters();
        }
        i += Character.charCount(cp);
        switch (c) {
            case '~':
                return new Space(0.3333);
            case '#':
                throw new TexException(at, "'#' has no meaning in math; write \\# for the sign");
            case '$':
                throw new TexException(at, "'$' inside math; write \\$ for a dollar sign");
            case '*':
                return Operator.of("∗");
            case '(':
            case ')':
            case '[':
            case ']':
            case '|':
            case '/':
                return new Operator(String.valueOf(c), Fence.NONE, false);
            default:
                break;
        }
        String text = new String(Character.toChars(cp));
        if (Character.isLetter(cp)) {
            return new Identifier(text, false);
        }
        if (Character.isDigit(cp)) {
            return new Number(text);
        }
        return Operator.of(text);
    }

    private Row group() {
        int open = i;
        i++;
        Row row = list();
        if (i >= end) {
            throw new TexException(open, "unbalanced '{': no '}' closes it; add '}', or write \\{ for a brace");
        }
        if (s.charAt(i) != '}') {
            throw stopError();
        }
        i++;
        return row;
    }

    private Reference reference() {
        int open = i;
        int close = s.indexOf("}}", i + 2);
        if (close < 0 || close + 2 > end) {
            throw new TexException(
                    open,
                    "'{{' is not closed; write {{ name }} or {{ name | format }}," + " or '{ {' for two nested groups");
        }
        i = close + 2;
        return new Reference(s.substring(open, close + 2), open);
    }

    private Number number(String sign) {
        int start = i;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
        }
        if (i + 1 < end && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            i++;
            while (i < end && isDigit(s.charAt(i))) {
                i++;
            }
        }
        return new Number(sign + styled(s.substring(start, i)));
    }

    private MathNode letters() {
        int start = i;
        i++;
        if (font == MathFont.ROMAN) {
            while (i < end && isLetter(s.charAt(i))) {
                i++;
            }
            return new Identifier(s.substring(start, i), true);
        }
        String styled = styled(s.substring(start, i));
        return new Identifier(styled, false);
    }

    // ---- arguments ----

    /** The argument of a command or a script: a group, a command, or one character (one digit of a number). */
    private MathNode argument(int at, String name, String usage) {
        skipSpace();
        if (atStop()) {
            throw new TexException(at, "'" + name + "' is missing its argument; write " + usage);
        }
        char c = s.charAt(i);
        if (c == '{') {
            return s.startsWith("{{", i) && !s.startsWith("{{{", i) ? reference() : group();
        }
        if (c == '\\') {
            MathNode m = command();
            pendingLimits = Limits.SCRIPTS;
            pendingApply = false;
            if (m == null) {
                throw new TexException(at, "'" + name + "' is missing its argument; write " + usage);
            }
            return m;
        }
        if (isDigit(c)) {
            i++;
            return new Number(styled(String.valueOf(c)));
        }
        if (isLetter(c)) {
            i++;
            return font == MathFont.ROMAN
                    ? new Identifier(String.valueOf(c), true)
                    : new Identifier(styled(String.valueOf(c)), false);
        }
        if (c == '_' || c == '^' || c == '\'') {
            throw new TexException(at, "'" + name + "' is missing its argument; write " + usage);
        }
        return primary(List.of());
    }

    /** The text between braces, unparsed; {@code i} moves past the closing brace. */
    private String raw(int at, String name, String usage) {
        skipSpace();
        if (i >= end || s.charAt(i) != '{') {
            throw new TexException(at, "'\\" + name + "' is missing its argument in braces; write " + usage);
        }
        int open = i;
        int depth = 0;
        for (int j = i; j < end; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                i = j + 1;
                return s.substring(open + 1, j);
            }
        }
        throw new TexException(open, "unbalanced '{': no '}' closes it; add '}'");
    }

    private MathNode withFont(MathFont f, int at, String name) {
        MathFont saved = font;
        font = f;
        try {
            return argument(at, "\\" + name, "\\" + name + "{...}");
        } finally {
            font = saved;
        }
    }

    // ---- commands ----

    private MathNode command() {
        deeper();
        try {
            return command(i);
        } finally {
            depth--;
        }
    }

    /** Nesting beyond {@link #MAX_DEPTH} is an error rather than a stack overflow. */
    private void deeper() {
        if (++depth > MAX_DEPTH) {
            throw new TexException(i, "the formula is nested more than " + MAX_DEPTH + " levels deep; simplify it");
        }
    }

    private MathNode command(int at) {
        i++;
        if (i >= end) {
            throw new TexException(at, "a lone '\\' at the end; write \\backslash for the sign");
        }
        char c = s.charAt(i);
        if (!isLetter(c)) {
            i++;
            String name = String.valueOf(c);
            if (Symbols.SPACES.containsKey(name)) {
                return new Space(Symbols.SPACES.get(name));
            }
            if (Symbols.ESCAPES.containsKey(name)) {
                String text = Symbols.ESCAPES.get(name);
                return new Operator(text, Fence.NONE, !"{}‖".contains(text));
            }
            throw unknown(at, name);
        }
        int start = i;
        while (i < end && isLetter(s.charAt(i))) {
            i++;
        }
        String name = s.substring(start, i);
        MathNode symbol = Symbols.SYMBOLS.get(name);
        if (symbol != null) {
            return symbol instanceof Identifier id && !id.upright() ? new Identifier(styled(id.text()), false) : symbol;
        }
        if (Symbols.LARGE.containsKey(name)) {
            pendingLimits = Symbols.INTEGRALS.contains(name) ? Limits.SCRIPTS : Limits.DISPLAY;
            return Operator.of(Symbols.LARGE.get(name));
        }
        if (Symbols.FUNCTIONS.contains(name)) {
            pendingLimits = Symbols.LIMIT_FUNCTIONS.contains(name) ? Limits.DISPLAY : Limits.SCRIPTS;
            pendingApply = true;
            return new Identifier(Symbols.functionText(name), name.length() == 1);
        }
        if (Symbols.SPACES.containsKey(name)) {
            return new Space(Symbols.SPACES.get(name));
        }
        Symbols.AccentMark accent = Symbols.ACCENTS.get(name);
        if (accent != null) {
            MathNode base = argument(at, "\\" + name, "\\" + name + "{x}");
            return new Accent(base, accent.mark(), accent.over(), accent.stretchy());
        }
        return structure(at, name);
    }

    private MathNode structure(int at, String name) {
        switch (name) {
            case "frac":
            case "dfrac":
            case "tfrac":
            case "cfrac": {
                String usage = "\\" + name + "{numerator}{denominator}";
                MathNode num = argument(at, "\\" + name, usage);
                MathNode den = argument(at, "\\" + name, usage);
                Fraction f = new Fraction(num, den, true);
                return name.equals("frac") ? f : new Style(f, !name.equals("tfrac"));
            }
            case "binom":
            case "dbinom":
            case "tbinom": {
                String usage = "\\" + name + "{n}{k}";
                MathNode n = argument(at, "\\" + name, usage);
                MathNode k = argument(at, "\\" + name, usage);
                Row r = Row.of(
                        new Operator("(", Fence.OPEN, true),
                        new Fraction(n, k, false),
                        new Operator(")", Fence.CLOSE, true));
                return name.equals("binom") ? r : new Style(r, name.equals("dbinom"));
            }
            case "sqrt": {
                skipSpace();
                Optional<MathNode> index = Optional.empty();
                if (i < end && s.charAt(i) == '[') {
                    index = Optional.of(bracketed(at));
                }
                return new Root(argument(at, "\\sqrt", "\\sqrt{x} or \\sqrt[n]{x}"), index);
            }
            case "text":
            case "textrm":
            case "textnormal":
            case "textit":
            case "textbf":
            case "mbox": {
                int open = i;
                skipSpace();
                open = i;
                return new Text(text(raw(at, name, "\\" + name + "{words}"), open + 1));
            }
            case "mathrm":
                return withFont(MathFont.ROMAN, at, name);
            case "mathbf":
                return withFont(MathFont.BOLD, at, name);
            case "mathit":
                return withFont(MathFont.ITALIC, at, name);
            case "boldsymbol":
            case "bm":
                return withFont(MathFont.BOLD_ITALIC, at, name);
            case "mathcal":
                return withFont(MathFont.SCRIPT, at, name);
            case "mathbb":
                return withFont(MathFont.DOUBLE_STRUCK, at, name);
            case "operatorname": {
                boolean star = i < end && s.charAt(i) == '*';
                if (star) {
                    i++;
                }
                skipSpace();
                int open = i;
                String text =
                        text(raw(at, name, "\\operatorname{name}"), open + 1).strip();
                pendingLimits = star ? Limits.DISPLAY : Limits.SCRIPTS;
                pendingApply = true;
                return new Identifier(text, text.codePointCount(0, text.length()) == 1);
            }
            case "left":
                return fenced(at);
            case "middle": {
                if (leftDepth == 0) {
                    throw new TexException(at, "\\middle outside \\left ... \\right; use it between them");
                }
                return new Operator(delimiter(at, "middle"), Fence.MIDDLE, true);
            }
            case "big":
            case "Big":
            case "bigg":
            case "Bigg":
            case "bigl":
            case "bigr":
            case "Bigl":
            case "Bigr":
            case "biggl":
            case "biggr":
            case "Biggl":
            case "Biggr":
                return new Operator(delimiter(at, name), Fence.NONE, false);
            case "begin":
                return environment(at);
            case "color":
            case "textcolor": {
                String color = raw(at, name, "\\" + name + "{red}{x}").strip();
                if (!COLOR.matcher(color).matches()) {
                    throw new TexException(
                            at,
                            "'" + color + "' is not a colour; write a CSS colour name such as"
                                    + " red, or #rrggbb, or use \\class{name}{x} and style the class");
                }
                skipSpace();
                MathNode body = name.equals("color") && (i >= end || s.charAt(i) != '{')
                        ? list()
                        : argument(at, "\\" + name, "\\" + name + "{" + color + "}{x}");
                return new Styled(body, Optional.of(color), Optional.empty(), false);
            }
            case "class": {
                String cssClass = raw(at, name, "\\class{name}{x}").strip();
                if (!CLASS.matcher(cssClass).matches()) {
                    throw new TexException(
                            at, "'" + cssClass + "' is not a CSS class name; use letters, digits, '-' and '_'");
                }
                MathNode body = argument(at, "\\class", "\\class{" + cssClass + "}{x}");
                return new Styled(body, Optional.empty(), Optional.of(cssClass), false);
            }
            case "boxed":
                return new Styled(argument(at, "\\boxed", "\\boxed{x}"), Optional.empty(), Optional.empty(), true);
            case "displaystyle":
            case "textstyle":
                return new Style(list(), name.equals("displaystyle"));
            case "overset":
            case "underset":
            case "stackrel": {
                String usage = "\\" + name + "{mark}{base}";
                MathNode mark = argument(at, "\\" + name, usage);
                MathNode base = argument(at, "\\" + name, usage);
                return name.equals("underset")
                        ? new Scripts(base, Optional.of(mark), Optional.empty(), Limits.ALWAYS)
                        : new Scripts(base, Optional.empty(), Optional.of(mark), Limits.ALWAYS);
            }
            case "overbrace":
            case "underbrace": {
                MathNode base = argument(at, "\\" + name, "\\" + name + "{x}");
                pendingLimits = Limits.ALWAYS;
                return new Accent(base, name.equals("overbrace") ? "⏞" : "⏟", name.equals("overbrace"), true);
            }
            case "not": {
                skipSpace();
                MathNode next = i < end ? argument(at, "\\not", "\\not=") : null;
                if (next instanceof Operator op) {
                    return Operator.of(Normalizer.normalize(op.text() + "\u0338", Normalizer.Form.NFC));
                }
                throw new TexException(at, "\\not must come before a relation, as \\not= or \\not\\in");
            }
            case "limits":
            case "nolimits":
                throw new TexException(at, "\\" + name + " must follow an operator such as \\sum or \\int");
            case "right":
            case "end":
                i = at;
                throw stopError();
            default:
                throw unknown(at, name);
        }
    }

    private TexException unknown(int at, String name) {
        List<String> commands = Tex.commands().stream().map(c -> "\\" + c).toList();
        return new TexException(
                at,
                "unknown command '\\" + name + "'"
                        + DidYouMean.hint(
                                "\\" + name, commands, "docs/reference.md#math lists the supported commands"));
    }

    /** [index] of \sqrt, parsed as TeX. */
    private MathNode bracketed(int at) {
        int open = i;
        int depth = 0;
        for (int j = i + 1; j < end; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ']' && depth == 0) {
                int saved = end;
                end = j;
                i = open + 1;
                Row index = list();
                if (i < end) {
                    throw stopError();
                }
                end = saved;
                i = j + 1;
                return index;
            }
        }
        throw new TexException(open, "'[' after \\sqrt is not closed; write \\sqrt[n]{x}");
    }

    /** The words of \text{...}: TeX's escapes undone; edge spaces kept as no-break spaces. */
    private static String text(String raw, int offset) {
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < raw.length(); j++) {
            char c = raw.charAt(j);
            if (c == '\\') {
                char next = j + 1 < raw.length() ? raw.charAt(j + 1) : ' ';
                if ("{}%$&#_ ".indexOf(next) >= 0) {
                    out.append(next);
                    j++;
                } else if (",;:".indexOf(next) >= 0) {
                    out.append('\u2009');
                    j++;
                } else {
                    throw new TexException(
                            offset + j,
                            "commands are not supported inside \\text{}; close the text"
                                    + " first, as \\text{if } \\alpha, or write \\{ \\} \\% \\$ \\& \\# \\_ for "
                                    + "those signs");
                }
            } else if (c == '{' && raw.startsWith("{{", j)) {
                throw new TexException(
                        offset + j, "a {{ reference }} inside \\text{}; put it outside, as \\text{loss } {{ loss }}");
            } else if (c == '~') {
                out.append('\u00A0');
            } else if (c != '{' && c != '}') {
                out.append(c);
            }
        }
        String t = out.toString();
        int lead = 0;
        while (lead < t.length() && t.charAt(lead) == ' ') {
            lead++;
        }
        int trail = t.length();
        while (trail > lead && t.charAt(trail - 1) == ' ') {
            trail--;
        }
        return "\u00A0".repeat(lead) + t.substring(lead, trail) + "\u00A0".repeat(t.length() - trail);
    }

    /** \left X ... \right Y. */
    private MathNode fenced(int at) {
        String open = delimiter(at, "left");
        leftDepth++;
        Row body = list();
        leftDepth--;
        if (!atCommand("right")) {
            throw new TexException(
                    at,
                    "\\left" + (open.isEmpty() ? "." : open) + " has no matching \\right;"
                            + " add \\right) (or \\right. for none) before the end of its group");
        }
        int right = i;
        i += 6;
        String close = delimiter(right, "right");
        List<MathNode> items = new ArrayList<>();
        if (!open.isEmpty()) {
            items.add(new Operator(open, Fence.OPEN, true));
        }
        items.addAll(body.children());
        if (!close.isEmpty()) {
            items.add(new Operator(close, Fence.CLOSE, true));
        }
        return new Row(items);
    }

    /** The delimiter after \left, \right, \middle or \big: its character, "" for '.'. */
    private String delimiter(int at, String name) {
        skipSpace();
        int start = i;
        if (i < end && s.charAt(i) == '\\') {
            i++;
            if (i < end && isLetter(s.charAt(i))) {
                while (i < end && isLetter(s.charAt(i))) {
                    i++;
                }
            } else if (i < end) {
                i++;
            }
        } else if (i < end) {
            i++;
        }
        String written = s.substring(start, i);
        String d = Symbols.DELIMITERS.get(written);
        if (d == null) {
            i = start;
            throw new TexException(
                    at,
                    "\\" + name + " needs a delimiter after it, such as ( ) [ ] \\{ \\} | \\| \\langle"
                            + " or '.' for none" + (written.isEmpty() ? "" : ", not '" + written + "'"));
        }
        return d;
    }

    /** \begin{name} rows of cells separated by & and \\ \end{name}. */
    private MathNode environment(int at) {
        String name = raw(at, "begin", "\\begin{pmatrix} a & b \\end{pmatrix}").strip();
        if (!ENVIRONMENTS.contains(name)) {
            throw new TexException(
                    at,
                    "unknown environment '" + name + "'"
                            + DidYouMean.hint(
                                    name, ENVIRONMENTS, "the environments are " + String.join(", ", ENVIRONMENTS)));
        }
        List<List<MathNode>> rows = new ArrayList<>();
        List<MathNode> cells = new ArrayList<>();
        int savedLeft = leftDepth;
        leftDepth = 0;
        while (true) {
            Row cell = list();
            cells.add(cell.children().size() == 1 ? cell.children().get(0) : cell);
            if (i >= end) {
                throw new TexException(at, "\\begin{" + name + "} is not closed; add \\end{" + name + "}");
            }
            if (s.charAt(i) == '&') {
                i++;
            } else if (s.startsWith("\\\\", i)) {
                i += 2;
                skipSpace();
                if (i < end && s.charAt(i) == '[') { // \\[4pt]: extra space, ignored
                    int close = s.indexOf(']', i);
                    i = close < 0 ? i : close + 1;
                }
                rows.add(cells);
                cells = new ArrayList<>();
            } else if (atCommand("end")) {
                break;
            } else {
                throw stopError();
            }
        }
        leftDepth = savedLeft;
        int endAt = i;
        i += 4;
        String closing = raw(endAt, "end", "\\end{" + name + "}").strip();
        if (!closing.equals(name)) {
            throw new TexException(
                    endAt, "\\end{" + closing + "} does not match \\begin{" + name + "}; write \\end{" + name + "}");
        }
        if (!(cells.size() == 1 && cells.get(0) instanceof Row r && r.children().isEmpty()) || rows.isEmpty()) {
            rows.add(cells);
        }
        return switch (name) {
            case "matrix", "smallmatrix" -> new Table(rows, Align.CENTER, false);
            case "pmatrix" -> fence("(", new Table(rows, Align.CENTER, false), ")");
            case "bmatrix" -> fence("[", new Table(rows, Align.CENTER, false), "]");
            case "Bmatrix" -> fence("{", new Table(rows, Align.CENTER, false), "}");
            case "vmatrix" -> fence("|", new Table(rows, Align.CENTER, false), "|");
            case "Vmatrix" -> fence("‖", new Table(rows, Align.CENTER, false), "‖");
            case "cases" -> fence("{", new Table(rows, Align.LEFT, false), "");
            case "gathered", "gather", "gather*" -> new Table(rows, Align.CENTER, true);
            default -> new Table(rows, Align.PAIRS, true);
        };
    }

    private static Row fence(String open, MathNode body, String close) {
        List<MathNode> items = new ArrayList<>();
        items.add(new Operator(open, Fence.OPEN, true));
        items.add(body);
        if (!close.isEmpty()) {
            items.add(new Operator(close, Fence.CLOSE, true));
        }
        return new Row(items);
    }

    // ---- characters ----

    private void skipSpace() {
        while (i < end) {
            char c = s.charAt(i);
            if (c == '%') { // a comment, to the end of the line
                while (i < end && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                return;
            }
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code text} in the current font: Unicode's mathematical alphanumerics for bold, script, double-struck. */
    private String styled(String text) {
        if (font == MathFont.NORMAL || font == MathFont.ROMAN) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(font.map(cp)));
        return out.toString();
    }
}
