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
import org.jumelage.shared.Money;
import org.jumelage.shared.RuleViolation;

/**
 * A programme's own money for a year, and the share of it at which the office is warned that the stays planned and
 * committed are about to exceed it.
 */
@Entity
@Table(name = "exchange_budget")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class ProgrammeBudget {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "year_no")
    private int year;

    private String currency;

    private BigDecimal amount;

    @Column(name = "warn_percent")
    private int warnPercent;

    private String note;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ProgrammeBudget() {}

    ProgrammeBudget(long programmeId, int year, Money amount, int warnPercent, String note, Instant now) {
        if (year < 2000 || year > 2100) {
            throw RuleViolation.at("year", "rate.error.year");
        }
        this.programmeId = programmeId;
        this.year = year;
        change(amount, warnPercent, note, now);
    }

    void change(Money amount, int warnPercent, String note, Instant now) {
        if (amount.isNegative() || amount.amount().compareTo(MAX_AMOUNT) > 0) {
            throw RuleViolation.at("amount", "budget.error.amount");
        }
        if (warnPercent < 1 || warnPercent > 100) {
            throw RuleViolation.at("warnPercent", "budget.error.warnPercent");
        }
        if (note != null && note.length() > 500) {
            throw RuleViolation.at("note", "budget.error.note");
        }
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.warnPercent = warnPercent;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getYear() {
        return year;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }

    public int getWarnPercent() {
        return warnPercent;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
