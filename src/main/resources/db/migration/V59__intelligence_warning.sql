-- Early warnings (预警) of the intelligence module: an unusual weekly rise of a category or of a petitioner group in a
-- county, or a likely collective visit (several people on one issue at one place within days). Each is raised once
-- (the unique index over what it is about and its week), goes to the inbox of the petition office responsible for the
-- place (unit_id, with its path for the viewer's scope) and stays open until someone there acknowledges it.
create table intelligence_warning (
    id                bigserial primary key,
    kind              varchar(24)      not null,
    unit_id           bigint           not null references unit (id),
    unit_path         varchar(400)     not null,
    place_unit_id     bigint           not null references unit (id),
    category_code     varchar(64),
    petitioner_group  varchar(32),
    week_start        date             not null,
    observed          integer          not null,
    expected          double precision not null,
    matter_ids        bigint[]         not null,
    state             varchar(16)      not null default 'OPEN',
    raised_at         timestamptz      not null,
    acknowledged_by   varchar(64),
    acknowledged_at   timestamptz,
    check (kind in ('CATEGORY_RISE', 'GROUP_RISE', 'COLLECTIVE_VISIT')),
    check (state in ('OPEN', 'ACKNOWLEDGED')),
    check ((state = 'OPEN') = (acknowledged_at is null))
);
create unique index intelligence_warning_raised_once on intelligence_warning
    (kind, place_unit_id, coalesce(category_code, ''), coalesce(petitioner_group, ''), week_start);
create index intelligence_warning_open_idx on intelligence_warning (unit_path varchar_pattern_ops) where state = 'OPEN';
