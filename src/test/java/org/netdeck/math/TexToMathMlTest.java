package org.netdeck.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TeX in, MathML out: one row per case. Inline cases render as {@code <math>}, display cases as
 * {@code <math display="block">}; references are bound to −0.5. Error cases give the offset of the problem
 * in the TeX and the start of the message.
 */
public class TexToMathMlTest {

    /** One row of the table; {@code offset} is -1 for a formula that translates. */
    public record Case(String tex, boolean display, String expected, int offset) {
        @Override
        public String toString() {
            return (display ? "$$" : "$") + tex + (display ? "$$" : "$");
        }
    }

    static Case inline(String tex, String mathml) {
        return new Case(tex, false, mathml, -1);
    }

    static Case display(String tex, String mathml) {
        return new Case(tex, true, mathml, -1);
    }

    static Case error(String tex, int offset, String message) {
        return new Case(tex, false, message, offset);
    }

    public static Stream<Case> cases() {
        return Stream.of(
                inline("x", "<mi>x</mi>"),
                inline("xy", "<mi>x</mi><mi>y</mi>"),
                inline("x_1", "<msub><mi>x</mi><mn>1</mn></msub>"),
                inline("x^2", "<msup><mi>x</mi><mn>2</mn></msup>"),
                inline("x_1^2", "<msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup>"),
                inline("x^{2}_{i}", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"),
                inline("z_{h_1}", "<msub><mi>z</mi><msub><mi>h</mi><mn>1</mn></msub></msub>"),
                inline("x_{12}", "<msub><mi>x</mi><mn>12</mn></msub>"),
                inline("x_12", "<msub><mi>x</mi><mn>1</mn></msub><mn>2</mn>"),
                inline("{}_1x", "<msub><mrow></mrow><mn>1</mn></msub><mi>x</mi>"),
                inline(
                        "\\sigma'(z)",
                        "<msup><mi>σ</mi><mo>′</mo></msup><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>"),
                inline("f''", "<msup><mi>f</mi><mo>″</mo></msup>"),
                inline("f'^2", "<msup><mi>f</mi><mrow><mo>′</mo><mn>2</mn></mrow></msup>"),
                inline("\\hat y", "<mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover>"),
                inline("\\hat{y}", "<mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover>"),
                inline("\\bar{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover>"),
                inline("\\vec{v}", "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover>"),
                inline("\\tilde{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">˜</mo></mover>"),
                inline("\\dot{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">˙</mo></mover>"),
                inline("\\overline{AB}", "<mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo>‾</mo></mover>"),
                inline("\\underline{x}", "<munder accentunder=\"true\"><mi>x</mi><mo>_</mo></munder>"),
                inline("\\widehat{xy}", "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo>ˆ</mo></mover>"),
                inline("\\alpha\\beta\\gamma\\delta", "<mi>α</mi><mi>β</mi><mi>γ</mi><mi>δ</mi>"),
                inline(
                        "\\Delta \\Sigma \\Omega",
                        "<mi mathvariant=\"normal\">Δ</mi><mi mathvariant=\"normal\">Σ</mi><mi mathvariant=\"normal\">Ω</mi>"),
                inline("\\varepsilon \\epsilon", "<mi>ε</mi><mi>ϵ</mi>"),
                inline("\\partial L", "<mi mathvariant=\"normal\">∂</mi><mi>L</mi>"),
                inline("\\nabla f", "<mi mathvariant=\"normal\">∇</mi><mi>f</mi>"),
                inline("\\infty", "<mi mathvariant=\"normal\">∞</mi>"),
                inline("\\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
                inline("\\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>"),
                inline("\\dfrac{a}{b}", "<mstyle displaystyle=\"true\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"),
                inline("\\tfrac{a}{b}", "<mstyle displaystyle=\"false\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"),
                inline(
                        "\\binom{n}{k}",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo>"),
                display(
                        "\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat y}",
                        "<mfrac><mrow><mi mathvariant=\"normal\">∂</mi><mi>L</mi></mrow><mrow><mi mathvariant=\"normal\">∂</mi><msub><mi>w</mi><mn>1</mn></msub></mrow></mfrac><mo>=</mo><mfrac><mrow><mi mathvariant=\"normal\">∂</mi><mi>L</mi></mrow><mrow><mi mathvariant=\"normal\">∂</mi><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover></mrow></mfrac>"),
                inline("\\sqrt{x}", "<msqrt><mi>x</mi></msqrt>"),
                inline("\\sqrt[n]{x}", "<mroot><mi>x</mi><mi>n</mi></mroot>"),
                inline(
                        "\\sqrt{x^2 + y^2}",
                        "<msqrt><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><msup><mi>y</mi><mn>2</mn></msup></msqrt>"),
                display(
                        "\\sum_{i=1}^{n} x_i",
                        "<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub>"),
                inline(
                        "\\sum_{i=1}^{n} x_i",
                        "<msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub>"),
                display("\\prod_{j} a_j", "<munder><mo>∏</mo><mi>j</mi></munder><msub><mi>a</mi><mi>j</mi></msub>"),
                display(
                        "\\int_0^1 f(x)\\,dx",
                        "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo><mspace width=\"0.1667em\"></mspace><mi>d</mi><mi>x</mi>"),
                display(
                        "\\lim_{n \\to \\infty} a_n",
                        "<munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi mathvariant=\"normal\">∞</mi></mrow></munder><mo>\u2061</mo><msub><mi>a</mi><mi>n</mi></msub>"),
                inline(
                        "\\lim_{n \\to \\infty} a_n",
                        "<msub><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi mathvariant=\"normal\">∞</mi></mrow></msub><mo>\u2061</mo><msub><mi>a</mi><mi>n</mi></msub>"),
                display("\\sum\\nolimits_i x_i", "<msub><mo>∑</mo><mi>i</mi></msub><msub><mi>x</mi><mi>i</mi></msub>"),
                inline("\\int\\limits_0^1", "<munderover><mo>∫</mo><mn>0</mn><mn>1</mn></munderover>"),
                inline("a \\cdot b", "<mi>a</mi><mo>⋅</mo><mi>b</mi>"),
                inline("a \\times b", "<mi>a</mi><mo>×</mo><mi>b</mi>"),
                inline("a \\div b", "<mi>a</mi><mo>÷</mo><mi>b</mi>"),
                inline("a \\pm b", "<mi>a</mi><mo>±</mo><mi>b</mi>"),
                inline("w \\leftarrow w - \\alpha g", "<mi>w</mi><mo>←</mo><mi>w</mi><mo>−</mo><mi>α</mi><mi>g</mi>"),
                inline("a \\rightarrow b", "<mi>a</mi><mo>→</mo><mi>b</mi>"),
                inline("x \\to 0", "<mi>x</mi><mo>→</mo><mn>0</mn>"),
                inline("w \\gets 0", "<mi>w</mi><mo>←</mo><mn>0</mn>"),
                inline("a \\approx b", "<mi>a</mi><mo>≈</mo><mi>b</mi>"),
                inline(
                        "a \\le b \\ge c \\ne d",
                        "<mi>a</mi><mo>≤</mo><mi>b</mi><mo>≥</mo><mi>c</mi><mo>≠</mo><mi>d</mi>"),
                inline(
                        "a \\leq b \\geq c \\neq d",
                        "<mi>a</mi><mo>≤</mo><mi>b</mi><mo>≥</mo><mi>c</mi><mo>≠</mo><mi>d</mi>"),
                inline("a \\equiv b", "<mi>a</mi><mo>≡</mo><mi>b</mi>"),
                inline("x \\in X", "<mi>x</mi><mo>∈</mo><mi>X</mi>"),
                inline("1, 2, \\ldots, n", "<mn>1</mn><mo>,</mo><mn>2</mn><mo>,</mo><mo>…</mo><mo>,</mo><mi>n</mi>"),
                inline(
                        "a_1 + \\cdots + a_n",
                        "<msub><mi>a</mi><mn>1</mn></msub><mo>+</mo><mo>⋯</mo><mo>+</mo><msub><mi>a</mi><mi>n</mi></msub>"),
                inline(
                        "\\left( \\frac{a}{b} \\right)",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo>"),
                inline(
                        "\\left[ x \\right]",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">[</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">]</mo>"),
                inline(
                        "\\left\\{ x \\right\\}",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">}</mo>"),
                inline(
                        "\\left| x \\right|",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">|</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">|</mo>"),
                inline(
                        "\\left. \\frac{df}{dx} \\right|_{x=0}",
                        "<msub><mrow><mfrac><mrow><mi>d</mi><mi>f</mi></mrow><mrow><mi>d</mi><mi>x</mi></mrow></mfrac><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">|</mo></mrow><mrow><mi>x</mi><mo>=</mo><mn>0</mn></mrow></msub>"),
                inline(
                        "\\left\\langle x \\middle| y \\right\\rangle",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">⟨</mo><mi>x</mi><mo fence=\"true\" form=\"infix\" stretchy=\"true\">|</mo><mi>y</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">⟩</mo>"),
                inline(
                        "\\left\\| x \\right\\|",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">‖</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">‖</mo>"),
                inline("\\text{loss}", "<mtext>loss</mtext>"),
                inline("\\text{if } x > 0", "<mtext>if\u00A0</mtext><mi>x</mi><mo>&gt;</mo><mn>0</mn>"),
                inline("\\text{50\\% of \\$5}", "<mtext>50% of $5</mtext>"),
                inline("\\mathbf{W}", "<mi>𝐖</mi>"),
                inline("\\mathbf{x}_1", "<msub><mi>𝐱</mi><mn>1</mn></msub>"),
                inline("\\mathrm{d}x", "<mi mathvariant=\"normal\">d</mi><mi>x</mi>"),
                inline(
                        "\\mathrm{ReLU}(z)",
                        "<mi mathvariant=\"normal\">ReLU</mi><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>"),
                inline("\\mathit{x}", "<mi>𝑥</mi>"),
                inline("\\mathcal{L}", "<mi>ℒ</mi>"),
                inline("\\mathbb{R}^n", "<msup><mi>ℝ</mi><mi>n</mi></msup>"),
                inline("\\boldsymbol{\\theta}", "<mi>𝜽</mi>"),
                inline(
                        "\\operatorname{softmax}(z)",
                        "<mi>softmax</mi><mo>\u2061</mo><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>"),
                inline(
                        "\\operatorname*{arg\\,max}_x f",
                        "<msub><mi>arg max</mi><mi>x</mi></msub><mo>\u2061</mo><mi>f</mi>"),
                inline(
                        "\\exp(x)",
                        "<mi>exp</mi><mo>\u2061</mo><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>"),
                inline(
                        "\\log x + \\ln y",
                        "<mi>log</mi><mo>\u2061</mo><mi>x</mi><mo>+</mo><mi>ln</mi><mo>\u2061</mo><mi>y</mi>"),
                inline(
                        "\\max_i x_i",
                        "<msub><mi>max</mi><mi>i</mi></msub><mo>\u2061</mo><msub><mi>x</mi><mi>i</mi></msub>"),
                display(
                        "\\max_i x_i",
                        "<munder><mi>max</mi><mi>i</mi></munder><mo>\u2061</mo><msub><mi>x</mi><mi>i</mi></msub>"),
                inline(
                        "\\min(a, b)",
                        "<mi>min</mi><mo>\u2061</mo><mo stretchy=\"false\">(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy=\"false\">)</mo>"),
                inline("\\sin^2 x", "<msup><mi>sin</mi><mn>2</mn></msup><mo>\u2061</mo><mi>x</mi>"),
                inline("a\\,b", "<mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi>"),
                inline("a\\;b", "<mi>a</mi><mspace width=\"0.2778em\"></mspace><mi>b</mi>"),
                inline("a\\quad b", "<mi>a</mi><mspace width=\"1em\"></mspace><mi>b</mi>"),
                inline("a\\qquad b", "<mi>a</mi><mspace width=\"2em\"></mspace><mi>b</mi>"),
                inline("a\\!b", "<mi>a</mi><mspace width=\"-0.1667em\"></mspace><mi>b</mi>"),
                inline("a~b", "<mi>a</mi><mspace width=\"0.3333em\"></mspace><mi>b</mi>"),
                inline("a\\ b", "<mi>a</mi><mspace width=\"0.25em\"></mspace><mi>b</mi>"),
                inline(
                        "\\begin{matrix} a & b \\\\ c & d \\end{matrix}",
                        "<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable>"),
                inline(
                        "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr><mtr><mtd><mn>3</mn></mtd><mtd><mn>4</mn></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo>"),
                inline(
                        "\\begin{bmatrix} w_1 \\\\ w_2 \\end{bmatrix}",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">[</mo><mtable><mtr><mtd><msub><mi>w</mi><mn>1</mn></msub></mtd></mtr><mtr><mtd><msub><mi>w</mi><mn>2</mn></msub></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">]</mo>"),
                inline(
                        "\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">|</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">|</mo>"),
                inline(
                        "\\begin{Bmatrix} x \\end{Bmatrix}",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{</mo><mtable><mtr><mtd><mi>x</mi></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">}</mo>"),
                inline(
                        "\\begin{pmatrix} 1 & 2 \\\\ \\end{pmatrix}",
                        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo>"),
                display(
                        "\\begin{aligned} L &= (y - \\hat y)^2 \\\\ &= 0.0884 \\end{aligned}",
                        "<mtable displaystyle=\"true\"><mtr><mtd style=\"text-align: right; padding-right: 0\"><mi>L</mi></mtd><mtd style=\"text-align: left; padding-left: 0\"><mo>=</mo><mo stretchy=\"false\">(</mo><mi>y</mi><mo>−</mo><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover><msup><mo stretchy=\"false\">)</mo><mn>2</mn></msup></mtd></mtr><mtr><mtd style=\"text-align: right; padding-right: 0\"></mtd><mtd style=\"text-align: left; padding-left: 0\"><mo>=</mo><mn>0.0884</mn></mtd></mtr></mtable>"),
                display(
                        "\\begin{align*} a &= b \\end{align*}",
                        "<mtable displaystyle=\"true\"><mtr><mtd style=\"text-align: right; padding-right: 0\"><mi>a</mi></mtd><mtd style=\"text-align: left; padding-left: 0\"><mo>=</mo><mi>b</mi></mtd></mtr></mtable>"),
                display(
                        "\\begin{gathered} a \\\\ b \\end{gathered}",
                        "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>"),
                inline(
                        "|x| = \\begin{cases} x & x \\ge 0 \\\\ -x & \\text{otherwise} \\end{cases}",
                        "<mo stretchy=\"false\">|</mo><mi>x</mi><mo stretchy=\"false\">|</mo><mo>=</mo><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">{</mo><mtable><mtr><mtd style=\"text-align: left\"><mi>x</mi></mtd><mtd style=\"text-align: left\"><mi>x</mi><mo>≥</mo><mn>0</mn></mtd></mtr><mtr><mtd style=\"text-align: left\"><mo>−</mo><mi>x</mi></mtd><mtd style=\"text-align: left\"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow>"),
                inline("\\color{red}{x} y", "<mrow mathcolor=\"red\"><mi>x</mi></mrow><mi>y</mi>"),
                inline("{\\color{red} x y} z", "<mrow mathcolor=\"red\"><mi>x</mi><mi>y</mi></mrow><mi>z</mi>"),
                inline("\\color{#c00}{x}", "<mrow mathcolor=\"#c00\"><mi>x</mi></mrow>"),
                inline("\\textcolor{blue}{x}", "<mrow mathcolor=\"blue\"><mi>x</mi></mrow>"),
                inline("\\class{grad}{w_3}", "<mrow class=\"grad\"><msub><mi>w</mi><mn>3</mn></msub></mrow>"),
                inline(
                        "\\boxed{x = 1}",
                        "<mrow style=\"border: 1px solid; padding: 0.2em 0.3em\"><mi>x</mi><mo>=</mo><mn>1</mn></mrow>"),
                inline(
                        "\\displaystyle \\frac{a}{b}",
                        "<mstyle displaystyle=\"true\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"),
                inline("\\overset{!}{=}", "<mover><mo>=</mo><mo>!</mo></mover>"),
                inline(
                        "\\underset{x}{\\arg\\max}",
                        "<munder><mrow><mi>arg</mi><mo>\u2061</mo><mi>max</mi><mo>\u2061</mo></mrow><mi>x</mi></munder>"),
                inline(
                        "\\overbrace{a+b}^{n}",
                        "<mover><mover accent=\"true\"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo>⏞</mo></mover><mi>n</mi></mover>"),
                inline(
                        "\\underbrace{a+b}_{n}",
                        "<munder><munder accentunder=\"true\"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo>⏟</mo></munder><mi>n</mi></munder>"),
                inline("\\not= \\not\\in", "<mo>≠</mo><mo>∉</mo>"),
                inline("-1", "<mn>−1</mn>"),
                inline("-0.595", "<mn>−0.595</mn>"),
                inline("x - 1", "<mi>x</mi><mo>−</mo><mn>1</mn>"),
                inline("x = -1", "<mi>x</mi><mo>=</mo><mn>−1</mn>"),
                inline(
                        "(-0.5)(0.2)",
                        "<mo stretchy=\"false\">(</mo><mn>−0.5</mn><mo stretchy=\"false\">)</mo><mo stretchy=\"false\">(</mo><mn>0.2</mn><mo stretchy=\"false\">)</mo>"),
                inline("a - -1", "<mi>a</mi><mo>−</mo><mn>−1</mn>"),
                inline(".5", "<mn>.5</mn>"),
                inline("3.14159", "<mn>3.14159</mn>"),
                inline("1,000", "<mn>1</mn><mo>,</mo><mn>000</mn>"),
                inline("2x", "<mn>2</mn><mi>x</mi>"),
                inline("a + b = c", "<mi>a</mi><mo>+</mo><mi>b</mi><mo>=</mo><mi>c</mi>"),
                inline("a < b > c", "<mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&gt;</mo><mi>c</mi>"),
                error("a & b", 2, "'&' outside a matrix or an aligned block"),
                inline("\\{ x \\}", "<mo stretchy=\"false\">{</mo><mi>x</mi><mo stretchy=\"false\">}</mo>"),
                inline("\\% \\$ \\# \\& \\_", "<mo>%</mo><mo>$</mo><mo>#</mo><mo>&amp;</mo><mo>_</mo>"),
                inline("a | b", "<mi>a</mi><mo stretchy=\"false\">|</mo><mi>b</mi>"),
                inline(
                        "f(x) = 1 / (1 + e^{-x})",
                        "<mi>f</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo><mo>=</mo><mn>1</mn><mo stretchy=\"false\">/</mo><mo stretchy=\"false\">(</mo><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup><mo stretchy=\"false\">)</mo>"),
                inline("a * b", "<mi>a</mi><mo>∗</mo><mi>b</mi>"),
                inline(
                        "\\sigma(z) = \\frac{1}{1 + e^{-z}}",
                        "<mi>σ</mi><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo><mo>=</mo><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>z</mi></mrow></msup></mrow></mfrac>"),
                inline("x % a comment", "<mi>x</mi>"),
                inline("α + β", "<mi>α</mi><mo>+</mo><mi>β</mi>"),
                inline(
                        "\\hat y = {{ yhat | 0.000 }}",
                        "<mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">ˆ</mo></mover><mo>=</mo><mn>−0.5</mn>"),
                inline("\\frac{{ a }}{2}", "<mfrac><mn>−0.5</mn><mn>2</mn></mfrac>"),
                inline("x^{{{ b }}}", "<msup><mi>x</mi><mn>−0.5</mn></msup>"),
                error("\\frca{a}{b}", 0, "unknown command '\\frca'; did you mean '\\frac'?"),
                error("\\alpah", 0, "unknown command '\\alpah'; did you mean '\\alpha'?"),
                error("\\sigmoid", 0, "unknown command '\\sigmoid'"),
                error("\\foo", 0, "unknown command '\\foo'"),
                error("{a", 0, "unbalanced '{': no '}' closes it"),
                error("a}", 1, "unbalanced '}': no '{' opens it"),
                error("x}", 1, "unbalanced '}': no '{' opens it"),
                error("\\left( a", 0, "\\left( has no matching \\right"),
                error("a \\right)", 2, "\\right without a \\left before it"),
                error(
                        "\\left( a \\right",
                        9,
                        "\\right needs a delimiter after it, such as ( ) [ ] \\{ \\} | \\| \\langle or '.' for none"),
                error(
                        "\\left< a \\right>",
                        0,
                        "\\left needs a delimiter after it, such as ( ) [ ] \\{ \\} | \\| \\langle or '.' for none, not '<'"),
                error("\\begin{foo} a \\end{foo}", 0, "unknown environment 'foo'"),
                error("\\begin{pmatrx} a \\end{pmatrx}", 0, "unknown environment 'pmatrx'; did you mean 'pmatrix'?"),
                // equally close to six environments: the hint names the first in name order, the same in every JVM
                error("\\begin{xmatrix} a \\end{xmatrix}", 0, "unknown environment 'xmatrix'; did you mean 'bmatrix'?"),
                error("\\begin{matrix} a \\end{bmatrix}", 17, "\\end{bmatrix} does not match \\begin{matrix}"),
                error("\\begin{matrix} a", 0, "\\begin{matrix} is not closed"),
                error("\\end{matrix}", 0, "\\end without a \\begin before it"),
                error("a & b", 2, "'&' outside a matrix or an aligned block"),
                error("a \\\\ b", 2, "'\\\\' (a new line) outside a matrix or an aligned block"),
                error("\\frac{a}", 0, "'\\frac' is missing its argument"),
                error("\\frac", 0, "'\\frac' is missing its argument"),
                error("x_", 1, "'_' is missing its argument"),
                error("x^", 1, "'^' is missing its argument"),
                error("x_1_2", 3, "a second subscript"),
                error("x^1^2", 3, "a second superscript"),
                error("x^2'", 3, "a prime after a superscript"),
                error("\\sqrt", 0, "'\\sqrt' is missing its argument"),
                error("\\sqrt[3", 5, "'[' after \\sqrt is not closed"),
                error("\\hat", 0, "'\\hat' is missing its argument"),
                error("\\text x", 0, "'\\text' is missing its argument in braces"),
                error("\\text{\\alpha}", 6, "commands are not supported inside \\text{}"),
                error("\\color{not a colour}{x}", 0, "'not a colour' is not a colour"),
                error("\\class{1bad}{x}", 0, "'1bad' is not a CSS class name"),
                error("\\middle|", 0, "\\middle outside \\left ... \\right"),
                error("\\limits", 0, "\\limits must follow an operator such as \\sum or \\int"),
                error("\\not x", 0, "\\not must come before a relation, as \\not= or \\not\\in"),
                error("\\mathbf", 0, "'\\mathbf' is missing its argument"),
                error("{{ a", 0, "'{{' is not closed"),
                error("a #", 2, "'#' has no meaning in math"),
                error("a $ b", 2, "'$' inside math"),
                error("\\", 0, "a lone '\\' at the end"),
                error(
                        "\\left( \\begin{matrix} a & b \\right) \\end{matrix}",
                        28,
                        "\\right without a \\left before it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void translates(Case c) {
        if (c.offset() >= 0) {
            TexException e = assertThrows(TexException.class, () -> Tex.parse(c.tex()));
            assertEquals(c.offset(), e.offset(), e.getMessage());
            assertTrue(e.getMessage().startsWith(c.expected()), e.getMessage());
            return;
        }
        MathNode bound = Tex.bind(Tex.parse(c.tex()), r -> Tex.number("-0.5"));
        String open = c.display() ? "<math display=\"block\">" : "<math>";
        assertEquals(open + c.expected() + "</math>", MathMl.render(bound, c.display()));
    }

    /** A number netdeck writes in scientific notation is typeset as a product with a power of ten, in TeX too. */
    @Test
    void scientificNumbersAreTypesetAsPowersOfTen() {
        assertEquals("-1.23 \\times 10^{-32}", Tex.tex("−1.23×10⁻³²"));
        assertEquals("4.5 \\times 10^{16}", Tex.tex("4.5×10¹⁶"));
        assertEquals("-0.5", Tex.tex("−0.5"));
        assertEquals(
                "<math><mi>L</mi><mo>=</mo><mrow><mn>−1.23</mn><mo>×</mo><msup><mn>10</mn><mn>−32</mn></msup>"
                        + "</mrow></math>",
                MathMl.render(Tex.bind(Tex.parse("L = {{ loss }}"), r -> Tex.number("−1.23×10⁻³²")), false));
        assertEquals("<math><mn>−0.5</mn></math>", MathMl.render(Tex.number("-0.5"), false));
    }
}
