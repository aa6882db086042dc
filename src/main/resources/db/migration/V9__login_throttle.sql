-- territory: an account locked after repeated failed sign-ins, until this instant (null: not locked)
alter table staff add column locked_until timestamptz;
create index staff_locked_idx on staff (locked_until) where locked_until is not null;
