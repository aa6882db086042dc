-- The matter page's "same place and category": one category within a place's subtree. Without it the planner
-- read the whole (petitioner_id, category_id) index for the category (3-5 ms per query, two queries a page).
create index matter_category_place_idx on matter (category_id, place_path varchar_pattern_ops);
