package org.jumelage.people;

/**
 * A person as the city's identity provider describes them at a sign-in (OpenID Connect, ADR 0034): the provider
 * ({@code issuer}) and the person's identifier there ({@code subject}), the user name, name and e-mail address it
 * gives, the role its groups map to, and the code of the unit it names ({@code null}: none).
 */
public record ExternalIdentity(
        String issuer, String subject, String username, String displayName, String email, Role role, String unitCode) {}
