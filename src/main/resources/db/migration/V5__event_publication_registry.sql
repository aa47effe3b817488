-- Spring Modulith's transactional outbox (schema v2): cross-module events are stored with the
-- transaction that publishes them and re-delivered after a crash.
CREATE TABLE event_publication (
  id                     uuid NOT NULL PRIMARY KEY,
  listener_id            text NOT NULL,
  event_type             text NOT NULL,
  serialized_event       text NOT NULL,
  publication_date       timestamptz NOT NULL,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
COMMENT ON TABLE event_publication IS 'module: platform';
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

CREATE TABLE event_publication_archive (LIKE event_publication INCLUDING ALL);
COMMENT ON TABLE event_publication_archive IS 'module: platform';
