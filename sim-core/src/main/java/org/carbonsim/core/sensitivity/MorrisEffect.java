package org.carbonsim.core.sensitivity;

/**
 * The Morris elementary effects of one input on one output, in output units per whole range of the
 * input (the input scaled to [0, 1]). NaN (undefined) when no effect of the input could be computed.
 * Immutable.
 *
 * @param mu mean of the effects (signed)
 * @param muStar mean of their absolute values: the screening measure of Campolongo et al. (2007)
 * @param sigma their standard deviation: large when the effect depends on the other inputs
 *     (interactions) or on the input's own level (non-linearity)
 * @param effects how many effects were averaged
 */
public record MorrisEffect(double mu, double muStar, double sigma, int effects) {
    public MorrisEffect {
        if (effects < 0) {
            throw new IllegalArgumentException("effects must be >= 0, got " + effects);
        }
    }
}
