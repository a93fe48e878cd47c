package org.jumelage.activities.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.partners.PartnerCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class PublicActivities implements ActivityCalendar {

    private final ActivityRepository activities;
    private final PartnerCatalog catalog;
    private final Clock clock;

    PublicActivities(ActivityRepository activities, PartnerCatalog catalog, Clock clock) {
        this.activities = activities;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public Timeline timeline() {
        Instant now = clock.instant();
        Function<Activity, PublicActivity> view = view();
        List<PublicActivity> upcoming = new java.util.ArrayList<>();
        List<PublicActivity> past = new java.util.ArrayList<>();
        for (Activity activity : published()) {
            if (activity.getEndsAt().isAfter(now)) {
                upcoming.add(view.apply(activity));
            } else if (activity.getStatus() != ActivityStatus.CANCELLED) {
                past.add(view.apply(activity));
            }
        }
        // published() is soonest first; the review reads newest first.
        return new Timeline(List.copyOf(upcoming), List.copyOf(past.reversed()));
    }

    /**
     * The public pages change when an activity changes and when one ends (it moves from the news to the review), so
     * the stamp is the later of the two.
     */
    @Override
    public Optional<Instant> lastPublicChange() {
        return java.util.stream.Stream.of(activities.findLastChange(), activities.findLastEndBefore(clock.instant()))
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo);
    }

    @Override
    public String changeStamp() {
        return activities.findChangeStamp() + ":" + activities.findLastEndBefore(clock.instant());
    }

    /** Public activities, soonest first. */
    List<Activity> published() {
        return activities.findByPublicVisibleTrueOrderByStartsAtAsc();
    }

    private Function<Activity, PublicActivity> view() {
        Map<Long, String> slugs = catalog.cities().stream()
                .collect(Collectors.toMap(PartnerCatalog.CityRef::id, PartnerCatalog.CityRef::slug));
        return a -> new PublicActivity(
                a.getId(),
                a.getType(),
                a.getStatus(),
                a.getTitleDe(),
                a.getTitleEn(),
                a.getPublicSummaryDe(),
                a.getPublicSummaryEn(),
                a.getStartDate(),
                a.getEndDate(),
                a.getStartTime(),
                a.getPlace(),
                a.getCityIds().stream()
                        .map(slugs::get)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet()),
                a.isExample());
    }
}
