-- Demands the bureau marks as unreasonable (不合理诉求, Beijing hotline practice; issue 14): with the appraisal scheme's
-- switch on they leave satisfaction scoring. One row a matter, active while marked; every mark and withdrawal is an
-- event with who, when and why (the audit), never deleted. What the page shows of the matter, copied from casework's
-- public read when first marked: reference number, category, holding unit, day received; nothing personal.
create table insight_unreasonable_demand (
    matter_id      bigint primary key,
    reference_no   varchar(40) not null,
    category_code  varchar(80) not null,
    unit_id        bigint,
    received_on    date not null,
    active        boolean not null,
    version       integer not null
);
create table insight_unreasonable_event (
    id          bigserial primary key,
    matter_id   bigint not null references insight_unreasonable_demand (matter_id),
    action      varchar(16) not null check (action in ('MARKED', 'WITHDRAWN')),
    reason      varchar(500) not null,
    actor_id    bigint not null,
    actor_name  varchar(120) not null,
    at          timestamptz not null
);
create index insight_unreasonable_event_matter_idx on insight_unreasonable_event (matter_id, at);
