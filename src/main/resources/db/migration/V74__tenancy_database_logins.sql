-- The application pool logs in as ${app_role} itself (no longer as the owner with SET ROLE: any SQL on
-- such a connection could RESET ROLE and own every table). Unless an administrator provides its login
-- (SWITCHBOARD_DB_APP_USER/PASSWORD), the owner gives the role a generated password at start and keeps
-- it here, sealed with the master key, so that every node and every restart finds the same one.
-- Only the owner reads this table. No organization's data: no tenant key, no row-level security.
-- pii: none
CREATE TABLE database_logins (
  role_name text PRIMARY KEY,
  sealed_password bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE database_logins IS 'module: tenancy';
REVOKE ALL ON database_logins FROM ${app_role}, ${definer_role};
