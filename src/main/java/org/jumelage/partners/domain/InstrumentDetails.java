package org.jumelage.partners.domain;

import org.jumelage.partners.InstrumentKind;
import org.jumelage.shared.PartialDate;

/** What describes an instrument. The date may be unknown ({@code null}) where no source names it. */
public record InstrumentDetails(
        InstrumentKind kind, PartialDate signed, String place, String signatories, String summary, String source) {}
