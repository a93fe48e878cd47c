package org.jumelage.partners.domain;

import org.jumelage.partners.NetworkRole;
import org.jumelage.shared.PartialDate;

public record NetworkDetails(
        String name, String acronym, String website, NetworkRole role, PartialDate since, String notes) {}
