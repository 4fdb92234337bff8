package org.netdeck.compute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running state of one optimiser over one training run (its buffers, one value per parameter, all starting at
 * 0) and its update rule ({@link Optimizer} gives the formulas). Mutable, owned by one run; never shared.
 */
final class OptimizerState {

    // PyTorch's names for the state buffers
    static final String MOMENTUM_BUFFER = "momentum_buffer";
    static final String SQUARE_AVG = "square_avg";
    static final String GRAD_AVG = "grad_avg";
    static final String EXP_AVG = "exp_avg";
    static final String EXP_AVG_SQ = "exp_avg_sq";

    private final Optimizer o;
    private final double learningRate;
    private final boolean[] trainable;
    private final double[] buffer; // b: momentum buffer
    private final double[] square; // v: running average of g² (rmsprop), or Adam's second moment
    private final double[] mean; // ḡ: running average of g (centered rmsprop), or Adam's first moment m

    OptimizerState(Optimizer optimizer, double learningRate, boolean[] trainable) {
        this.o = optimizer;
        this.learningRate = learningRate;
        this.trainable = trainable;
        buffer = new double[trainable.length];
        square = new double[trainable.length];
        mean = new double[trainable.length];
    }

    /** Step {@code t} (from 1): {@code theta} moves against {@code grad} by the optimiser's rule. */
    void update(double[] theta, double[] grad, int t) {
        update(theta, grad, t, null, List.of(), List.of());
    }

    /**
     * {@link #update(double[], double[], int)}, recording into {@code rec} (when not null; the first step only, when
     * every buffer starts at 0) how each {@code updated.P} was computed from {@code P} (the parameter {@code
     * params.get(k)}), the hyper-parameters and the gradient named {@code gradients.get(k)}.
     */
    void update(double[] theta, double[] grad, int t, Recorder rec, List<String> params, List<String> gradients) {
        double alpha = learningRate;
        for (int k = 0; k < theta.length; k++) {
            if (!trainable[k]) {
                if (rec != null && t == 1) {
                    rec.computed(
                            "updated." + params.get(k),
                            "the bias " + params.get(k) + ", frozen: training leaves" + " it as it is",
                            "{" + rec.label(params.get(k)) + "}'",
                            "",
                            "{0}",
                            theta[k],
                            List.of(params.get(k)));
                }
                continue;
            }
            double g = grad[k];
            if (o.weightDecay() != 0.0) {
                g += o.weightDecay() * theta[k]; // L2 penalty λθ²/2 adds λθ to the gradient
            }
            double mHat = 0.0; // Adam's bias-corrected moments, kept for the first step's record
            double vHat = 0.0;
            switch (o.kind()) {
                case SGD -> theta[k] -= alpha * g;
                case MOMENTUM, NESTEROV -> {
                    double mu = o.momentum();
                    buffer[k] = t == 1 ? g : mu * buffer[k] + (1.0 - o.dampening()) * g; // b ← μ b + (1 − τ) g
                    theta[k] -= alpha * (o.kind() == OptimizerKind.NESTEROV ? g + mu * buffer[k] : buffer[k]);
                }
                case RMSPROP -> {
                    double a = o.alpha();
                    square[k] = a * square[k] + (1.0 - a) * g * g; // v ← a v + (1 − a) g²
                    double v = square[k];
                    if (o.centered()) {
                        mean[k] = a * mean[k] + (1.0 - a) * g; // ḡ ← a ḡ + (1 − a) g
                        v -= mean[k] * mean[k]; // ṽ = v − ḡ²
                    }
                    double denominator = Math.sqrt(v) + o.eps();
                    if (o.momentum() > 0.0) {
                        buffer[k] = o.momentum() * buffer[k] + g / denominator; // b ← μ b + g / (√ṽ + ε)
                        theta[k] -= alpha * buffer[k];
                    } else {
                        theta[k] -= alpha * g / denominator;
                    }
                }
                case ADAM -> {
                    mean[k] = o.beta1() * mean[k] + (1.0 - o.beta1()) * g; // m ← β1 m + (1 − β1) g
                    square[k] = o.beta2() * square[k] + (1.0 - o.beta2()) * g * g; // v ← β2 v + (1 − β2) g²
                    mHat = mean[k] / (1.0 - Math.pow(o.beta1(), t)); // bias correction
                    vHat = square[k] / (1.0 - Math.pow(o.beta2(), t));
                    theta[k] -= alpha * mHat / (Math.sqrt(vHat) + o.eps());
                }
            }
            if (rec != null && t == 1) {
                recordFirst(rec, params.get(k), gradients.get(k), theta[k], k, mHat, vHat);
            }
        }
    }

