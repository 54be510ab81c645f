package org.carbonsim.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scenario path may be written with a key in quotes and brackets ({@code market["limitPct"]}) as
 * well as after a dot: both name one value, and the checks of the study commands treat them as one. A
 * sweep over {@code market.limitPct=5,6} with {@code market["limitPct"]=7} as a second axis ran every
 * point at 7 while grid.csv said 5 and 6; a --param or --set on a value the uncertainty block draws
 * was accepted in the other spelling, and the block itself as a sensitivity --param was an unexpected
 * failure (exit 1).
 */
class PathSpellingsTest extends CommandLineTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sweep classroom-two-firms --runs 2 --set market.limitPct=5,6 --set market[\"limitPct\"]=7"
                        + " | --set market[\"limitPct\"]=7: $.market.limitPct is already swept by --set"
                        + " market.limitPct=5,6",
                "montecarlo classroom-two-firms --runs 2 --set market.limitPct=5 --set $[\"market\"].limitPct=7"
                        + " | --set $[\"market\"].limitPct=7: $.market.limitPct is already set by --set"
                        + " market.limitPct=5",
                "run classroom-two-firms --set $[\"market\"]={\"initialPrice\":15,\"limitPct\":5} --set"
                        + " market.limitPct=7 | --set market.limitPct=7: $.market.limitPct lies within $.market,",
                "montecarlo hubei-pilot-uncertain --years 1 --runs 2 --set market[\"initialPrice\"]=20"
                        + " | --set market[\"initialPrice\"]=20: $.market.initialPrice is drawn afresh in every run",
                "sweep hubei-pilot-uncertain --years 1 --runs 2 --set populations[02].growthRate=0.01,0.02"
                        + " | --set populations[02].growthRate=0.01,0.02: $.populations[2].growthRate is drawn afresh",
                "sensitivity classroom-two-firms --samples 2 --runs 1 --param market.limitPct=5:9 --param"
                        + " market[\"limitPct\"]=7:8 | --param market[\"limitPct\"]=7:8: $.market.limitPct is already"
                        + " given by --param market.limitPct=5:9",
                "sensitivity hubei-pilot-uncertain --years 1 --samples 2 --runs 1 --param"
                        + " market[\"initialPrice\"]=20:30 | --param market[\"initialPrice\"]=20:30:"
                        + " $.market.initialPrice is drawn afresh in every run",
                "sensitivity hubei-pilot-uncertain --years 1 --samples 2 --runs 1 --param"
                        + " $[\"uncertainty\"].parameters[1].distribution.high=2:3"
                        + " | --param $[\"uncertainty\"].parameters[1].distribution.high=2:3:"
                        + " $.uncertainty.parameters[1].distribution.high is part of the uncertainty block",
                "calibrate classroom-ten-firms --targets TARGETS --runs 2 --param market.initialPrice=30:60 --param"
                        + " market[\"initialPrice\"]=30:60 | --param market[\"initialPrice\"]=30:60:"
                        + " $.market.initialPrice is already given by --param market.initialPrice=30:60",
            })
    void twoSpellingsOfOnePathAreOnePath(String command, String message) throws Exception {
        String line = command.replace("TARGETS", StudyInputs.targets(dir).toString());
        assertRefusedInOneLine(line, "carbonsim: " + message, dir.resolve("out"));
    }
}
