package org.carbonsim.spark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The masters of a standalone cluster's URL ({@code spark://host:port}, or {@code
 * spark://host1:port1,host2:port2} for standby masters), checked before Spark starts: Spark's client
 * tries a master it cannot reach for a minute before it gives up, and a study whose master never
 * answered could go on waiting after that. A host that no name server knows, or where nothing takes a
 * connection on the port within {@link #CONNECT_TIMEOUT_MILLIS}, is refused at once.
 */
final class StandaloneMasters {
    /** How long a master's host may take to take a connection: a cluster's answers within a second. */
    static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private static final String SCHEME = "spark://";

    private StandaloneMasters() {}

    /**
     * Why none of {@code master}'s standalone masters can be reached, or empty when one of them takes a
     * connection, or when {@code master} is not a standalone master's URL that names a host and a port
     * (Spark says what is wrong with it).
     */
    static Optional<String> unreachable(String master, int timeoutMillis) {
        String url = master.strip();
        if (!url.startsWith(SCHEME)) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (String hostPort : url.substring(SCHEME.length()).split(",")) {
            InetSocketAddress address = address(hostPort);
            if (address == null) {
                return Optional.empty();
            }
            String name = address.getHostString() + ":" + address.getPort();
            if (address.isUnresolved()) {
                reasons.add(name + " (unknown host)");
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(address, timeoutMillis);
                return Optional.empty();
            } catch (SocketTimeoutException e) {
                reasons.add(name + " (no answer within " + timeoutMillis / 1000 + " s)");
            } catch (ConnectException e) {
                reasons.add(name + " (connection refused)");
            } catch (IOException e) {
                reasons.add(name + " (" + e.getMessage() + ")");
            }
        }
        return Optional.of("no standalone master answers at " + String.join(", ", reasons));
    }

    /** The host and port of {@code hostPort}, resolved if they can be, or null if it does not name both. */
    private static InetSocketAddress address(String hostPort) {
        try {
            URI uri = new URI(SCHEME + hostPort.strip());
            if (uri.getHost() == null || uri.getPort() < 0) {
                return null;
            }
            String host = uri.getHost().startsWith("[")
                    ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            return new InetSocketAddress(host, uri.getPort());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
