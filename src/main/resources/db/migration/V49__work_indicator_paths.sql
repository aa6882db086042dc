-- The other modules' indicators (issue 14, "Must have" 1) count a module's rows for a unit's subtree and a period in
-- one query over the module's own table, by path and day. Rows that named no place get the path of the unit they
-- belong to, filled when written; the rows of before are filled here once.

-- 积案: the body holding the matter when it was registered
alter table backlog_case add column holder_path varchar(400);
update backlog_case b set holder_path = m.responsible_path from matter m where m.id = b.matter_id;
create index backlog_case_path_idx on backlog_case (holder_path varchar_pattern_ops, registered_on);

-- 督办单: the body supervised
alter table supervision_notice add column unit_path varchar(400);
update supervision_notice s set unit_path = u.path from unit u where u.id = s.unit_id;
create index supervision_notice_path_idx on supervision_notice (unit_path varchar_pattern_ops, issued_on);

-- 调解: the body holding the matter when the session was recorded
alter table mediation_session add column holder_path varchar(400);
update mediation_session s set holder_path = m.responsible_path from matter m where m.id = s.matter_id;
create index mediation_session_path_idx on mediation_session (holder_path varchar_pattern_ops, held_on);

-- 三项建议: the petition office that issued it
alter table recommendation add column office_path varchar(400);
update recommendation r set office_path = u.path from unit u where u.id = r.office_unit_id;
create index recommendation_office_path_idx on recommendation (office_path varchar_pattern_ops, issued_on);

-- 矛盾纠纷排查: resolved ones by place and the day resolved (found ones have latent_dispute_place_idx)
create index latent_dispute_place_resolved_idx on latent_dispute (place_path varchar_pattern_ops, resolved_on)
    where resolved_on is not null;

-- 救助: payments by the day paid
create index relief_entry_paid_at_idx on relief_entry (recorded_at)
    where account = 'PAID' and amount > 0 and reverses is null;
