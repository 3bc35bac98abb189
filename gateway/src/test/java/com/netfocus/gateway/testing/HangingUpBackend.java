package com.netfocus.gateway.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A backend that accepts a connection, reads the request's first bytes and hangs up without answering. */
public final class HangingUpBackend implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    private final AtomicInteger accepted = new AtomicInteger();

    private HangingUpBackend() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "hanging-up-backend");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static HangingUpBackend start() {
        try {
            return new HangingUpBackend();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** How many connections it accepted (and hung up on) so far. */
    public int accepted() {
        return accepted.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                accepted.incrementAndGet();
                InputStream in = connection.getInputStream();
                in.read(new byte[1024]);
            } catch (IOException e) {
                // closed by close(), or the client went away: either way, hang up is all this backend does
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
