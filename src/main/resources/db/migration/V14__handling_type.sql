-- Handling by type (2022 Regulations arts 28-34, issue 10 item 2): the type decided at acceptance and what each
-- type's path records. See docs/lifecycle.md ("Handling by type") and docs/decisions.md.
alter table matter
    add column handling_type            varchar(16),
    add column appeal_route             varchar(16),
    add column adoption_outcome         varchar(16),
    add column reward_marked            boolean not null default false,
    add column reward_reason            text,
    add column accused_rank             varchar(32),
    add column accused_post             varchar(200),
    add column accused_unit_id          bigint references unit (id),
    add column accused_unit_path        varchar(200),
    add column guided_body              varchar(200),
    add column guided_notice            text,
    add column guided_on                date,
    add column organisation_notified_on date;

-- Existing accepted matters: a proposal (建议类, its kind or the proposal category) was a suggestion (建议意见类);
-- every other one went through the petition procedure with its opinion and clock, which is route (6) of an appeal
-- (申诉求决类, art. 31 item 6). No accusation can be told apart from the old records: none is backfilled as one.
update matter set handling_type = 'SUGGESTION'
where acceptance_outcome = 'ACCEPTED' and decided_on is not null
  and (kind = 'PROPOSAL' or category_id in (select id from category where code = 'OTHER.PROPOSAL'));
update matter set handling_type = 'APPEAL', appeal_route = 'PETITION'
where acceptance_outcome = 'ACCEPTED' and decided_on is not null and handling_type is null;

create index matter_handling_type on matter (handling_type) where handling_type is not null;
