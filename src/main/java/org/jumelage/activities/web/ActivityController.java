package org.jumelage.activities.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityQuery;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.shared.FormErrors;
import org.jumelage.shared.Submission;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The activities: list with filters, a city's activities, the detail page, and the activity form. */
@Controller
@RequestMapping("/office/activities")
class ActivityController {

    private final ActivityService activities;
    private final ActivityPage page;
    private final Choices choices;

    ActivityController(ActivityService activities, ActivityPage page, Choices choices) {
        this.activities = activities;
        this.page = page;
        this.choices = choices;
    }

    @GetMapping
    String list(@ModelAttribute("query") ActivityQuery query, Model model, Locale locale) {
        Page<Activity> page = activities.search(query);
        model.addAttribute("page", page);
        model.addAttribute("mayCreate", activities.mayCreate());
        choices.forFilters(model, locale);
        choices.names(model, locale);
        return "activities/list";
    }

    /** How many of a city's next and of its latest activities the partnership's page names. */
    static final int OF_CITY_UPCOMING = 10;

    static final int OF_CITY_RECENT = 5;

    /** A partner city's next ten and five most recent activities, for the partnership's page (htmx). */
    @GetMapping("/of-city/{cityId}")
    String ofCity(@PathVariable long cityId, Model model) {
        model.addAttribute("upcoming", activities.upcomingOfCity(cityId, OF_CITY_UPCOMING));
        model.addAttribute("recent", activities.recentOfCity(cityId, OF_CITY_RECENT));
        model.addAttribute("cityId", cityId);
        return "activities/of-city :: activities";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        return page.show(model, activities.get(id), locale, null);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        requireCreate();
        model.addAttribute("form", ActivityForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        // The right before the form: someone who may not create learns that, not what the form lacks.
        requireCreate();
        errors = FormErrors.usable(errors, form, model);
        check(form, errors);
        AtomicReference<Activity> created = new AtomicReference<>();
        if (!Submission.save(
                errors, "form.error.savedMeanwhile", () -> created.set(activities.create(form.details())))) {
            return form(model, null);
        }
        redirect.addFlashAttribute("success", "activity.created");
        return "redirect:/office/activities/" + created.get().getId();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Activity activity = editable(id);
        model.addAttribute("form", ActivityForm.of(activity));
        return form(model, activity);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        editable(id);
        errors = FormErrors.usable(errors, form, model);
        check(form, errors);
        Long loaded = form == null ? null : form.version();
        if (Submission.saveEdit(
                errors,
                model,
                loaded,
                (refused, cause) -> {
                    Activity theirs = activities.get(id);
                    refused.reject("activity.error.conflict", new Object[] {theirs.getUpdatedBy()}, null);
                    model.addAttribute("conflict", ActivityForm.of(theirs));
                    model.addAttribute("formVersion", theirs.getVersion());
                },
                () -> activities.edit(id, loaded, form.details()))) {
            redirect.addFlashAttribute("success", "activity.saved");
            return "redirect:/office/activities/" + id;
        }
        return form(model, activities.get(id));
    }

    private void requireCreate() {
        if (!activities.mayCreate()) {
            throw new AccessDeniedException("may not create activities");
        }
    }

    private Activity editable(long id) {
        Activity activity = activities.get(id);
        if (!activities.mayEdit(activity)) {
            throw new AccessDeniedException("may not edit");
        }
        return activity;
    }

    /** Field checks the schedule needs before it can be built: times unless whole days, a known time zone. */
    static void check(ActivityForm form, BindingResult errors) {
        if (form == null) {
            return;
        }
        if (!form.wholeDays()) {
            if (form.startTime() == null) {
                errors.rejectValue("startTime", "activity.error.times");
            }
            if (form.endTime() == null) {
                errors.rejectValue("endTime", "activity.error.times");
            }
        }
        if (form.timeZone() != null && !form.knownZone()) {
            errors.rejectValue("timeZone", "activity.error.zone");
        }
        if (form.startDate() != null && form.endDate() != null) {
            if (form.endDate().isBefore(form.startDate())
                    || (!form.wholeDays()
                            && form.endDate().equals(form.startDate())
                            && form.startTime() != null
                            && form.endTime() != null
                            && !form.endTime().isAfter(form.startTime()))) {
                errors.rejectValue("endDate", "activity.error.endBeforeStart");
            }
        }
        if ((form.cityIds() == null || form.cityIds().isEmpty())
                && (form.networkIds() == null || form.networkIds().isEmpty())) {
            errors.rejectValue("cityIds", "activity.error.partner");
        }
        if (form.published()
                && (form.publicSummaryDe() == null || form.publicSummaryDe().isBlank())) {
            errors.rejectValue("publicSummaryDe", "activity.error.publicSummary");
        }
    }

    private String form(Model model, Activity activity) {
        model.addAttribute("activity", activity);
        if (activity != null && !model.containsAttribute("formVersion")) {
            model.addAttribute("formVersion", activity.getVersion());
        }
        choices.forForm(model, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return "activities/form";
    }
}
