-- Issue 12, item 4: the joint conference's measures against units that fail (约谈、通报、挂牌督办, 2022 art. 39 ¶3) with
-- their rectification; the petition department's accountability proposals (追究责任的建议, art. 40 ¶3) with the written
-- feedback of the body with management authority (art. 40 ¶4); special inspections (专项督查, art. 38) over a set of
-- matters, a finding each, closed with a conclusion. Versions guard each record's own follow-up against a lost update;
-- request keys make the creates idempotent.
create table oversight_measure (
    id              bigserial primary key,
    office_unit_id  bigint       not null references unit (id),
    unit_id         bigint       not null references unit (id),
    kind            varchar(32)  not null,
    reason          text         not null,
    matter_ids      bigint[]     not null default '{}',
    decided_on      date         not null,
    rectify_by      date         not null,
    decided_by      varchar(64)  not null,
    rectified_on    date,
    rectification   text,
    rectified_by    varchar(64),
    request_key     varchar(100),
    version         integer      not null default 0,
    unique (decided_by, request_key)
);
create index oversight_measure_office_idx on oversight_measure (office_unit_id, decided_on desc);

create table accountability_proposal (
    id              bigserial primary key,
    office_unit_id  bigint       not null references unit (id),
    unit_id         bigint       not null references unit (id),
    persons         text,
    ground          varchar(32)  not null,
    facts           text         not null,
    addressee_id    bigint       not null references unit (id),
    proposed_on     date         not null,
    proposed_by     varchar(64)  not null,
    outcome         varchar(32),
    measure_taken   text,
    feedback_on     date,
    feedback_by     varchar(64),
    request_key     varchar(100),
    version         integer      not null default 0,
    unique (proposed_by, request_key)
);
create index accountability_proposal_office_idx on accountability_proposal (office_unit_id, proposed_on desc);

create table special_inspection (
    id              bigserial primary key,
    unit_id         bigint       not null references unit (id),
    title           varchar(200) not null,
    ground          text         not null,
    due_on          date         not null,
    opened_by       varchar(64)  not null,
    opened_on       date         not null,
    closed_on       date,
    conclusion      text,
    closed_by       varchar(64),
    request_key     varchar(100),
    version         integer      not null default 0,
    unique (opened_by, request_key)
);
create index special_inspection_unit_idx on special_inspection (unit_id, opened_on desc);

create table inspection_matter (
    id                    bigserial primary key,
    special_inspection_id bigint       not null references special_inspection (id),
    matter_id             bigint       not null references matter (id),
    problem_found         boolean,
    note                  text,
    found_on              date,
    found_by              varchar(64),
    unique (special_inspection_id, matter_id)
);
