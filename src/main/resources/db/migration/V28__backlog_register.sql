-- Issue 12, item 2: the backlog register (积案台账). An old matter still unsettled is registered once, with a named
-- leader, a target date and a plan; its progress is a log; it leaves the register as "case closed, matter settled"
-- (案结事了). The version guards the case's own changes (the settlement) against a lost update.
create table backlog_case (
    id             bigserial primary key,
    matter_id      bigint       not null unique references matter (id),
    leader         varchar(64)  not null,
    target_on      date         not null,
    plan           text         not null,
    registered_by  varchar(64)  not null,
    registered_on  date         not null,
    settled_on     date,
    settlement     text,
    settled_by     varchar(64),
    version        integer      not null default 0
);
create index backlog_case_leader_idx on backlog_case (leader);

create table backlog_progress (
    id              bigserial primary key,
    backlog_case_id bigint       not null references backlog_case (id),
    noted_on        date         not null,
    note            text         not null,
    recorded_by     varchar(64)  not null,
    recorded_at     timestamptz  not null,
    request_key     varchar(100),
    unique (recorded_by, request_key)
);
create index backlog_progress_case_idx on backlog_progress (backlog_case_id, noted_on desc);
