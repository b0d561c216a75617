package org.vetlis.lab.domain.messagelog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

public interface InboundMessageRepository {

    Optional<InboundMessage> find(long id);

    /** Messages stored before {@code before} that were never read (the server stopped in between), oldest first. */
    List<InboundMessage> unread(OffsetDateTime before, int max);

    /** Messages by outcome and instrument (both optional), newest first. */
    Page<InboundMessage> search(MessageOutcome outcome, String instrumentCode, PageRequest page);

    void store(InboundMessage message);

    /**
     * The id of a message received on {@code message}'s listener before it with the same control ID and the same
     * bytes: the one it repeats; empty when it repeats none (or has no control ID).
     */
    Optional<Long> repeated(InboundMessage message);

    List<InboundMessage> latest(int max);
}
