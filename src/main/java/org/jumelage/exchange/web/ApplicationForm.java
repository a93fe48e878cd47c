package org.jumelage.exchange.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.domain.Application;
import org.jumelage.exchange.domain.ApplicationDetails;
import org.jumelage.exchange.domain.LanguageSkill;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The application form: up to three languages with their levels and three ranked choices, as plain fields. */
record ApplicationForm(
        Long homeUnitId,
        @Size(max = 250, message = "{validation.tooLong}") String position,

        @Pattern(regexp = "^$|^[a-z]{2,3}$", message = "{application.error.languageCode}")
        String language1,

        CefrLevel level1,

        @Pattern(regexp = "^$|^[a-z]{2,3}$", message = "{application.error.languageCode}")
        String language2,

        CefrLevel level2,

        @Pattern(regexp = "^$|^[a-z]{2,3}$", message = "{application.error.languageCode}")
        String language3,

        CefrLevel level3,
        @Size(max = 4000, message = "{validation.tooLong}") String motivation,
        @Size(max = 4000, message = "{validation.tooLong}") String objectives,
        Long choice1,
        Long choice2,
        Long choice3,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate preferredFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate preferredTo,

        @Min(value = 1, message = "{call.error.weeks}") @Max(value = 104, message = "{call.error.weeks}")
        Integer weeks,

        Long supervisorId,
        Long version)
        implements java.io.Serializable {

    static ApplicationForm empty(Long homeUnitId) {
        return new ApplicationForm(
                homeUnitId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static ApplicationForm of(Application application) {
        List<LanguageSkill> skills = application.getLanguages();
        List<Long> choices = application.getChoices();
        return new ApplicationForm(
                application.getHomeUnitId(),
                application.getPosition(),
                language(skills, 0),
                level(skills, 0),
                language(skills, 1),
                level(skills, 1),
                language(skills, 2),
                level(skills, 2),
                application.getMotivation(),
                application.getObjectives(),
                choices.size() > 0 ? choices.get(0) : null,
                choices.size() > 1 ? choices.get(1) : null,
                choices.size() > 2 ? choices.get(2) : null,
                application.getPreferredFrom(),
                application.getPreferredTo(),
                application.getWeeks(),
                application.getSupervisorId(),
                application.getVersion());
    }

    private static String language(List<LanguageSkill> skills, int index) {
        return skills.size() > index ? skills.get(index).language() : null;
    }

    private static CefrLevel level(List<LanguageSkill> skills, int index) {
        return skills.size() > index ? skills.get(index).level() : null;
    }

    /** The rules a form can check by itself: each language with a level, no choice twice, the period in order. */
    void check(BindingResult errors) {
        checkLanguage(errors, language1, level1, "1");
        checkLanguage(errors, language2, level2, "2");
        checkLanguage(errors, language3, level3, "3");
        List<Long> chosen = choices();
        if (chosen.stream().distinct().count() != chosen.size()) {
            errors.rejectValue("choice2", "application.error.choiceTwice");
        }
        if (preferredFrom != null && preferredTo != null && preferredTo.isBefore(preferredFrom)) {
            errors.rejectValue("preferredTo", "application.error.period");
        }
    }

    private static void checkLanguage(BindingResult errors, String language, CefrLevel level, String index) {
        boolean hasLanguage = language != null && !language.isBlank();
        if (hasLanguage && level == null) {
            errors.rejectValue("level" + index, "application.error.levelMissing");
        }
        if (!hasLanguage && level != null) {
            errors.rejectValue("language" + index, "application.error.languageMissing");
        }
    }

    private List<Long> choices() {
        return Stream.of(choice1, choice2, choice3).filter(Objects::nonNull).toList();
    }

    ApplicationDetails details() {
        List<LanguageSkill> skills = new ArrayList<>();
        addSkill(skills, language1, level1);
        addSkill(skills, language2, level2);
        addSkill(skills, language3, level3);
        return new ApplicationDetails(
                homeUnitId,
                position,
                skills,
                motivation,
                objectives,
                choices(),
                preferredFrom,
                preferredTo,
                weeks,
                supervisorId);
    }

    private static void addSkill(List<LanguageSkill> skills, String language, CefrLevel level) {
        if (language != null && !language.isBlank() && level != null) {
            skills.add(new LanguageSkill(language.strip(), level));
        }
    }

    /** The form field that shows a missing answer of a submission. */
    static String fieldFor(String missing) {
        return switch (missing) {
            case "languages" -> "language1";
            case "choices" -> "choice1";
            default -> missing;
        };
    }
}
