-- A user's time zone is optional (issue 20): NULL means "the organization's", so a person who never
-- chose one follows the organization when it moves. UTC was only the column default, never a choice
-- that can be told apart from one, so existing UTC values become NULL. No personal data.
ALTER TABLE users ALTER COLUMN timezone DROP NOT NULL, ALTER COLUMN timezone DROP DEFAULT;
UPDATE users SET timezone = NULL WHERE timezone = 'UTC';
