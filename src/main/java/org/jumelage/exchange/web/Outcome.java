package org.jumelage.exchange.web;

import org.jumelage.shared.EditConflict;
import org.jumelage.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The result of a button on an exchange page, as the flash message of the page it returns to. */
final class Outcome {

    private Outcome() {}

    /**
     * Runs the change. Success shows {@code success}; a change someone else made first (a stale version, a lost
     * optimistic lock, a unique key taken a moment earlier) shows {@code conflict}; a broken rule shows its message.
     */
    static void flash(RedirectAttributes redirect, String success, String conflict, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (EditConflict | ObjectOptimisticLockingFailureException | DataIntegrityViolationException taken) {
            redirect.addFlashAttribute("failure", conflict);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
            redirect.addFlashAttribute("failureArguments", violation.arguments());
        }
    }
}
