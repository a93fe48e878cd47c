package org.jumelage.people.domain;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree. Reads answer from the tree kept in memory without a transaction of their own (the repository
 * opens one when the tree is read again): a list page asks for units once per row.
 */
@Service
public class OrganisationService implements Organisation {

    private final OrgUnitRepository units;

    /**
     * {@code jumelage.organisation.*}.
     *
     * @param recheck how long the organisation tree kept in memory is used before the database is asked whether it
     *     changed: a change made on another instance is seen within this time, one made here at once ({@code PT0S}: ask
     *     at every use)
     */
    @org.springframework.boot.context.properties.ConfigurationProperties("jumelage.organisation")
    record Settings(
            @org.springframework.boot.context.properties.bind.DefaultValue("PT1S")
            java.time.Duration recheck) {

        Settings {
            if (recheck == null || recheck.isNegative()) {
                throw new IllegalArgumentException("jumelage.organisation.recheck must be 0 or more; found " + recheck);
            }
        }
    }

    OrganisationService(OrgUnitRepository units, Settings settings) {
        this.units = units;
        this.recheckNanos = settings.recheck().toNanos();
    }

    /**
     * The whole tree, read once and kept until a unit is added, changed or removed: lists, rights checks and the
     * public site ask for units on nearly every request, and the tree changes rarely. The stamp (count, sum of versions,
     * highest id) is read before the units, so a change committed in between only makes the next call read again.
     */
    private record Tree(
            String stamp,
            List<UnitRef> ordered,
            Map<Long, UnitRef> byId,
            Map<Long, List<Long>> children,
            Map<Long, UnitRef> administrations,
            Map<Long, UnitRef> byPartnerCity) {}

    private volatile Tree tree;

    /**
     * How long a checked tree is used without asking the database again ({@code jumelage.organisation.recheck}, a
     * second): rights checks ask many times a request.
     */
    private final long recheckNanos;

    private volatile long checkedAt;

    private Tree tree() {
        Tree current = tree;
        long now = System.nanoTime();
        boolean changedHere =
                org.springframework.transaction.support.TransactionSynchronizationManager.hasResource(changedUnits);
        if (current != null && now - checkedAt < recheckNanos && !changedHere) {
            return current;
        }
        String stamp = units.findStamp();
        checkedAt = now;
        return current != null && current.stamp().equals(stamp) ? current : read(stamp);
    }

