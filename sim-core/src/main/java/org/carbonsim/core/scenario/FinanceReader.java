package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carbonsim.core.finance.CashFirm;
import org.carbonsim.core.finance.FinanceRules;
import org.carbonsim.core.finance.FinancingKind;
import org.carbonsim.core.finance.ForwardRules;
import org.carbonsim.core.finance.PledgeRules;
import org.carbonsim.core.model.Enterprise;

/**
 * Reads the {@code finance} block: {@code forwards}, {@code pledges} and {@code cashFirms}, each
 * optional, every problem at its JSON path. Defaults follow Hubei's spot-forward product where it is
 * known (lot 100 t, the spot market's 10% limit) and are assumptions elsewhere (docs/model.md). A
 * firm takes the first {@code cashFirms} entry that names it, so an enterprise or sector named twice,
 * or an enterprise whose sector is listed too, is refused: the later entry would be ignored, or an
 * earlier one would override a sector's silently. Stateless.
 */
final class FinanceReader {
    private static final Values.Range PERCENT = new Values.Range(0, false, 100, false);
    private static final Values.Range POSITIVE_PERCENT = new Values.Range(0, true, 100, false);
    private static final Values.Range LIMIT = new Values.Range(0, true, 100, true);
    private static final Values.Range BELOW_HUNDRED = new Values.Range(0, false, 100, true);
    private static final Values.Range RATE = new Values.Range(0, false, 1_000, false);

    private FinanceReader() {}

