package org.netdeck.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A small evaluator of the {@code data-formula} contract, written apart from the engine (it shares none of its code):
 * numbers, {@code + - * / ^ ( )}, unary minus, and the functions {@code exp ln sqrt sigmoid tanh relu max min abs}.
 * {@code ^} binds tighter than unary minus ({@code -x^2} is {@code -(x^2)}) and is right-associative.
 *
 * <pre>{@code Arithmetic.evaluate("-0.12435 * 0.59869")  // -0.07444...}</pre>
 */
public final class Arithmetic {

    private final String text;
    private int at;

    private Arithmetic(String text) {
        this.text = text;
    }

    /** The value of {@code formula}; throws IllegalArgumentException naming the place it cannot read. */
    public static double evaluate(String formula) {
        Arithmetic a = new Arithmetic(formula);
        double v = a.sum();
        a.space();
        if (a.at != formula.length()) {
            throw a.error("unexpected text");
        }
        return v;
    }

    private double sum() {
        double v = product();
        while (true) {
            space();
            if (eat('+')) {
                v += product();
            } else if (eat('-')) {
                v -= product();
            } else {
                return v;
            }
        }
    }

    private double product() {
        double v = unary();
        while (true) {
            space();
            if (eat('*')) {
                v *= unary();
            } else if (eat('/')) {
                v /= unary();
            } else {
                return v;
            }
        }
    }

    private double unary() {
        space();
        if (eat('-')) {
            return -unary();
        }
        if (eat('+')) {
            return unary();
        }
        return power();
    }

    private double power() {
        double base = primary();
        space();
        if (eat('^')) {
            return Math.pow(base, unary());
        }
        return base;
    }

    private double primary() {
        space();
        if (eat('(')) {
            double v = sum();
            space();
            expect(')');
            return v;
        }
        int start = at;
        if (at < text.length() && Character.isLetter(text.charAt(at))) {
            while (at < text.length() && Character.isLetter(text.charAt(at))) {
                at++;
            }
            String f = text.substring(start, at);
            space();
            expect('(');
            List<Double> args = new ArrayList<>();
            args.add(sum());
            space();
            while (eat(',')) {
                args.add(sum());
                space();
            }
            expect(')');
            double x = args.get(0);
            return switch (f) {
                case "exp" -> Math.exp(x);
                case "ln" -> Math.log(x);
                case "sqrt" -> Math.sqrt(x);
                case "sigmoid" -> 1 / (1 + Math.exp(-x));
                case "tanh" -> Math.tanh(x);
                case "relu" -> x > 0 ? x : 0;
                case "abs" -> Math.abs(x);
                case "max" ->
                    args.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                case "min" ->
                    args.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                default -> throw error("unknown function " + f);
            };
        }
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }
        if (at == start) {
            throw error("a number expected");
        }
        return Double.parseDouble(text.substring(start, at));
    }

    private void space() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private boolean eat(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + at + " in '" + text + "'");
    }
}
