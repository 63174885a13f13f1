-- Users' 五十音 list at scale (ADR 013): the sort index carries the search text, so a broad search
-- walks the index in order and filters there (an index-only scan), reading only the rows it shows.
drop index users_sort_idx;
create index users_sort_idx on users (sort_key collate "C", email) include (id, search_text);
