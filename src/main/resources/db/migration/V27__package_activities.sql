-- Issue 12, item 1: what a leader does on a package case (包案, 2022 art. 18 ¶2), in the coordination module. Who
-- holds a matter stays on the matter (V3: package_leader, package_level, packaged_on); each activity is kept with the
-- leader and the level that held the matter then, so that a case taken over by a higher leader keeps its history and
-- "visited" is counted for the leader who holds it now.
create table package_activity (
    id           bigserial primary key,
    matter_id    bigint       not null references matter (id),
    leader       varchar(64)  not null,
    level        varchar(16)  not null,
    kind         varchar(16)  not null,
    held_on      date         not null,
    note         text         not null,
    people_met   varchar(500) not null,
    recorded_by  varchar(64)  not null,
    recorded_at  timestamptz  not null,
    -- a repeated submission of the same form (the same key) records one activity
    request_key  varchar(100),
    unique (recorded_by, request_key)
);
create index package_activity_matter_idx on package_activity (matter_id, held_on desc);
create index package_activity_leader_idx on package_activity (leader, kind);

-- a leader's own cases, for their desk and the desk panel
create index matter_package_leader_idx on matter (package_leader) where package_leader is not null;
