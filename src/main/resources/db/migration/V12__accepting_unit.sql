-- The body that accepted a matter, kept on the matter instead of read back out of the timeline's audit JSON.
alter table matter add column accepting_unit_id bigint references unit(id);

-- Backfilled from the latest acceptance entry: the unit holding the matter before it was accepted. The holder is in
-- the entry's changes only when accepting moved the matter; otherwise it held the matter before and after, as lead.
update matter m
set accepting_unit_id = coalesce((
        select coalesce(e.changes -> 'responsibleUnitId' ->> 'before', e.changes -> 'leadUnitId' ->> 'after')::bigint
        from matter_event e
        where e.matter_id = m.id and e.type = 'ACCEPTED'
        order by e.seq desc
        limit 1), m.lead_unit_id)
where m.acceptance_outcome = 'ACCEPTED';
