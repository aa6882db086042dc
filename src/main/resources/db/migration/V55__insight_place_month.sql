-- Insight's figures by place and month, and the first-level areas' categories by month (issue 14, "Speed": a city-year
-- under 300 ms at p95 on a million matters). A whole month of a place is one row of insight_place_month, the sum of its
-- days in insight_place_day (same columns), so that a city-year adds up twelve rows a place and only the days of a
-- period's cut months one by one (PlaceDays.cover). The dashboards' categories come from insight_area_month_category:
-- the items of each category by month and area, an area being the first two levels of a place's path (a county, or the
-- root for a place directly under it), for a unit on those levels; a unit below reads its facts. MatterFactStore keeps
-- both in the transaction that writes the facts, like the days. Both are filled here from what is already there.
create table insight_place_month (like insight_place_day including defaults);
alter table insight_place_month rename column received_on to month_start;
alter table insight_place_month add primary key (place_unit_id, month_start);
create index insight_place_month_path_idx on insight_place_month (place_path varchar_pattern_ops, month_start);

do $$
declare
    names text;
    sums  text;
begin
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
           string_agg('sum(' || quote_ident(column_name) || ')', ', ' order by ordinal_position)
    into names, sums
    from information_schema.columns
    where table_schema = current_schema() and table_name = 'insight_place_day'
      and column_name not in ('place_unit_id', 'place_path', 'received_on');
    execute format('insert into insight_place_month (place_unit_id, place_path, month_start, %s)'
                   ' select place_unit_id, min(place_path), date_trunc(''month'', received_on)::date, %s'
                   ' from insight_place_day group by place_unit_id, date_trunc(''month'', received_on)', names, sums);
end $$;

create table insight_area_month_category (
    area_path     varchar(400) not null,
    month_start   date         not null,
    category_code varchar(80)  not null,
    items         bigint       not null,
    primary key (area_path, month_start, category_code)
);
-- the expression is PlaceDays.AREA's: the index finds an area's facts of a month when the store sums it again
create index insight_fact_area_day_idx on insight_matter_fact
    ((substring(place_path from '^/[0-9]+/(?:[0-9]+/)?')), received_on);
insert into insight_area_month_category (area_path, month_start, category_code, items)
select substring(place_path from '^/[0-9]+/(?:[0-9]+/)?'), date_trunc('month', received_on)::date, category_code, count(*)
from insight_matter_fact group by 1, 2, 3;

-- the dashboards' overdue matters by holder read only the matters still at acceptance or in handling
create index insight_fact_open_idx on insight_matter_fact (received_on) where state in ('ROUTED', 'IN_HANDLING');
