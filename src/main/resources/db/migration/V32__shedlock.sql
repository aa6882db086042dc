-- Issue 12, item 4: scheduled jobs run exactly once across application nodes (ShedLock's table, as its JDBC provider
-- expects it: one row per job, held until lock_until).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
