-- A matter linked to the wrong project or decision is unlinked with a reason, never silently: the link as it was, who
-- removed it, when and why stay on the assessment (its level today no longer counts the matter).
create table risk_matter_unlinked (
    id            bigserial    primary key,
    assessment_id bigint       not null references risk_assessment (id),
    matter_id     bigint       not null references matter (id),
    reference_no  varchar(40)  not null,
    linked_by     varchar(64)  not null,
    linked_at     timestamptz  not null,
    reason        text         not null,
    unlinked_by   varchar(64)  not null,
    unlinked_at   timestamptz  not null
);
create index risk_matter_unlinked_assessment_idx on risk_matter_unlinked (assessment_id);
