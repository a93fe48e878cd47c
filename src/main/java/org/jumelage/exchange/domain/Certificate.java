package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import org.jumelage.exchange.CheckedCertificate;

/**
 * A certificate of participation, issued once per completed stay, with a number that cannot be guessed. It keeps what
 * the public check shows and its holder's account, and outlives the stay (whose reference the erasure sets to null).
 */
@Entity
@Table(name = "exchange_certificate")
public class Certificate {

    /** Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L). */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cert_number")
    private String number;

    @Column(name = "stay_id")
    private Long stayId;

    @org.jumelage.shared.Audited.Personal
    @Column(name = "holder_name")
    private String holderName;

    /** The holder's account: how they find their certificate once its stay is erased (V48). */
    @Column(name = "holder_id")
    private Long holderId;

    @Column(name = "host_de")
    private String hostDe;

    @Column(name = "host_en")
    private String hostEn;

    @Column(name = "topic_de")
    private String topicDe;

    @Column(name = "topic_en")
    private String topicEn;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    protected Certificate() {}

    Certificate(Stay stay, Long holderId, Placement placement, String hostDe, String hostEn, String by, Instant now) {
        this.number = newNumber();
        this.stayId = stay.getId();
        this.holderName = stay.getGuestName();
        this.holderId = holderId;
        this.hostDe = hostDe;
        this.hostEn = hostEn;
        this.topicDe = placement.getTopicDe();
        this.topicEn = placement.getTopicEn();
        this.startsOn = stay.getStartsOn();
        this.endsOn = stay.getEndsOn();
        this.issuedBy = by;
        this.issuedAt = now;
    }

    /** Twelve characters in three groups, e.g. {@code K7QM-3XRT-9PHC}: 31^12, about 8 × 10^17 numbers. */
    static String newNumber() {
        StringBuilder number = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                number.append('-');
            }
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** A number as people type it: spaces and case ignored, the dashes put back. */
    static String normalised(String typed) {
        if (typed == null) {
            return "";
        }
        String bare = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (bare.length() != 12) {
            return bare;
        }
        return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8);
    }

    CheckedCertificate checked() {
        return new CheckedCertificate(number, holderName, hostDe, hostEn, topicDe, topicEn, startsOn, endsOn, issuedAt);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getStayId() {
        return stayId;
    }

    public String getHolderName() {
        return holderName;
    }

    public Long getHolderId() {
        return holderId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
