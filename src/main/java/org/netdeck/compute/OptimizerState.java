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
                    double mHat = mean[k] / (1.0 - Math.pow(o.beta1(), t)); // bias correction
                    double vHat = square[k] / (1.0 - Math.pow(o.beta2(), t));
                    theta[k] -= alpha * mHat / (Math.sqrt(vHat) + o.eps());
                }
            }
            if (rec != null && t == 1) {
                recordFirst(rec, params.get(k), gradients.get(k), theta[k]);
            }
        }
    }

    /**
     * The first step's rule for one parameter as arithmetic over {@code P} ({0}), α ({1}), its gradient ({2}), λ ({3})
     * and the kind's hyper-parameters ({4}, ...), with every buffer 0 before it: what {@link #update} just did.
     */
    private void recordFirst(Recorder rec, String param, String gradient, double updated) {
        String g = o.weightDecay() != 0.0 ? "({2} + {3} * {0})" : "{2}"; // the L2 penalty adds λθ
        List<String> operands = new java.util.ArrayList<>(
                List.of(param, "learning_rate", gradient, "optimizer." + Optimizer.WEIGHT_DECAY));
        String template;
        String words;
        switch (o.kind()) {
            case SGD -> {
                template = "{0} - {1} * " + g;
                words = "gradient descent: the parameter minus α times its gradient";
            }
            case MOMENTUM, NESTEROV -> {
                operands.add("optimizer." + Optimizer.MOMENTUM);
                boolean nesterov = o.kind() == OptimizerKind.NESTEROV;
                template = nesterov ? "{0} - {1} * (" + g + " + {4} * " + g + ")" : "{0} - {1} * " + g;
                words = nesterov
                        ? "Nesterov momentum's first step: the buffer starts as the gradient, θ − α(g + μ b)"
                        : "momentum's first step: the buffer starts as the gradient, θ − α b";
            }
            case RMSPROP -> {
                operands.add("optimizer." + Optimizer.ALPHA);
                operands.add("optimizer." + Optimizer.EPS);
                operands.add("optimizer." + Optimizer.MOMENTUM);
                String v = "(1 - {4}) * " + g + "^2";
                if (o.centered()) {
                    v = v + " - ((1 - {4}) * " + g + ")^2";
                }
                template = o.momentum() > 0.0
                        ? "{0} - {1} * (" + g + " / (sqrt(" + v + ") + {5}))"
                        : "{0} - {1} * " + g + " / (sqrt(" + v + ") + {5})";
                words = "RMSprop's first step: the average of g² starts at (1 − ρ) g², θ − α g / (√v + ε)";
            }
            case ADAM -> {
                operands.add("optimizer." + Optimizer.BETA1);
                operands.add("optimizer." + Optimizer.BETA2);
                operands.add("optimizer." + Optimizer.EPS);
                template = "{0} - {1} * ((1 - {4}) * " + g + " / (1 - {4})) / (sqrt((1 - {5}) * " + g
                        + "^2 / (1 - {5})) + {6})";
                words = "Adam's first step: m = (1 − β₁) g and v = (1 − β₂) g², each divided by its bias correction,"
                        + " θ − α m̂ / (√v̂ + ε)";
            }
            default -> throw new IllegalStateException("unknown optimiser " + o.kind());
        }
        rec.computed(
                "updated." + param,
                param + " after the first step, by " + words,
                "{" + rec.label(param) + "}'",
                "",
                template,
                updated,
                operands);
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
