package org.jumelage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real single-node OpenSearch for tests, started once per test JVM in a JVM of its own from the server's Maven jars
 * (the build copies them to {@code target/opensearch/lib}; they stay off the tests' classpath, since OpenSearch brings
 * another Lucene). The launcher ({@code src/test/opensearch/OpenSearchLauncher.java}) runs in Java's source-file mode
 * and ends when this JVM ends (it watches its standard input). Its log goes to {@code target/opensearch/node.log}.
 */
public final class OpenSearchNode {

    private static final Duration START = Duration.ofSeconds(90);
    private static volatile String address;

    private OpenSearchNode() {}

    /** The node's HTTP address, {@code http://127.0.0.1:port}, starting it on first use. */
    public static synchronized String address() {
        if (address == null) {
            address = start();
        }
        return address;
    }

    private static String start() {
        Path lib = Path.of("target", "opensearch", "lib").toAbsolutePath();
        Path launcher =
                Path.of("src", "test", "opensearch", "OpenSearchLauncher.java").toAbsolutePath();
        if (!Files.isDirectory(lib) || !Files.isRegularFile(launcher)) {
            throw new IllegalStateException("No OpenSearch jars in " + lib + ": run the tests through Maven ("
                    + "mvn verify copies them in process-test-resources)");
        }
        try {
            int port = freePort();
            Path home = Files.createTempDirectory("opensearch-home");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process node = new ProcessBuilder(List.of(
                            java,
                            "-Xms512m",
                            "-Xmx512m",
                            "-cp",
                            lib + "/*",
                            launcher.toString(),
                            home.toString(),
                            Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "opensearch", "node.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(node::destroy));
            String url = "http://127.0.0.1:" + port;
            try {
                org.awaitility.Awaitility.await()
                        .atMost(START)
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> !node.isAlive() || answers(url));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                node.destroy();
                throw new IllegalStateException("OpenSearch did not answer within " + START, e);
            }
            if (!node.isAlive()) {
                throw new IllegalStateException("OpenSearch stopped at start; see target/opensearch/node.log");
            }
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(url + "/_cluster/health").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
