package org.carbonsim.core.allocation;

/**
 * The shares a year's cap is split by, and the share of each enterprise's expected allocation issued
 * when the year opens. Shares of the cap are fractions of it; the three set aside may not take more
 * than the whole cap. Immutable.
 *
 * @param governmentReserveShare share of the cap kept as government reserve (Hubei 2017: 0.08)
 * @param newEntrantReserveShare share of the cap kept for enterprises that enter mid-scenario
 * @param auctionShare share of the cap sold at auction (Hubei 2014: 7.8 of 324 Mt, about 0.024)
 * @param preAllocationShare share of the expected allocation issued at the start of the year (Hubei
 *     2017: 0.5; from 2021 Hubei allocated after verification)
 */
public record AllocationShares(
        double governmentReserveShare, double newEntrantReserveShare, double auctionShare, double preAllocationShare) {
    public AllocationShares {
        checkShare(governmentReserveShare, "governmentReserveShare");
        checkShare(newEntrantReserveShare, "newEntrantReserveShare");
        checkShare(auctionShare, "auctionShare");
        checkShare(preAllocationShare, "preAllocationShare");
        if (governmentReserveShare + newEntrantReserveShare + auctionShare > 1 + 1e-12) {
            throw new IllegalArgumentException("reserve and auction shares add up to more than the whole cap");
        }
    }

    /** The share of the cap left for free allocation. */
    public double freeShare() {
        return 1 - governmentReserveShare - newEntrantReserveShare - auctionShare;
    }

    private static void checkShare(double share, String name) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + share);
        }
    }
}
