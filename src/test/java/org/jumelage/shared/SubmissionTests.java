package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The one way a form or a button submits a change: what a refusal becomes, and which version the form carries. */
class SubmissionTests {

    /** A form as the pages bind it: a record with a field a violation may name, and the loaded version. */
    record TitleForm(String title, Long version) {}

    private final TitleForm form = new TitleForm("Neuer Titel", 4L);
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");
    private final ExtendedModelMap model = new ExtendedModelMap();

    @Test
    void aSavedEditLeavesNoErrors() {
        AtomicBoolean ran = new AtomicBoolean();

        boolean saved = Submission.saveEdit(errors, model, 4L, (e, cause) -> e.reject("conflict"), () -> ran.set(true));

        assertThat(saved).isTrue();
        assertThat(ran).isTrue();
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aBrokenRuleStandsBesideItsFieldAndTheFormKeepsTheLoadedVersion() {
        boolean saved = Submission.saveEdit(errors, model, 4L, (e, cause) -> e.reject("conflict"), () -> {
            throw RuleViolation.at("title", "title.error.taken", "Neuer Titel");
        });

        assertThat(saved).isFalse();
        assertThat(errors.getFieldError("title").getCode()).isEqualTo("title.error.taken");
        assertThat(errors.getFieldError("title").getArguments()).containsExactly("Neuer Titel");
        assertThat(model.get("formVersion")).isEqualTo(4L);
    }

    @Test
    void aRuleAboutAFieldTheFormLacksIsAnErrorOfTheWholeForm() {
        Submission.save(errors, "conflict", () -> {
            throw RuleViolation.at("unitId", "unit.error.unknown");
        });

        assertThat(errors.getFieldErrorCount()).isZero();
        assertThat(errors.getGlobalError().getCode()).isEqualTo("unit.error.unknown");
    }

    @Test
    void whenSomeoneElseSavedFirstTheirsIsShownAndTheFormCarriesTheSavedVersion() {
        boolean saved = Submission.saveEdit(
                errors,
                model,
                4L,
                (e, cause) -> {
                    e.reject("record.error.conflict");
                    model.addAttribute("formVersion", 5L);
                },
                () -> {
                    throw new EditConflict("record", 4L, 5L);
                });

        assertThat(saved).isFalse();
        assertThat(errors.getGlobalError().getCode()).isEqualTo("record.error.conflict");
        assertThat(model.get("formVersion")).isEqualTo(5L);
    }

    @Test
    void aLostOptimisticLockIsAConflictToo() {
        Submission.save(errors, "record.error.conflict", () -> {
            throw new ObjectOptimisticLockingFailureException("Record", 7L);
        });

        assertThat(errors.getGlobalError().getCode()).isEqualTo("record.error.conflict");
    }

    @Test
    void withoutTheLoadedVersionNothingIsTried() {
        AtomicBoolean ran = new AtomicBoolean();

        boolean saved =
                Submission.saveEdit(errors, model, null, (e, cause) -> e.reject("conflict"), () -> ran.set(true));

        assertThat(saved).isFalse();
        assertThat(ran).isFalse();
        assertThat(errors.getGlobalError().getCode()).isEqualTo("validation.required");
    }

    @Test
    void aFormWithErrorsIsNotSaved() {
        errors.rejectValue("title", "validation.required");
        AtomicBoolean ran = new AtomicBoolean();

        assertThat(Submission.save(errors, "conflict", () -> ran.set(true))).isFalse();
        assertThat(ran).isFalse();
    }

    @Test
    void aButtonsConflictBecomesThePagesOneMessage() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        boolean changed = Submission.flash(redirect, "record.done", "record.error.conflict", () -> {
            throw new EditConflict("record", 4L, 5L);
        });

        assertThat(changed).isFalse();
        assertThat(redirect.getFlashAttributes().get("failure")).isEqualTo("record.error.conflict");
        assertThat(redirect.getFlashAttributes().containsKey("success")).isFalse();
    }
}
