package org.jumelage.people;

/** Accounts of people who sign in with the city's identity provider (ADR 0034). */
public interface ExternalSignIns {

    /**
     * The account of this person, made at their first sign-in and brought up to date at every later one (name, e-mail
     * address, role and unit as the provider says).
     *
     * @throws Refused when the account is disabled here, or the user name belongs to another account
     */
    JumelageUser signIn(ExternalIdentity identity);

    /** A sign-in this installation does not accept; {@code reason} is a message key of {@code login.oidc.*}. */
    class Refused extends RuntimeException {

        private final String reason;

        public Refused(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
