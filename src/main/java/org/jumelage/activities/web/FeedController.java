package org.jumelage.activities.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.activities.domain.CalendarFeeds;
import org.jumelage.activities.domain.PersonalFeeds;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.SiteAddress;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calendar feeds to subscribe to: all public activities, a partner city's public activities, a person's own
 * activities (secret address), and one {@code .ics} per activity. {@code ?lang=en} gives English titles.
 */
@Controller
class FeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ActivityService activities;
    private final CalendarFeeds feeds;
    private final PersonalFeeds personal;
    private final org.jumelage.partners.PartnerDirectory directory;
    private final MessageSource messages;
    private final SiteAddress address;

    FeedController(
            ActivityService activities,
            CalendarFeeds feeds,
            PersonalFeeds personal,
            org.jumelage.partners.PartnerDirectory directory,
            MessageSource messages,
            SiteAddress address) {
        this.activities = activities;
        this.feeds = feeds;
        this.personal = personal;
        this.directory = directory;
        this.messages = messages;
        this.address = address;
    }

    @GetMapping("/calendar/public.ics")
    ResponseEntity<String> publicFeed(@RequestParam(defaultValue = "de") String lang) {
        Locale locale = locale(lang);
        List<Activity> published = activities.publicActivities();
        return ics(feeds.feed(
                messages.getMessage("feed.public.name", null, locale), published, locale, publicText(locale)));
    }

    @GetMapping("/calendar/cities/{slug}.ics")
    ResponseEntity<String> cityFeed(@PathVariable String slug, @RequestParam(defaultValue = "de") String lang) {
        Locale locale = locale(lang);
        // Only cities the public may see: a partnership kept internal has no public feed either.
        org.jumelage.partners.PublishedCity city = directory.publishedCities().stream()
                .filter(c -> c.slugEn().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFound("city", slug));
        List<Activity> published = activities.publicActivitiesOf(city.id());
        return ics(feeds.feed(
                messages.getMessage("feed.city.name", new Object[] {city.name(locale)}, locale),
                published,
                locale,
                publicText(locale)));
    }

    @GetMapping("/calendar/activities/{id}.ics")
    ResponseEntity<String> publicActivity(@PathVariable long id, @RequestParam(defaultValue = "de") String lang) {
        Activity activity = activities.get(id);
        if (!activity.isPublicVisible()) {
            throw new NotFound("public activity", id);
        }
        Locale locale = locale(lang);
        return download(feeds.single(activity, locale, publicText(locale).apply(activity)), activity);
    }

    @GetMapping("/calendar/personal/{token}.ics")
    ResponseEntity<String> personalFeed(@PathVariable String token, @RequestParam(defaultValue = "de") String lang) {
        Locale locale = locale(lang);
        List<Activity> own = personal.activitiesOf(token).orElseThrow(() -> new NotFound("calendar", "token"));
        String base = address.base();
        return ics(feeds.feed(
                messages.getMessage("feed.personal.name", null, locale),
                own,
                locale,
                a -> CalendarFeeds.EventText.internal(
                        a.description(locale), URI.create(base + "/office/activities/" + a.getId()))));
    }

    @GetMapping("/office/activities/{id}/ics")
    ResponseEntity<String> officeActivity(@PathVariable long id, Locale locale) {
        Activity activity = activities.get(id);
        return download(
                feeds.single(
                        activity,
                        locale,
                        CalendarFeeds.EventText.internal(
                                activity.description(locale), URI.create(address.base() + "/office/activities/" + id))),
                activity);
    }

    @GetMapping("/office/calendar")
    String personalPage(Model model) {
        model.addAttribute("active", personal.active().orElse(null));
        model.addAttribute("base", address.base());
        return "activities/personal-feed";
    }

    @PostMapping("/office/calendar/renew")
    String renew(RedirectAttributes redirect) {
        String token = personal.renew();
        redirect.addFlashAttribute("feedUrl", address.base() + "/calendar/personal/" + token + ".ics");
        redirect.addFlashAttribute("success", "feed.personal.created");
        return "redirect:/office/calendar";
    }

    @PostMapping("/office/calendar/revoke")
    String revoke(RedirectAttributes redirect) {
        personal.revoke();
        redirect.addFlashAttribute("success", "feed.personal.revoked");
        return "redirect:/office/calendar";
    }

    private static java.util.function.Function<Activity, CalendarFeeds.EventText> publicText(Locale locale) {
        return a -> CalendarFeeds.EventText.published(a.publicSummary(locale));
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.GERMAN;
    }

    private static ResponseEntity<String> ics(String body) {
        return ResponseEntity.ok().contentType(CALENDAR).body(body);
    }

    private static ResponseEntity<String> download(String body, Activity activity) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"activity-" + activity.getId() + ".ics\"")
                .body(body);
    }
}
