package org.jumelage.partners.domain;

import org.jumelage.partners.ContactSide;

public record ContactDetails(
        ContactSide side,
        String name,
        String functionTitle,
        String organisation,
        String functionTitleEn,
        String organisationEn,
        String email,
        String phone,
        String languages,
        boolean publicVisible) {}
