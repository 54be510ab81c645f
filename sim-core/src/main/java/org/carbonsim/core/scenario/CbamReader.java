package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.carbonsim.core.cbam.CbamExporter;
import org.carbonsim.core.cbam.CbamGoods;
import org.carbonsim.core.cbam.CbamRules;
import org.carbonsim.core.cbam.PhaseIn;
import org.carbonsim.core.model.Enterprise;

/**
 * Reads a scenario's optional {@code cbam} block: {@code {"exporters": [{"sector": "cement",
 * "enterprise": "C1", "goods": "CEMENT", "euExportShare": 0.05, "embeddedIntensity": 0.85}],
 * "euPrice": {"eurPerTonne": {"2026": 80}, "cnyPerEur": {"2026": 7.8}}, "phaseIn": {"2026":
 * 0.025}}}. {@code enterprise} is optional (the whole sector otherwise); {@code phaseIn} defaults to
 * the EU schedule. Every calendar year whose CBAM factor is above 0 needs an EU price and an exchange
 * rate; the price is converted to fen per tonne here, at the edge. Problems are reported at their
 * JSON paths. Stateless.
 */
final class CbamReader {
    private static final Values.Range RATE = new Values.Range(0, true, 1000, false);
    private static final Values.Range INTENSITY = new Values.Range(0, true, 1000, false);

    private CbamReader() {}

    static Optional<CbamRules> read(
            Obj o,
            ScenarioLoader loader,
            Problems problems,
            Map<String, Enterprise> enterprises,
            int startYear,
            int endYear) {
        int before = problems.count();
        List<CbamExporter> exporters = new ArrayList<>();
        Map<String, String> sectorEntries = new LinkedHashMap<>();
        List<JsonElement> list = o.array("exporters", "who exports what to the EU");
        if (list.isEmpty()) {
            problems.add(o.path("exporters"), "expected at least one exporter (a sector in CBAM's scope)");
        }
        for (int i = 0; i < list.size(); i++) {
            int eBefore = problems.count();
            Obj e = Obj.of(list.get(i), Obj.index(o.path("exporters"), i), "a CBAM exporter", problems);
            String sector = e.requiredId("sector", "sector id");
            if (!sector.isEmpty()) {
                loader.sectors().unit(sector, e.path("sector"));
            }
            Optional<String> enterprise = Optional.empty();
            if (e.has("enterprise")) {
                String id = e.requiredId("enterprise", "enterprise id");
                Enterprise known = enterprises.get(id);
                if (known == null) {
                    String suggestion = Values.suggestion(id, enterprises.keySet());
                    problems.add(
                            e.path("enterprise"),
                            "unknown enterprise \"" + id + "\""
                                    + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)"));
                } else if (!known.sectorId().equals(sector)) {
                    problems.add(
                            e.path("enterprise"),
                            "enterprise \"" + id + "\" is in sector \"" + known.sectorId() + "\", not \"" + sector
                                    + "\"");
                }
                enterprise = Optional.of(id);
            } else if (sectorEntries.containsKey(sector)) {
                problems.add(
                        e.path("sector"),
                        "sector \"" + sector + "\" already has an entry at " + sectorEntries.get(sector)
                                + " (add \"enterprise\" to set one firm apart)");
            } else {
                sectorEntries.put(sector, e.path());
            }
            CbamGoods goods = e.enumeration("goods", CbamGoods.class, null);
            if (goods == null && !e.has("goods") && !e.broken()) {
                problems.add(
                        e.path("goods"),
                        "expected one of CEMENT, IRON_AND_STEEL, ALUMINIUM, FERTILISERS, HYDROGEN,"
                                + " ELECTRICITY (the goods in CBAM's scope), got none");
            }
            double share =
                    e.requiredNumber("euExportShare", Values.Range.SHARE, "share of output exported to the EU", 0);
            double intensity = e.requiredNumber("embeddedIntensity", INTENSITY, "t CO2e embedded per product unit", 1);
            e.finish();
            Optional<String> forEnterprise = enterprise;
            if (problems.count() == eBefore) {
                exporters.add(new CbamExporter(sector, forEnterprise, goods, share, intensity));
            }
        }
        PhaseIn phaseIn = o.has("phaseIn") ? readPhaseIn(o, problems) : PhaseIn.EU_SCHEDULE;
        Map<Integer, Long> euPrice = new TreeMap<>();
        Obj price = o.requiredObject("euPrice", "the EU allowance price and the exchange rate by year");
        Map<Integer, Long> eurCents = yearMap(
                price,
                "eurPerTonne",
                problems,
                (v, at) -> Values.money(v, at, true, "euros", "EUR per t", problems, 0));
        Map<Integer, Double> rates = yearMap(
                price, "cnyPerEur", problems, (v, at) -> Values.number(v, at, RATE, "CNY per EUR", problems, 1));
        price.finish();
        if (phaseIn != null && problems.count() == before) {
            List<Integer> withoutPrice = new ArrayList<>();
            List<Integer> withoutRate = new ArrayList<>();
            for (int year = startYear; year <= endYear; year++) {
                if (phaseIn.basisPoints(year) == 0) {
                    continue;
                }
                if (!eurCents.containsKey(year)) {
                    withoutPrice.add(year);
                } else if (!rates.containsKey(year)) {
                    withoutRate.add(year);
                }
            }
            reportMissing(price.path("eurPerTonne"), "the EU allowance price", withoutPrice, phaseIn, problems);
            reportMissing(price.path("cnyPerEur"), "the exchange rate", withoutRate, phaseIn, problems);
            for (Map.Entry<Integer, Long> entry : eurCents.entrySet()) {
                Double rate = rates.get(entry.getKey());
                if (rate != null) {
                    euPrice.put(
                            entry.getKey(),
                            BigDecimal.valueOf(entry.getValue())
                                    .multiply(BigDecimal.valueOf(rate))
                                    .setScale(0, RoundingMode.HALF_UP)
                                    .longValueExact());
                }
            }
        }
        o.finish();
        if (problems.count() > before || phaseIn == null) {
            return Optional.empty();
        }
        CbamRules rules = new CbamRules(exporters, phaseIn, euPrice);
        String tooLarge = tooLarge(rules, enterprises, startYear, endYear);
        if (tooLarge != null) {
            problems.add(price.path("eurPerTonne"), tooLarge);
            return Optional.empty();
        }
        return Optional.of(rules);
    }

