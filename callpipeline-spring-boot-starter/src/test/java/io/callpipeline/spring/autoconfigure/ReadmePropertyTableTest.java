package io.callpipeline.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's "Every property" table equal to the configuration metadata the build
 * generates from {@link CallPipelineProperties}, so the docs cannot drift from the code. On a
 * mismatch the expected table is in {@code target/property-table.md}, ready to paste.
 */
class ReadmePropertyTableTest {

    @Test
    void readmeListsEveryPropertyWithItsDefault() throws IOException {
        String table = expectedTable();
        Files.writeString(Path.of("target", "property-table.md"), table, StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        assertThat(readme).as("README's property table; the expected one is in target/property-table.md")
                .contains(table);
    }

    private static String expectedTable() throws IOException {
        try (InputStream in = ReadmePropertyTableTest.class
                .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            List<Map<String, Object>> properties = JsonPath.read(in, "$.properties[*]");
            return "| property | default | meaning |\n|---|---|---|\n" + properties.stream()
                    .map(p -> "| `" + p.get("name") + "` | " + defaultOf(p.get("defaultValue")) + " | "
                            + sentence((String) p.get("description")) + " |\n")
                    .sorted()
                    .collect(Collectors.joining());
        }
    }

    private static String defaultOf(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }

    private static String sentence(String description) {
        String text = description.replaceAll("\\{@code ([^}]*)}", "`$1`").replaceAll("\\s+", " ").strip();
        text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
