/*
 * Starts a single-node OpenSearch 3.4.0 for tests, in its own JVM, with the OpenSearch jars
 * kept off the project's test classpath (OpenSearch brings Lucene 10, the project uses Lucene 9).
 *
 * Run in Java's source-file mode:
 *   java -Xms512m -Xmx512m -cp '<lib>/*' OpenSearchLauncher.java <home-dir> <http-port>
 * where <lib> holds the jars copied by the build (target/opensearch/lib).
 *
 * Not org.opensearch.bootstrap.OpenSearch: that one wants <home>/modules/* descriptors (the Maven
 * jars carry none) and refuses to run as root. Instead the node is built the way the test
 * framework's MockNode does, with the two needed modules given as classpath plugins.
 *
 * The process exits when its stdin reaches EOF, i.e. when the parent (the test JVM holding the
 * pipe open) dies or closes it.
 */
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.opensearch.Version;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

public class OpenSearchLauncher {

    private static final List<String> PLUGINS = List.of(
            "org.opensearch.transport.Netty4ModulePlugin",
            "org.opensearch.analysis.common.CommonAnalysisModulePlugin");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: OpenSearchLauncher <home-dir> <http-port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String httpPort = args[1];
        Files.createDirectories(home);

        watchParent();

        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("cluster.name", "test-opensearch")
                .put("node.name", "node-1")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", "9300-9399")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("logger.level", "WARN")
                .build();

        LogConfigurator.configureWithoutConfig(settings);
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "node-1");

        List<PluginInfo> plugins = PLUGINS.stream()
                .map(cls -> new PluginInfo(cls, "classpath plugin", "NA", Version.CURRENT, "21", cls, null,
                        List.of(), false))
                .toList();

        Node node = new Node(env, plugins, true) {
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception ignored) {
                // exiting anyway
            }
        }, "opensearch-shutdown"));
        node.start();
        System.out.println("OpenSearch started on http://127.0.0.1:" + httpPort);
        System.out.flush();

        // the node's threads are daemons: keep the JVM alive
        Thread.currentThread().join();
    }

    /** Exits once stdin reaches EOF, i.e. when the parent process is gone or closes the pipe. */
    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try {
                byte[] buf = new byte[256];
                while (System.in.read(buf) >= 0) {
                    // ignore input
                }
            } catch (Exception ignored) {
                // treat as EOF
            }
            System.exit(0);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
