/**
 * Cooperation activities: events, seminars, workshops, delegation visits and study trips with their programme,
 * participants, outcome and lessons learned; calendar feeds and reminders. Publishes {@link
 * org.jumelage.activities.ActivityCalendar} (public activities for the public site); uses {@code partners} (cities,
 * networks, focus areas), {@code people} (units, accounts) and {@code mail}.
 */
@ApplicationModule(displayName = "Activities")
package org.jumelage.activities;

import org.springframework.modulith.ApplicationModule;
