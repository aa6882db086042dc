-- Issue 10, items 7 and 8: the flags the national petition information system records on every matter, the reports
-- of a major or urgent matter (2022 art. 25) and the declared conflicts of interest (2022 art. 28 ¶3).

alter table matter
    add column first_to_body      boolean not null default false,
    add column first_anywhere     boolean not null default false,
    add column anonymous          boolean not null default false,
    add column joint_letter       boolean not null default false,
    add column litigation_related boolean not null default false,
    add column hmt_foreign        boolean not null default false,
    add column threat             boolean not null default false,
    add column major_urgent       boolean not null default false;

-- Existing matters: first petition computed from the petitioner's history (no earlier matter, by receipt then id; to
-- this office, and anywhere, an item transferred from a higher body having been petitioned there first); a joint
-- letter where a written item was signed by several people; the other flags false.
update matter m set
    first_to_body = not exists (select 1 from matter e
                                where e.petitioner_id = m.petitioner_id and e.receiving_unit_id = m.receiving_unit_id
                                  and (e.received_on, e.id) < (m.received_on, m.id)),
    first_anywhere = m.channel <> 'HIGHER_BODY'
                     and not exists (select 1 from matter e
                                     where e.petitioner_id = m.petitioner_id
                                       and (e.received_on, e.id) < (m.received_on, m.id)),
    joint_letter = m.channel in ('LETTER', 'ONLINE', 'EMAIL') and m.persons > 1;

-- The worklist filters by a flag; the rare ones get a partial index each.
create index matter_anonymous_idx on matter (id) where anonymous;
create index matter_major_urgent_idx on matter (id) where major_urgent;
create index matter_threat_idx on matter (id) where threat;

create table matter_urgent_report (
    matter_id         bigint       not null references matter (id),
    recipient_unit_id bigint       not null references unit (id),
    recipient_kind    varchar(40)  not null,
    reported_by       varchar(64)  not null,
    reported_at       timestamptz  not null,
    acknowledged_by   varchar(64),
    acknowledged_at   timestamptz,
    primary key (matter_id, recipient_unit_id)
);
-- a unit's desk: the reports it has not acknowledged
create index matter_urgent_report_desk_idx on matter_urgent_report (recipient_unit_id, reported_at)
    where acknowledged_at is null;

create table matter_recusal (
    matter_id   bigint        not null references matter (id),
    username    varchar(64)   not null,
    reason      varchar(2000) not null,
    declared_at timestamptz   not null,
    primary key (matter_id, username)
);
