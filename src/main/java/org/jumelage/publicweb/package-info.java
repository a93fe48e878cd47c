/**
 * The public website in German and English: the partnerships overview, the map with its table, a page per city, news
 * and review of public activities, and the pages every public site needs. Reads published data only, through {@link
 * org.jumelage.partners.PartnerDirectory} and {@link org.jumelage.activities.ActivityCalendar}; never writes.
 */
@ApplicationModule(displayName = "Public website")
package org.jumelage.publicweb;

import org.springframework.modulith.ApplicationModule;
