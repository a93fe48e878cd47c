package org.jumelage.shared;

import jakarta.validation.ConstraintViolation;
import java.util.function.LongSupplier;
import org.springframework.beans.BeansException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a back-office page submits a change to a record or one of its parts. The domain may refuse the change:
 * someone else saved the record first ({@link EditConflict}, a lost optimistic lock, or a unique key taken a moment
 * earlier), or a rule is broken ({@link RuleViolation}). Either way nothing was saved, and the person learns why in
 * their language:
 *
 * <ul>
 *   <li>{@link #save} for a form: the refusal becomes an error of the form (beside the field a violation names, else
 *       at the top of the error summary), so the controller shows the form again with everything the person typed
 *       and the version they loaded. A conflict is never resolved by quietly taking the newer version: the person
 *       reloads and decides again.
 *   <li>{@link #flash} for a button (remove, mark done, approve): the result becomes the one message of the page the
 *       button returns to, {@code success} or {@code failure} in the layout.
 * </ul>
 *
 * A controller using it stays a list of small handlers: validate the form, {@code save}, redirect or show it again.
 */
public final class Submission {

    private Submission() {}

    /**
     * Runs the change unless the form already has errors.
     *
     * @param errors the form's binding result; the refusal is added to it
     * @param conflictKey the message key for a change someone else made first
     * @return whether the change was made; if not, show the form again
     */
    public static boolean save(BindingResult errors, String conflictKey, Runnable change) {
        return save(errors, (form, cause) -> form.reject(conflictKey), change);
    }

    /**
     * Like {@link #save(BindingResult, String, Runnable)}, but a change someone else made first (or a unique key taken
     * a moment earlier) is answered by {@code onConflict}.
     */
    public static boolean save(BindingResult errors, Conflict onConflict, Runnable change) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (EditConflict
                | ObjectOptimisticLockingFailureException
                | org.springframework.dao.PessimisticLockingFailureException
                | DataIntegrityViolationException conflict) {
            onConflict.answer(errors, conflict);
        } catch (RuleViolation violation) {
            reject(errors, violation);
        }
        return false;
    }

    /**
     * The API's way ({@code /api/v1/office}, ADR 0029): runs the change unless the record already has errors, like
     * {@link #save(BindingResult, String, Runnable)}; a rule the domain finds broken joins the errors, and any errors
     * are thrown as {@link InvalidInput} (a {@code 400}). A change someone else made first is thrown on as it came (a
     * {@code 409}).
     */
    public static void saveOrThrow(BindingResult errors, Runnable change) {
        saveOrThrow(errors, null, change);
    }

    /**
     * Like {@link #saveOrThrow(BindingResult, Runnable)}, but a unique key taken a moment earlier (a new record that
     * exists now) is the error {@code duplicateKey} of the record, as on its page, not a conflict.
     */
    public static void saveOrThrow(BindingResult errors, String duplicateKey, Runnable change) {
        if (!save(
                errors,
                (refused, cause) -> {
                    if (duplicateKey != null && cause instanceof DataIntegrityViolationException) {
                        refused.reject(duplicateKey);
                        return;
                    }
                    throw cause;
                },
                change)) {
            throw new InvalidInput(errors);
        }
    }

    /**
     * Saves the form that edits a whole record (its edit page, not one of its parts), opened on {@code loadedVersion}.
     * The page carries the version as the model's {@code formVersion}: while the form is shown again for its own
     * mistakes it stays the loaded one, so that saving later still detects someone else's change. When someone else
     * saved first, {@code theirs} shows their values beside the person's input and gives the saved version, which the
     * form carries from then on: saving again is a conscious choice to replace the other person's values (ADR 0011).
     *
     * @return whether the change was made; if not, show the form again
     */
    public static boolean saveEdit(
            BindingResult errors, Model model, Long loadedVersion, Conflict theirs, Runnable change) {
        if (loadedVersion == null) {
            errors.reject("validation.required");
        } else {
            model.addAttribute("formVersion", loadedVersion);
        }
        return save(errors, theirs, change);
    }

    /**
     * The plainest answer of a record's form to a change someone else made first: the message, and the saved version
     * from then on; the form keeps what the person typed. For {@link #saveEdit}.
     */
    public static Conflict carrySavedVersion(Model model, String conflictKey, LongSupplier savedVersion) {
        return (errors, cause) -> {
            errors.reject(conflictKey);
            model.addAttribute("formVersion", savedVersion.getAsLong());
        };
    }

    /** How a form answers a change that someone else made first: at least an error of the form, which it adds. */
    @FunctionalInterface
    public interface Conflict {

        /**
         * @param errors the form's binding result
         * @param cause the refusal: an {@link EditConflict}, a lost optimistic lock, a row lock not had in time or a unique
         *     key taken meanwhile
         */
        void answer(BindingResult errors, RuntimeException cause);
    }

    /**
     * Runs the change and leaves its result as the flash message of the page the request redirects to.
     *
     * @return whether the change was made
     */
    public static boolean flash(RedirectAttributes redirect, String successKey, String conflictKey, Runnable change) {
        return flash(redirect, successKey, conflictKey, null, change);
    }

    /**
     * Like {@link #flash(RedirectAttributes, String, String, Runnable)}, but a violation of the kind {@code thrownOn}
     * is thrown on: the caller answers it with a form (an incomplete application goes back to its form).
     */
    public static boolean flash(
            RedirectAttributes redirect,
            String successKey,
            String conflictKey,
            Class<? extends RuleViolation> thrownOn,
            Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", successKey);
            return true;
        } catch (EditConflict
                | ObjectOptimisticLockingFailureException
                | org.springframework.dao.PessimisticLockingFailureException
                | DataIntegrityViolationException conflict) {
            redirect.addFlashAttribute("failure", conflictKey);
        } catch (RuleViolation violation) {
            if (thrownOn != null && thrownOn.isInstance(violation)) {
                throw violation;
            }
            failure(redirect, violation.messageKey(), violation.arguments());
        }
        return false;
    }

    /**
     * Runs the change from a button's small form (a reason, a choice, dates) unless the form has errors; its first
     * error then becomes the message of the page the request redirects to, and nothing is changed. Whenever nothing
     * was changed, the form as typed goes to that page too, under its model name (for example {@code statusForm}),
     * so that the page shows what was typed instead of making the person type it again.
     *
     * @return whether the change was made
     */
    public static boolean flash(
            BindingResult errors, RedirectAttributes redirect, String successKey, String conflictKey, Runnable change) {
        boolean changed;
        if (errors.hasErrors()) {
            failure(redirect, messageKey(errors.getAllErrors().getFirst()));
            changed = false;
        } else {
            changed = flash(redirect, successKey, conflictKey, change);
        }
        // The session that carries it lives in the database (ADR 0032): only a serializable form travels (every form
        // record is, but one with a file; SessionSerializableTests).
        if (!changed && errors.getTarget() instanceof java.io.Serializable typed) {
            redirect.addFlashAttribute(errors.getObjectName(), typed);
        }
        return changed;
    }

    /**
     * A message's arguments as they can travel in the session (ADR 0032): numbers, texts and dates as they are (the
     * message formats them), anything else as its text, which is what the message would show of it.
     */
    private static Object[] serializable(Object[] arguments) {
        Object[] copy = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            copy[i] = argument == null
                            || argument instanceof Number
                            || argument instanceof CharSequence
                            || argument instanceof java.time.temporal.TemporalAccessor
                            || argument instanceof java.util.Date
                    ? (argument instanceof CharSequence text ? text.toString() : argument)
                    : String.valueOf(argument);
        }
        return copy;
    }

    /** A refusal found before any change was tried (input a button's form cannot validate itself). */
    public static void failure(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("failure", messageKey);
        if (arguments.length > 0) {
            redirect.addFlashAttribute("failureArguments", serializable(arguments));
        }
    }

    /**
     * The message key of an error: a Bean Validation message names its key as {@code {key}}; a conversion failure
     * ({@code typeMismatch}) or a rejected value carries it as its code.
     */
    private static String messageKey(ObjectError error) {
        if (error.contains(ConstraintViolation.class)) {
            String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}")) {
                return template.substring(1, template.length() - 1);
            }
        }
        return error.getCode();
    }

    /** The violation beside the field it names, if the form has that field; else as an error of the whole form. */
    public static void reject(BindingResult errors, RuleViolation violation) {
        if (violation.field() != null && hasField(errors, violation.field())) {
            errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
        } else {
            errors.reject(violation.messageKey(), violation.arguments(), null);
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        try {
            return errors.getTarget() != null && errors.getFieldType(field) != null;
        } catch (BeansException notAProperty) {
            return false;
        }
    }
}
