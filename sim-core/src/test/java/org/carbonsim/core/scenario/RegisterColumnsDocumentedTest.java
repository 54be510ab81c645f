package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scenario-format README's table of enterprise-register columns names every column the register
 * reads, the required ones marked so, and no other: a user writes a register from that table.
 */
class RegisterColumnsDocumentedTest {
    private static final Path README = Path.of("src/main/java/org/carbonsim/core/scenario/README.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|([^|]*)\\|", Pattern.MULTILINE);

    @Test
    void theReadmeTableListsEveryRegisterColumn() throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        int start = text.indexOf("## Enterprise registers (CSV)");
        String section = text.substring(start, text.indexOf("\n## ", start + 1));
        List<String> required = new ArrayList<>();
        List<String> all = new ArrayList<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            all.add(m.group(1));
            if (m.group(2).strip().equals("yes")) {
                required.add(m.group(1));
            }
        }
        List<String> expected = new ArrayList<>(EnterpriseRegister.REQUIRED);
        expected.addAll(EnterpriseRegister.OPTIONAL);
        expected.addAll(List.of("emissionsYYYY", "outputYYYY", "energyYYYY"));
        assertEquals(
                expected.stream().sorted().toList(),
                all.stream().sorted().toList(),
                "the columns of the README's register table (" + README + ")");
        assertEquals(EnterpriseRegister.REQUIRED, required, "the columns the README's table marks required");
    }
}
