package io.callpipeline.spring.testing;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The README's property table for a module, made from the configuration metadata its build
 * generates, so a test can hold the docs to the code. The table is also written next to the
 * metadata ({@code target/property-table.md}), ready to paste.
 */
public final class PropertyTable {

    private PropertyTable() {
    }

    /** Reads {@code target/classes/META-INF/spring-configuration-metadata.json} of the module under test. */
    public static String ofThisModule() throws IOException {
        String table;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "META-INF",
                "spring-configuration-metadata.json"))) {
            List<Map<String, Object>> properties = JsonPath.read(in, "$.properties[*]");
            table = "| property | default | meaning |\n|---|---|---|\n" + properties.stream()
                    .map(p -> "| `" + p.get("name") + "` | " + defaultOf(p.get("defaultValue")) + " | "
                            + sentence((String) p.get("description")) + " |\n")
                    .sorted()
                    .collect(Collectors.joining());
        }
        Files.writeString(Path.of("target", "property-table.md"), table, StandardCharsets.UTF_8);
        return table;
    }

    /** The repository's README, one level above the module. */
    public static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
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
