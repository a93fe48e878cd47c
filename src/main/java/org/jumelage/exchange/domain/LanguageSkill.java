package org.jumelage.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jumelage.exchange.CefrLevel;

/** A language (ISO 639 code) with a CEFR level: what a placement requires, or what an applicant speaks. */
@Embeddable
public record LanguageSkill(
        @Column(name = "language") String language,
        @Enumerated(EnumType.STRING) @Column(name = "level") CefrLevel level) {}