    static FinanceRules read(Obj o, Problems problems, Map<String, Enterprise> enterprises, Set<String> sectorIds) {
        Set<String> enterpriseIds = enterprises.keySet();
        int before = problems.count();
        Optional<ForwardRules> forwards = Optional.empty();
        if (o.has("forwards")) {
            forwards = Optional.ofNullable(readForwards(o.object("forwards", "spot-forward contracts"), problems));
        }
        Optional<PledgeRules> pledges = Optional.empty();
        if (o.has("pledges")) {
            pledges = Optional.ofNullable(readPledges(o.object("pledges", "financing against allowances"), problems));
        }
        List<CashFirm> firms = new ArrayList<>();
        List<JsonElement> list = o.array("cashFirms", "enterprises whose cash is a real constraint");
        Map<String, String> sectorsNamed = new LinkedHashMap<>();
        Map<String, String> enterprisesNamed = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Obj f = Obj.of(list.get(i), Obj.index(o.path("cashFirms"), i), "a cash-constrained firm", problems);
            boolean bySector = f.has("sector");
            boolean byId = f.has("enterprise");
            int idBefore = problems.count();
            String id = bySector
                    ? f.requiredId("sector", "sector id")
                    : byId ? f.requiredId("enterprise", "enterprise id") : "";
            if (f.broken() || problems.count() > idBefore) {
                // an entry that is no object, or an id that is no id, is reported once, not as unknown too
                id = "";
            } else if (bySector == byId) {
                problems.add(f.path(), "expected exactly one of \"enterprise\" and \"sector\"");
            } else if (bySector && !sectorIds.contains(id)) {
                String hint = hint(id, sectorIds);
                problems.add(
                        f.path("sector"),
                        "unknown sector \"" + id + "\""
                                + (hint.isEmpty() && !sectorIds.isEmpty()
                                        ? " (sectors: " + String.join(", ", sectorIds) + ")"
                                        : hint));
            } else if (byId && !enterpriseIds.contains(id) && !enterpriseIds.isEmpty()) {
                problems.add(f.path("enterprise"), "unknown enterprise \"" + id + "\"" + hint(id, enterpriseIds));
            }
            Map<String, String> named = bySector ? sectorsNamed : enterprisesNamed;
            if (bySector != byId && !id.isEmpty()) {
                String first = named.putIfAbsent(id, f.path());
                if (first != null) {
                    problems.add(
                            f.path(bySector ? "sector" : "enterprise"),
                            (bySector ? "sector" : "enterprise") + " \"" + id + "\" is already listed at " + first
                                    + " (a firm takes one entry)");
                }
            }
            long cash = f.money("cash", 0, "CNY at the start of the run");
            long income = f.money("incomePerYear", 0, "CNY a year, spread over the trading days");
            f.finish();
            firms.add(new CashFirm(id, bySector, Math.max(0, cash), Math.max(0, income)));
        }
        enterprisesNamed.forEach((id, at) -> {
            Enterprise e = enterprises.get(id);
            String sectorAt = e == null ? null : sectorsNamed.get(e.sectorId());
            if (sectorAt != null) {
                problems.add(
                        at + ".enterprise",
                        "enterprise \"" + id + "\" is in sector \"" + e.sectorId() + "\", which " + sectorAt
                                + " lists already (a firm takes one entry)");
            }
        });
        o.finish();
        if (problems.count() > before) {
            return FinanceRules.NONE;
        }
        return new FinanceRules(forwards, pledges, firms);
    }

    private static String hint(String id, Set<String> known) {
        String suggestion = Values.suggestion(id, known);
        return suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)";
    }

    private static ForwardRules readForwards(Obj o, Problems problems) {
        int before = problems.count();
        List<Integer> months = new ArrayList<>();
        if (o.has("months")) {
            List<JsonElement> list = o.array("months", "delivery months, 1..12 ascending");
            for (int i = 0; i < list.size(); i++) {
                String p = Obj.index(o.path("months"), i);
                int mBefore = problems.count();
                int month = (int) Values.integer(list.get(i), p, 1, 12, "delivery month", problems, 1);
                if (problems.count() == mBefore && !months.isEmpty() && month <= months.get(months.size() - 1)) {
                    problems.add(
                            p,
                            "delivery months must be strictly ascending; " + month + " is not after "
                                    + months.get(months.size() - 1));
                }
                months.add(month);
            }
            if (list.isEmpty() && problems.count() == before) {
                problems.add(o.path("months"), "expected at least one delivery month, got an empty array");
            }
        } else {
            months.addAll(List.of(3, 6, 9, 12));
        }
        long lot = o.integer("lotTonnes", ForwardRules.HUBEI_LOT_TONNES, 1, 1_000_000, "t per lot");
        int limit = o.percentBasisPoints("limitPct", 1_000, LIMIT, "daily limit, % of the previous settlement");
        int initial = o.percentBasisPoints(
                "initialMarginPct", 2_000, POSITIVE_PERCENT, "initial margin, % of a position's value");
        int maintenance = o.percentBasisPoints(
                "maintenanceMarginPct",
                Math.min(initial, 1_500),
                PERCENT,
                "maintenance margin, % of a position's value");
        if (maintenance > initial && problems.count() == before) {
            problems.add(
                    o.path("maintenanceMarginPct"),
                    "maintenance margin " + maintenance / 100.0 + "% is above the initial margin " + initial / 100.0
                            + "%");
        }
        int grace = (int) o.integer("marginCallGraceDays", 1, 0, 366, "trading days a call may stay unmet");
        int penalty =
                o.percentBasisPoints("defaultPenaltyPct", 500, PERCENT, "% of the value closed out or not delivered");
        int carry = o.percentBasisPoints("carryRatePct", 500, RATE, "yearly interest rate in spot × (1 + r·t), %");

        Obj h = o.object("hedging", "compliance firms' hedge");
        int share =
                (int) Math.round(h.number("share", 0.3, Values.Range.SHARE, "share of the expected position") * 10_000);
        int lastMonth = months.isEmpty() ? 12 : months.get(months.size() - 1);
        // read as the long it is: cast to int first, 4294967308 would pass as month 12
        long monthRead = h.integer("month", lastMonth, Long.MIN_VALUE, Long.MAX_VALUE, "delivery month of the hedge");
        int hedgeMonth = lastMonth;
        if (months.stream().anyMatch(m -> m == monthRead)) {
            hedgeMonth = (int) monthRead;
        } else if (h.has("month") && problems.count() == before) {
            problems.add(
                    h.path("month"),
                    "unknown contract month " + monthRead + " (listed: "
                            + months.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
        int concession = h.percentBasisPoints("concessionPct", 100, PERCENT, "% over or under the fair price");
        h.finish();

        Obj s = o.object("speculators", "basis speculators");
        int count = (int) s.integer("count", 0, 0, 10_000, "speculators");
        long cash = s.money("cash", 0, "CNY each");
        int maxLots = (int) s.integer("maxLots", 10, 0, 1_000_000, "lots open at most");
        double probability = s.number("dailyProbability", 0.2, Values.Range.SHARE, "chance of trading on a day");
        int lookback = (int) s.integer("lookbackDays", 20, 1, 366, "trading days of the basis mean");
        int closeOut = (int) s.integer("closeOutDays", 5, 0, 366, "trading days before delivery");
        s.finish();

        Optional<ForwardRules.Arbitrageur> arbitrageur = Optional.empty();
        if (o.has("arbitrageur")) {
            Obj a = o.object("arbitrageur", "cash-and-carry arbitrageur");
            long arbCash = a.money("cash", 0, "CNY");
            long holdings = a.integer("holdingsTonnes", 0, 0, Values.MAX_TONNES, "t held for delivery");
            int spread = a.percentBasisPoints("spreadPct", 50, PERCENT, "% either side of the fair price");
            int arbLots = (int) a.integer("maxLots", 100, 0, 1_000_000, "lots a side");
            a.finish();
            arbitrageur = Optional.of(new ForwardRules.Arbitrageur(Math.max(0, arbCash), holdings, spread, arbLots));
        }
        o.finish();
        if (problems.count() > before) {
            return null;
        }
        return new ForwardRules(
                months,
                lot,
                limit,
                initial,
                maintenance,
                grace,
                penalty,
                carry,
                new ForwardRules.Hedging(share, hedgeMonth, concession),
                new ForwardRules.Speculators(count, Math.max(0, cash), maxLots, probability, lookback, closeOut),
                arbitrageur);
    }

    private static PledgeRules readPledges(Obj o, Problems problems) {
        int before = problems.count();
        FinancingKind kind = o.enumeration("kind", FinancingKind.class, FinancingKind.PLEDGE);
        int haircut = o.percentBasisPoints("haircutPct", 3_000, BELOW_HUNDRED, "% of the allowances' value not lent");
        int rate = o.percentBasisPoints("ratePct", 600, RATE, "yearly simple interest, %");
        int term = (int) o.integer("termDays", 60, 1, 366, "trading days to maturity");
        int maxShare =
                o.percentBasisPoints("maxSharePct", 5_000, PERCENT, "% of available allowances financed at most");
        o.finish();
        if (problems.count() > before) {
            return null;
        }
        return new PledgeRules(kind, haircut, rate, term, maxShare);
    }
}
