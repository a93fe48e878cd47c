package org.jumelage.exchange.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jumelage.exchange.CefrLevel;
import org.jumelage.exchange.domain.LanguageSkill;
import org.jumelage.exchange.domain.Placement;
import org.jumelage.exchange.domain.PlacementDetails;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The host placement form; up to two required languages, each with its minimum level. */
record PlacementForm(
        @NotNull(message = "{validation.required}") Long callId,
        @NotNull(message = "{validation.required}") Long hostUnitId,

        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
        String topicDe,

        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
        String topicEn,

        @Size(max = 4000, message = "{validation.tooLong}") String descriptionDe,
        @Size(max = 4000, message = "{validation.tooLong}") String descriptionEn,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodFrom,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate periodTo,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{call.error.weeks}")
        @Max(value = 104, message = "{call.error.weeks}")
        Integer weeks,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{placement.error.places}")
        @Max(value = 50, message = "{placement.error.places}")
        Integer places,

        @Size(max = 200, message = "{validation.tooLong}") String mentor,

        @Pattern(regexp = "^$|^[a-z]{2,3}$", message = "{application.error.languageCode}")
        String language1,

        CefrLevel level1,

        @Pattern(regexp = "^$|^[a-z]{2,3}$", message = "{application.error.languageCode}")
        String language2,

        CefrLevel level2,
        Long version)
        implements java.io.Serializable {

    static PlacementForm empty(Long callId, Long hostUnitId) {
        return new PlacementForm(
                callId, hostUnitId, null, null, null, null, null, null, null, 1, null, null, null, null, null, null);
    }

    static PlacementForm of(Placement placement) {
        List<LanguageSkill> skills = placement.getLanguages();
        return new PlacementForm(
                placement.getCallId(),
                placement.getHostUnitId(),
                placement.getTopicDe(),
                placement.getTopicEn(),
                placement.getDescriptionDe(),
                placement.getDescriptionEn(),
                placement.getPeriodFrom(),
                placement.getPeriodTo(),
                placement.getWeeks(),
                placement.getPlaces(),
                placement.getMentor(),
                skills.isEmpty() ? null : skills.get(0).language(),
                skills.isEmpty() ? null : skills.get(0).level(),
                skills.size() < 2 ? null : skills.get(1).language(),
                skills.size() < 2 ? null : skills.get(1).level(),
                placement.getVersion());
    }

    void check(BindingResult errors) {
        if (language1 != null && !language1.isBlank() && level1 == null) {
            errors.rejectValue("level1", "application.error.levelMissing");
        }
        if (language2 != null && !language2.isBlank() && level2 == null) {
            errors.rejectValue("level2", "application.error.levelMissing");
        }
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            errors.rejectValue("periodTo", "placement.error.period");
        }
    }

    PlacementDetails details() {
        List<LanguageSkill> skills = new ArrayList<>();
        if (language1 != null && !language1.isBlank() && level1 != null) {
            skills.add(new LanguageSkill(language1.strip(), level1));
        }
        if (language2 != null && !language2.isBlank() && level2 != null) {
            skills.add(new LanguageSkill(language2.strip(), level2));
        }
        return new PlacementDetails(
                callId,
                hostUnitId,
                topicDe,
                topicEn,
                descriptionDe,
                descriptionEn,
                periodFrom,
                periodTo,
                weeks,
                places,
                mentor,
                skills);
    }
}
