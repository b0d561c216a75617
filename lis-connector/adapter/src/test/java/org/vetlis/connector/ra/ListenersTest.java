package org.vetlis.connector.ra;

import static org.assertj.core.api.Assertions.assertThat;
import org.vetlis.connector.api.Protocol;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vetlis.connector.api.ListenerSpec;
import org.vetlis.connector.api.ListenerState;
import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.connector.astm.link.AstmControl;

/** The connector's listeners as the application drives them, on real loopback ports. */
class ListenersTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Listeners listeners = new Listeners(threads, name -> (payload, peer) -> null,
            key -> key.endsWith(".bind-address") ? Optional.of("127.0.0.1") : Optional.empty());

    @AfterEach
    void stop() {
        listeners.closeAll();
        threads.shutdownNow();
    }

    @Test
    void anOpenedListenerTakesConnectionsAndOpeningItAgainUnchangedLeavesItRunning() throws IOException {
        ListenerSpec chemistry = spec("chem", "CHEM-1", freePort());

        ListenerStatus first = listeners.open(chemistry);
        assertThat(first.state()).isEqualTo(ListenerState.LISTENING);
        assertThat(first.instrument()).isEqualTo("CHEM-1");
        assertAnswersEnq(chemistry.port());

        assertThat(listeners.open(chemistry).startedAt()).as("not restarted").isEqualTo(first.startedAt());
        assertThat(listeners.statuses()).extracting(ListenerStatus::name).containsExactly("chem");
    }

    @Test
    void aNewPortMovesTheListenerAndFreesTheOldOne() throws IOException {
        int before = freePort();
        int after = freePort();
        listeners.open(spec("chem", "CHEM-1", before));

        listeners.open(spec("chem", "CHEM-1", after));

        assertAnswersEnq(after);
        try (ServerSocket reuse = new ServerSocket(before)) {
            assertThat(reuse.isBound()).as("the old port is free again").isTrue();
        }
    }

    @Test
    void aSecondListenerOnATakenPortFailsAndSaysWhoHasIt() throws IOException {
        int port = freePort();
        listeners.open(spec("chem", "CHEM-1", port));

        ListenerStatus rival = listeners.open(spec("hem", "HEM-1", port));

        assertThat(rival.state()).isEqualTo(ListenerState.FAILED);
        assertThat(rival.detail()).contains("port " + port, "already in use", "instrument CHEM-1");
        assertThat(listeners.statuses()).extracting(ListenerStatus::name, ListenerStatus::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("chem", ListenerState.LISTENING),
                        org.assertj.core.groups.Tuple.tuple("hem", ListenerState.FAILED));
        assertAnswersEnq(port);
    }

    @Test
    void aPortHeldByAnotherProgramIsReportedAndAFailedListenerIsTriedAgainWhenOpened() throws IOException {
        ServerSocket otherProgram = new ServerSocket(freePort());
        ListenerSpec chemistry = spec("chem", "CHEM-1", otherProgram.getLocalPort());

        assertThat(listeners.open(chemistry).detail()).contains("already in use by another program");

        otherProgram.close();
        assertThat(listeners.open(chemistry).state()).isEqualTo(ListenerState.LISTENING);
    }

    @Test
    void restartStartsAgainWithTheSameSettingsAndCloseForgetsTheListener() throws IOException {
        ListenerSpec chemistry = spec("chem", "CHEM-1", freePort());
        listeners.open(chemistry);

        assertThat(listeners.restart("chem").state()).isEqualTo(ListenerState.LISTENING);
        assertAnswersEnq(chemistry.port());
        assertThatThrownBy(() -> listeners.restart("nobody")).isInstanceOf(NoSuchElementException.class);

        listeners.close("chem");
        assertThat(listeners.statuses()).isEmpty();
        assertThatThrownBy(() -> new Socket("127.0.0.1", chemistry.port()).close()).isInstanceOf(IOException.class);
    }

    @Test
    void settingsTheConnectorCannotUseLeaveTheListenerFailedWithTheReason() {
        ListenerStatus status = listeners.open(new ListenerSpec("chem", "CHEM-1", 20999, Protocol.ASTM, "strict", Map.of("charset", "EBCDIC-42")));

        assertThat(status.state()).isEqualTo(ListenerState.FAILED);
        assertThat(status.detail()).contains("charset");
    }

    private static ListenerSpec spec(String name, String instrument, int port) {
        return new ListenerSpec(name, instrument, port, Protocol.ASTM, "strict", Map.of());
    }

    private static void assertAnswersEnq(int port) throws IOException {
        try (Socket analyzer = new Socket("127.0.0.1", port)) {
            analyzer.setSoTimeout(5000);
            analyzer.getOutputStream().write(AstmControl.ENQ);
            assertThat(analyzer.getInputStream().read()).isEqualTo(AstmControl.ACK);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
