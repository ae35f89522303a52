package dk.ddh.hotline.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * A TCP proxy in front of the RabbitMQ broker, so a test can take the broker away from the application: {@link #cut()}
 * drops every open connection and refuses new ones until {@link #restore()}. The port stays the same throughout.
 */
public final class RabbitProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = new HashSet<>();
    private boolean cut;

    private RabbitProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the RabbitMQ proxy port", e);
        }
        daemon("rabbit-proxy-accept-" + port(), this::acceptLoop).start();
    }

    /** Starts a proxy on a random loopback port that forwards to the broker at {@code host:port}. */
    public static RabbitProxy start(String host, int port) {
        return new RabbitProxy(host, port);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Drops all open connections and refuses new ones until {@link #restore()}. */
    public void cut() {
        synchronized (open) {
            cut = true;
            open.forEach(RabbitProxy::closeQuietly);
            open.clear();
        }
    }

    public void restore() {
        synchronized (open) {
            cut = false;
        }
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                connect(server.accept());
            } catch (IOException e) {
                // The server socket was closed: the proxy is shutting down.
            }
        }
    }

    private void connect(Socket client) {
        Socket broker;
        synchronized (open) {
            if (cut) {
                closeQuietly(client);
                return;
            }
            try {
                broker = new Socket(targetHost, targetPort);
            } catch (IOException e) {
                closeQuietly(client);
                return;
            }
            open.add(client);
            open.add(broker);
        }
        daemon("rabbit-proxy-up", () -> pump(client, broker)).start();
        daemon("rabbit-proxy-down", () -> pump(broker, client)).start();
    }

    /** Copies bytes one way until either side closes, then closes both so the peer notices at once. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // One side went away (or the proxy was cut); closing both below ends the other direction too.
        } finally {
            synchronized (open) {
                open.remove(from);
                open.remove(to);
            }
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Nothing left to do with a socket that cannot even be closed.
        }
    }
}
