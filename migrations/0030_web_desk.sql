-- The organisers' web desk (`regbot serve`): who may sign in, one-time login links, sessions.

-- Addresses allowed to sign in (`regbot organiser add`). Lowercased.
create table organisers (
    email           text primary key check (email = lower(email)),
    added_at        timestamptz not null default now()
);

-- One-time login links. Only the SHA-256 of the token is stored, so a database dump cannot be
-- used to sign in; a link works once (used_at) and for a short time (expires_at).
create table login_tokens (
    token_hash      text primary key,
    email           text not null references organisers (email) on delete cascade,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    used_at         timestamptz
);
create index login_tokens_email on login_tokens (email, created_at);

-- Signed-in browsers. The cookie holds a random id; the table its SHA-256, for the same reason.
-- csrf_token is echoed in every form of the session and checked on every POST.
create table web_sessions (
    id_hash         text primary key,
    email           text not null references organisers (email) on delete cascade,
    csrf_token      text not null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null
);
create index web_sessions_expiry on web_sessions (expires_at);

-- Login links are mailed through the outbox like every other mail regbot sends.
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check
    check (kind in ('reply', 'forward', 'broadcast', 'promotion', 'login'));

-- The participants table of the desk counts each person's ideas.
create index ideas_by_email on ideas (event_id, lower(email));
