-- Issue 13, item 1: mediation ("four-tone linkage"; 2022 arts 33, 37; People's Mediation Law art. 33). Sessions of four
-- kinds on a matter, each with its parties, mediator, date, place and outcome; the agreement made from a session that
-- agreed (a mediation or a settlement agreement), signed by each party; a mediation agreement's judicial confirmation.
-- Versions guard the session's and the agreement's changes against a lost update; request keys make creates idempotent.
create table mediation_session (
    id            bigserial primary key,
    matter_id     bigint       not null references matter (id),
    kind          varchar(16)  not null check (kind in ('PEOPLES', 'ADMINISTRATIVE', 'JUDICIAL', 'PETITION')),
    parties       text[]       not null check (cardinality(parties) >= 2),
    organization  varchar(200) not null,
    mediator      varchar(200) not null,
    held_on       date         not null,
    place         varchar(200) not null,
    outcome       varchar(16)  not null check (outcome in ('AGREED', 'FAILED', 'ADJOURNED')),
    notes         text,
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null,
    request_key   varchar(100),
    version       integer      not null default 0,
    unique (recorded_by, request_key)
);
create index mediation_session_matter_idx on mediation_session (matter_id);
create index mediation_session_held_idx on mediation_session (held_on desc, id desc);

create table mediation_agreement (
    id            bigserial primary key,
    session_id    bigint       not null unique references mediation_session (id),
    kind          varchar(16)  not null check (kind in ('MEDIATION', 'SETTLEMENT')),
    terms         text         not null,
    made_on       date         not null,
    -- the day the last party signed: the agreement is in force from then on (null until every party has signed)
    effective_on  date,
    applied_on    date,
    court         varchar(200),
    confirmed_on  date,
    ruling_no     varchar(60),
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null,
    request_key   varchar(100),
    version       integer      not null default 0,
    unique (recorded_by, request_key),
    check ((confirmed_on is null) = (ruling_no is null) and (confirmed_on is null) = (court is null)
           and (confirmed_on is null) = (applied_on is null)),
    check (confirmed_on is null or (kind = 'MEDIATION' and effective_on is not null))
);
create index mediation_agreement_effective_idx on mediation_agreement (effective_on);

create table mediation_signature (
    id            bigserial primary key,
    agreement_id  bigint       not null references mediation_agreement (id),
    party         varchar(200) not null,
    signed_on     date         not null,
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null,
    unique (agreement_id, party)
);
