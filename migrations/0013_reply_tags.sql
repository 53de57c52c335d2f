-- Organisers answer from their mail client (issue 9). A question's forward carries a random,
-- unguessable token in its subject tag (`[event #token]`), as review items' forwards already do
-- (review_items.token), so an organiser's reply names the question it answers and nothing else.
-- Questions asked before this migration were forwarded without one: null, answered with
-- `regbot questions answer` only.
alter table questions add column token text unique;
