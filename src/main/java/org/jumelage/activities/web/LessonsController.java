package org.jumelage.activities.web;

import java.util.Locale;
import org.jumelage.activities.LessonRating;
import org.jumelage.activities.domain.ActivityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What the office learned, across all activities: filter by theme, city and rating. */
@Controller
class LessonsController {

    private final ActivityService activities;
    private final Choices choices;

    LessonsController(ActivityService activities, Choices choices) {
        this.activities = activities;
        this.choices = choices;
    }

    @GetMapping("/office/activities/lessons")
    String lessons(
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) Long city,
            @RequestParam(required = false) LessonRating rating,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        model.addAttribute("page", activities.lessons(theme, city, rating, page));
        model.addAttribute("theme", theme);
        model.addAttribute("city", city);
        model.addAttribute("rating", rating);
        model.addAttribute("ratings", LessonRating.values());
        choices.forFilters(model, locale);
        choices.names(model, locale);
        return "activities/lessons";
    }
}
