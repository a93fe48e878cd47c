package org.jumelage.activities.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jumelage.mail.Mailer;
import org.jumelage.mail.OutgoingMail;
import org.jumelage.people.StaffDirectory;
import org.jumelage.shared.InstallationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds participants and the organiser of an activity a configurable number of days before it starts, with the
 * activity's {@code .ics} attached. The check runs at start and every few minutes, so a reminder that fell due while
 * the application was down goes out when it is back. Marking an activity reminded and publishing the event happen in
 * one transaction; the event publication registry then delivers the event until the mails went out. So each reminder
 * is sent once, also across restarts.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final ActivityRepository activities;
    private final ApplicationEventPublisher events;
    private final StaffDirectory staff;
    private final Mailer mailer;
    private final CalendarFeeds feeds;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration lead;
    private final String baseUrl;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    private final org.jumelage.shared.DateTexts dates;

    private final org.jumelage.shared.JobLocks jobs;

    Reminders(
            org.jumelage.shared.JobLocks jobs,
            org.springframework.transaction.PlatformTransactionManager transactionManager,
            ActivityRepository activities,
            ApplicationEventPublisher events,
            StaffDirectory staff,
            Mailer mailer,
            CalendarFeeds feeds,
            MessageSource messages,
            Clock clock,
            ActivitiesRetention.Settings settings,
            InstallationProperties installation) {
        this.jobs = jobs;
        this.dates = new org.jumelage.shared.DateTexts(installation.timeZone().getId());
        this.activities = activities;
        this.events = events;
        this.staff = staff;
        this.mailer = mailer;
        this.feeds = feeds;
        this.messages = messages;
        this.clock = clock;
        this.lead = Duration.ofDays(settings.reminderDays());
        this.baseUrl = installation.baseUrl();
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        queueDue();
    }

    /** Marks every activity whose reminder is due as reminded and queues its mails. */
    @Scheduled(fixedDelayString = "${jumelage.activities.reminder-check}", initialDelayString = "PT1M")
    public int queueDue() {
        return jobs.once("activity-reminders", java.time.Duration.ofMinutes(30), () -> {
                    Integer queued = transactions.execute(status -> queueDueNow());
                    return queued == null ? 0 : queued;
                })
                .orElse(0);
    }

    private int queueDueNow() {
        Instant now = clock.instant();
        List<Activity> due = activities.findDueForReminder(now, now.plus(lead));
        for (Activity activity : due) {
            // A bulk update: the reminder's mark does not raise the version, so nobody editing meanwhile is told
            // that someone else changed the activity.
            activities.markReminded(activity.getId(), now);
            events.publishEvent(new ActivityReminderDue(activity.getId()));
        }
        if (!due.isEmpty()) {
            log.info("Queued reminders for {} activities", due.size());
        }
        return due.size();
    }

    @ApplicationModuleListener
    void send(ActivityReminderDue event) {
        Activity activity = activities.findById(event.activityId()).orElse(null);
        if (activity == null || activity.getStatus() == org.jumelage.activities.ActivityStatus.CANCELLED) {
            return;
        }
        // Staff and the organiser get the internal view (venue, description, link to the office);
        // external guests only what the public may know, and no link into the back office.
        Set<String> staffRecipients = new LinkedHashSet<>();
        Set<String> guests = new LinkedHashSet<>();
        for (Participant participant : activity.getParticipants()) {
            if (participant.isStaff()) {
                staff.staffMember(participant.getAccountId())
                        .map(StaffDirectory.StaffMember::email)
                        .ifPresent(staffRecipients::add);
            } else if (participant.getEmail() != null) {
                guests.add(participant.getEmail());
            }
        }
        staff.staffMember(activity.getCreatedBy())
                .map(StaffDirectory.StaffMember::email)
                .ifPresent(staffRecipients::add);
        guests.removeAll(staffRecipients);
        String link = baseUrl + "/office/activities/" + activity.getId();
        String subject = message("activity.reminder.subject", Locale.GERMAN, activity) + " / "
                + message("activity.reminder.subject", Locale.ENGLISH, activity);
        send(
                staffRecipients,
                subject,
                message("activity.reminder.text", Locale.GERMAN, activity) + "\n\n----\n\n"
                        + message("activity.reminder.text", Locale.ENGLISH, activity),
                feeds.single(
                        activity,
                        Locale.GERMAN,
                        CalendarFeeds.EventText.internal(
                                activity.description(Locale.GERMAN), java.net.URI.create(link))),
                activity);
        send(
                guests,
                subject,
                message("activity.reminder.textGuest", Locale.GERMAN, activity) + "\n\n----\n\n"
                        + message("activity.reminder.textGuest", Locale.ENGLISH, activity),
                feeds.single(
                        activity,
                        Locale.GERMAN,
                        CalendarFeeds.EventText.published(
                                activity.isPublicVisible() ? activity.publicSummary(Locale.GERMAN) : null)),
                activity);
    }

    /** One mail per person: recipients do not see each other's addresses. */
    private void send(Set<String> recipients, String subject, String text, String ics, Activity activity) {
        for (String recipient : recipients) {
            if (recipient == null) {
                continue;
            }
            mailer.send(new OutgoingMail(
                    List.of(recipient),
                    subject,
                    text,
                    List.of(new OutgoingMail.Attachment(
                            "activity-" + activity.getId() + ".ics",
                            "text/calendar; charset=UTF-8; method=PUBLISH",
                            ics.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        }
    }

    private String message(String key, Locale locale, Activity activity) {
        Schedule schedule = activity.schedule();
        // Each language part writes the dates its own way, like every page (DateTexts).
        String when = schedule.allDay()
                ? dates.days(schedule.startDate(), schedule.endDate(), locale)
                : dates.span(
                        schedule.startDate(),
                        schedule.startTime(),
                        schedule.endDate(),
                        schedule.endTime(),
                        schedule.zone().getId(),
                        locale);
        return messages.getMessage(
                key,
                new Object[] {
                    activity.title(locale),
                    when,
                    activity.getPlace() == null ? "" : activity.place(locale),
                    baseUrl + "/office/activities/" + activity.getId()
                },
                locale);
    }
}
