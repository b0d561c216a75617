package org.vetlis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A ZPL printer on loopback: every connection is one job, kept whole until read. */
public final class TestPrinter implements AutoCloseable {

    private final ServerSocket server;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    /** Listening on {@code port} of loopback (0: any free port). */
    public TestPrinter(int port) throws IOException {
        server = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "test-printer-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next job, waiting up to 30 s for it. */
    public String next() throws InterruptedException {
        String job = received.poll(30, TimeUnit.SECONDS);
        assertThat(job).as("a label at the printer within 30 s").isNotNull();
        return job;
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket connection = server.accept(); InputStream in = connection.getInputStream()) {
                received.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
