-- The level of the government responsible for a matter, as screened at registration: a leap-level matter is
-- accepted only at that level or below (2005 art. 16).
alter table matter add column responsible_level varchar(16);
update matter m set responsible_level = u.level from unit u where u.id = m.suggested_unit_id;
