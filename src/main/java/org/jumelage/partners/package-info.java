/**
 * The partnership registry: partner cities, relationships with their instruments, status history, focus areas,
 * responsible units and contacts, and the networks the city belongs to; what it keeps about people and the contacts'
 * retention ({@code shared.PersonalData}, ADR 0037). Publishes {@link org.jumelage.partners.PartnerDirectory}; uses
 * {@code people} for units and the signed-in user, and {@code audit} to record erasures without their values.
 */
@ApplicationModule(displayName = "Partnership registry")
package org.jumelage.partners;

import org.springframework.modulith.ApplicationModule;
