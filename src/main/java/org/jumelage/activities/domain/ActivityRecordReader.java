package org.jumelage.activities.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jumelage.activities.ActivityRecords;
import org.jumelage.activities.LessonRating;
import org.jumelage.people.JumelageUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ActivityRecords} from the activities' own report (kept until they change) and their table. */
@Service
@Transactional(readOnly = true)
class ActivityRecordReader implements ActivityRecords {

    private final ActivityService service;
    private final ActivityRepository activities;

    ActivityRecordReader(ActivityService service, ActivityRepository activities) {
        this.service = service;
        this.activities = activities;
    }

    @Override
    public Figures figures(Integer fromYear, Integer toYear, Long cityId) {
        checkReader();
        ActivityReport report = service.report(selection(cityId, fromYear, toYear));
        Map<LessonRating, Long> byRating = new LinkedHashMap<>();
        long unrated = 0;
        for (var entry : report.byRating().entrySet()) {
            if (entry.getKey() == null) {
                unrated = entry.getValue();
            } else {
                byRating.put(entry.getKey(), entry.getValue());
            }
        }
        return new Figures(
                report.total(),
                report.byYear(),
                report.byType(),
                report.byCity(),
                report.byTheme(),
                java.util.Collections.unmodifiableMap(byRating),
                unrated);
    }

    @Override
    public CityActivities ofCity(long cityId, Integer fromYear, Integer toYear, int limit) {
        checkReader();
        // How many there are comes from the report (kept, and counted the same way); the list from the city's index.
        long total = service.report(selection(cityId, fromYear, toYear)).total();
        List<Activity> listed = activities.findOfCityBetween(
                cityId,
                fromYear == null ? java.time.LocalDate.of(1, 1, 1) : java.time.LocalDate.of(fromYear, 1, 1),
                toYear == null ? java.time.LocalDate.of(9999, 12, 31) : java.time.LocalDate.of(toYear, 12, 31),
                org.springframework.data.domain.Limit.of(Math.max(1, limit)));
        return new CityActivities(
                listed.stream().map(ActivityRecordReader::record).toList(), total);
    }

    private static ActivityQuery selection(Long cityId, Integer fromYear, Integer toYear) {
        return new ActivityQuery(cityId, null, null, null, null, null, null, fromYear, toYear, null);
    }

    private static ActivityRecord record(Activity activity) {
        return new ActivityRecord(
                activity.getId(),
                activity.getType(),
                activity.getStatus(),
                activity.getTitleDe(),
                activity.getTitleEn(),
                activity.getStartDate(),
                activity.getEndDate(),
                activity.getPlace(),
                activity.isPublicVisible(),
                java.util.Set.copyOf(activity.getUnitIds()),
                java.util.Set.copyOf(activity.getThemes()),
                activity.getOutcomeSummary(),
                activity.getOutcomeResults(),
                activity.getLessonsWorked(),
                activity.getLessonsNotWorked(),
                activity.getLessonsRecommendation(),
                activity.getRating());
    }

    /** The activities' records are the back office's: partner coordinators, staff and HR never read them. */
    private static void checkReader() {
        if (JumelageUser.current().map(user -> !user.role().readsBackOffice()).orElse(true)) {
            throw new AccessDeniedException("the activities' records");
        }
    }
}
