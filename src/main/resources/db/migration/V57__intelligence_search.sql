-- The staff's full-text search (intelligence module, docs/intelligence-search.md).
--
-- search_matter: what the Lucene index holds of a matter, read from casework's own table, so nothing is stored twice.
-- reach_paths lists every unit path through which casework lets a viewer see the matter (Casework's visibility
-- condition): the place, the holder, the receiving office, the office an objection goes to, the body deciding a dispute,
-- and the current paths of the lead, review, re-review and co-handling units. The index keeps each path's prefixes, so a
-- viewer's scope is one term. The unit joins are on primary keys, and the co-handlers' on matter_co_handler's key: a
-- batch of ids loads from their indexes, whatever the table's size.
create view search_matter as
select m.id, m.reference_no, m.title, m.content, m.category_id, m.place_path, m.state, m.channel, m.received_on, m.due_on,
       m.responsible_unit_id, m.accused_unit_path,
       concat_ws(' ', m.place_path, m.responsible_path, m.receiving_path, m.routed_from_path, m.dispute_decider_path,
                 lu.path, ru.path, rru.path,
                 (select string_agg(cu.path, ' ') from matter_co_handler c join unit cu on cu.id = c.unit_id
                  where c.matter_id = m.id)) as reach_paths
from matter m
         left join unit lu on lu.id = m.lead_unit_id
         left join unit ru on ru.id = m.review_unit_id
         left join unit rru on rru.id = m.rereview_unit_id;

-- The top bar's direct look-ups (a reference number, a query code, an ID number, a phone): who looked up what and
-- what it found. The value is kept masked for reading and as a keyed hash (platform Pseudonyms) for "who looked this
-- person up", never in the clear.
create table search_lookup (
    id           bigserial primary key,
    username     varchar(100) not null,
    unit_id      bigint       not null,
    kind         varchar(20)  not null,
    masked_value varchar(40)  not null,
    value_hash   varchar(64)  not null,
    found        bigint       not null,
    looked_up_at timestamptz  not null
);
create index search_lookup_time_idx on search_lookup (looked_up_at desc);
create index search_lookup_hash_idx on search_lookup (value_hash);
