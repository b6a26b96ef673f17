-- Issue #18: a user whose password breaks the current rule (found when they sign in with it) must
-- change it before anything else; and a one-row table that GET /api/health writes to, so health
-- says DOWN when the store no longer takes writes (read-only file, read-only PostgreSQL session).

ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE store_probe (
    id          INTEGER PRIMARY KEY,
    checked_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO store_probe (id, checked_at) VALUES (1, NULL);
