-- Spreadsheet import (issue 10): a file's rows are kept here between upload, preview and
-- confirmation, so nothing is written to the records until the user confirms. They hold personal
-- data: each belongs to its uploader, expires after a short time, and is deleted when the import is
-- written, when the same user uploads another file of the same kind, and once expired.
create table import_uploads (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  kind text not null check (kind ~ '^[a-z][a-z0-9_-]{0,39}$'),
  file_name text not null check (char_length(file_name) <= 255),
  headers jsonb not null,
  -- [[line, [cell, …]], …]: the spreadsheet row number and the cells as text.
  rows jsonb not null,
  row_count integer not null check (row_count >= 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index import_uploads_user_idx on import_uploads (user_id, kind);
create index import_uploads_expires_idx on import_uploads (expires_at);
