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

@Service
@Transactional(readOnly = true)
public class OrganisationService implements Organisation {

    private final OrgUnitRepository units;

    OrganisationService(OrgUnitRepository units) {
        this.units = units;
    }

    @Override
    public List<UnitRef> units() {
        List<UnitRef> all =
                units.findAllByOrderByIdAsc().stream().map(OrgUnit::toRef).toList();
        Comparator<UnitRef> byKindThenName =
                Comparator.comparing(UnitRef::kind).thenComparing(UnitRef::nameDe, Collator.getInstance(Locale.GERMAN));
        List<UnitRef> ordered = new ArrayList<>();
        all.stream()
                .filter(unit -> unit.parentId() == null)
                .sorted(byKindThenName)
                .forEach(top -> addWithChildren(top, all, ordered));
        return ordered;
    }

    private static void addWithChildren(UnitRef unit, List<UnitRef> all, List<UnitRef> into) {
        into.add(unit);
        all.stream()
                .filter(child -> Long.valueOf(unit.id()).equals(child.parentId()))
                .sorted(Comparator.comparing(UnitRef::nameDe, Collator.getInstance(Locale.GERMAN)))
                .forEach(child -> addWithChildren(child, all, into));
    }

    @Override
    public Optional<UnitRef> unit(long id) {
        return units.findById(id).map(OrgUnit::toRef);
    }

    @Override
    public Optional<UnitRef> unitByCode(String code) {
        return units.findByCode(code).map(OrgUnit::toRef);
    }

    @Override
    public Set<Long> subtree(long unitId) {
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        boolean exists = false;
        for (OrgUnit unit : units.findAll()) {
            exists |= unit.getId() == unitId;
            if (unit.getParentId() != null) {
                children.computeIfAbsent(unit.getParentId(), key -> new ArrayList<>())
                        .add(unit.getId());
            }
        }
        if (!exists) {
            return Set.of();
        }
        Set<Long> result = new HashSet<>();
        List<Long> queue = new ArrayList<>(List.of(unitId));
        while (!queue.isEmpty()) {
            Long next = queue.removeLast();
            if (result.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
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
        return units.save(new OrgUnit(parentId, kind, code, nameDe, nameEn)).toRef();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean belongsToPartner(long unitId) {
        return administrationOf(unitId)
                .map(u -> u.kind() == UnitKind.PARTNER_ADMINISTRATION)
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UnitRef> administrationOf(long unitId) {
        return Optional.ofNullable(administrations().get(unitId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, UnitRef> administrations() {
        Map<Long, UnitRef> byId = new LinkedHashMap<>();
        units.findAllByOrderByIdAsc().forEach(u -> byId.put(u.getId(), u.toRef()));
        Map<Long, UnitRef> result = new LinkedHashMap<>();
        for (UnitRef unit : byId.values()) {
            UnitRef current = unit;
            // The tree has no cycles (a unit's parent exists before it); the bound only guards against broken data.
            for (int depth = 0; current != null && current.parentId() != null && depth < 50; depth++) {
                current = byId.get(current.parentId());
            }
            if (current != null) {
                result.put(unit.id(), current);
            }
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UnitRef> partnerAdministration(long partnerCityId) {
        return units().stream()
                .filter(u -> u.kind() == UnitKind.PARTNER_ADMINISTRATION
                        && Long.valueOf(partnerCityId).equals(u.partnerCityId()))
                .findFirst();
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
