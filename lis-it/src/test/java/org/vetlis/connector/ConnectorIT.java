package org.vetlis.connector;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.connector.astm.link.AstmFrameEncoder;
import org.vetlis.it.Deployments;
import org.vetlis.it.TestServer;

/**
 * An analyzer's view: a real TCP connection to the connector's port in the deployed EAR, and the row the
 * message-driven bean wrote, read back from PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectorIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void enqIsAcknowledged() throws IOException {
        try (Socket analyzer = connect()) {
            assertThat(exchange(analyzer, new byte[] {AstmControl.ENQ})).isEqualTo(AstmControl.ACK);
            analyzer.getOutputStream().write(AstmControl.EOT);
        }
    }

    @Test
    void aFramedMessageIsStoredByTheMessageDrivenBeanBeforeItIsAcknowledged() throws Exception {
        String sample = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        byte[] message = ("H|\\^&|||IT-ANALYZER\rP|1\rO|1|" + sample + "||^^^GLU\rR|1|^^^GLU|5.4|mmol/L\rL|1|N\r").getBytes(US_ASCII);

        try (Socket analyzer = connect()) {
            assertThat(exchange(analyzer, new byte[] {AstmControl.ENQ})).isEqualTo(AstmControl.ACK);
            int frameNumber = 1;
            for (byte[] frame : AstmFrameEncoder.frames(message, frameNumber, 40)) {
                assertThat(exchange(analyzer, frame)).as("answer to frame %d", frameNumber++).isEqualTo(AstmControl.ACK);
            }
            analyzer.getOutputStream().write(AstmControl.EOT);
        }

        // the last ACK came after the commit, so the row is there now
        try (Connection db = TestServer.database();
             PreparedStatement query = db.prepareStatement("select payload, peer_address, listener, protocol, payload_size"
                     + " from inbound_message where position(?::bytea in payload) > 0")) {
            query.setBytes(1, sample.getBytes(US_ASCII));
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).as("a row for " + sample).isTrue();
                assertThat(rs.getBytes("payload")).isEqualTo(message);
                assertThat(rs.getString("peer_address")).startsWith("127.0.0.1:");
                assertThat(rs.getString("listener")).isEqualTo("demo");
                assertThat(rs.getString("protocol")).isEqualTo("ASTM");
                assertThat(rs.getInt("payload_size")).isEqualTo(message.length);
                assertThat(rs.next()).as("exactly one row").isFalse();
            }
        }
    }

    @Test
    void aFrameWithABadChecksumIsRefusedAndNothingIsStored() throws IOException, SQLException {
        String sample = "BAD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        byte[] frame = AstmFrameEncoder.frame(1, ("H|\\^&\rO|1|" + sample + "\rL|1|N\r").getBytes(US_ASCII), true);
        frame[frame.length - 4] = (byte) (frame[frame.length - 4] == '0' ? '1' : '0'); // corrupt the checksum

        try (Socket analyzer = connect()) {
            exchange(analyzer, new byte[] {AstmControl.ENQ});
            assertThat(exchange(analyzer, frame)).isEqualTo(AstmControl.NAK);
            analyzer.getOutputStream().write(AstmControl.EOT);
        }
        try (Connection db = TestServer.database();
             PreparedStatement query = db.prepareStatement("select count(*) from inbound_message where position(?::bytea in payload) > 0")) {
            query.setBytes(1, sample.getBytes(US_ASCII));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", TestServer.analyzerPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    private static byte exchange(Socket socket, byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        int answer = socket.getInputStream().read();
        assertThat(answer).as("an answer byte before the connection closed").isNotNegative();
        return (byte) answer;
    }
}
