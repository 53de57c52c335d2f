-- OAuth2 refresh tokens (grant = "refresh_token"), one per token endpoint and client
-- (`account`). Sealed with ChaCha20-Poly1305 under oauth2.token_key_file: the database never
-- holds a usable token.
create table oauth2_refresh_tokens (
    account text primary key,
    sealed bytea not null,
    updated_at timestamptz not null default now()
);
