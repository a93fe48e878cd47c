package org.jumelage.partners.domain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jumelage.partners.RegistryRecords;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.people.JumelageUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link RegistryRecords} from the registry's tables: counts by the database, one city's relationships as records. */
@Service
@Transactional(readOnly = true)
class RegistryRecordReader implements RegistryRecords {

    private final RelationshipRepository relationships;

    RegistryRecordReader(RelationshipRepository relationships) {
        this.relationships = relationships;
    }

    @Override
    public Figures figures(Integer toYear, Long cityId) {
        checkReader();
        Map<RelationshipType, Long> byType = new EnumMap<>(RelationshipType.class);
        Map<RelationshipStatus, Long> byStatus = new EnumMap<>(RelationshipStatus.class);
        long total = 0;
        for (Object[] row : relationships.countReportedByTypeAndStatus(cityId, toYear)) {
            long count = ((Number) row[2]).longValue();
            byType.merge((RelationshipType) row[0], count, Long::sum);
            byStatus.merge((RelationshipStatus) row[1], count, Long::sum);
            total += count;
        }
        Map<String, Long> byCountry = new LinkedHashMap<>();
        relationships.countReportedByCountry(cityId, toYear).stream()
                .sorted(Comparator.<Object[], Long>comparing(row -> ((Number) row[1]).longValue())
                        .reversed()
                        .thenComparing(row -> (String) row[0]))
                .forEach(row -> byCountry.put((String) row[0], ((Number) row[1]).longValue()));
        Map<Integer, Long> byDecade = new TreeMap<>();
        long undated = 0;
        for (Object[] row : relationships.countReportedByYear(cityId, toYear)) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == null) {
                undated += count;
            } else {
                byDecade.merge(((Number) row[0]).intValue() / 10 * 10, count, Long::sum);
            }
        }
        return new Figures(total, byType, byStatus, byCountry, byDecade, undated);
    }

    @Override
    public List<RelationshipRecord> relationshipsOf(long cityId) {
        checkReader();
        return relationships.findByCityId(cityId).stream()
                .sorted(Comparator.comparing(Relationship::getType).thenComparing(Relationship::getId))
                .map(RegistryRecordReader::record)
                .toList();
    }

    private static RelationshipRecord record(Relationship relationship) {
        return new RelationshipRecord(
                relationship.getId(),
                relationship.getType(),
                relationship.getHolderUnitId(),
                relationship.getStatus(),
                relationship.getStatusSince(),
                relationship.getFirstInstrument(),
                relationship.isPublicVisible(),
                relationship.instrumentsInOrder().stream()
                        .map(i -> new InstrumentRecord(
                                i.getKind(), i.getSigned(), i.getPlace(), i.getSignatories(), i.getSummary()))
                        .toList(),
                relationship.statusHistory().stream()
                        .map(s -> new StatusRecord(s.getStatus(), s.getValidFrom(), s.getReason()))
                        .toList(),
                relationship.getFocusEntries().stream()
                        .map(f -> new FocusRecord(
                                f.getArea().name(Locale.GERMAN),
                                f.getArea().name(Locale.ENGLISH),
                                f.detail(Locale.GERMAN),
                                f.detail(Locale.ENGLISH),
                                f.getSinceYear(),
                                f.getUntilYear()))
                        .toList(),
                relationship.getResponsibilities().stream()
                        .map(r -> new ResponsibilityRecord(r.getUnitId(), r.getRole()))
                        .toList());
    }

    /** The registry's records are the back office's: partner coordinators, staff and HR never read them. */
    private static void checkReader() {
        if (JumelageUser.current().map(user -> !user.role().readsBackOffice()).orElse(true)) {
            throw new AccessDeniedException("the registry's records");
        }
    }
}