    /**
     * One problem for all the years that lack {@code what}, so that a long calendar does not repeat it
     * once a year: a single year with its CBAM factor, several as runs of consecutive years.
     */
    private static void reportMissing(
            String path, String what, List<Integer> years, PhaseIn phaseIn, Problems problems) {
        if (years.size() == 1) {
            int year = years.get(0);
            problems.add(
                    path,
                    "missing " + what + " of " + year + " (the CBAM factor is "
                            + BigDecimal.valueOf(phaseIn.basisPoints(year), 2)
                                    .stripTrailingZeros()
                                    .toPlainString()
                            + "% that year)");
        } else if (!years.isEmpty()) {
            problems.add(
                    path,
                    "missing " + what + " of " + years.size() + " years, " + yearRuns(years)
                            + " (the CBAM factor is above 0 in each)");
        }
    }

    /** Ascending years as runs: {@code 2026, 2028-2030}. */
    private static String yearRuns(List<Integer> years) {
        StringBuilder text = new StringBuilder();
        int from = years.get(0);
        for (int i = 1; i <= years.size(); i++) {
            if (i == years.size() || years.get(i) != years.get(i - 1) + 1) {
                int to = years.get(i - 1);
                text.append(text.length() == 0 ? "" : ", ").append(from).append(to == from ? "" : "-" + to);
                if (i < years.size()) {
                    from = years.get(i);
                }
            }
        }
        return text.toString();
    }

