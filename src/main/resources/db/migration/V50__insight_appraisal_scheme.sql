-- The appraisal scheme (考核方案, 2022 art. 39, issue 14): every save is a new version, never overwritten. A version
-- number is taken once (the primary key), so two saves from the same version cannot both land: the second is refused.
-- Version 0 is the scheme the statute module gives (AppraisalRules), never stored.
create table insight_appraisal_scheme (
    version_no            integer primary key check (version_no > 0),
    exclude_unreasonable  boolean not null,
    saved_by_id           bigint not null,
    saved_by_name         varchar(120) not null,
    saved_at              timestamptz not null,
    -- what changed against the version before, one "kind:indicator:before:after" a line (for the history)
    changes               text not null
);
-- a version's weights (points scored against 100% of a rate) and deductions (points per item counted)
create table insight_appraisal_item (
    version_no     integer not null references insight_appraisal_scheme (version_no),
    kind           varchar(16) not null check (kind in ('WEIGHT', 'DEDUCTION')),
    indicator_key  varchar(80) not null,
    points         numeric(8, 2) not null check (points >= 0),
    primary key (version_no, kind, indicator_key)
);
-- a year's published ranking keeps the version it was computed with (the first publication of a year and kind wins)
create table insight_appraisal_published (
    year               integer not null,
    kind               varchar(16) not null check (kind in ('COUNTIES', 'DEPARTMENTS')),
    area_unit_id       bigint not null,
    scheme_version_no  integer not null,
    published_by_name  varchar(120) not null,
    published_at       timestamptz not null,
    primary key (area_unit_id, year, kind)
);
