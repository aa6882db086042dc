-- Issue 11, speed: the worklist with a search term, and the desk's lists, answer from indexes, so that the visibility
-- condition (an OR of nine, evaluated row by row) is checked on the few candidates only, not on every matter.

-- A word of the title: every pair of adjacent characters of the title, lower-cased, in a GIN index. Chinese words are
-- mostly two characters, which a trigram index cannot look up; a term of two or more characters is found as the
-- titles holding all of its pairs, then checked with ILIKE. The full-text search of the intelligence issue (Lucene,
-- smartcn) will take this case over.
create function title_bigrams(t text) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg(distinct lower(substr(t, i, 2))), '{}')
      from generate_series(1, char_length(t) - 1) i
$$;
alter table matter add column title_bigrams text[] generated always as (title_bigrams(title)) stored;
create index matter_title_bigrams_idx on matter using gin (title_bigrams);

-- A petitioner's name, a phone given on a matter, a representative's ID number.
create index petitioner_name_idx on petitioner (name);
create index matter_contact_phone_idx on matter_contact (phone);
create index matter_representative_petitioner_idx on matter_representative (petitioner_id);

-- The desk: what a registrar registered today; the extension requests waiting for a head.
create index matter_registered_by_idx on matter (registered_by, registered_at);
create index matter_extension_request_pending_idx on matter (id)
    where extension_requested_at is not null and extension_request_outcome is null;
