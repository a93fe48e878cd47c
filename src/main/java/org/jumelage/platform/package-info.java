/**
 * Wiring only: security, languages, the page layouts' shared model, error pages and htmx support. Owns no data; may
 * use every module's published API.
 */
@ApplicationModule(displayName = "Platform")
package org.jumelage.platform;

import org.springframework.modulith.ApplicationModule;
