-- Issue 11, item 3 (group B): the handler's evidence, the opinion's sign-off (审签) and the co-handlers' tasks.

-- Evidence uploaded by the handling unit (调查笔录, 照片, 书证/材料): the file is an attachment like the registration's,
-- kept apart from them by this flag; the matter keeps what it is, its description, who and when (matter_evidence).
alter table attachment add column evidence boolean not null default false;

create table matter_evidence (
    matter_id     bigint        not null references matter (id),
    attachment_id bigint        not null references attachment (id),
    kind          varchar(40)   not null,
    description   varchar(2000) not null,
    filename      varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    unit_id       bigint        not null references unit (id),
    attached_by   varchar(64)   not null,
    attached_at   timestamptz   not null,
    primary key (matter_id, attachment_id)
);

-- The opinion's drafts, one row per round: drafted (and revised) by the handler, then signed off or returned with
-- comments by the unit head. Only a signed-off draft becomes the matter's opinion (matter.opinion_text).
create table matter_opinion_draft (
    matter_id   bigint         not null references matter (id),
    round       integer        not null,
    outcome     varchar(40)    not null,
    text        varchar(20000) not null,
    drafted_by  varchar(64)    not null,
    drafted_at  timestamptz    not null,
    decision    varchar(20),
    decided_by  varchar(64),
    decided_at  timestamptz,
    comments    varchar(2000),
    primary key (matter_id, round)
);
-- the sign-off worklist: drafts no head has decided on yet
create index matter_opinion_draft_pending_idx on matter_opinion_draft (matter_id) where decision is null;

-- One task per co-handling unit (协办), opened when the matter is assigned; the unit reports its part.
create table matter_co_handling_task (
    matter_id   bigint        not null references matter (id),
    unit_id     bigint        not null references unit (id),
    assigned_at timestamptz   not null,
    report      varchar(5000),
    reported_by varchar(64),
    reported_at timestamptz,
    primary key (matter_id, unit_id)
);
-- a unit's owed reports
create index matter_co_handling_task_owed_idx on matter_co_handling_task (unit_id) where reported_at is null;

-- The co-handlers of matters being handled now get their task (assigned when the matter was accepted).
insert into matter_co_handling_task (matter_id, unit_id, assigned_at)
select c.matter_id, c.unit_id, coalesce(m.decided_on::timestamptz, now())
from matter_co_handler c join matter m on m.id = c.matter_id
where m.state = 'IN_HANDLING';
