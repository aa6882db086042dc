-- Issue 12, item 4: the follow-up of each supervision notice (督办单, 2022 art. 40): the supervised unit's answer within
-- 30 days, the supervising body's improvement suggestion, the unit's written feedback on its adoption (art. 40 ¶4),
-- and the escalation of a notice left unanswered to the next-higher level. One row per notice on a matter's timeline.
create table supervision_notice (
    id                   bigserial primary key,
    matter_id            bigint       not null references matter (id),
    matter_seq           integer      not null,
    issued_by_unit_id    bigint       references unit (id),
    unit_id              bigint       not null references unit (id),
    issued_on            date         not null,
    reason               text,
    answer_due_on        date         not null,
    answer               text,
    answered_on          date,
    answered_by          varchar(64),
    suggestion           text,
    suggested_on         date,
    suggested_by         varchar(64),
    adoption             varchar(16),
    adoption_feedback    text,
    adoption_on          date,
    adoption_by          varchar(64),
    escalation_level     integer      not null default 0,
    escalated_to_unit_id bigint       references unit (id),
    escalated_on         date,
    version              integer      not null default 0,
    unique (matter_id, matter_seq)
);
create index supervision_notice_unit_idx on supervision_notice (unit_id);
create index supervision_notice_open_idx on supervision_notice (answer_due_on) where answered_on is null;

-- A reminder of a deadline coming, sent once per matter, deadline and number of days before it.
create table deadline_reminder (
    id          bigserial primary key,
    matter_id   bigint      not null references matter (id),
    due_on      date        not null,
    days_before integer     not null,
    unit_id     bigint      references unit (id),
    sent_on     date        not null,
    unique (matter_id, due_on, days_before)
);
