package org.jumelage.shared;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Keeps a form page working when a value could not even be converted (a date typed as "10.03.2027" where the browser
 * has no date picker, an unknown choice): Spring then leaves the binding result without a target, and the page could
 * not show the other fields. This gives it one, keeps every error, and the page shows what was typed.
 */
public final class FormErrors {

    private FormErrors() {}

    /**
     * The binding result to use from here on: the given one when it has a target, else a copy around {@code
     * fallback} (the form with empty values where conversion failed) that carries the same errors.
     */
    public static BindingResult usable(BindingResult errors, Object fallback, Model model) {
        if (errors.getTarget() != null || fallback == null) {
            return errors;
        }
        BeanPropertyBindingResult recovered = new BeanPropertyBindingResult(fallback, errors.getObjectName());
        recovered.addAllErrors(errors);
        model.addAttribute(errors.getObjectName(), fallback);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), recovered);
        return recovered;
    }
}
