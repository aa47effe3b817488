-- Event publications whose listener still failed after every redelivery (see EventRedelivery): kept
-- here for an operator, out of the way of the redelivery of newer failures.
CREATE TABLE event_publication_dead (LIKE event_publication INCLUDING ALL);
COMMENT ON TABLE event_publication_dead IS 'module: platform';
