package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.jumelage.exchange.StayStatus;
import org.jumelage.shared.Money;

/**
 * A stay's planned costs: travel, accommodation and subsistence from the rate of its destination and year, who pays
 * them (the funding source), and the stage that decides where the programme's budget counts them (planned, committed
 * once the stay is confirmed, cancelled). The plan is recalculated when the stay's dates or destination change; the
 * actual costs are {@link StayCost} lines against it. It outlives the stay's erasure without the person (ADR 0023).
 */
@Entity
@Table(name = "exchange_stay_budget")
@jakarta.persistence.EntityListeners(org.jumelage.shared.ChangeCounter.class)
@org.jumelage.shared.ChangeTopic("exchange")
public class StayBudget {

    /** Who pays a stay's costs. Only the programme's own money counts against its budget. */
    public enum Funding {
        PROGRAMME,
        EU_GRANT,
        PARTNER_CITY
    }

    /** Where the programme's budget counts the plan. */
    public enum Stage {
        PLANNED,
        COMMITTED,
        CANCELLED;

        static Stage of(StayStatus status) {
            return switch (status) {
                case PLANNED -> PLANNED;
                case CANCELLED -> CANCELLED;
                default -> COMMITTED;
            };
        }
    }

    /**
     * What a plan was computed from and what it came to: no rate (and nothing planned) when the office set none for
     * the destination and year.
     */
    record Plan(
            int year,
            String countryCode,
            Long rateId,
            int days,
            int nights,
            Money travel,
            Money accommodation,
            Money subsistence) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stay_id")
    private Long stayId;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "year_no")
    private int year;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private Funding funding;

    @Column(name = "country_code")
    private String countryCode;

    @Column(name = "rate_id")
    private Long rateId;

    private String currency;

    private int days;

    private int nights;

    @Column(name = "planned_travel")
    private BigDecimal plannedTravel;

    @Column(name = "planned_accommodation")
    private BigDecimal plannedAccommodation;

    @Column(name = "planned_subsistence")
    private BigDecimal plannedSubsistence;

    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected StayBudget() {}

    StayBudget(Stay stay, long programmeId, Funding funding, Plan plan, Instant now) {
        this.stayId = stay.getId();
        this.programmeId = programmeId;
        this.funding = funding;
        this.stage = Stage.of(stay.getStatus());
        replan(plan, now);
    }

    /** Takes a new plan; returns whether any amount changed. */
    boolean replan(Plan plan, Instant now) {
        boolean changed = plannedTravel == null
                || !plan.travel().equals(travel())
                || !plan.accommodation().equals(accommodation())
                || !plan.subsistence().equals(subsistence());
        this.year = plan.year();
        this.countryCode = plan.countryCode();
        this.rateId = plan.rateId();
        this.currency = plan.travel().currency().getCurrencyCode();
        this.days = plan.days();
        this.nights = plan.nights();
        this.plannedTravel = plan.travel().amount();
        this.plannedAccommodation = plan.accommodation().amount();
        this.plannedSubsistence = plan.subsistence().amount();
        this.plannedAt = now;
        this.updatedAt = now;
        return changed;
    }

    /** Whether the plan was computed for this destination, year and length: otherwise the stay moved. */
    boolean plannedFor(Plan plan) {
        return plan.year() == year
                && java.util.Objects.equals(plan.countryCode(), countryCode)
                && java.util.Objects.equals(plan.rateId(), rateId)
                && plan.days() == days
                && plan.nights() == nights;
    }

    void follow(StayStatus status, Instant now) {
        Stage next = Stage.of(status);
        if (next != stage) {
            this.stage = next;
            this.updatedAt = now;
        }
    }

    void fund(Funding funding, Instant now) {
        this.funding = java.util.Objects.requireNonNull(funding, "funding");
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getStayId() {
        return stayId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getYear() {
        return year;
    }

    public Stage getStage() {
        return stage;
    }

    public Funding getFunding() {
        return funding;
    }

    public String getCountryCode() {
        return countryCode;
    }

    /** Whether a rate was set for the destination and year when the plan was made. */
    public boolean isRated() {
        return rateId != null;
    }

    public int getDays() {
        return days;
    }

    public int getNights() {
        return nights;
    }

    public Money travel() {
        return money(plannedTravel);
    }

    public Money accommodation() {
        return money(plannedAccommodation);
    }

    public Money subsistence() {
        return money(plannedSubsistence);
    }

    public Money total() {
        return travel().plus(accommodation()).plus(subsistence());
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency());
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public long getVersion() {
        return version;
    }
}
