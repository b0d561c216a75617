package org.vetlis.lab.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 123_456_789, ZoneOffset.UTC);

    private AuditChainHead head;
    private final List<AuditEvent> chain = new ArrayList<>();

    @BeforeEach
    void threeEvents() throws Exception {
        Constructor<AuditChainHead> constructor = AuditChainHead.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        head = constructor.newInstance();
        set(head, "lastHash", "0".repeat(64));
        for (int i = 1; i <= 3; i++) {
            AuditEvent event = AuditEvent.of("reception", AuditAction.OWNER_REGISTERED, T.plusSeconds(i)).on("Owner", i)
                    .change(null, "{\"id\":" + i + "}").origin("api 10.0.0.1").build();
            head.append(event);
            chain.add(event);
        }
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerification verdict = verify(chain);

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.events()).isEqualTo(3);
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).eventHash());
    }

    @Test
    void aChangedEventIsFoundWhereItWasChanged() throws Exception {
        set(chain.get(1), "afterState", "{\"id\":99}");

        ChainVerification verdict = verify(chain);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenAt()).isEqualTo(2);
        assertThat(verdict.reason()).contains("changed");
    }

    @Test
    void aRemovedEventBreaksTheSequence() {
        chain.remove(1);

        assertThat(verify(chain).brokenAt()).isEqualTo(2);
    }

    @Test
    void aRemovedLastEventIsCaughtByTheHead() {
        chain.remove(2);

        ChainVerification verdict = verify(chain);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("head");
    }

    @Test
    void aRowOutsideTheChainIsReported() {
        ChainVerifier verifier = new ChainVerifier();
        chain.forEach(verifier::accept);

        ChainVerification verdict = verifier.verdict(head, 1);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("outside the chain");
    }

    @Test
    void timesAreKeptToTheMicrosecondTheDatabaseStores() {
        assertThat(chain.get(0).occurredAt().getNano() % 1000).isZero();
    }

    private ChainVerification verify(List<AuditEvent> events) {
        ChainVerifier verifier = new ChainVerifier();
        events.forEach(verifier::accept);
        return verifier.verdict(head, 0);
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
