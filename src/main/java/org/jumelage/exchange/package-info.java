/**
 * The administrative staff exchange: programmes (Move Your Mind, EVA) and the administrations taking part, calls,
 * host placements, applications with their approval path, nominations of partner cities' staff, stays, the office's
 * dashboard and the erasure of personal data after each call's retention and on request (ADR 0037). Publishes {@link
 * org.jumelage.exchange.ExchangeProgrammes} for the public site; uses {@code people} (accounts, administrations,
 * partner administrations), {@code partners} (cities) and {@code mail}.
 */
@ApplicationModule(displayName = "Staff exchange")
package org.jumelage.exchange;

import org.springframework.modulith.ApplicationModule;
