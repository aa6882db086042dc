-- Issue 12, item 3: joint handling of a complex matter (联合办理). The joint conference office opens one joint case on
-- a matter; the responsibility apportionment form (责任分解表) gives units their duty and deadline by the five roles;
-- each unit reports on its own duty; bundled help (捆绑帮扶) names up to nine responsible parties with their progress.
-- Versions guard the case's and each party's own changes against a lost update.
create table joint_case (
    id             bigserial primary key,
    matter_id      bigint       not null unique references matter (id),
    office_unit_id bigint       not null references unit (id),
    summary        text         not null,
    opened_by      varchar(64)  not null,
    opened_on      date         not null,
    request_key    varchar(100),
    version        integer      not null default 0,
    unique (opened_by, request_key)
);
create index joint_case_office_idx on joint_case (office_unit_id);

create table joint_duty (
    id            bigserial primary key,
    joint_case_id bigint       not null references joint_case (id),
    role          varchar(32)  not null,
    unit_id       bigint       not null references unit (id),
    duty          text         not null,
    due_on        date         not null,
    done_on       date,
    unique (joint_case_id, role, unit_id)
);
create index joint_duty_unit_idx on joint_duty (unit_id);

create table joint_report (
    id            bigserial primary key,
    joint_duty_id bigint       not null references joint_duty (id),
    reported_on   date         not null,
    note          text         not null,
    completes     boolean      not null,
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null,
    request_key   varchar(100),
    unique (recorded_by, request_key)
);
create index joint_report_duty_idx on joint_report (joint_duty_id, reported_on desc);

create table bundled_party (
    id            bigserial primary key,
    joint_case_id bigint       not null references joint_case (id),
    kind          varchar(32)  not null,
    name          varchar(200) not null,
    duty          text         not null,
    progress      text,
    progress_on   date,
    version       integer      not null default 0,
    unique (joint_case_id, kind)
);
