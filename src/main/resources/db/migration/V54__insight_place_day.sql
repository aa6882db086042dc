-- Insight's figures by place and day (issue 14, "Speed"): the sums of the facts of the matters received on one day that
-- arose in one place, kept by MatterFactStore in the same transaction as the facts, so that a city-year adds up some
-- tens of thousands of these rows instead of every matter. Only what does not depend on today is summed here: the
-- deadlines still to come (acceptance, handling, rating) are counted from the facts at query time (FactFigures), from
-- the partial indexes below, which hold only the matters still waiting for a step. The facts are emptied, so that the
-- next start reads every matter again and fills both tables (MatterFactStore fills an empty table at start-up).
truncate insight_matter_fact;
create table insight_place_day (
    place_unit_id            bigint not null,
    place_path               varchar(400) not null,
    received_on              date not null,
    items                    bigint not null,
    persons                  bigint not null,
    items_letter             bigint not null,
    persons_letter           bigint not null,
    items_visit              bigint not null,
    persons_visit            bigint not null,
    items_phone              bigint not null,
    persons_phone            bigint not null,
    items_online             bigint not null,
    persons_online           bigint not null,
    items_email              bigint not null,
    persons_email            bigint not null,
    items_higher_body        bigint not null,
    persons_higher_body      bigint not null,
    items_partner_network    bigint not null,
    persons_partner_network  bigint not null,
    type_suggestion          bigint not null,
    type_accusation          bigint not null,
    type_appeal              bigint not null,
    repeat_items             bigint not null,
    repeat_visits            bigint not null,
    repeat_visit_persons     bigint not null,
    collective_visits        bigint not null,
    collective_persons       bigint not null,
    leap_visits              bigint not null,
    leap_persons             bigint not null,
    accepted_on_time         bigint not null,
    decided                  bigint not null,
    undecided                bigint not null,
    completed_on_time        bigint not null,
    replied_due              bigint not null,
    handling_open            bigint not null,
    satisfied                bigint not null,
    rated                    bigint not null,
    unrated_replied          bigint not null,
    initial_persons          bigint not null,
    initial_resolved_persons bigint not null,
    primary key (place_unit_id, received_on)
);
create index insight_place_day_day_idx on insight_place_day (received_on);
create index insight_place_day_path_day_idx on insight_place_day (place_path varchar_pattern_ops, received_on);
create index insight_fact_place_key_idx on insight_matter_fact (place_unit_id, received_on);
create index insight_fact_acceptance_pending_idx on insight_matter_fact (acceptance_due_on)
    where decided_on is null and state <> 'MERGED';
create index insight_fact_handling_pending_idx on insight_matter_fact (handling_due_on)
    where replied_on is null and state = 'IN_HANDLING';
create index insight_fact_rating_pending_idx on insight_matter_fact (rating_due_on)
    where satisfaction is null and replied_on is not null;
