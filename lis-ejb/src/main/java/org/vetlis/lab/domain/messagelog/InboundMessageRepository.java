package org.vetlis.lab.domain.messagelog;

import java.util.List;

public interface InboundMessageRepository {

    void store(InboundMessage message);

    List<InboundMessage> latest(int max);
}
