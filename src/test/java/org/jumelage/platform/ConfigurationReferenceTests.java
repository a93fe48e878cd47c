package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/configuration.md} is the settings' metadata rendered: every {@code jumelage.*} setting with its type,
 * default and description, as the configuration processor writes them from the records that read the settings (their
 * Javadoc, their {@code @DefaultValue}s) and from {@code META-INF/additional-spring-configuration-metadata.json}. A
 * setting is read only through such a record, never with {@code @Value}, so that none is left out and a wrong value
 * stops the start (ConfigurationValidationTests).
 */
class ConfigurationReferenceTests {

    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
    private static final Path REFERENCE = Path.of("docs/configuration.md");
    private static final Path FRESH = Path.of("target/configuration.md");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");

    /** A setting as the metadata describes it. */
    record Setting(String name, String type, String defaultValue, String description) {}

    /** The settings of one record (or of one group of the additional metadata), under its prefix. */
    record Group(String prefix, String source, List<Setting> settings) {}

    @Test
    void theReferenceIsTheMetadataRendered() throws IOException {
        String fresh = render(groups(), shipped());
        Files.writeString(FRESH, fresh);
        String current = Files.exists(REFERENCE) ? Files.readString(REFERENCE).replace("\r\n", "\n") : "";
        if (!current.equals(fresh)) {
            fail("docs/configuration.md is not the settings' metadata rendered (" + firstDifference(current, fresh)
                    + "): copy target/configuration.md to docs/configuration.md");
        }
    }

    @Test
    void everySettingHasATypeAndADescription() throws IOException {
        for (Group group : groups()) {
            for (Setting setting : group.settings()) {
                assertThat(setting.type()).as(setting.name() + "'s type").isNotBlank();
                assertThat(setting.description())
                        .as(setting.name() + "'s description (an @param of its record's Javadoc)")
                        .isNotBlank();
            }
        }
    }

    @Test
    void everySettingTheApplicationNamesIsInTheMetadata() throws IOException {
        TreeSet<String> known = new TreeSet<>();
        groups().forEach(group -> group.settings().forEach(setting -> known.add(setting.name())));
        TreeSet<String> named = new TreeSet<>();
        for (Path file : propertiesFiles()) {
            properties(file).stringPropertyNames().stream()
                    .filter(key -> key.startsWith("jumelage."))
                    .forEach(named::add);
            named.addAll(placeholders(Files.readString(file, StandardCharsets.ISO_8859_1)));
        }
        for (Path file : javaFiles()) {
            named.addAll(placeholders(Files.readString(file)));
        }
        named.removeAll(known);
        assertThat(named)
                .as("settings named in application*.properties or in a ${…} placeholder of the sources, but read by no"
                        + " @ConfigurationProperties record (nor described in"
                        + " META-INF/additional-spring-configuration-metadata.json)")
                .isEmpty();
    }

    @Test
    void noSettingIsReadWithValue() throws IOException {
        Pattern value = Pattern.compile("Value\\(\\s*\"\\$\\{jumelage");
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (value.matcher(lines.get(i)).find()) {
                    found.add(SOURCES.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(found)
                .as("@Value(\"${jumelage…}\"): read the setting through its module's @ConfigurationProperties record"
                        + " instead, so that it is validated at the start and documented in docs/configuration.md")
                .isEmpty();
    }

    /** The {@code jumelage.*} settings of the metadata, by the prefix of the record (or group) that reads them. */
    static List<Group> groups() throws IOException {
        if (!Files.exists(METADATA)) {
            fail(METADATA + " is missing: it is written by spring-boot-configuration-processor when the main sources"
                    + " are compiled (mvn compile)");
        }
        JsonNode metadata = JsonMapper.builder().build().readTree(METADATA.toFile());
        Map<String, String> prefixes = new TreeMap<>();
        for (JsonNode group : metadata.path("groups")) {
            String name = group.path("name").asString();
            // Groups of nested records (with their source method) belong to the record around them.
            if (name.startsWith("jumelage") && group.path("sourceMethod").isMissingNode()) {
                prefixes.put(name, group.path("sourceType").asString(""));
            }
        }
        Map<String, List<Setting>> settings = new TreeMap<>();
        prefixes.keySet().forEach(prefix -> settings.put(prefix, new ArrayList<>()));
        for (JsonNode property : metadata.path("properties")) {
            String name = property.path("name").asString();
            if (!name.startsWith("jumelage.")) {
                continue;
            }
            String prefix = prefixes.keySet().stream()
                    .filter(candidate -> name.startsWith(candidate + "."))
                    .reduce((shorter, longer) -> longer.length() > shorter.length() ? longer : shorter)
                    .orElseThrow(() -> new AssertionError(name + " belongs to no group of the metadata"));
            JsonNode defaultValue = property.path("defaultValue");
            settings.get(prefix)
                    .add(new Setting(
                            name,
                            property.path("type").asString(""),
                            defaultValue.isMissingNode() || defaultValue.isNull() ? null : defaultValue.asString(),
                            property.path("description").asString("")));
        }
        List<Group> groups = new ArrayList<>();
        settings.forEach((prefix, list) -> {
            list.sort(java.util.Comparator.comparing(Setting::name));
            groups.add(new Group(prefix, prefixes.get(prefix), list));
        });
        return groups;
    }

    /**
     * The values that the shipped {@code application.properties} sets (the default an installation starts with), and,
     * per profile, those that its {@code application-PROFILE.properties} sets: key, then profile ("" for none), then
     * value.
     */
    static Map<String, Map<String, String>> shipped() throws IOException {
        Map<String, Map<String, String>> values = new TreeMap<>();
        for (Path file : propertiesFiles()) {
            String fileName = file.getFileName().toString();
            String profile = fileName.equals("application.properties")
                    ? ""
                    : fileName.substring("application-".length(), fileName.length() - ".properties".length());
            Properties properties = properties(file);
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("jumelage.")) {
                    values.computeIfAbsent(key, any -> new TreeMap<>()).put(profile, properties.getProperty(key));
                }
            }
        }
        return values;
    }