    /**
     * The first step's rule for one parameter (index {@code k}) as arithmetic over {@code P} ({0}), α ({1}), its
     * gradient ({2}), λ ({3}), the kind's hyper-parameters ({4}, ...) and the buffers the step just wrote ({@code
     * state.BUFFER.P}, by PyTorch's names, each recorded with its own arithmetic, every buffer 0 before it; Adam's
     * bias-corrected {@code state.m_hat.P} and {@code state.v_hat.P} as {@link #update} computed them): what {@link
     * #update} just did.
     */
    private void recordFirst(
            Recorder rec, String param, String gradient, double updated, int k, double mHat, double vHat) {
        String g = o.weightDecay() != 0.0 ? "({2} + {3} * {0})" : "{2}"; // the L2 penalty adds λθ
        List<String> operands = new java.util.ArrayList<>(
                List.of(param, "learning_rate", gradient, "optimizer." + Optimizer.WEIGHT_DECAY));
        String l = rec.label(param);
        String template;
        String words;
        switch (o.kind()) {
            case SGD -> {
                template = "{0} - {1} * " + g;
                words = "gradient descent: the parameter minus α times its gradient";
            }
            case MOMENTUM, NESTEROV -> {
                operands.add("optimizer." + Optimizer.MOMENTUM);
                String b = state(
                        rec,
                        MOMENTUM_BUFFER,
                        param,
                        "the momentum buffer b of " + param + " after the first step: it starts as the gradient",
                        "b_{" + l + "}",
                        g,
                        buffer[k],
                        operands);
                boolean nesterov = o.kind() == OptimizerKind.NESTEROV;
                template = nesterov ? "{0} - {1} * (" + g + " + {4} * " + b + ")" : "{0} - {1} * " + b;
                words = nesterov ? "Nesterov momentum's first step, θ − α(g + μ b)" : "momentum's first step, θ − α b";
            }
            case RMSPROP -> {
                operands.add("optimizer." + Optimizer.ALPHA);
                operands.add("optimizer." + Optimizer.EPS);
                operands.add("optimizer." + Optimizer.MOMENTUM);
                String v = state(
                        rec,
                        SQUARE_AVG,
                        param,
                        "the running average v of the squared gradient of " + param + " after the first step, from 0",
                        "v_{" + l + "}",
                        "(1 - {4}) * " + g + "^2",
                        square[k],
                        operands);
                if (o.centered()) {
                    String mean = state(
                            rec,
                            GRAD_AVG,
                            param,
                            "the running average of the gradient of " + param + " after the first step, from 0",
                            "\\bar{g}_{" + l + "}",
                            "(1 - {4}) * " + g,
                            this.mean[k],
                            operands);
                    v = v + " - " + mean + "^2";
                }
                if (o.momentum() > 0.0) {
                    String b = state(
                            rec,
                            MOMENTUM_BUFFER,
                            param,
                            "the momentum buffer b of " + param + " after the first step, g / (√v + ε)",
                            "b_{" + l + "}",
                            g + " / (sqrt(" + v + ") + {5})",
                            buffer[k],
                            operands);
                    template = "{0} - {1} * " + b;
                } else {
                    template = "{0} - {1} * " + g + " / (sqrt(" + v + ") + {5})";
                }
                words = "RMSprop's first step, θ − α g / (√v + ε)";
            }
            case ADAM -> {
                operands.add("optimizer." + Optimizer.BETA1);
                operands.add("optimizer." + Optimizer.BETA2);
                operands.add("optimizer." + Optimizer.EPS);
                String m = state(
                        rec,
                        EXP_AVG,
                        param,
                        "Adam's first moment m of " + param + " after the first step, from 0",
                        "m_{" + l + "}",
                        "(1 - {4}) * " + g,
                        mean[k],
                        operands);
                String v = state(
                        rec,
                        EXP_AVG_SQ,
                        param,
                        "Adam's second moment v of " + param + " after the first step, from 0",
                        "v_{" + l + "}",
                        "(1 - {5}) * " + g + "^2",
                        square[k],
                        operands);
                String mh = state(
                        rec,
                        "m_hat",
                        param,
                        "Adam's bias-corrected first moment of " + param + " after the first step, m / (1 − β₁¹)",
                        "\\hat{m}_{" + l + "}",
                        m + " / (1 - {4})",
                        mHat,
                        operands);
                String vh = state(
                        rec,
                        "v_hat",
                        param,
                        "Adam's bias-corrected second moment of " + param + " after the first step, v / (1 − β₂¹)",
                        "\\hat{v}_{" + l + "}",
                        v + " / (1 - {5})",
                        vHat,
                        operands);
                template = "{0} - {1} * " + mh + " / (sqrt(" + vh + ") + {6})";
                words = "Adam's first step, θ − α m̂ / (√v̂ + ε)";
            }
            default -> throw new IllegalStateException("unknown optimiser " + o.kind());
        }
        rec.computed(
                "updated." + param,
                param + " after the first step, by " + words,
                "{" + l + "}'",
                "",
                template,
                updated,
                operands);
    }

    /**
     * Records the buffer {@code state.BUFFER.P} after the first step: {@code template} over {@code operands} (the
     * first step's operands), its value as {@link #update} left it; returns its slot in a template over {@code
     * operands}, to which its name is added.
     */
    private static String state(
            Recorder rec,
            String buffer,
            String param,
            String label,
            String symbol,
            String template,
            double value,
            List<String> operands) {
        String name = "state." + buffer + "." + param;
        rec.computed(name, label, symbol, "", template, value, operands);
        operands.add(name);
        return "{" + (operands.size() - 1) + "}";
    }

    /** The buffers this optimiser keeps, by PyTorch's name, each by parameter name (trainable ones only); none for sgd. */
    Map<String, Map<String, Double>> snapshot(List<String> params) {
        Map<String, Map<String, Double>> s = new LinkedHashMap<>();
        switch (o.kind()) {
            case SGD -> {}
            case MOMENTUM, NESTEROV -> s.put(MOMENTUM_BUFFER, byParam(buffer, params));
            case RMSPROP -> {
                s.put(SQUARE_AVG, byParam(square, params));
                if (o.centered()) {
                    s.put(GRAD_AVG, byParam(mean, params));
                }
                if (o.momentum() > 0.0) {
                    s.put(MOMENTUM_BUFFER, byParam(buffer, params));
                }
            }
            case ADAM -> {
                s.put(EXP_AVG, byParam(mean, params));
                s.put(EXP_AVG_SQ, byParam(square, params));
            }
        }
        return s;
    }

    private Map<String, Double> byParam(double[] values, List<String> params) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < values.length; k++) {
            if (trainable[k]) {
                m.put(params.get(k), values[k]);
            }
        }
        return Values.ordered(m);
    }
}
