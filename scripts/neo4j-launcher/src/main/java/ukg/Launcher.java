package ukg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * A dev Neo4j 5 Community server for union-kg: the embedded engine with Bolt on loopback.
 *
 * Usage: Launcher HOME PORT READY_FILE LOGS_DIR. Data lives under HOME. If the env var
 * NEO4J_DEV_PASSWORD is set, auth is enabled and user neo4j gets that password; otherwise
 * the server runs without auth (dev only, loopback only). SIGTERM shuts down cleanly.
 */
public final class Launcher {
    /** Give user neo4j this password; a password already set to it is fine. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path ready = Path.of(args[2]);
        Path logs = Path.of(args[3]).toAbsolutePath();
        Files.createDirectories(home.resolve("home"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(logs);
        String password = System.getenv("NEO4J_DEV_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.resolve("home"))
                .setConfig(GraphDatabaseSettings.data_directory, home.resolve("data"))
                .setConfig(GraphDatabaseSettings.logs_directory, logs)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
                dbms.shutdown();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));

        try {
            if (auth) {
                setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
            }
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            db.executeTransactionally("RETURN 1");
            Files.writeString(ready, Long.toString(ProcessHandle.current().pid()));
        } catch (Exception e) {
            // The engine's threads would keep the JVM alive: fail loudly and exit.
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("neo4j ready: bolt://127.0.0.1:" + port + (auth ? " (auth on)" : " (no auth)"));
        stopped.await();
    }
}
