package org.jumelage.exchange.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages an applicant chooses from, by their names in the page's language ("Französisch", "French"); the
 * form sends and stores the ISO 639 code. Every language Java knows by a two-letter code and a name of its own.
 */
public class LanguageChoices {

    /** One choice: the code that is stored and the name that is shown. */
    public record Choice(String code, String name) {}

    private final Map<String, List<Choice>> byLanguage = new ConcurrentHashMap<>();

    public List<Choice> in(Locale locale) {
        return byLanguage.computeIfAbsent(locale.getLanguage(), language -> build(Locale.of(language)));
    }

    /** The name of a stored code in the reader's language, or the code itself where Java knows no name. */
    public String name(String code, Locale locale) {
        return in(locale).stream()
                .filter(choice -> choice.code().equals(code))
                .map(Choice::name)
                .findFirst()
                .orElse(code);
    }

    private static List<Choice> build(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOLanguages())
                .map(code -> new Choice(code, Locale.of(code).getDisplayLanguage(locale)))
                .filter(choice -> !choice.name().isBlank() && !choice.name().equals(choice.code()))
                .sorted(Comparator.comparing(Choice::name, collator))
                .toList();
    }
}
