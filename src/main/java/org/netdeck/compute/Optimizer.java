package org.netdeck.compute;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An optimiser and its hyper-parameters, as PyTorch's {@code torch.optim} names them; the learning rate α is the
 * network's ({@link NetworkSpec#learningRate()}). A hyper-parameter the {@link OptimizerKind} does not read keeps
 * its default and is ignored. With {@code g} the gradient (plus λθ when {@code weightDecay} λ is not 0) and
 * {@code t} the step (from 1):
 *
 * <ul>
 *   <li>{@code sgd}: θ ← θ − α g
 *   <li>{@code momentum}: b ← g at t = 1, else μ b + (1 − τ) g; θ ← θ − α b
 *   <li>{@code nesterov}: b as for momentum (τ = 0); θ ← θ − α (g + μ b)
 *   <li>{@code rmsprop}: v ← a v + (1 − a) g² (and ḡ ← a ḡ + (1 − a) g, ṽ = v − ḡ², when centered); θ ← θ − α g / (√ṽ
 *       + ε), or with momentum μ &gt; 0: b ← μ b + g / (√ṽ + ε); θ ← θ − α b
 *   <li>{@code adam}: m ← β1 m + (1 − β1) g; v ← β2 v + (1 − β2) g²; m̂ = m / (1 − β1^t); v̂ = v / (1 − β2^t); θ ← θ − α
 *       m̂ / (√v̂ + ε)
 * </ul>
 *
 * The state buffers (b, v, ḡ, m) start at 0.
 */
public record Optimizer(
        OptimizerKind kind,
        double momentum,
        double dampening,
        double alpha,
        double beta1,
        double beta2,
        double eps,
        boolean centered,
        double weightDecay) {

    public static final String MOMENTUM = "momentum";
    public static final String DAMPENING = "dampening";
    public static final String ALPHA = "alpha";
    public static final String BETA1 = "beta1";
    public static final String BETA2 = "beta2";
    public static final String EPS = "eps";
    public static final String CENTERED = "centered";
    public static final String WEIGHT_DECAY = "weight_decay";

    /** Plain gradient descent, the default. */
    public static final Optimizer SGD = defaults(OptimizerKind.SGD);

    public Optimizer {
        Objects.requireNonNull(kind, "kind");
        require(momentum >= 0.0 && Double.isFinite(momentum), MOMENTUM, momentum);
        require(dampening >= 0.0 && dampening <= 1.0, DAMPENING, dampening);
        require(alpha >= 0.0 && alpha < 1.0, ALPHA, alpha);
        require(beta1 >= 0.0 && beta1 < 1.0, BETA1, beta1);
        require(beta2 >= 0.0 && beta2 < 1.0, BETA2, beta2);
        require(eps > 0.0 && Double.isFinite(eps), EPS, eps);
        require(weightDecay >= 0.0 && Double.isFinite(weightDecay), WEIGHT_DECAY, weightDecay);
        if (kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NESTEROV) {
            require(momentum > 0.0, MOMENTUM, momentum);
        }
        if (kind == OptimizerKind.NESTEROV) {
            require(dampening == 0.0, DAMPENING, dampening);
        }
    }

    private static void require(boolean ok, String key, double value) {
        if (!ok) {
            throw new IllegalArgumentException(key + " is out of range: " + value);
        }
    }

    /**
     * {@code kind} with PyTorch's defaults: momentum 0.9 for {@code momentum} and {@code nesterov} (PyTorch has no
     * default; 0.9 is the usual choice), else 0; dampening 0; alpha 0.99; β1 0.9, β2 0.999; ε 1e-8; not centered;
     * no weight decay.
     */
    public static Optimizer defaults(OptimizerKind kind) {
        double momentum = kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NESTEROV ? 0.9 : 0.0;
        return new Optimizer(kind, momentum, 0.0, 0.99, 0.9, 0.999, 1e-8, false, 0.0);
    }

    /** The optimiser's name as authors write it ({@code adam}). */
    public String id() {
        return kind.id();
    }

    /**
     * The hyper-parameters this optimiser reads, by key in {@link OptimizerKind#keys()} order; {@code centered} is 1
     * or 0.
     */
    public Map<String, Double> hyperParameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String key : kind.keys()) {
            m.put(key, value(key));
        }
        return Values.ordered(m);
    }

    /** The hyper-parameter {@code key} (one of the constants above). */
    public double value(String key) {
        return switch (key) {
            case MOMENTUM -> momentum;
            case DAMPENING -> dampening;
            case ALPHA -> alpha;
            case BETA1 -> beta1;
            case BETA2 -> beta2;
            case EPS -> eps;
            case CENTERED -> centered ? 1.0 : 0.0;
            case WEIGHT_DECAY -> weightDecay;
            default -> throw new IllegalArgumentException("no such hyper-parameter: " + key);
        };
    }

    /** This optimiser with hyper-parameter {@code key} set to {@code value} ({@code centered}: not 0 is true). */
    public Optimizer with(String key, double value) {
        value(key); // an unknown key throws
        return new Optimizer(
                kind,
                key.equals(MOMENTUM) ? value : momentum,
                key.equals(DAMPENING) ? value : dampening,
                key.equals(ALPHA) ? value : alpha,
                key.equals(BETA1) ? value : beta1,
                key.equals(BETA2) ? value : beta2,
                key.equals(EPS) ? value : eps,
                key.equals(CENTERED) ? value != 0.0 : centered,
                key.equals(WEIGHT_DECAY) ? value : weightDecay);
    }

    /** Whether every hyper-parameter is its default for the kind. */
    public boolean isDefault() {
        return equals(defaults(kind));
    }
}
