-- Spring Modulith names a listener by its class: three listeners moved into their modules'
-- internal packages, so publications still waiting under the old names are handed to the new ones
-- (else they would never be delivered again). No personal data.
UPDATE event_publication
   SET listener_id = replace(replace(replace(listener_id,
       'io.switchboard.campaigns.CallOutcomes.', 'io.switchboard.campaigns.internal.CallOutcomes.'),
       'io.switchboard.campaigns.MemberScores.', 'io.switchboard.campaigns.internal.MemberScores.'),
       'io.switchboard.leads.ImportWorker.', 'io.switchboard.leads.internal.ImportWorker.')
 WHERE completion_date IS NULL;

-- Dead letters are re-sent by hand to the listener they name: the same renaming.
UPDATE event_publication_dead
   SET listener_id = replace(replace(replace(listener_id,
       'io.switchboard.campaigns.CallOutcomes.', 'io.switchboard.campaigns.internal.CallOutcomes.'),
       'io.switchboard.campaigns.MemberScores.', 'io.switchboard.campaigns.internal.MemberScores.'),
       'io.switchboard.leads.ImportWorker.', 'io.switchboard.leads.internal.ImportWorker.');
