/**
 * Data subjects' rights and the record of processing activities (ADR 0037): for one person (an account, or an e-mail
 * address of someone without one) everything every module keeps ({@code shared.PersonalData}), as JSON and as a
 * readable PDF; their erasure on request, with what must be kept and why; the record of processing activities (GDPR
 * Art. 30) made from what the modules declare. For administrators ({@code /office/privacy}). Knows no other module's
 * data: it calls every {@code PersonalData} bean; uses {@code people} to find an account and {@code audit} to record
 * erasures without copying what they erase.
 */
@ApplicationModule(displayName = "Privacy")
package org.jumelage.privacy;

import org.springframework.modulith.ApplicationModule;
