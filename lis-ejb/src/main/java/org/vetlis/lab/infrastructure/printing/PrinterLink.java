package org.vetlis.lab.infrastructure.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Raw TCP to a label printer (the "port 9100" protocol: connect, write the job, close). A printer that is off does not
 * accept the connection; one that is busy may accept it late: both are told apart from success by a short timeout.
 */
final class PrinterLink {

    static final int CONNECT_TIMEOUT_MS = 3000;
    static final int WRITE_TIMEOUT_MS = 5000;

    private PrinterLink() {
    }

    static void send(String host, int port, byte[] job) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(WRITE_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(job);
            out.flush();
            socket.shutdownOutput(); // the printer sees the end of the job; nothing is read back
        }
    }
}
