package com.decisionchain.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak (the distribution the build unpacks into target/) on loopback, with the realms of
 * src/test/resources/keycloak imported at start: the shared realm {@code decision-chain} (tenants
 * kc-acme and kc-globex named by a tenant_id claim) and the per-tenant realms {@code north} (tenant
 * kc-north) and {@code south} (tenant kc-south). The service is pointed at the shared realm and
 * told, by configuration only, that kc-north and kc-south bring their own issuers.
 *
 * <p>One server serves every Keycloak-backed test class of the JVM (a start costs 30 to 45 s); it is
 * stopped when the test JVM exits. Setting KEYCLOAK_TEST_URL reuses an already running
 * Keycloak that imported the same realms.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    public static final String SHARED_REALM = "decision-chain";
    public static final List<String> REALMS = List.of(SHARED_REALM, "north", "south");
    public static final String CLIENT = "decision-chain-tests";
    public static final String PASSWORD = "test-password";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /**
     * Kept in a system property: each application restart loads this class again in a new class
     * loader, but the JVM (and its one Keycloak) stays.
     */
    private static final String URL_PROPERTY = "decision-chain.test.keycloak-url";

    private static String baseUrl;
    private static Process process;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", realmUrl(SHARED_REALM),
                "quarkus.oidc.token.audience", "decision-chain",
                "decision-chain.tenancy.issuers.kc-north.auth-server-url", realmUrl("north"),
                "decision-chain.tenancy.issuers.kc-north.audience", "decision-chain",
                "decision-chain.tenancy.issuers.kc-south.auth-server-url", realmUrl("south"),
                "decision-chain.tenancy.issuers.kc-south.audience", "decision-chain");
    }

    @Override
    public void stop() {
        // kept for the next Keycloak-backed class; the shutdown hook stops it with the JVM
    }

    public static String realmUrl(String realm) {
        return ensureStarted() + "/realms/" + realm;
    }

    static synchronized String ensureStarted() {
        if (baseUrl != null) {
            return baseUrl;
        }
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            baseUrl = running;
            return baseUrl;
        }
        String external = System.getenv("KEYCLOAK_TEST_URL");
        if (external != null && !external.isBlank()) {
            baseUrl = external.replaceAll("/$", "");
            return baseUrl;
        }
        try {
            Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak-26.7.3")).toAbsolutePath();
            if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("Keycloak is not unpacked at " + home + " (mvn process-test-resources does it)");
            }
            Path imports = Files.createDirectories(home.resolve("data/import"));
            for (String realm : REALMS) {
                try (InputStream in = KeycloakResource.class.getResourceAsStream("/keycloak/" + realm + "-realm.json")) {
                    Files.copy(in, imports.resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + freePort(),
                    "--db=dev-mem", "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(home.getParent().resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + port);
            Instant started = Instant.now();
            process = builder.start();
            Process keycloak = process;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(keycloak)));
            String url = "http://127.0.0.1:" + port;
            awaitRealms(url, started);
            System.out.printf("Keycloak ready at %s after %d s%n", url, Duration.between(started, Instant.now()).toSeconds());
            baseUrl = url;
            System.setProperty(URL_PROPERTY, url);
            return url;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start", e);
        }
    }

    private static void awaitRealms(String url, Instant started) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (String realm : REALMS) {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create(url + "/realms/" + realm + "/.well-known/openid-configuration")).build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see target/keycloak.log");
                }
                if (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) > 0) {
                    shutdown(process);
                    throw new IllegalStateException("Keycloak not ready after " + START_TIMEOUT);
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(500);
            }
        }
    }

    private static void shutdown(Process running) {
        if (running == null || !running.isAlive()) {
            return;
        }
        running.descendants().forEach(ProcessHandle::destroy);
        running.destroy();
        try {
            running.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.descendants().forEach(ProcessHandle::destroyForcibly);
        running.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
