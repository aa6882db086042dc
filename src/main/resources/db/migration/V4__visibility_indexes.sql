-- Who may see a matter is decided by prefix matches on paths and by unit ids; each of these is indexed so
-- the planner can combine them (bitmap OR) instead of scanning every matter for every list.
create index matter_lead_unit_idx on matter (lead_unit_id) where lead_unit_id is not null;
create index matter_review_unit_idx on matter (review_unit_id) where review_unit_id is not null;
create index matter_rereview_unit_idx on matter (rereview_unit_id) where rereview_unit_id is not null;
create index matter_co_handler_unit_idx on matter_co_handler (unit_id);
create index matter_due_order_idx on matter (due_on nulls last, id desc);
-- "My unit's open matters": open matters by the unit holding them (the state list matches Casework.OPEN_STATES).
create index matter_open_holder_idx on matter (responsible_path varchar_pattern_ops)
    where state in ('REGISTERED', 'ROUTED', 'IN_HANDLING', 'REPLIED', 'EVALUATED', 'UNDER_REVIEW', 'UNDER_RE_REVIEW');
