package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible word is a message key, present in German and English: fails on a key missing in a locale, on a key a
 * template uses that no bundle has, and on literal text in templates.
 */
class MessagesTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)(?:\\}|\\()");
    private static final Pattern KEY_WITH_ENUM = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)\\.__\\$\\{");
    private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<]*)<");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(?:aria-label|title|placeholder|alt)=\"([^\"]*)\"");
    private static final Set<String> TEXT_ATTRIBUTES =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors", "th:remove");

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            Set<String> german = load(MESSAGES.resolve(bundle + ".properties")).stringPropertyNames();
            Set<String> english =
                    load(MESSAGES.resolve(bundle + "_en.properties")).stringPropertyNames();
            assertThat(new TreeSet<>(english))
                    .as("keys of %s_en.properties compared with %s.properties", bundle, bundle)
                    .isEqualTo(new TreeSet<>(german));
        }
    }

    /** A key in two bundles means whichever loads last: one page would show the other's text. */
    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        java.util.Map<String, String> definedIn = new java.util.TreeMap<>();
        List<String> twice = new java.util.ArrayList<>();
        for (String bundle : bundles()) {
            for (String key : load(MESSAGES.resolve(bundle + ".properties")).stringPropertyNames()) {
                String other = definedIn.putIfAbsent(key, bundle);
                if (other != null) {
                    twice.add(key + " in " + other + " and " + bundle);
                }
            }
        }
        assertThat(twice).as("keys defined in two bundles").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : bundles()) {
            keys.addAll(load(MESSAGES.resolve(bundle + ".properties")).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            Matcher matcher = KEY_IN_TEMPLATE.matcher(html);
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(template + ": " + matcher.group(1));
                }
            }
            Matcher prefixes = KEY_WITH_ENUM.matcher(html);
            while (prefixes.find()) {
                String prefix = prefixes.group(1) + ".";
                if (keys.stream().noneMatch(key -> key.startsWith(prefix))) {
                    missing.add(template + ": " + prefix + "*");
                }
            }
        }
        assertThat(missing)
                .as("message keys used in templates but missing in the bundles")
                .isEmpty();
    }

    @Test
    void everyValueOfTheEnumsThatPagesShowHasAText() throws IOException {
        Properties german = new Properties();
        Properties english = new Properties();
        for (String bundle : bundles()) {
            german.putAll(load(MESSAGES.resolve(bundle + ".properties")));
            english.putAll(load(MESSAGES.resolve(bundle + "_en.properties")));
        }
        List<Class<? extends Enum<?>>> shown = List.of(
                org.jumelage.partners.RelationshipType.class,
                org.jumelage.partners.RelationshipStatus.class,
                org.jumelage.partners.InstrumentKind.class,
                org.jumelage.partners.ResponsibilityRole.class,
                org.jumelage.partners.ContactSide.class,
                org.jumelage.partners.NetworkRole.class,
                org.jumelage.people.Role.class,
                org.jumelage.people.UnitKind.class,
                org.jumelage.exchange.ApplicationStatus.class,
                org.jumelage.exchange.NominationStatus.class,
                org.jumelage.exchange.StayStatus.class);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : shown) {
            String prefix = Character.toLowerCase(type.getSimpleName().charAt(0))
                    + type.getSimpleName().substring(1);
            for (Enum<?> value : type.getEnumConstants()) {
                String key = prefix + "." + value.name();
                if (!german.containsKey(key) || !english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing)
                .as("enum values without a German and an English text")
                .isEmpty();
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>");
            Matcher text = TEXT_BETWEEN_TAGS.matcher(html);
            while (text.find()) {
                String content = text.group(1).strip();
                if (content.codePoints().noneMatch(Character::isLetter)) {
                    continue;
                }
                String openingTag = html.substring(html.lastIndexOf('<', text.start()), text.start() + 1);
                boolean replaced = TEXT_ATTRIBUTES.stream().anyMatch(openingTag::contains);
                if (!replaced || openingTag.startsWith("</")) {
                    literals.add(template + ": \"" + content + "\"");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                if (attribute.group(1).codePoints().anyMatch(Character::isLetter)) {
                    literals.add(template + ": attribute \"" + attribute.group(1) + "\"");
                }
            }
        }
        assertThat(literals)
                .as("visible text in templates that is not a message key")
                .isEmpty();
    }

    @Test
    void theCheckNoticesLiteralText() {
        String html = "<p>Hallo Welt</p>";
        Matcher text = TEXT_BETWEEN_TAGS.matcher(html);
        assertThat(text.find()).isTrue();
        String openingTag = html.substring(html.lastIndexOf('<', text.start()), text.start() + 1);
        assertThat(TEXT_ATTRIBUTES.stream().anyMatch(openingTag::contains)).isFalse();
    }

    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
