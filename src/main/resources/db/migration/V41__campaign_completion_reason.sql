-- Why a campaign completed: its schedule ended, every member was called, its budget was spent (the
-- dialer stops placing calls once the credits charged and held for the campaign's calls leave less
-- than one more call's hold), or every one of its goals was reached.
ALTER TABLE campaigns
  ADD COLUMN completion_reason text CHECK (completion_reason IN ('schedule_ended', 'all_called', 'budget_spent', 'goals_reached'));
