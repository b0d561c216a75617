package org.vetlis.lab.application;

import org.vetlis.lab.domain.messagelog.InboundMessage;

/**
 * Reads stored analyzer messages and acts on them: results onto test runs, everything that cannot be matched into
 * quarantine. A message is stored (and acknowledged) first and read after, so nothing an analyzer sends waits on,
 * or is lost by, what reading it finds.
 */
public interface MessageIntake {

    /** Reads the message now, in a transaction of its own, and records what became of it. */
    InboundMessage process(long messageId);

    /** Reads the message now unless it was read already (a host query is answered while its analyzer waits). */
    void processIfUnread(long messageId);

    /** Reads the message soon, on another thread (called once it is committed). */
    void processLater(long messageId);

    /**
     * Reads the instrument's quarantined messages again, soon, on another thread: what was missing (a test-code
     * mapping) may be there now. Called once a change to the instrument is committed.
     */
    void rematchQuarantined(String instrumentCode);

    /** Quarantines a message that cannot be read at all (reading it failed every time), with the reason. */
    void setAside(long messageId, String reason);
}
