package org.jumelage.partners.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jumelage.partners.PartnershipQuery;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link PartnershipQuery} into criteria that run the same on H2 and PostgreSQL. */
final class RelationshipSpecifications {

    private RelationshipSpecifications() {}

    static Specification<Relationship> matching(PartnershipQuery query, Set<Long> unitSubtree) {
        return matching(query, unitSubtree, true);
    }

    /**
     * @param searchNotes whether free text also searches the internal notes: never for the public, who could otherwise
     *     read notes out letter by letter through yes/no answers
     */
    static Specification<Relationship> matching(PartnershipQuery query, Set<Long> unitSubtree, boolean searchNotes) {
        return (root, criteriaQuery, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            Join<Relationship, City> city = root.join("city");
            if (query.type() != null) {
                predicates.add(cb.equal(root.get("type"), query.type()));
            }
            if (query.status() != null) {
                predicates.add(cb.equal(root.get("status"), query.status()));
            }
            if (query.normalisedCountry() != null) {
                predicates.add(cb.equal(city.get("countryCode"), query.normalisedCountry()));
            }
            if (query.normalisedFocus() != null) {
                Subquery<Long> focus = criteriaQuery.subquery(Long.class);
                var entry = focus.from(FocusEntry.class);
                focus.select(entry.get("relationship").get("id"))
                        .where(cb.equal(entry.get("area").get("code"), query.normalisedFocus()));
                predicates.add(root.get("id").in(focus));
            }
            if (query.holder() != null) {
                predicates.add(
                        query.holder().wholeCity()
                                ? cb.isNull(root.get("holderUnitId"))
                                : cb.equal(
                                        root.get("holderUnitId"), query.holder().unitId()));
            }
            if (unitSubtree != null) {
                if (unitSubtree.isEmpty()) {
                    predicates.add(cb.disjunction());
                } else {
                    Subquery<Long> units = criteriaQuery.subquery(Long.class);
                    var responsibility = units.from(Responsibility.class);
                    units.select(responsibility.get("relationship").get("id"))
                            .where(responsibility.get("unitId").in(unitSubtree));
                    predicates.add(root.get("id").in(units));
                }
            }
            String text = query.normalisedText();
            if (text != null) {
                String pattern = "%" + escape(text) + "%";
                List<Predicate> anyName = new ArrayList<>(List.of(
                        cb.like(cb.lower(city.get("nameDe")), pattern, '\\'),
                        cb.like(cb.lower(city.get("nameEn")), pattern, '\\'),
                        cb.like(cb.lower(city.get("nameLocal")), pattern, '\\')));
                if (searchNotes) {
                    anyName.add(cb.like(cb.lower(root.get("notes")), pattern, '\\'));
                }
                predicates.add(cb.or(anyName.toArray(Predicate[]::new)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
