-- Record-level access: how far a custom role reaches for each record type (EspoCRM's own/team/all).
-- Built-in roles carry theirs in code (Role); a custom role stores its own. Existing custom roles
-- keep seeing everything, as they did before reach existed.
-- pii: none (role settings only)
ALTER TABLE custom_roles
  ADD COLUMN lead_reach text NOT NULL DEFAULT 'all' CHECK (lead_reach IN ('own', 'team', 'all')),
  ADD COLUMN call_reach text NOT NULL DEFAULT 'all' CHECK (call_reach IN ('own', 'team', 'all')),
  ADD COLUMN task_reach text NOT NULL DEFAULT 'all' CHECK (task_reach IN ('own', 'team', 'all'));
