/**
 * The editable texts of the public site: the international office writes them in German and English in limited
 * Markdown, previews and publishes them; every published version stays restorable. Publishes {@link
 * org.jumelage.content.SiteTexts}; uses {@code people} for the signed-in user.
 */
@ApplicationModule(displayName = "Site texts")
package org.jumelage.content;

import org.springframework.modulith.ApplicationModule;
