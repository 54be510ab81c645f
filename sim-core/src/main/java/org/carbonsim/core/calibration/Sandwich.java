package org.carbonsim.core.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The MSM sandwich covariance of the estimated parameters, c (DᵀWD)⁻¹ DᵀWΩWD (DᵀWD)⁻¹, for a
 * Jacobian D of the moments (moments × parameters), a diagonal weight matrix W, the covariance Ω of
 * the moments, and the factor c (1 + 1/N for N simulated histories against one observed). Stateless.
 */
final class Sandwich {
    /** Above this condition number DᵀWD is treated as singular (pass D in the box's scaled units). */
    private static final double SINGULAR_CONDITION = 1e12;

    private Sandwich() {}

    /** The standard errors, or empty if DᵀWD is singular or the result is not finite. */
    static Optional<List<Double>> standardErrors(double[][] d, double[] w, double[][] omega, double factor) {
        RealMatrix jac = new Array2DRowRealMatrix(d, true);
        RealMatrix weights = MatrixUtils.createRealDiagonalMatrix(w);
        RealMatrix bread = jac.transpose().multiply(weights).multiply(jac);
        SingularValueDecomposition svd = new SingularValueDecomposition(bread);
        if (!(svd.getConditionNumber() < SINGULAR_CONDITION)) {
            return Optional.empty();
        }
        RealMatrix inverse = svd.getSolver().getInverse();
        RealMatrix meat = jac.transpose()
                .multiply(weights)
                .multiply(new Array2DRowRealMatrix(omega, true))
                .multiply(weights)
                .multiply(jac);
        RealMatrix v = inverse.multiply(meat).multiply(inverse).scalarMultiply(factor);
        List<Double> errors = new ArrayList<>();
        for (int j = 0; j < v.getRowDimension(); j++) {
            double e = Math.sqrt(Math.max(0, v.getEntry(j, j)));
            if (!Double.isFinite(e)) {
                return Optional.empty();
            }
            errors.add(e);
        }
        return Optional.of(errors);
    }
}
