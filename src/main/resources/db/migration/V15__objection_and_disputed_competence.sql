-- 2022 art. 23 ¶3: the unit a matter was passed to may object within 5 working days that it is not competent; the
-- office that passed it on confirms (the matter comes back to be routed again) or rejects the objection.
alter table matter add column routed_from_unit_id bigint references unit(id);
alter table matter add column routed_from_path varchar(400);
alter table matter add column objected_on date;
alter table matter add column objection_unit_id bigint references unit(id);
alter table matter add column objection_reason text;
alter table matter add column objected_by varchar(100);
alter table matter add column objection_outcome varchar(16);
alter table matter add column objection_decision_reason text;
alter table matter add column objection_decided_on date;
alter table matter add column objection_decided_by varchar(100);

-- 2022 art. 24: a dispute over which body accepts, decided by the parties' common superior body or, when there is
-- none, by the office of the joint conference on petition work.
alter table matter add column dispute_raised_on date;
alter table matter add column dispute_raised_by varchar(100);
alter table matter add column dispute_raised_by_unit_id bigint references unit(id);
alter table matter add column dispute_reason text;
alter table matter add column dispute_party_ids bigint[];
alter table matter add column dispute_forum varchar(24);
alter table matter add column dispute_decider_unit_id bigint references unit(id);
alter table matter add column dispute_decider_path varchar(400);
alter table matter add column dispute_accepting_unit_id bigint references unit(id);
alter table matter add column dispute_decision_reason text;
alter table matter add column dispute_decided_on date;
alter table matter add column dispute_decided_by varchar(100);

-- Existing matters waiting at the body they were passed to get the office that passed them on, from the latest
-- routing or transfer entry of their timeline: the holder before it. The others have no objection to make, and no
-- existing matter has an objection or a dispute.
update matter m
set routed_from_unit_id = (
        select (e.changes -> 'responsibleUnitId' ->> 'before')::bigint
        from matter_event e
        where e.matter_id = m.id and e.type in ('ROUTED', 'TRANSFERRED')
        order by e.seq desc
        limit 1)
where m.state = 'ROUTED';
update matter m
set routed_from_path = u.path
from unit u
where u.id = m.routed_from_unit_id;

-- Who may see a matter (Casework.VISIBLE) also matches these paths: indexed as the other paths are (V4).
create index matter_routed_from_path_idx on matter (routed_from_path varchar_pattern_ops) where routed_from_path is not null;
create index matter_dispute_decider_path_idx on matter (dispute_decider_path varchar_pattern_ops)
    where dispute_decider_path is not null;
