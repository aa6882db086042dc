-- Insight's facts name the body holding each matter (rankings of departments, overdue matters by unit), how it was
-- passed on (转送/交办, the annual report's transfers and assignments) and the unit an accusation names (the bodies
-- complained about most, 2022 art. 41). The rows are emptied so that the next start reads every matter again
-- (MatterFactStore fills an empty table at start-up); the indicators are unavailable for those seconds only.
truncate insight_matter_fact;
alter table insight_matter_fact
    add column responsible_unit_id bigint not null,
    add column responsible_path    varchar(400) not null,
    add column routing_kind        varchar(16),
    add column accused_unit_id     bigint;
-- a department's or county body's matters: its path prefix, then the days
create index insight_fact_responsible_day_idx on insight_matter_fact (responsible_path varchar_pattern_ops, received_on);
