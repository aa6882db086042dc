-- Issue 12, item 6: leader receptions (领导接访, 2022 art. 18). A unit's reception calendar: open reception days,
-- appointment interviews (约访) and down-visits (下访), held by a leader (an account; none for imported history, then
-- only the level); a joint reception (联合接访) names the other units receiving at its window. Each batch received
-- (批次, of one or more persons, 人次) carries the "four meet, two nods" record and the matters it touched.
create table reception (
    id            bigserial primary key,
    kind          varchar(16)  not null,
    unit_id       bigint       not null references unit (id),
    unit_path     varchar(400) not null,
    held_on       date         not null,
    starts_at     time         not null,
    place         varchar(200) not null,
    leader        varchar(64),
    leader_level  varchar(16)  not null,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null
);
create index reception_calendar_idx on reception (unit_path varchar_pattern_ops, held_on);
create index reception_held_on_idx on reception (held_on);

-- the other units receiving at a joint reception's window
create table reception_unit (
    reception_id  bigint not null references reception (id),
    unit_id       bigint not null references unit (id),
    unit_path     varchar(400) not null,
    primary key (reception_id, unit_id)
);

-- one batch received (批次): its persons (人次), the petitioner's name (personal data), the four who met and the two nods
create table reception_visit (
    id                 bigserial primary key,
    reception_id       bigint        not null references reception (id),
    persons            integer       not null check (persons > 0),
    petitioner         varchar(100)  not null,
    subject            text          not null,
    outcome            text          not null,
    leader_met         boolean       not null,
    petitioner_met     boolean       not null,
    unit_met           boolean       not null,
    office_met         boolean       not null,
    petitioner_agreed  boolean       not null,
    unit_agreed        boolean       not null,
    recorded_by        varchar(64)   not null,
    recorded_at        timestamptz   not null
);
create index reception_visit_reception_idx on reception_visit (reception_id);

create table reception_visit_matter (
    visit_id   bigint not null references reception_visit (id),
    matter_id  bigint not null references matter (id),
    primary key (visit_id, matter_id)
);
create index reception_visit_matter_matter_idx on reception_visit_matter (matter_id);

-- a citizen's request for an appointment (约访) from the portal: the phone only as a keyed hash and its last four
-- digits; answered once (accepted, or another time proposed) at the version the clerk saw
create table appointment_request (
    id            bigserial primary key,
    unit_id       bigint        not null references unit (id),
    unit_path     varchar(400)  not null,
    wished_on     date          not null,
    subject       text          not null,
    petitioner    varchar(100)  not null,
    phone_hash    varchar(100)  not null,
    phone_last4   varchar(4)    not null,
    requested_at  timestamptz   not null,
    state         varchar(16)   not null default 'PENDING',
    reception_id  bigint        references reception (id),
    answer_note   text,
    answered_by   varchar(64),
    answered_at   timestamptz,
    version       integer       not null default 0
);
create index appointment_request_scope_idx on appointment_request (unit_path varchar_pattern_ops, state);
create index appointment_request_phone_idx on appointment_request (phone_hash);
