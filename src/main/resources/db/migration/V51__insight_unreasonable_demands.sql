-- Demands the bureau marks as unreasonable (不合理诉求, Beijing hotline practice; issue 14): with the appraisal scheme's
-- switch on they leave satisfaction scoring. One row a matter, active while marked; every mark and withdrawal is an
-- event with who, when and why (the audit), never deleted. Only the matter's id and reference number: nothing personal.
create table insight_unreasonable_demand (
    matter_id     bigint primary key,
    reference_no  varchar(40) not null,
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
