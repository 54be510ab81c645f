package org.carbonsim.core.engine;

import java.util.Objects;

/**
 * One enterprise in one year of a run, whether covered or not. {@code emissions} = business-as-usual
 * − {@code abatement}; for a covered enterprise obligation = emissions = surrendered + offsets +
 * borrowed + shortfall. Tonnes and fen. Immutable.
 *
 * @param year the compliance year
 * @param enterpriseId the enterprise
 * @param sectorId its sector
 * @param covered whether it was covered
 * @param reason the coverage reason's name
 * @param newEntrant whether it entered the scheme this year
 * @param allocation final free allocation, t
 * @param emissions verified emissions, t
 * @param abatement business-as-usual minus verified emissions, t
 * @param surrendered allowances surrendered, t
 * @param offsets offset credits surrendered, t
 * @param shortfall obligation left unmet, t
 * @param penalty fine, fen
 * @param bought tonnes bought on the exchange and in auctions
 * @param sold tonnes sold on the exchange
 * @param banked allowances carried into the next year, t
 * @param cancelled allowances the banking rule cancelled at this year's deadline, t
 * @param deducted tonnes withheld from this year's issuance for what it owed (an earlier shortfall's
 *     or misreport's deduction, borrowed tonnes), t: last year's {@code banked} + {@code allocation} −
 *     {@code deducted} + {@code bought} − {@code sold} − {@code surrendered} − {@code cancelled} is
 *     {@code banked}
 */
public record EnterpriseResult(
        int year,
        String enterpriseId,
        String sectorId,
        boolean covered,
        String reason,
        boolean newEntrant,
        long allocation,
        long emissions,
        long abatement,
        long surrendered,
        long offsets,
        long shortfall,
        long penalty,
        long bought,
        long sold,
        long banked,
        long cancelled,
        long deducted) {
    public EnterpriseResult {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(reason, "reason");
    }
}
