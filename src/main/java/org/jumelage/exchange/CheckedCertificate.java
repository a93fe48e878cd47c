package org.jumelage.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What the public certificate check shows of a certificate: no more than the certificate itself says (the holder, the
 * host administration, the topic, the period, the day of issue).
 */
public record CheckedCertificate(
        String number,
        String holderName,
        String hostDe,
        String hostEn,
        String topicDe,
        String topicEn,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant issuedAt) {

    public String host(Locale locale) {
        return "en".equals(locale.getLanguage()) ? hostEn : hostDe;
    }

    public String topic(Locale locale) {
        return "en".equals(locale.getLanguage()) ? topicEn : topicDe;
    }
}
