package org.carbonsim.core.finance;

/**
 * One monthly delivery contract: the year and month of delivery and the trading day (0-based, of a
 * year of {@code tradingDays}) on which it last trades and delivers, the last trading day of its
 * month. Its code follows Hubei's spot-forward product, {@code HBEA} and the delivery year and month
 * ({@code HBEA2412}). Immutable.
 *
 * @param year delivery year
 * @param month delivery month, 1..12
 * @param deliveryDay 0-based trading day of the year on which it delivers
 */
public record ForwardContract(int year, int month, int deliveryDay) {
    public ForwardContract {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be in 1..12, got " + month);
        }
        if (deliveryDay < 0) {
            throw new IllegalArgumentException("deliveryDay must be >= 0, got " + deliveryDay);
        }
    }

    /** The contract of {@code month} in {@code year}, delivering on its month's last trading day. */
    public static ForwardContract of(int year, int month, int tradingDays) {
        return new ForwardContract(year, month, lastTradingDayOf(month, tradingDays));
    }

    /**
     * The 0-based trading day on which {@code month} ends when a year's {@code tradingDays} are spread
     * evenly over twelve months: {@code ceil(month × tradingDays / 12) − 1}.
     */
    public static int lastTradingDayOf(int month, int tradingDays) {
        return Math.max(0, (month * tradingDays + 11) / 12 - 1);
    }

    /** The exchange code, {@code HBEA} with the two-digit year and month ({@code HBEA2412}). */
    public String code() {
        // two digits each, ASCII whatever the default locale (a formatter would use the locale's digits)
        int yy = Math.floorMod(year, 100);
        return "HBEA" + (char) ('0' + yy / 10) + (char) ('0' + yy % 10) + (char) ('0' + month / 10)
                + (char) ('0' + month % 10);
    }
}
