package org.vetlis.lab.infrastructure.messaging;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import ca.uhn.hl7v2.HL7Exception;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.hl7.profile.Hl7Profile;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.instrument.InstrumentRepository;

/**
 * Answers an HL7 analyzer's order query while its connection waits: IHE LAW's QBP^Q11 with an RSP^K11, Mindray's
 * QRY^Q02 with a QCK^Q02 and a DSR^Q03 ({@link Hl7QueryAnswers}). The tube's tests still to do in the analyzer's
 * codes are sent and become SENT; an unknown tube, one with nothing to do, or an instrument whose profile does not
 * answer queries gets "not found". Runs in the transaction that stores the query: the runs sent and the answer
 * commit together.
 */
@Stateless
public class Hl7Queries {

    @Inject
    private InstrumentRepository instruments;

    @Inject
    private TestsToDo testsToDo;

    @Inject
    private QueryMetrics queryMetrics;

    /**
     * The answer to a QBP^Q11 or QRY^Q02 of a configured instrument; empty for any other message.
     *
     * @param text the message as received on {@code listener}, decoded in {@code charset} and {@link Hl7Content#normalised}
     */
    public Optional<HostQueries.Answer> answer(String listener, String text, Charset charset) {
        if (!text.contains("\rQPD") && !text.contains("\rQRD")) {
            return Optional.empty(); // results and acknowledgements: no parsing while the analyzer waits
        }
        Optional<Instrument> instrument = instruments.byListener(listener).filter(i -> i.isEnabled() && !i.isCaptureOnly());
        if (instrument.isEmpty()) {
            return Optional.empty();
        }
        Instant started = Instant.now();
        Hl7Profile profile = instrument.get().settings().hl7Profile();
        String code = instrument.get().code();
        try {
            Optional<Hl7QueryAnswers.Query> query = Hl7QueryAnswers.query(text);
            if (query.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> asked = Optional.of(profile.sampleId().clean(query.get().specimen())).filter(s -> !s.isEmpty());
            Optional<QueryWork> work = asked.isEmpty() || !profile.answerQueries() ? Optional.empty()
                    : testsToDo.take(asked.get(), instrument.get(), OffsetDateTime.now(ZoneOffset.UTC)).map(QueryWork::of);
            List<String> answers = Hl7QueryAnswers.answer(query.get(), work, profile.version());
            queryMetrics.answered(code, work.isPresent(), Duration.between(started, Instant.now()));
            String detail = "HL7 " + query.get().name() + " answered: " + work.map(w -> w.analyzerCodes().size() + " test(s)")
                    .orElse(!profile.answerQueries() ? "not found (answer-queries=false for this instrument)"
                            : asked.isEmpty() ? "not found (no specimen named: time-range queries are not answered)" : "no order (NF)");
            return Optional.of(new HostQueries.Answer(AnalyzerReply.of(answers.stream().map(a -> a.getBytes(charset)).toList()), code,
                    asked.map(List::of).orElse(List.of()), detail));
        } catch (HL7Exception unreadable) {
            return Optional.empty(); // acknowledged as any message; the reading quarantines it with the reason
        }
    }
}
