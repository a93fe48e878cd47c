package org.jumelage.activities.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/** The list's filters as a query; each filter narrows the result. */
final class ActivitySpecifications {

    private ActivitySpecifications() {}

    static Specification<Activity> matching(ActivityQuery query, Set<Long> unitSubtree) {
        return (root, criteria, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.city() != null) {
                where.add(cb.isMember(query.city(), root.<Set<Long>>get("cityIds")));
            }
            if (query.type() != null) {
                where.add(cb.equal(root.get("type"), query.type()));
            }
            if (query.status() != null) {
                where.add(cb.equal(root.get("status"), query.status()));
            }
            if (query.theme() != null) {
                where.add(cb.isMember(query.theme(), root.<Set<String>>get("themes")));
            }
            if (unitSubtree != null) {
                where.add(root.join("unitIds").in(unitSubtree));
                criteria.distinct(true);
            }
            if (query.year() != null) {
                // Any activity that touches the year.
                where.add(cb.lessThanOrEqualTo(root.get("startDate"), LocalDate.of(query.year(), 12, 31)));
                where.add(cb.greaterThanOrEqualTo(root.get("endDate"), LocalDate.of(query.year(), 1, 1)));
            }
            if (query.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("endDate"), LocalDate.of(query.from(), 1, 1)));
            }
            if (query.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("startDate"), LocalDate.of(query.to(), 12, 31)));
            }
            if (query.on() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("startDate"), query.on()));
                where.add(cb.greaterThanOrEqualTo(root.get("endDate"), query.on()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
