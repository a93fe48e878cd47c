/**
 * Value types and tiny helpers every module may use: partial dates, countries, localised names. Depends on nothing
 * but the JDK and Jakarta Persistence annotations.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.jumelage.shared;

import org.springframework.modulith.ApplicationModule;
