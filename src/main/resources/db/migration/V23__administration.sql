-- issue 11, item 7: the administrator's screens (docs/decisions.md, "The administrator's screens").

-- staff: optimistic locking for the edit forms; a password set by an administrator must be changed at the next sign-in
alter table staff add column version bigint not null default 0;
alter table staff add column must_change_password boolean not null default false;

-- units: a merged unit stays (its past records name it), inactive, pointing at the body continuing its functions
-- (2022 art. 24 ¶2); a renamed one keeps its id and code, its earlier names in unit_name_history
alter table unit add column version bigint not null default 0;
alter table unit add column active boolean not null default true;
alter table unit add column merged_into_id bigint references unit(id);
create table unit_name_history (
    id          bigserial primary key,
    unit_id     bigint       not null references unit(id),
    name        varchar(200) not null,
    name_en     varchar(200),
    until       timestamptz  not null,
    changed_by  varchar(64)  not null
);
create index unit_name_history_unit_idx on unit_name_history (unit_id, until);

-- categories: renamed or deactivated by an administrator; a deactivated one stays for the matters filed under it
alter table category add column version bigint not null default 0;
alter table category add column active boolean not null default true;

-- routing rules: for a category arising in a place (and below it), the unit suggested instead of the default rule
create table routing_rule (
    id             bigserial primary key,
    category_id    bigint not null references category(id),
    place_unit_id  bigint not null references unit(id),
    unit_id        bigint not null references unit(id),
    version        bigint not null default 0,
    unique (category_id, place_unit_id)
);

-- the working-day calendar: an administrator's change to a day of the State Council's arrangement
create table working_day_override (
    day         date primary key,
    working     boolean      not null,
    note        varchar(200) not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null
);

-- every change on the administrator's screens: who, when, what, before and after (personal data masked)
create table admin_audit (
    id          bigserial primary key,
    at          timestamptz  not null,
    actor       varchar(64)  not null,
    actor_name  varchar(100),
    area        varchar(16)  not null,
    subject     varchar(200) not null,
    action      varchar(32)  not null,
    before      text,
    after       text
);
create index admin_audit_at_idx on admin_audit (at desc, id desc);
