/**
 * The partnership registry: partner cities, relationships with their instruments, status history, focus areas,
 * responsible units and contacts, and the networks the city belongs to. Publishes {@link
 * org.jumelage.partners.PartnerDirectory}; uses {@code people} for units and the signed-in user.
 */
@ApplicationModule(displayName = "Partnership registry")
package org.jumelage.partners;

import org.springframework.modulith.ApplicationModule;
