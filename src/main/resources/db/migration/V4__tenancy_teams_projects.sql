CREATE TABLE teams (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
  team_type       text NOT NULL DEFAULT 'team' CHECK (team_type IN ('department', 'team', 'squad')),
  parent_team_id  uuid,
  manager_id      uuid,
  budget_minor    bigint CHECK (budget_minor >= 0),
  budget_currency text CHECK (budget_currency ~ '^[A-Z]{3}$'),
  location        text CHECK (length(location) <= 200),
  description     text CHECK (length(description) <= 2000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  CHECK ((budget_minor IS NULL) = (budget_currency IS NULL)),
  CHECK (parent_team_id IS DISTINCT FROM id),
  FOREIGN KEY (organization_id, parent_team_id) REFERENCES teams (organization_id, id),
  FOREIGN KEY (organization_id, manager_id) REFERENCES users (organization_id, id)
);
COMMENT ON TABLE teams IS 'module: tenancy';
CREATE UNIQUE INDEX teams_name_key ON teams (organization_id, lower(name));
CREATE INDEX teams_parent_idx ON teams (organization_id, parent_team_id);
CALL make_tenant_table('teams');

CREATE TABLE team_members (
  organization_id uuid NOT NULL,
  team_id         uuid NOT NULL,
  user_id         uuid NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, team_id, user_id),
  FOREIGN KEY (organization_id, team_id) REFERENCES teams (organization_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organization_id, user_id) REFERENCES users (organization_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE team_members IS 'module: tenancy';
CREATE INDEX team_members_user_idx ON team_members (organization_id, user_id);
CALL make_tenant_table('team_members');

CREATE TABLE projects (
  organization_id uuid NOT NULL,
  id              uuid NOT NULL,
  name            text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  description     text CHECK (length(description) <= 4000),
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_hold', 'completed', 'archived')),
  team_id         uuid,
  start_date      date,
  end_date        date,
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, id),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
  FOREIGN KEY (organization_id, team_id) REFERENCES teams (organization_id, id) ON DELETE SET NULL (team_id)
);
COMMENT ON TABLE projects IS 'module: tenancy';
CREATE UNIQUE INDEX projects_name_key ON projects (organization_id, lower(name));
CALL make_tenant_table('projects');
