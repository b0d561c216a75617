package org.vetlis.lab.domain.qc;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Control lots, QC results, rule settings, states and events as kept. */
public interface QcRecords {

    List<ControlLot> lots();

    List<ControlLot> lots(String instrument, String test);

    List<ControlLot> activeLots(String instrument);

    Optional<ControlLot> lot(long id);

    void store(ControlLot lot);

    /** The analyzer and test's results that count for the rules (accepted, with warnings), measured since {@code since}. */
    List<QcResult> counting(String instrument, String test, OffsetDateTime since);

    List<QcResult> results(String instrument, String test, OffsetDateTime from, OffsetDateTime to);

    List<QcResult> resultsOfLot(long lotId);

    void store(QcResult result);

    List<QcRuleEntry> rules(String instrument, String test);

    void store(QcRuleEntry rule);

    List<QcState> states();

    Optional<QcState> state(String instrument, String test);

    void store(QcState state);

    Optional<QcEvent> event(long id);

    List<QcEvent> events(String instrument, String test);

    void store(QcEvent event);
}
