-- The reminders of a recommendation's written feedback (2022 art. 40 ¶4) sent by the daily job: once per recommendation
-- and state (due soon, overdue), however often and on however many nodes the job runs.
create table recommendation_reminder (
    recommendation_id bigint      not null references recommendation (id),
    status            varchar(16) not null,
    sent_on           date        not null,
    primary key (recommendation_id, status),
    check (status in ('DUE_SOON', 'OVERDUE'))
);

-- The inbox also holds reminders not about a matter (a recommendation's feedback due): no matter, a link to the page
-- they are about, and told once per alert key and person.
alter table notification_inbox alter column matter_id drop not null;
alter table notification_inbox add column link varchar(200);
alter table notification_inbox add constraint notification_inbox_about_something check (matter_id is not null or link is not null);
create unique index notification_inbox_reminder_told_once on notification_inbox (alert_key, username) where matter_id is null;