    static String render(List<Group> groups, Map<String, Map<String, String>> shipped) {
        StringBuilder out = new StringBuilder();
        out.append("# Configuration reference\n\n");
        out.append("<!-- Generated by ConfigurationReferenceTests from the settings' metadata; do not edit. Change the"
                + " Javadoc or @DefaultValue of the record that reads a setting, run the test, and copy"
                + " target/configuration.md here. -->\n\n");
        out.append("Every setting of Jumelage's own (`jumelage.*`), as the records that read them describe them. Set"
                + " them as any Spring Boot setting: in an `application.properties` beside the launch script, as"
                + " arguments (`--jumelage.time-zone=Europe/Berlin`) or as environment variables (upper case, dots as"
                + " underscores, dashes left out: `JUMELAGE_TIMEZONE`). A value that cannot be read or breaks a"
                + " rule (a time zone that does not exist, a negative number of days, a cron expression with a"
                + " typo) stops the start with a message that names the setting.\n\n");
        out.append("Durations are written `PT15M`, `P30D` or `15m`, `12h`, `30d`; periods `P2Y`, `P3M`, `P30D`;"
                + " sizes `10MB`; cron expressions have six fields, seconds first (`0 40 3 * * *`: every night at"
                + " 3:40), and `-` switches a job off. The default is the value that the shipped"
                + " `application.properties` sets, else the record's own; a profile's own value (e.g. `postgres`)"
                + " is named beside it.\n\n");
        out.append("Spring Boot's settings (`spring.*`, `server.*`, `management.*`) are Spring Boot's; the"
                + " [README](../README.md#configure-it-for-a-city) and [deployment.md](deployment.md) name those that"
                + " an installation sets.\n");
        for (Group group : groups) {
            if (group.settings().isEmpty()) {
                continue;
            }
            out.append("\n## `").append(group.prefix()).append(".*`\n\n");
            if (!group.source().isEmpty()) {
                out.append("Read by `")
                        .append(group.source()
                                .replaceFirst("^org\\.jumelage\\.", "")
                                .replace('$', '.'))
                        .append("`.\n\n");
            }
            out.append("| Setting | Type | Default | Description |\n");
            out.append("|---|---|---|---|\n");
            for (Setting setting : group.settings()) {
                out.append("| `")
                        .append(setting.name())
                        .append("` | ")
                        .append(code(simpleType(setting.type())))
                        .append(" | ")
                        .append(defaultOf(setting, shipped.getOrDefault(setting.name(), Map.of())))
                        .append(" | ")
                        .append(cell(sentence(setting.description())))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String defaultOf(Setting setting, Map<String, String> shipped) {
        StringBuilder cell =
                new StringBuilder(value(shipped.containsKey("") ? shipped.get("") : setting.defaultValue()));
        shipped.forEach((profile, value) -> {
            if (!profile.isEmpty()) {
                cell.append("; profile `").append(profile).append("`: ").append(value(value));
            }
        });
        return cell.toString();
    }

    /** A value; one that an environment variable sets ({@code ${JUMELAGE_DEMO_DATA:false}}) with the variable. */
    private static String value(String value) {
        if (value == null) {
            return "none";
        }
        Matcher variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):(.*)}").matcher(value);
        if (variable.matches()) {
            return value(variable.group(2)) + " (`" + variable.group(1) + "`)";
        }
        return value.isEmpty() ? "empty" : code(value);
    }

    /** {@code java.util.Map<org.jumelage.people.Role,java.util.List<java.lang.String>>} as {@code Map<Role, List<String>>}. */
    private static String simpleType(String type) {
        return type.replaceAll("(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])", "")
                .replace('$', '.')
                .replace(",", ", ");
    }

    /** The Javadoc's inline tags as Markdown, starting with a capital letter. */
    private static String sentence(String description) {
        String text = description
                .replaceAll("\\{@code ([^}]*)}", "`$1`")
                .replaceAll("\\{@link(?:plain)? ([^}]*)}", "`$1`")
                .replaceAll("\\s+", " ")
                .strip();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A value as inline code: line breaks written {@code \n}, a value with a backtick fenced with two. */
    private static String code(String value) {
        String shown = cell(value.replace("\n", "\\n"));
        return shown.contains("`") ? "`` " + shown + " ``" : "`" + shown + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String firstDifference(String current, String fresh) {
        String[] was = current.split("\n", -1);
        String[] is = fresh.split("\n", -1);
        for (int i = 0; i < Math.min(was.length, is.length); i++) {
            if (!was[i].equals(is[i])) {
                return "line " + (i + 1) + " is \"" + was[i] + "\", the metadata gives \"" + is[i] + "\"";
            }
        }
        return was.length < is.length ? "it ends at line " + was.length : "it goes on past line " + is.length;
    }

    private static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher =
                Pattern.compile("\\$\\{(jumelage\\.[a-z0-9.-]*[a-z0-9])").matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<Path> propertiesFiles() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.filter(file -> file.getFileName().toString().matches("application(-[a-z0-9-]+)?\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }
}
