package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Money;
import org.jumelage.shared.RuleViolation;

/**
 * What a stay in a country costs in a year, as the office sets it: the return journey per stay, accommodation per
 * night and subsistence per day. A stay's plan is computed from the rate of its destination and the year it begins.
 */
@Entity
@Table(name = "exchange_cost_rate")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class CostRate {

    /** The highest amount a rate may name: a typo's guard, far above any real rate. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "country_code")
    private String countryCode;

    @Column(name = "year_no")
    private int year;

    private String currency;

    private BigDecimal travel;

    private BigDecimal accommodation;

    private BigDecimal subsistence;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CostRate() {}

    CostRate(String countryCode, int year, Money travel, Money accommodation, Money subsistence, Instant now) {
        if (!Countries.isValid(countryCode)) {
            throw RuleViolation.at("countryCode", "rate.error.country");
        }
        if (year < 2000 || year > 2100) {
            throw RuleViolation.at("year", "rate.error.year");
        }
        this.countryCode = countryCode;
        this.year = year;
        change(travel, accommodation, subsistence, now);
    }

    void change(Money travel, Money accommodation, Money subsistence, Instant now) {
        checked("travel", travel);
        checked("accommodation", accommodation);
        checked("subsistence", subsistence);
        if (!travel.currency().equals(accommodation.currency())
                || !travel.currency().equals(subsistence.currency())) {
            throw new RuleViolation("budget.error.currency");
        }
        this.currency = travel.currency().getCurrencyCode();
        this.travel = travel.amount();
        this.accommodation = accommodation.amount();
        this.subsistence = subsistence.amount();
        this.updatedAt = now;
    }

    private static void checked(String field, Money amount) {
        if (amount.isNegative() || amount.amount().compareTo(MAX_AMOUNT) > 0) {
            throw RuleViolation.at(field, "rate.error.amount");
        }
    }

    public Long getId() {
        return id;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public int getYear() {
        return year;
    }

    public Money travel() {
        return money(travel);
    }

    public Money accommodation() {
        return money(accommodation);
    }

    public Money subsistence() {
        return money(subsistence);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, Currency.getInstance(currency));
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
