-- Issue 11, item 7: an administrator reads the audit of their own part of the territory. Each entry keeps the path of
-- the unit its change concerns (a member of staff's home unit, the unit itself, a routing rule's place); an entry of
-- a change to the whole territory (categories, the working-day calendar) has none and is read by every administrator.

alter table admin_audit add column scope_path varchar(400);

update admin_audit a set scope_path = u.path
  from staff s join unit u on u.id = s.unit_id
 where a.area = 'STAFF' and s.username = a.subject;
update admin_audit a set scope_path = u.path
  from unit u
 where a.area = 'UNIT' and u.code = a.subject;
update admin_audit a set scope_path = u.path
  from unit u
 where a.area = 'ROUTING' and u.code = split_part(a.subject, ' @ ', 2);

create index admin_audit_scope_idx on admin_audit (scope_path varchar_pattern_ops, at desc);
