/**
 * Cooperation activities: events, seminars, workshops, delegation visits and study trips with their programme,
 * participants, outcome and lessons learned; calendar feeds and reminders; what they keep about people and its retention
 * ({@code shared.PersonalData}, ADR 0037). Publishes {@link org.jumelage.activities.ActivityCalendar} (public activities
 * for the public site); uses {@code partners} (cities, networks, focus areas), {@code people} (units, accounts), {@code
 * mail} and {@code audit} (erasures recorded without their values).
 */
@ApplicationModule(displayName = "Activities")
package org.jumelage.activities;

import org.springframework.modulith.ApplicationModule;
