/**
 * The audit trail (ADR 0036): every change to accounts, rights, records and documents (written by the entity
 * listener in the transaction that makes the change), sign-ins, failed sign-ins, sign-outs, changed passwords and
 * denied access, each with who, when, from where, in which request, and the values before and after. Append-only,
 * searchable and exportable by administrators ({@code /office/audit}), kept for {@code jumelage.audit.keep}. Records
 * other modules' entities without knowing them (through Hibernate's metadata and {@code shared.Audited}); depends on
 * {@code people} (who is signed in) and {@code shared}.
 */
@ApplicationModule(displayName = "Audit trail")
package org.jumelage.audit;

import org.springframework.modulith.ApplicationModule;
