/**
 * The administrative staff exchange: programmes (Move Your Mind, EVA) and the administrations taking part; later
 * calls, host placements, applications and stays. Publishes {@link org.jumelage.exchange.ExchangeProgrammes} for the
 * public site; uses {@code people} (administrations, partner administrations) and {@code partners} (cities).
 */
@ApplicationModule(displayName = "Staff exchange")
package org.jumelage.exchange;

import org.springframework.modulith.ApplicationModule;
