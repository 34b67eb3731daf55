package io.callpipeline.spring.testing;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A module's properties as the docs print them, made from the configuration metadata its build
 * generates, so a test can hold the docs to the code: the full table of {@code docs/properties.md}
 * (name, default, meaning) and the README's short list (every name with its default, a line per
 * group). Both are also written next to the metadata ({@code target/property-table.md},
 * {@code target/property-list.md}), ready to paste.
 */
public final class PropertyTable {

    private PropertyTable() {
    }

    /** The full table, from {@code target/classes/META-INF/spring-configuration-metadata.json} of the module under test. */
    public static String ofThisModule() throws IOException {
        String table = "| property | default | meaning |\n|---|---|---|\n" + properties().stream()
                .map(p -> "| `" + p.get("name") + "` | " + defaultOf(p.get("defaultValue")) + " | "
                        + sentence((String) p.get("description")) + " |\n")
                .sorted()
                .collect(Collectors.joining());
        Files.writeString(Path.of("target", "property-table.md"), table, StandardCharsets.UTF_8);
        return table;
    }

    /**
     * The short list: one line per group of properties that share a prefix, each name after it with
     * its default ({@code name=default}; a bare name has none).
     */
    public static String listOfThisModule() throws IOException {
        Map<String, Map<String, String>> groups = new TreeMap<>();
        for (Map<String, Object> p : properties()) {
            String name = (String) p.get("name");
            int dot = name.lastIndexOf('.');
            Object value = p.get("defaultValue");
            String shown = value == null ? "" : defaultOf(value);
            groups.computeIfAbsent(name.substring(0, dot), g -> new TreeMap<>())
                    .put(name.substring(dot + 1), shown.isEmpty() ? "`" + name.substring(dot + 1) + "`"
                            : "`" + name.substring(dot + 1) + "=" + shown + "`");
        }
        String list = groups.entrySet().stream()
                .map(g -> "- `" + g.getKey() + ".`: " + String.join(", ", g.getValue().values()) + "\n")
                .collect(Collectors.joining());
        Files.writeString(Path.of("target", "property-list.md"), list, StandardCharsets.UTF_8);
        return list;
    }

    /** The repository's README, one level above the module. */
    public static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    /** The repository's {@code docs/properties.md}, one level above the module. */
    public static String propertiesDoc() throws IOException {
        return Files.readString(Path.of("..", "docs", "properties.md"), StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> properties() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "META-INF",
                "spring-configuration-metadata.json"))) {
            return JsonPath.read(in, "$.properties[*]");
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
