package org.carbonsim.core.scenario;

import java.util.List;

/** A probability distribution of an uncertain scenario input. Closed set. Immutable records. */
public sealed interface Distribution
        permits Distribution.Normal,
                Distribution.LogNormal,
                Distribution.Uniform,
                Distribution.Triangular,
                Distribution.Beta,
                Distribution.Empirical {

    /** Normal with mean and standard deviation. */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            if (!(sd > 0)) {
                throw new IllegalArgumentException("sd must be > 0");
            }
        }
    }

    /** Log-normal: the log is normal with {@code mu} and {@code sigma}. */
    record LogNormal(double mu, double sigma) implements Distribution {
        public LogNormal {
            if (!(sigma > 0)) {
                throw new IllegalArgumentException("sigma must be > 0");
            }
        }
    }

    /** Uniform on [low, high]. */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            if (!(high > low)) {
                throw new IllegalArgumentException("high must be > low");
            }
        }
    }

    /** Triangular with low, mode and high. */
    record Triangular(double low, double mode, double high) implements Distribution {
        public Triangular {
            if (!(low <= mode && mode <= high && low < high)) {
                throw new IllegalArgumentException("need low <= mode <= high and low < high");
            }
        }
    }

    /** Beta(alpha, beta) scaled to [low, high]. */
    record Beta(double alpha, double beta, double low, double high) implements Distribution {
        public Beta {
            if (!(alpha > 0 && beta > 0 && high > low)) {
                throw new IllegalArgumentException("need alpha > 0, beta > 0, high > low");
            }
        }
    }

    /** Equally likely draws from the listed values. */
    record Empirical(List<Double> values) implements Distribution {
        public Empirical {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("at least one value is needed");
            }
        }
    }
}
