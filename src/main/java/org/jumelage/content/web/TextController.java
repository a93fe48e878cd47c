package org.jumelage.content.web;

import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jumelage.content.TextKey;
import org.jumelage.content.domain.Markdown;
import org.jumelage.content.domain.TextService;
import org.jumelage.content.domain.TextVersion;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The international office edits the public site's texts: preview, save a draft, publish, restore. */
@Controller
@RequestMapping("/office/texts")
class TextController {

    record TextForm(String markdown, @NotNull Integer basedOn) implements java.io.Serializable {}

    /** One row of the overview: a text in one language. */
    record Row(TextKey key, String locale, Optional<TextVersion> published, Optional<TextVersion> draft) {}

    private static final List<String> LANGUAGES = List.of("de", "en");

    private final TextService texts;

    TextController(TextService texts) {
        this.texts = texts;
    }

    @GetMapping
    String list(Model model) {
        List<Row> rows = Arrays.stream(TextKey.values())
                .flatMap(key -> LANGUAGES.stream()
                        .map(locale -> new Row(key, locale, texts.published(key, locale), texts.draft(key, locale))))
                .toList();
        model.addAttribute("rows", rows);
        return "content/texts";
    }

    @GetMapping("/{key}/{locale}")
    String edit(@PathVariable TextKey key, @PathVariable String locale, Model model) {
        requireLanguage(locale);
        String markdown = texts.draft(key, locale)
                .or(() -> texts.published(key, locale))
                .map(TextVersion::getMarkdown)
                .orElseGet(() -> texts.defaultText(key, locale));
        return page(model, key, locale, new TextForm(markdown, texts.latestNumber(key, locale)));
    }

    @PostMapping("/{key}/{locale}")
    String save(
            @PathVariable TextKey key,
            @PathVariable String locale,
            @ModelAttribute("form") TextForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "preview") String action,
            Model model,
            RedirectAttributes redirect) {
        requireLanguage(locale);
        // A version that is no number leaves the form's binding without a target, and the page without the form.
        errors = FormErrors.usable(errors, form, model);
        if (errors.hasErrors() || form.basedOn() == null) {
            errors.reject("validation.required");
            return page(model, key, locale, form);
        }
        if (!action.equals("publish") && !action.equals("draft")) {
            model.addAttribute("preview", Markdown.toSafeHtml(form.markdown()));
            return page(model, key, locale, form);
        }
        boolean saved = Submission.save(
                errors,
                (refused, conflict) -> {
                    refused.reject("text.error.conflict");
                    model.addAttribute("newestNumber", texts.latestNumber(key, locale));
                },
                () -> {
                    if (action.equals("publish")) {
                        texts.publish(key, locale, form.markdown(), form.basedOn());
                    } else {
                        texts.saveDraft(key, locale, form.markdown(), form.basedOn());
                    }
                });
        if (!saved) {
            return page(model, key, locale, form);
        }
        redirect.addFlashAttribute("success", "publish".equals(action) ? "text.published" : "text.draftSaved");
        return "redirect:/office/texts/" + key + "/" + locale;
    }

    @PostMapping("/{key}/{locale}/versions/{id}/restore")
    String restore(
            @PathVariable TextKey key,
            @PathVariable String locale,
            @PathVariable long id,
            @RequestParam int basedOn,
            RedirectAttributes redirect) {
        requireLanguage(locale);
        Submission.flash(
                redirect, "text.restored", "text.error.conflict", () -> texts.restore(key, locale, id, basedOn));
        return "redirect:/office/texts/" + key + "/" + locale;
    }

    private static void requireLanguage(String locale) {
        if (!LANGUAGES.contains(locale)) {
            throw new NotFound("text language", locale);
        }
    }

    private String page(Model model, TextKey key, String locale, TextForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("key", key);
        model.addAttribute("locale", locale);
        model.addAttribute("history", texts.history(key, locale));
        model.addAttribute("latestNumber", texts.latestNumber(key, locale));
        return "content/text-form";
    }
}
