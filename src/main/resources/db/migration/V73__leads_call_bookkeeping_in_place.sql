-- A lead's call bookkeeping (last call, its outcome, unanswered attempts) changes with every call the
-- lead gets. No query looks leads up by their unanswered attempts, yet the index on them made each of
-- those updates add an entry to every index of the table, the trigram and custom-field GIN indexes
-- included. Without it the bookkeeping touches no indexed column, and with room left in each page
-- PostgreSQL updates such rows in place (HOT).
DROP INDEX leads_not_connected_idx;
ALTER TABLE leads SET (fillfactor = 90);
