package org.jumelage.partners.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jumelage.partners.NetworkRole;
import org.jumelage.partners.domain.Network;
import org.jumelage.shared.PartialDate;

record NetworkForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}")
        String name,

        @Size(max = 40, message = "{validation.tooLong}") String acronym,

        @Pattern(regexp = "https?://\\S+", message = "{network.error.website}")
        @Size(max = 300, message = "{validation.tooLong}")
        String website,

        @NotNull(message = "{validation.required}") NetworkRole role,

        @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
        Integer year,

        @Min(value = 1, message = "{date.error.month}") @Max(value = 12, message = "{date.error.month}")
        Integer month,

        @Min(value = 1, message = "{date.error.day}") @Max(value = 31, message = "{date.error.day}")
        Integer day,

        @Size(max = 2000, message = "{validation.tooLong}") String notes,
        Long version)
        implements java.io.Serializable {

    static NetworkForm empty() {
        return new NetworkForm(null, null, null, NetworkRole.MEMBER, null, null, null, null, null);
    }

    static NetworkForm of(Network network) {
        PartialDate since = network.getSince();
        return new NetworkForm(
                network.getName(),
                network.getAcronym(),
                network.getWebsite(),
                network.getRole(),
                since == null ? null : since.year(),
                since == null ? null : since.month(),
                since == null ? null : since.day(),
                network.getNotes(),
                network.getVersion());
    }
}
