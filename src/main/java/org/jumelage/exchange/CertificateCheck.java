package org.jumelage.exchange;

import java.util.Optional;

/** The public check of a certificate of participation by its number (for the public site). */
public interface CertificateCheck {

    /** The certificate with this number (case and spaces ignored), if one was issued. */
    Optional<CheckedCertificate> check(String number);
}
