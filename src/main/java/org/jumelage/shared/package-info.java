/**
 * Value types and tiny helpers every module may use: partial dates, countries, localised names, the installation's
 * settings that several modules read ({@code InstallationProperties}, {@code SiteProperties}). Depends on the JDK,
 * Jakarta Persistence and Validation annotations and Spring (Boot's configuration properties among them), on no
 * module of Jumelage's.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.jumelage.shared;

import org.springframework.modulith.ApplicationModule;
