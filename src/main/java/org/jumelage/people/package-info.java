/**
 * Accounts, roles and the organisation: administrations and their units as a tree. Publishes {@link
 * org.jumelage.people.Organisation} and {@link org.jumelage.people.JumelageUser}; depends only on {@code shared}.
 */
@ApplicationModule(displayName = "People and organisation")
package org.jumelage.people;

import org.springframework.modulith.ApplicationModule;
