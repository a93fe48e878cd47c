package org.jumelage.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A report definition kept under a name: its filters, re-run with the day's data; who made it and when. */
@Entity
@Table(name = "saved_report")
public class SavedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    /** The name in lower case, unique (V38): the same name in another case is the same name. */
    @Column(name = "name_key")
    private String nameKey;

    @Column(name = "from_year")
    private Integer fromYear;

    @Column(name = "to_year")
    private Integer toYear;

    @Column(name = "city_id")
    private Long cityId;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected SavedReport() {}

    SavedReport(String name, ReportFilter filter, String createdBy, Instant createdAt) {
        this.name = name;
        this.nameKey = name.toLowerCase(java.util.Locale.ROOT);
        this.fromYear = filter.from();
        this.toYear = filter.to();
        this.cityId = filter.city();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public ReportFilter filter() {
        return new ReportFilter(fromYear, toYear, cityId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
