-- Issue 13, item 5: source control (源头治理). The register of latent disputes (矛盾纠纷排查) found in the monthly
-- investigations, and the social stability risk assessments (社会稳定风险评估) of major projects and decisions, with
-- the matters that arise from them. Each version guards its row's own changes against a lost update; a request key
-- makes a retried create answer with what the first one made.
create table latent_dispute (
    id            bigserial primary key,
    place_unit_id bigint       not null references unit (id),
    place_path    varchar(200) not null,
    category_id   bigint       not null,
    found_on      date         not null,
    summary       text         not null,
    -- the people involved are personal data: masked for roles that see personal data masked, never logged
    people        text[]       not null,
    risk_level    varchar(16)  not null,
    owner         varchar(64)  not null,
    resolved_on   date,
    resolution    text,
    resolved_by   varchar(64),
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null,
    request_key   varchar(100),
    version       integer      not null default 0,
    unique (recorded_by, request_key)
);
create index latent_dispute_place_idx on latent_dispute (place_path varchar_pattern_ops, found_on);
create index latent_dispute_resolved_idx on latent_dispute (resolved_on);

create table risk_assessment (
    id             bigserial primary key,
    reference_no   varchar(40)  not null unique,
    kind           varchar(16)  not null,
    title          text         not null,
    sponsor        text         not null,
    unit_id        bigint       not null references unit (id),
    unit_path      varchar(200) not null,
    assessed_on    date         not null,
    assessed_level varchar(16)  not null,
    measures       text         not null,
    conclusion     varchar(32)  not null,
    recorded_by    varchar(64)  not null,
    recorded_at    timestamptz  not null,
    request_key    varchar(100),
    version        integer      not null default 0,
    unique (recorded_by, request_key)
);
create index risk_assessment_unit_idx on risk_assessment (unit_path varchar_pattern_ops);

create table risk_point (
    assessment_id bigint      not null references risk_assessment (id),
    position      integer     not null,
    description   text        not null,
    level         varchar(16) not null,
    primary key (assessment_id, position)
);

-- A matter arises from one project or decision at most. Its day of receipt and whether it was a collective visit are
-- copied when it is linked (neither changes afterwards): the risk rule reads them without going through casework.
create table risk_matter (
    matter_id     bigint       primary key references matter (id),
    assessment_id bigint       not null references risk_assessment (id),
    reference_no  varchar(40)  not null,
    received_on   date         not null,
    collective    boolean      not null,
    linked_by     varchar(64)  not null,
    linked_at     timestamptz  not null
);
create index risk_matter_assessment_idx on risk_matter (assessment_id);
