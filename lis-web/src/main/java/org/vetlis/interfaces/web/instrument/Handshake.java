package org.vetlis.interfaces.web.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

import org.vetlis.connector.astm.link.AstmControl;

/**
 * "Test connection": connects to an instrument's port on this server as its analyzer would and proves the line:
 * for ASTM the E1381 establishment (ENQ answered by ACK, then EOT to give the line back), for HL7 that the port
 * accepts a connection. Nothing is stored: no message is sent.
 */
final class Handshake {

    private static final int TIMEOUT_MILLIS = 3000;

    private Handshake() {
    }

    static String check(String protocol, int port) {
        if (port <= 0) {
            return "no port";
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            if ("HL7".equals(protocol)) {
                return "port " + port + " accepts connections (HL7 over MLLP)";
            }
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(AstmControl.ENQ);
            out.flush();
            int answer = in.read();
            out.write(AstmControl.EOT);
            out.flush();
            return answer == AstmControl.ACK ? "ENQ answered with ACK on port " + port + ": the line works"
                    : "ENQ answered with " + (answer < 0 ? "a closed connection" : AstmControl.visible(new byte[] {(byte) answer}, 0, 1, 10))
                    + " on port " + port;
        } catch (SocketTimeoutException e) {
            return "no answer within " + TIMEOUT_MILLIS / 1000 + " s on port " + port;
        } catch (IOException e) {
            return "port " + port + " refused the connection (" + e.getMessage() + ")";
        }
    }
}