    /**
     * A change made here is seen at once; one made by another instance within a second. Forgotten again once the change
     * commits: a reader on another thread (the search's indexer, say) may have read the tree as it was before.
     */
    private void forget() {
        tree = null;
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()
                && !org.springframework.transaction.support.TransactionSynchronizationManager.hasResource(
                        changedUnits)) {
            // Until it commits, the changing transaction reads the tree afresh (another thread may have read and kept
            // the tree as it was before); afterwards everyone does.
            org.springframework.transaction.support.TransactionSynchronizationManager.bindResource(
                    changedUnits, Boolean.TRUE);
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            org.springframework.transaction.support.TransactionSynchronizationManager
                                    .unbindResourceIfPossible(changedUnits);
                            tree = null;
                        }
                    });
        }
    }

    /** Marks, as a transaction's resource, that the transaction changed units. */
    private final Object changedUnits = new Object();

    private synchronized Tree read(String stamp) {
        Tree current = tree;
        if (current != null && current.stamp().equals(stamp)) {
            return current;
        }
        Map<Long, UnitRef> byId = new LinkedHashMap<>();
        units.findAllByOrderByIdAsc().forEach(unit -> byId.put(unit.getId(), unit.toRef()));
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        Map<Long, List<UnitRef>> childUnits = new LinkedHashMap<>();
        Map<Long, UnitRef> byPartnerCity = new LinkedHashMap<>();
        for (UnitRef unit : byId.values()) {
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), key -> new ArrayList<>())
                        .add(unit.id());
                childUnits
                        .computeIfAbsent(unit.parentId(), key -> new ArrayList<>())
                        .add(unit);
            }
            if (unit.kind() == UnitKind.PARTNER_ADMINISTRATION && unit.partnerCityId() != null) {
                byPartnerCity.putIfAbsent(unit.partnerCityId(), unit);
            }
        }
        Collator collator = Collator.getInstance(Locale.GERMAN);
        Comparator<UnitRef> byName = Comparator.comparing(UnitRef::nameDe, collator);
        List<UnitRef> ordered = new ArrayList<>();
        byId.values().stream()
                .filter(unit -> unit.parentId() == null)
                .sorted(Comparator.comparing(UnitRef::kind).thenComparing(byName))
                .forEach(top -> addWithChildren(top, childUnits, byName, ordered));
        Map<Long, UnitRef> administrations = new LinkedHashMap<>();
        for (UnitRef unit : byId.values()) {
            UnitRef top = unit;
            // The tree has no cycles (a unit's parent exists before it); the bound only guards against broken data.
            for (int depth = 0; top != null && top.parentId() != null && depth < 50; depth++) {
                top = byId.get(top.parentId());
            }
            if (top != null) {
                administrations.put(unit.id(), top);
            }
        }
        Tree read = new Tree(
                stamp,
                List.copyOf(ordered),
                java.util.Collections.unmodifiableMap(byId),
                children,
                java.util.Collections.unmodifiableMap(administrations),
                byPartnerCity);
        tree = read;
        return read;
    }

    private static void addWithChildren(
            UnitRef unit, Map<Long, List<UnitRef>> children, Comparator<UnitRef> byName, List<UnitRef> into) {
        into.add(unit);
        children.getOrDefault(unit.id(), List.of()).stream()
                .sorted(byName)
                .forEach(child -> addWithChildren(child, children, byName, into));
    }

    @Override
    public List<UnitRef> units() {
        return tree().ordered();
    }

    @Override
    public Map<Long, UnitRef> unitsById() {
        return tree().byId();
    }

    @Override
    public Optional<UnitRef> unit(long id) {
        return Optional.ofNullable(tree().byId().get(id));
    }

    @Override
    public Optional<UnitRef> unitByCode(String code) {
        return units.findByCode(code).map(OrgUnit::toRef);
    }

    @Override
    public Set<Long> subtree(long unitId) {
        Tree current = tree();
        if (!current.byId().containsKey(unitId)) {
            return Set.of();
        }
        Set<Long> result = new HashSet<>();
        List<Long> queue = new ArrayList<>(List.of(unitId));
        while (!queue.isEmpty()) {
            Long next = queue.removeLast();
            if (result.add(next)) {
                queue.addAll(current.children().getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    /** Adds an administration (parent {@code null}) or a unit below one. */
    @Transactional
    public UnitRef create(Long parentId, UnitKind kind, String code, String nameDe, String nameEn) {
        if (units.existsByCode(code)) {
            throw new RuleViolation("organisation.error.codeTaken", code);
        }
        if (parentId != null && units.findById(parentId).isEmpty()) {
            throw new RuleViolation("organisation.error.unknownParent");
        }
        if ((parentId == null) != kind.isAdministration()) {
            throw new RuleViolation("organisation.error.kind");
        }
        forget();
        return units.save(new OrgUnit(parentId, kind, code, nameDe, nameEn)).toRef();
    }

    @Override
    public boolean belongsToPartner(long unitId) {
        return administrationOf(unitId)
                .map(u -> u.kind() == UnitKind.PARTNER_ADMINISTRATION)
                .orElse(false);
    }

    @Override
    public Optional<UnitRef> administrationOf(long unitId) {
        return Optional.ofNullable(tree().administrations().get(unitId));
    }

    @Override
    public Map<Long, UnitRef> administrations() {
        return tree().administrations();
    }

    @Override
    public Optional<UnitRef> partnerAdministration(long partnerCityId) {
        return Optional.ofNullable(tree().byPartnerCity().get(partnerCityId));
    }

    @Override
    @Transactional
    public UnitRef addPartnerAdministration(long partnerCityId, String code, String nameDe, String nameEn) {
        if (units.existsByCode(code)) {
            throw new RuleViolation("organisation.error.codeTaken", code);
        }
        if (partnerAdministration(partnerCityId).isPresent()) {
            throw new RuleViolation("organisation.error.partnerTaken");
        }
        forget();
        return units.save(OrgUnit.partnerAdministration(partnerCityId, code, nameDe, nameEn))
                .toRef();
    }

    @Override
    @Transactional
    public UnitRef addUnit(long parentId, String code, String nameDe, String nameEn) {
        return create(parentId, UnitKind.UNIT, code, nameDe, nameEn);
    }

    public boolean isEmpty() {
        return units.count() == 0;
    }
}
