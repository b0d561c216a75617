package org.vetlis.lab.domain.instrument;

import java.util.List;
import java.util.Optional;

public interface InstrumentRepository {

    List<Instrument> all();

    Optional<Instrument> find(String code);

    /** The instrument that sends to this listener. */
    Optional<Instrument> byListener(String listener);

    /** The instrument whose analyzer connects to this port. */
    Optional<Instrument> byPort(int port);

    void store(Instrument instrument);
}
