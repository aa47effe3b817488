package io.switchboard.conversations;

/**
 * A customer sentence that drove one of an analysis's labels.
 *
 * @param label what it is evidence of: {@code qualification:hot}, {@code sentiment:negative},
 *     {@code complaint}, {@code escalation}, {@code do_not_call}, {@code voicemail}, {@code wrong_number}
 * @param segmentIndex the transcript segment (speaker turn) it was said in, from 0
 * @param text the sentence as said (redacted like the transcript)
 */
public record Evidence(String label, int segmentIndex, String text) {}
