-- issue 11 E: the worklist's sortable columns, and duplicates merged into their original.

-- A duplicate closed into its original (state MERGED): which one, and when. Existing matters are no duplicates.
alter table matter add column duplicate_of_id bigint references matter(id);
alter table matter add column merged_at timestamptz;
create index matter_duplicate_of_idx on matter (duplicate_of_id) where duplicate_of_id is not null;

-- Sorting by reference number uses its unique index; by received day matter_received_idx; by deadline
-- matter_due_order_idx. The rest:
-- the latest timeline entry of each matter (sort and filter by the last step) without reading the table's rows
create index matter_event_latest_idx on matter_event (matter_id, seq desc) include (occurred_at);
-- the received day with the id as tie-break, both directions (a scan backwards serves descending)
create index matter_received_order_idx on matter (received_on, id);
-- the title, for the sort by title
create index matter_title_order_idx on matter (title, id);
