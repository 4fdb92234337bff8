package org.netdeck.compute;

import java.util.List;
import org.netdeck.id.Identified;

/**
 * The optimisers, following PyTorch's {@code torch.optim} update rules; authors write the {@link Identified#id() id}
 * ({@code sgd}, {@code adam}, ...). Each lists the hyper-parameters it reads, by the key an author writes.
 */
public enum OptimizerKind implements Identified {
    /** Plain gradient descent, {@code torch.optim.SGD} without momentum: θ ← θ − α g. */
    SGD(List.of(Optimizer.WEIGHT_DECAY)),
    /** {@code torch.optim.SGD} with momentum μ (default 0.9) and dampening τ (default 0). */
    MOMENTUM(List.of(Optimizer.MOMENTUM, Optimizer.DAMPENING, Optimizer.WEIGHT_DECAY)),
    /** {@code torch.optim.SGD} with momentum μ (default 0.9) and {@code nesterov=True}. */
    NESTEROV(List.of(Optimizer.MOMENTUM, Optimizer.WEIGHT_DECAY)),
    /** {@code torch.optim.RMSprop}: α_sq (alpha) 0.99, ε 1e-8, momentum 0, not centered. */
    RMSPROP(List.of(Optimizer.ALPHA, Optimizer.EPS, Optimizer.MOMENTUM, Optimizer.CENTERED, Optimizer.WEIGHT_DECAY)),
    /** {@code torch.optim.Adam}: β1 0.9, β2 0.999, ε 1e-8, with bias correction. */
    ADAM(List.of(Optimizer.BETA1, Optimizer.BETA2, Optimizer.EPS, Optimizer.WEIGHT_DECAY));

    private final List<String> keys;

    OptimizerKind(List<String> keys) {
        this.keys = keys;
    }

    /** The hyper-parameters this optimiser reads, as authors write them ({@code beta1}, {@code eps}, ...). */
    public List<String> keys() {
        return keys;
    }
}
