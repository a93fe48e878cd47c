-- Lessons learned lists the activities with a rating or a lesson, latest first: a flag the entity keeps (Activity's
-- hasLessons) and an index in the list's order let the page read one page instead of testing four columns of every
-- activity.
alter table activity add column has_lessons boolean default false not null;
update activity set has_lessons = true
    where rating is not null or lessons_worked is not null or lessons_not_worked is not null
        or lessons_recommendation is not null;
create index ix_activity_lessons on activity (has_lessons, starts_at, id);
