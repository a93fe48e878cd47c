package org.jumelage.partners.domain;

import java.util.List;
import java.util.Locale;
import org.jumelage.partners.PartnerDirectory;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.PartnershipSummary;
import org.jumelage.shared.PartialDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PublishedPartnerships implements PartnerDirectory {

    private final RegistryService registry;

    PublishedPartnerships(RegistryService registry) {
        this.registry = registry;
    }

    @Override
    public List<PartnershipSummary> published(PartnershipQuery query) {
        return registry.searchAll(query, Locale.GERMAN).stream()
                .filter(Relationship::isPublicVisible)
                .map(PublishedPartnerships::summary)
                .toList();
    }

    private static PartnershipSummary summary(Relationship relationship) {
        City city = relationship.getCity();
        return new PartnershipSummary(
                relationship.getId(),
                city.getSlug(),
                city.getNameDe(),
                city.getNameEn(),
                city.getNameLocal(),
                city.getNameLocalLang(),
                city.getCountryCode(),
                city.getLatitude(),
                city.getLongitude(),
                relationship.getType(),
                relationship.getStatus(),
                iso(relationship.getStatusSince()),
                iso(relationship.getFirstInstrument()),
                relationship.getFocusEntries().stream()
                        .map(entry -> entry.getArea().getCode())
                        .distinct()
                        .toList());
    }

    private static String iso(PartialDate date) {
        return date == null ? null : date.toIsoString();
    }
}
