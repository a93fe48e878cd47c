package org.jumelage.activities.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.activities.ActivityCalendar;
import org.jumelage.activities.PublicActivityQuery;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PublishedCity;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class PublicActivities implements ActivityCalendar {

    private final ActivityRepository activities;
    private final PartnerDirectory directory;
    private final Clock clock;

    PublicActivities(ActivityRepository activities, PartnerDirectory directory, Clock clock) {
        this.activities = activities;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Timeline timelineOf(long cityId, int limit) {
        Instant now = clock.instant();
        List<Activity> upcoming = activities
                .findPublicOfCityEndingAfter(cityId, now, PageRequest.of(0, limit))
                .getContent();
        List<Activity> past = activities
                .findPublicOfCityEndedBefore(cityId, now, PageRequest.of(0, limit))
                .getContent();
        Function<Activity, PublicActivity> view = view();
        return new Timeline(
                upcoming.stream().map(view).toList(), past.stream().map(view).toList());
    }

    @Override
    public Listing upcoming(int page, int size) {
        return listing(activities.findPublicEndingAfter(clock.instant(), PageRequest.of(Math.max(page, 0), size)));
    }

    /** The years with public activities, as of a change stamp: finding them reads every public activity. */
    private record Years(String stamp, List<Integer> years) {}

    private volatile Years years;

    @Override
    public List<Integer> pastYears() {
        String stamp = changeStamp();
        Years known = years;
        if (known != null && known.stamp().equals(stamp)) {
            return known.years();
        }
        // A look-up per year since the first activity, each stopping at its first hit: one query over all public
        // activities would read them all (seconds at 200,000).
        Instant now = clock.instant();
        LocalDate first = activities.findFirstStart();
        List<Integer> found = new java.util.ArrayList<>();
        if (first != null) {
            for (int year = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).getYear();
                    year >= first.getYear();
                    year--) {
                if (!activities
                        .findOnePublicPastBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), now)
                        .isEmpty()) {
                    found.add(year);
                }
            }
        }
        found = List.copyOf(found);
        years = new Years(stamp, found);
        return found;
    }

    @Override
    public Listing pastIn(int year, int page, int size) {
        return listing(activities.findPublicPastBetween(
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                clock.instant(),
                PageRequest.of(Math.max(page, 0), size)));
    }

    @Override
    public List<PublicActivity> publishedAfter(long afterId, int limit) {
        List<Activity> found = activities.findPublicAfter(afterId, org.springframework.data.domain.Limit.of(limit));
        Function<Activity, PublicActivity> view = view();
        return found.stream().map(view).toList();
    }

    @Override
    public org.springframework.data.domain.Page<PublicActivity> published(PublicActivityQuery query) {
        PageRequest page = PageRequest.of(
                query.pageOrFirst(),
                query.sizeOrDefault(),
                query.isDescending()
                        ? org.springframework.data.domain.Sort.by("startDate", "id")
                                .descending()
                        : org.springframework.data.domain.Sort.by("startDate", "id"));
        Long city = null;
        if (query.city() != null && !query.city().isBlank()) {
            // Only a published city: the API must not tell whether the registry knows any other.
            var found = directory.publishedCities().stream()
                    .filter(published -> published.slugEn().equals(query.city().strip()))
                    .findFirst();
            if (found.isEmpty()) {
                return org.springframework.data.domain.Page.empty(page);
            }
            city = found.get().id();
        }
        var filters =
                new ActivityQuery(city, query.type(), null, null, null, null, null, query.from(), query.to(), null);
        org.springframework.data.jpa.domain.Specification<Activity> publicOnes =
                (root, criteria, cb) -> cb.isTrue(root.get("publicVisible"));
        var found = activities.findAll(publicOnes.and(ActivitySpecifications.matching(filters, null)), page);
        Function<Activity, PublicActivity> view = view();
        return found.map(view);
    }

    private Listing listing(Slice<Activity> slice) {
        Function<Activity, PublicActivity> view = view();
        return new Listing(slice.getContent().stream().map(view).toList(), slice.getNumber(), slice.hasNext());
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
        return activities.findChangeCount() + ":" + activities.findLastEndBefore(clock.instant());
    }

    /**
     * The public view of the given activities: of their partner cities only those the public site shows (a city
     * without a published relationship stays unnamed), by their English address segments.
     */
    private Function<Activity, PublicActivity> view() {
        Map<Long, String> slugs = directory.publishedCities().stream()
                .collect(Collectors.toMap(PublishedCity::id, PublishedCity::slugEn, (a, b) -> a));
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
                a.getPlaceEn(),
                a.getCityIds().stream()
                        .map(slugs::get)
                        .filter(java.util.Objects::nonNull)
                        // Sorted: the API's answer (and with it its ETag) is the same on every instance and start.
                        .collect(Collectors.collectingAndThen(
                                Collectors.toCollection(java.util.TreeSet::new),
                                java.util.Collections::unmodifiableSortedSet)),
                a.isExample());
    }
}
