package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link in the repository's Markdown (README, docs/, scenario notes, module READMEs, the
 * scenario-format README) reaches an existing file and, with an anchor, an existing heading; and the
 * checker itself reports dead files and dead anchors.
 */
class MarkdownLinksTest {
    private static final Path REPO =
            BundledScenariosTest.DIR.toAbsolutePath().normalize().getParent();

    @Test
    void noRelativeLinkInTheRepositoryIsDead() {
        List<Path> files = MarkdownLinkChecker.markdownFiles(REPO);
        for (String expected : List.of(
                "README.md",
                "docs/README.md",
                "docs/facts.md",
                "docs/model.md",
                "scenarios/hubei-pilot.md",
                "scenarios/replay/README.md",
                "sim-cli/README.md",
                "sim-core/src/main/java/org/carbonsim/core/scenario/README.md")) {
            assertTrue(files.contains(REPO.resolve(expected)), "not scanned: " + expected + " in " + files);
        }
        assertEquals(List.of(), MarkdownLinkChecker.deadLinks(REPO, files));
    }

    @Test
    void reportsAMissingFileAndAMissingAnchorButNotLiveOrExternalLinks(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(
                dir.resolve("docs/facts.md"), "# Facts\n\n## 8.4 Allocation methods\n\n## Notes\n\n## Notes\n");
        Files.writeString(
                dir.resolve("README.md"),
                String.join(
                        "\n",
                        "See [facts](docs/facts.md), [§8.4](docs/facts.md#84-allocation-methods),",
                        "[second notes](docs/facts.md#notes-1), [web](https://example.org/x.md), [top](#readme).",
                        "# Readme",
                        "Dead: [gone](docs/gone.md) and [§9](docs/facts.md#9-missing).",
                        "`[in code](nowhere.md)`",
                        "```",
                        "[in a block](nowhere.md)",
                        "```",
                        ""));
        List<String> dead = MarkdownLinkChecker.deadLinks(dir, MarkdownLinkChecker.markdownFiles(dir));
        assertEquals(2, dead.size(), dead.toString());
        assertTrue(dead.get(0).startsWith("README.md:4: (docs/gone.md) no such file"), dead.get(0));
        assertTrue(dead.get(1).startsWith("README.md:4: (docs/facts.md#9-missing) no heading"), dead.get(1));
    }

    @Test
    void anchorsFollowGitHubRules() {
        assertEquals("84-allocation-methods", MarkdownLinkChecker.slug("8.4 Allocation methods"));
        assertEquals("13-inclusion-threshold-history", MarkdownLinkChecker.slug("1.3 Inclusion-threshold history"));
        assertEquals("when-firms-trade", MarkdownLinkChecker.slug("When firms trade"));
        assertEquals("the-model-see-docs", MarkdownLinkChecker.slug("The `model` (see [docs](docs/x.md))"));
        assertEquals("hubei--national", MarkdownLinkChecker.slug("Hubei — national"));
    }
}
