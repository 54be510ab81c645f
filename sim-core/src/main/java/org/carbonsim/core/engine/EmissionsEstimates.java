package org.carbonsim.core.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.ProductionModel;

/**
 * How covered enterprises learn their emissions during a year, a model assumption with its
 * parameters in {@link ComplianceTraderParams}. The year's business-as-usual emissions are drawn when
 * the year opens, from a generator seeded by the simulation's one random source, and the same draw
 * settles them at verification. On the year's first day and every {@code estimateIntervalDays}
 * trading days after, until verification, each enterprise estimates them as {@code true × (1 + ε)},
 * where {@code ε} is normal with standard deviation {@code estimateErrorSd × √(1 − t / v)} ({@code t}
 * the day, {@code v} the verification day), drawn afresh each time and cut at three standard
 * deviations: early estimates are rough, later ones close, and verification exact. Its expected need
 * moves by the change of its estimate from the forecast it planned with, times the share of emissions
 * its planned abatement leaves, less the move of an output-based allocation, which the true-up sets on
 * actual output: the planned allocation × (estimate ÷ forecast − 1). The estimate's
 * standard deviation in tonnes is the need's uncertainty ({@link Position#needUncertaintyTonnes}).
 * Not thread-safe.
 */
final class EmissionsEstimates {
    private final ComplianceTraderParams params;
    private final int verificationDay;
    private final Map<String, Long> trueBauTonnes;
    /** Per enterprise, the move applied to its need so far, t: a one-element array, updated in place. */
    private final Map<String, long[]> appliedTonnes = new HashMap<>();
    /** The list of firms {@link #truths} and {@link #applied} were looked up for, by identity; null before. */
    private List<Firm> resolvedFor;
    /** Per firm of {@link #resolvedFor}, by its place: its simulated emissions, or null for its forecast. */
    private Long[] truths;
    /** Per firm of {@link #resolvedFor}, by its place: its entry of {@link #appliedTonnes}. */
    private long[][] applied;

    /**
     * @param outcomeSeed the seed of the generator that will simulate the year's output at
     *     verification; the estimates read the same draws
     */
    EmissionsEstimates(
            Economy economy, int year, long outcomeSeed, ComplianceTraderParams params, int verificationDay) {
        this.params = params;
        this.verificationDay = verificationDay;
        SplittableRandom outcome = new SplittableRandom(outcomeSeed);
        List<Enterprise> enterprises = economy.enterprises();
        trueBauTonnes = new HashMap<>(enterprises.size() * 4 / 3 + 1);
        for (Enterprise enterprise : enterprises) {
            trueBauTonnes.put(
                    enterprise.id(),
                    ProductionModel.simulate(enterprise, year, 0, outcome).bauEmissionsTonnes());
        }
    }

    /** Whether the enterprises make an estimate on {@code day}. */
    boolean estimatesOn(int day) {
        return params.estimateIntervalDays() > 0 && day < verificationDay && day % params.estimateIntervalDays() == 0;
    }

    /**
     * Each firm's estimate on {@code day}, applied to its position: the need moves by the change of
     * the estimate, and the need's uncertainty becomes the estimate's standard deviation.
     *
     * @param firms the covered enterprises, in a fixed order (the draws follow it)
     */
    void estimate(int day, List<Firm> firms, SplittableRandom random) {
        double sd = params.estimateErrorSd() * Math.sqrt(1 - (double) day / verificationDay);
        resolve(firms);
        for (int f = 0; f < truths.length; f++) {
            Firm firm = firms.get(f);
            double error = sd == 0 ? 0 : sd * Math.max(-3, Math.min(3, random.nextGaussian()));
            Long simulated = truths[f];
            long truth = simulated != null ? simulated : firm.forecastTonnes();
            double left = 1 - firm.plannedShare();
            double estimated = truth * (1 + error);
            long moved = Math.round((estimated - firm.forecastTonnes()) * left
                    - (firm.forecastTonnes() == 0
                            ? 0
                            : firm.outputLinkedAllocationTonnes() * (estimated / firm.forecastTonnes() - 1)));
            long[] appliedToFirm = applied[f];
            Position position = firm.position();
            position.updateExpectedNeed(Math.addExact(position.expectedNeedTonnes(), moved - appliedToFirm[0]));
            position.updateNeedUncertainty(Math.round(sd * truth * left));
            appliedToFirm[0] = moved;
        }
    }

    /**
     * Looks up each of {@code firms}' simulated emissions and applied move once, by its place in the
     * list: a year's estimates read the same list on every day of estimates, and the look-ups by id
     * were most of their cost. A different list, or one whose size changed, is looked up afresh.
     */
    private void resolve(List<Firm> firms) {
        if (firms == resolvedFor && truths.length == firms.size()) {
            return;
        }
        truths = new Long[firms.size()];
        applied = new long[firms.size()][];
        for (int f = 0; f < truths.length; f++) {
            String id = firms.get(f).enterpriseId();
            truths[f] = trueBauTonnes.get(id);
            applied[f] = appliedTonnes.computeIfAbsent(id, key -> new long[1]);
        }
        resolvedFor = firms;
    }

    /**
     * A covered enterprise as the estimates see it.
     *
     * @param forecastTonnes the business-as-usual emissions it planned the year with, t
     * @param plannedShare its planned abatement share
     * @param outputLinkedAllocationTonnes its planned allocation where the true-up follows its output
     *     (an output-based method), t; 0 where it does not
     */
    record Firm(
            String enterpriseId,
            Position position,
            long forecastTonnes,
            double plannedShare,
            long outputLinkedAllocationTonnes) {}
}