    /**
     * The problem when a year's bill cannot be counted: the EU price in yuan above the largest price a
     * scenario may give, or the exporters' embedded emissions (their trend output in that year, with room
     * for shocks of {@link Magnitudes#SHOCK_HEADROOM} times it) at that price beyond what fen can count;
     * {@code null} when every year's can.
     */
    private static String tooLarge(CbamRules rules, Map<String, Enterprise> enterprises, int startYear, int endYear) {
        BigDecimal maxFen = Values.MAX_YUAN.movePointRight(2);
        BigDecimal limitFen = BigDecimal.valueOf(Long.MAX_VALUE / 2);
        for (int year = startYear; year <= endYear; year++) {
            OptionalLong priceFen = rules.euPriceFen(year);
            if (priceFen.isEmpty()) {
                continue;
            }
            BigDecimal price = BigDecimal.valueOf(priceFen.getAsLong());
            if (price.compareTo(maxFen) > 0) {
                return "the EU price of " + year + " is "
                        + price.movePointLeft(2).toPlainString()
                        + " CNY per t at its exchange rate, above the largest price a scenario may give, "
                        + Values.MAX_YUAN.toPlainString();
            }
            BigDecimal embedded = BigDecimal.ZERO;
            for (Enterprise e : enterprises.values()) {
                Optional<CbamExporter> exporter = rules.exporterOf(e.sectorId(), e.id());
                if (exporter.isPresent()) {
                    embedded = embedded.add(BigDecimal.valueOf(e.output().trendOutputUnits(year))
                            .multiply(BigDecimal.valueOf(Magnitudes.SHOCK_HEADROOM))
                            .multiply(BigDecimal.valueOf(exporter.get().euExportShare()))
                            .multiply(BigDecimal.valueOf(exporter.get().embeddedIntensity())));
                }
            }
            if (embedded.multiply(price).compareTo(limitFen) > 0) {
                return "the bill of " + year + " cannot be counted in fen: the exporters' embedded emissions"
                        + " (up to "
                        + embedded.divide(BigDecimal.valueOf(Magnitudes.SHOCK_HEADROOM))
                                .setScale(0, RoundingMode.HALF_UP)
                                .toPlainString()
                        + " t on trend) at " + price.movePointLeft(2).toPlainString()
                        + " CNY per t; lower the EU price, the export shares or the embedded intensities";
            }
        }
        return null;
    }

    private static PhaseIn readPhaseIn(Obj o, Problems problems) {
        int before = problems.count();
        Map<Integer, Double> shares = yearMap(
                o,
                "phaseIn",
                problems,
                (v, at) -> Values.number(
                        v, at, Values.Range.SHARE, "CBAM factor, share of the full liability", problems, 0));
        if (problems.count() > before) {
            return null;
        }
        if (shares.isEmpty()) {
            problems.add(
                    o.path("phaseIn"),
                    "expected the CBAM factor of at least one year, {\"2026\": 0.025}; leave phaseIn out for the"
                            + " EU schedule");
            return null;
        }
        Map<Integer, Integer> basisPoints = new TreeMap<>();
        shares.forEach((year, share) -> basisPoints.put(year, (int) Math.round(share * PhaseIn.FULL)));
        return new PhaseIn(basisPoints);
    }

    /** How one value of a year-keyed map is read at its path. */
    private interface ValueReader<T> {
        T read(JsonElement value, String path);
    }

    private static <T> Map<Integer, T> yearMap(Obj o, String key, Problems problems, ValueReader<T> reader) {
        Map<Integer, T> map = new TreeMap<>();
        Obj years = o.requiredObject(key, "values by year, {\"2026\": ...}");
        for (String yearKey : years.keys()) {
            String at = years.path(yearKey);
            JsonElement value = years.get(yearKey);
            if (!yearKey.matches("\\d{4}")
                    || Integer.parseInt(yearKey) < Calendar.FIRST_YEAR
                    || Integer.parseInt(yearKey) > Calendar.LAST_YEAR) {
                problems.add(
                        at,
                        "expected a year in " + Calendar.FIRST_YEAR + ".." + Calendar.LAST_YEAR + " as the key, got "
                                + Values.describe(new com.google.gson.JsonPrimitive(yearKey)));
                continue;
            }
            map.put(Integer.parseInt(yearKey), reader.read(value, at));
        }
        years.finish();
        return map;
    }
}
