package org.jumelage.activities.domain;

import jakarta.persistence.criteria.Expression;
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
            // The time filters bound the end date from below, which an index finds; the start date only from above,
            // which holds nearly every activity of a long history. H2 would read the table row by row through the
            // start date's index (5 s at 200,000 activities, docs/performance.md); written as an expression it is
            // checked on the rows found instead. PostgreSQL plans by its statistics either way.
            Expression<LocalDate> startDate =
                    cb.coalesce(root.<LocalDate>get("startDate"), root.<LocalDate>get("startDate"));
            if (query.year() != null) {
                // Any activity that touches the year.
                where.add(cb.greaterThanOrEqualTo(root.get("endDate"), LocalDate.of(query.year(), 1, 1)));
                where.add(cb.lessThanOrEqualTo(startDate, LocalDate.of(query.year(), 12, 31)));
            }
            if (query.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("endDate"), LocalDate.of(query.from(), 1, 1)));
            }
            if (query.to() != null) {
                where.add(cb.lessThanOrEqualTo(startDate, LocalDate.of(query.to(), 12, 31)));
            }
            if (query.on() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("endDate"), query.on()));
                where.add(cb.lessThanOrEqualTo(startDate, query.on()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
