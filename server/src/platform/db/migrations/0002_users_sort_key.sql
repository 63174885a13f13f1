-- 五十音順 for user lists: the kana reading folded by toSearchKey (one script, one width), compared
-- byte-wise (COLLATE "C") so PGlite and every PostgreSQL server order it the same way.
alter table users add column sort_key text not null default '';
create index users_sort_idx on users (sort_key collate "C", email);
