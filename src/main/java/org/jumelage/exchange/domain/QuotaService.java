package org.jumelage.exchange.domain;

import java.time.Clock;
import java.util.List;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quotas agreed with partner administrations, per year. The office records and changes them. */
@Service
@Transactional
public class QuotaService {

    public static final int PAGE_SIZE = 50;

    private final QuotaRepository quotas;
    private final ExchangeAccess access;
    private final org.jumelage.people.Organisation organisation;
    private final Clock clock;

    QuotaService(
            QuotaRepository quotas, ExchangeAccess access, org.jumelage.people.Organisation organisation, Clock clock) {
        this.quotas = quotas;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Quota> page(int page) {
        requireOffice();
        return quotas.findAllByOrderByYearDescAdministrationIdAscIdAsc(PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    /** The partner cities' administrations a quota may be agreed with, for the form. */
    @Transactional(readOnly = true)
    public List<UnitRef> administrations() {
        return organisation.units().stream()
                .filter(u -> u.partnerCityId() != null)
                .toList();
    }

    public Quota create(long administrationId, int year, int places, String note) {
        requireOffice();
        if (administrations().stream().noneMatch(u -> u.id() == administrationId)) {
            throw RuleViolation.at("administrationId", "quota.error.administration");
        }
        if (quotas.findByAdministrationIdAndYear(administrationId, year).isPresent()) {
            throw RuleViolation.at("year", "quota.error.exists");
        }
        return quotas.saveAndFlush(new Quota(administrationId, year, places, note, clock.instant()));
    }

    public void change(long id, long version, int places, String note) {
        requireOffice();
        Quota quota = quotas.findById(id).orElseThrow(() -> new NotFound("quota", id));
        if (quota.getVersion() != version) {
            throw new EditConflict("quota " + id, version, quota.getVersion());
        }
        quota.change(places, note, clock.instant());
        quotas.flush();
    }

    private void requireOffice() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office records quotas");
        }
    }
}
