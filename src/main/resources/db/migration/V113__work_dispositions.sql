-- Issue 16 (the agent desk): how the agent closed a work, and their note about it, set when they
-- finish it. The note is also written to the lead's timeline (leads' notes) by the application.
-- pii: disposition_note (free text an agent wrote about a person)
ALTER TABLE work_items
  ADD COLUMN disposition text
    CHECK (disposition IN ('interested', 'callback', 'not_interested', 'no_answer', 'voicemail',
                           'wrong_number', 'other')),
  ADD COLUMN disposition_note text CHECK (length(disposition_note) <= 2000),
  ADD CHECK ((disposition IS NULL AND disposition_note IS NULL) OR status = 'completed');
