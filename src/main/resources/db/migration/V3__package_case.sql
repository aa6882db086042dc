-- Four-level package cases (四级包案): a leader personally takes charge of a matter.
alter table matter add column package_leader varchar(64);
alter table matter add column package_level varchar(16);
alter table matter add column packaged_on date;
create index matter_package_idx on matter (package_level) where package_leader is not null;
