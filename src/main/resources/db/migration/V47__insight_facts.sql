-- The insight module's own facts (issue 14): one row per matter, what the indicators count, written from casework's
-- events (MatterTransitioned, MattersImported) through casework's public read, never from casework's tables.
-- event_seq is the matter's latest timeline entry when read: a reading never replaces a newer one.
create table insight_matter_fact (
    matter_id          bigint primary key,
    event_seq          integer not null,
    received_on        date not null,
    place_unit_id      bigint not null,
    place_path         varchar(400) not null,
    channel            varchar(24) not null,
    persons            integer not null,
    collective         boolean not null,
    repeat_of_id       bigint,
    leap_level         boolean not null,
    first_anywhere     boolean not null,
    handling_type      varchar(16),
    category_code      varchar(80) not null,
    state              varchar(24) not null,
    acceptance_due_on  date not null,
    decided_on         date,
    accepted           boolean not null,
    handling_due_on    date,
    replied_on         date,
    satisfaction       varchar(24),
    rating_due_on      date,
    concluded_on       date,
    written_at         timestamptz not null
);
-- a city's period: a range of days; a county's or township's: its path prefix, then the days
create index insight_fact_day_idx on insight_matter_fact (received_on);
create index insight_fact_path_day_idx on insight_matter_fact (place_path varchar_pattern_ops, received_on);
-- the initial-visit resolution rate looks for a later repeat of each initial item
create index insight_fact_repeat_idx on insight_matter_fact (repeat_of_id) where repeat_of_id is not null;
