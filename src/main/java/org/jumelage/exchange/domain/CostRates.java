package org.jumelage.exchange.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import org.jumelage.shared.EditConflict;
import org.jumelage.shared.Money;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cost rates per destination country and year, in the installation's currency. A changed rate applies to stays
 * planned or moved from then on; a stay already planned keeps its plan until the office recalculates it, so that a
 * committed stay's figures do not change behind anyone's back.
 */
@Service
@Transactional
public class CostRates {

    public static final int PAGE_SIZE = 50;

    private final CostRateRepository rates;
    private final ExchangeAccess access;
    private final Clock clock;
    private final Currency currency;

    CostRates(CostRateRepository rates, ExchangeAccess access, Clock clock, ExchangeProperties settings) {
        this.rates = rates;
        this.access = access;
        this.clock = clock;
        this.currency = settings.currency();
    }

    @Transactional(readOnly = true)
    public Page<CostRate> page(int page) {
        office();
        return rates.findAllByOrderByYearDescCountryCodeAscIdAsc(PageRequest.of(Math.max(0, page), PAGE_SIZE));
    }

    public CostRate create(
            String countryCode, int year, BigDecimal travel, BigDecimal accommodation, BigDecimal subsistence) {
        office();
        if (rates.findByCountryCodeAndYear(countryCode, year).isPresent()) {
            throw RuleViolation.at("year", "rate.error.exists");
        }
        return rates.saveAndFlush(new CostRate(
                countryCode,
                year,
                money("travel", travel),
                money("accommodation", accommodation),
                money("subsistence", subsistence),
                clock.instant()));
    }

    public void change(long id, long version, BigDecimal travel, BigDecimal accommodation, BigDecimal subsistence) {
        office();
        CostRate rate = rates.findById(id).orElseThrow(() -> new NotFound("rate", id));
        if (rate.getVersion() != version) {
            throw new EditConflict("rate " + id, version, rate.getVersion());
        }
        rate.change(
                money("travel", travel),
                money("accommodation", accommodation),
                money("subsistence", subsistence),
                clock.instant());
        rates.flush();
    }

    private Money money(String field, BigDecimal amount) {
        if (amount == null) {
            throw RuleViolation.at(field, "rate.error.amount");
        }
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException tooPrecise) {
            throw RuleViolation.at(field, "cost.error.cents");
        }
    }

    public Currency currency() {
        return currency;
    }

    private void office() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office sets the rates");
        }
    }
}
