package org.carbonsim.core.scenario;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A valid base scenario that exercises most of the format, and small edits of it. */
public final class TestScenarios {
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    public static final String BASE =
            """
            {
              "$schema": "https://carbonsim.org/scenario.schema.json",
              "schemaVersion": 1,
              "name": "base",
              "description": "test base",
              "seed": 7,
              "calendar": {"startYear": 2024, "years": 2},
              "market": {"initialPrice": 25.50, "limitPct": 10, "feePct": 0.5},
              "sectors": [
                {"id": "cement", "name": "Cement", "productUnit": "t clinker",
                 "allocation": {"type": "benchmark", "benchmark": 0.8534}},
                {"id": "chemicals", "productUnit": "t product",
                 "allocation": {"type": "historicalEmissions", "baseYears": [2022, 2023], "controlFactor": 0.97},
                 "allocationChanges": [{"fromYear": 2025, "type": "historicalIntensity", "baseYears": [2024]}]}
              ],
              "enterprises": [
                {"id": "C1", "sector": "cement", "baseOutput": 1000000, "emissionIntensity": 0.9,
                 "abatement": {"type": "linear", "maxCost": 80, "maxShare": 0.2}},
                {"id": "K1", "sector": "chemicals", "baseOutput": 200000, "emissionIntensity": 1.5,
                 "abatement": {"type": "steps", "steps": [{"name": "heat pumps", "cost": 55.5, "share": 0.1}]},
                 "history": [{"year": 2022, "output": 190000, "emissions": 285000},
                             {"year": 2023, "output": 200000, "emissions": 300000, "energy": 110000}]}
              ],
              "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 13000}], "lookbackYears": 2},
              "allocation": {"cap": {"type": "given", "byYear": {"2024": 1000000, "2025": 950000}},
                             "governmentReserveShare": 0.08, "auctionShare": 0.02, "preAllocationShare": 0.5},
              "agents": {"defaultStrategy": "COMPLIANCE", "sectorStrategies": {"cement": "INACTIVE"},
                         "enterpriseStrategies": {"K1": "ZERO_INTELLIGENCE"},
                         "traders": [{"type": "noiseTraders", "count": 5, "maxOrderTonnes": 100, "cash": 10000}]},
              "policy": {"auctions": {"days": [0, 120], "reservePrice": 20},
                         "intervention": {"quantityTonnes": 50000}},
              "compliance": {"offsets": [{"id": "ccer", "supplyTonnesPerYear": 100000, "price": 61}],
                             "penalty": {"type": "hubei"}},
              "uncertainty": {"parameters": [{"path": "$.enterprises[0].baseOutput",
                                              "distribution": {"type": "normal", "mean": 1000000, "sd": 50000}}]}
            }
            """;

    private TestScenarios() {}

    static JsonObject base() {
        return JsonParser.parseString(BASE).getAsJsonObject();
    }

    /**
     * The base with the value at {@code path} ("market.initialPrice", "sectors.1.id") replaced by
     * {@code json}, or removed when {@code json} is {@code null}.
     */
    public static String edit(String path, String json) {
        return edit(BASE, path, json);
    }

    /**
     * {@code scenario} (JSON text) with the value at {@code path} replaced by {@code json}, or removed
     * when {@code json} is {@code null}, as {@link #edit(String, String)} edits the base.
     */
    public static String edit(String scenario, String path, String json) {
        JsonObject root = JsonParser.parseString(scenario).getAsJsonObject();
        String[] parts = path.split("\\.");
        JsonElement parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = step(parent, parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent.isJsonArray()) {
            int index = Integer.parseInt(last);
            if (json == null) {
                parent.getAsJsonArray().remove(index);
            } else if (index == parent.getAsJsonArray().size()) {
                parent.getAsJsonArray().add(JsonParser.parseString(json));
            } else {
                parent.getAsJsonArray().set(index, JsonParser.parseString(json));
            }
        } else if (json == null) {
            parent.getAsJsonObject().remove(last);
        } else {
            parent.getAsJsonObject().add(last, JsonParser.parseString(json));
        }
        return GSON.toJson(root);
    }

    private static JsonElement step(JsonElement e, String part) {
        return e.isJsonArray()
                ? e.getAsJsonArray().get(Integer.parseInt(part))
                : e.getAsJsonObject().get(part);
    }
}
