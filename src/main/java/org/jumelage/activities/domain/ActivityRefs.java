package org.jumelage.activities.domain;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.activities.ActivityLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class ActivityRefs implements ActivityLookup {

    private final ActivityRepository activities;

    ActivityRefs(ActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public Map<Long, ActivityRef> activities(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return activities.findAllById(ids).stream()
                .map(a -> new ActivityRef(a.getId(), a.getTitleDe(), a.getTitleEn(), a.getStartDate()))
                .collect(Collectors.toMap(ActivityRef::id, Function.identity()));
    }
}
