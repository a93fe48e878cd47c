package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.jumelage.shared.Money;
import org.jumelage.shared.RuleViolation;

/** An actual cost paid for a stay, recorded by the office against the stay's plan. Corrected by a negative line. */
@Entity
@Table(name = "exchange_stay_cost")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class StayCost {

    /** What a cost was for: the plan's three kinds, and anything else (insurance, visa, a course). */
    public enum Category {
        TRAVEL,
        ACCOMMODATION,
        SUBSISTENCE,
        OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_id")
    private long budgetId;

    @Enumerated(EnumType.STRING)
    private Category category;

    private BigDecimal amount;

    private String currency;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @org.jumelage.shared.Audited.Personal
    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected StayCost() {}

    StayCost(long budgetId, Category category, Money amount, LocalDate paidOn, String note, String by, Instant now) {
        if (category == null) {
            throw RuleViolation.at("category", "cost.error.category");
        }
        if (amount.amount().signum() == 0 || amount.amount().abs().compareTo(CostRate.MAX_AMOUNT) > 0) {
            throw RuleViolation.at("amount", "cost.error.amount");
        }
        if (paidOn == null) {
            throw RuleViolation.at("paidOn", "cost.error.paidOn");
        }
        if (note != null && note.length() > 300) {
            throw RuleViolation.at("note", "cost.error.note");
        }
        this.budgetId = budgetId;
        this.category = category;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.paidOn = paidOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getBudgetId() {
        return budgetId;
    }

    public Category getCategory() {
        return category;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
