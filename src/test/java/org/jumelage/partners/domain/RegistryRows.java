package org.jumelage.partners.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jumelage.partners.ContactSide;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.ResponsibilityRole;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.PartialDate;

/**
 * Object mother for the statement-count tests: city partnerships in new cities, each with every kind of child row a
 * page could touch (a status change, two instruments, two focus areas, two responsible units, two contacts). Every
 * relationship has the first focus area and unit given, for filters, and one more that changes from row to row, so
 * that a page looking each one up shows it in its statements.
 */
public final class RegistryRows {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RegistryService registry;
    private final List<String> focusCodes;
    private final List<Long> unitIds;

    public RegistryRows(RegistryService registry, List<String> focusCodes, List<Long> unitIds) {
        this.registry = registry;
        this.focusCodes = List.copyOf(focusCodes);
        this.unitIds = List.copyOf(unitIds);
    }

    /**
     * Rows with every focus area of the vocabulary and every Berlin unit of the organisation; the Senate Department for
     * the Environment, Transport and Climate Protection (SENUVK) is the unit every row has.
     */
    public static RegistryRows of(RegistryService registry, Organisation organisation) {
        long first = organisation.unitByCode("SENUVK").orElseThrow().id();
        List<Long> units = new ArrayList<>(List.of(first));
        organisation.units().stream()
                .map(UnitRef::id)
                .filter(id -> id != first && !organisation.belongsToPartner(id))
                .forEach(units::add);
        return new RegistryRows(
                registry, registry.focusAreas().stream().map(FocusArea::getCode).toList(), units);
    }

    /** The focus area every row has. */
    public String focusCode() {
        return focusCodes.getFirst();
    }

    /** The unit every row has. */
    public long unitId() {
        return unitIds.getFirst();
    }

    /** A new city's name: unique in the database, and never a part of another such name. */
    public static String cityName(String prefix) {
        return prefix + " " + (1000 + SEQUENCE.incrementAndGet()) + "x";
    }

    /**
     * Adds {@code count} relationships and returns their cities' German names. Only the public pages' tests publish
     * theirs: the public pages list every published city, and few of them keep each of their collections in one
     * batch (see {@link org.jumelage.testing.ListPageStatements}).
     */
    public List<String> add(int count, String prefix, boolean published) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = cityName(prefix);
            names.add(name);
            add(name, published);
        }
        return names;
    }

    /** An active city partnership with {@code name}'s city, with its child rows; returns its id. */
    public long add(String name, boolean published) {
        int row = SEQUENCE.get();
        Relationship created = registry.create(
                null,
                new CityDetails(name, name, name + " lokal", "fr", "FR", 45.5, 4.5, null, false),
                RelationshipType.CITY_PARTNERSHIP,
                null,
                RelationshipStatus.DORMANT,
                PartialDate.ofYear(1990),
                "Gegründet",
                null,
                published);
        long id = created.getId();
        registry.changeStatus(id, version(id), RelationshipStatus.ACTIVE, PartialDate.ofYear(2000), "Belebt", null);
        registry.addInstrument(
                id,
                version(id),
                new InstrumentDetails(
                        InstrumentKind.JOINT_DECLARATION, PartialDate.ofYear(1990), "Berlin", null, null, null));
        registry.addInstrument(
                id,
                version(id),
                new InstrumentDetails(
                        InstrumentKind.ACTION_PLAN, PartialDate.ofMonth(2001, 5), name, null, null, null));
        registry.addFocus(id, version(id), focusCodes.getFirst(), "Detail", "Detail", 2001, null);
        registry.addFocus(id, version(id), other(focusCodes, row), null, null, null, null);
        registry.addResponsibility(id, version(id), unitIds.getFirst(), ResponsibilityRole.HOLDER, null, null);
        registry.addResponsibility(
                id, version(id), other(unitIds, row), ResponsibilityRole.CLOSE_COOPERATION, null, null);
        registry.addContact(
                id,
                version(id),
                new ContactDetails(
                        ContactSide.OURS, "Olga Ours", null, null, null, null, "ours@example.org", null, null, true));
        registry.addContact(
                id,
                version(id),
                new ContactDetails(
                        ContactSide.PARTNER,
                        "Paul Partner",
                        null,
                        null,
                        null,
                        null,
                        "partner@example.org",
                        null,
                        "fr",
                        true));
        return id;
    }

    /** One of the list but its first, a different one for each row. */
    private static <T> T other(List<T> list, int row) {
        return list.get(1 + Math.floorMod(row, list.size() - 1));
    }

    private long version(long id) {
        return registry.get(id).getVersion();
    }
}
