package org.fooddelivery.loadtests;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulations need from the platform outside the measured load: the run's settings
 * (environment variables set by load-tests/run.sh), demo users' tokens, owner set-up calls, and the
 * server's metrics (admin only, basic authentication over TLS; the server's certificate is
 * self-signed, so this client trusts any: it only ever talks to the server under test).
 */
public final class Platform {

    public static final String BASE = env("FOOD_BASE_URL", "http://localhost:9080");
    /** Empty when the metrics cannot be reached (e.g. through the gateway, which does not route them). */
    public static final String METRICS = System.getenv("FOOD_METRICS_URL") == null ? "https://localhost:9443/metrics"
            : System.getenv("FOOD_METRICS_URL");
    private static final String ADMIN_PASSWORD = env("FOOD_DEMO_PASSWORD", "password");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .sslContext(trustAll()).build();

    private Platform() {
    }

    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static int envInt(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }

    public static String token(String user) {
        String form = "grant_type=password&client_id=food-app&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
        String body = send(HttpRequest.newBuilder(URI.create(BASE + "/oidc/endpoint/food/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return field(body, "access_token");
    }

    public static void put(String token, String path, String json) {
        send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), 200);
    }

    public static String get(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token).GET(), 200);
    }

    /** The server's metrics in Prometheus text, or "" when they are not reachable. */
    public static String metrics() {
        if (METRICS.isBlank()) {
            return "";
        }
        try {
            String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(METRICS)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : "";
        } catch (Exception e) {
            return "";
        }
    }

    /** The sum of every series of a metric (all tags), NaN when it is absent. */
    public static double sum(String metrics, String name) {
        double total = 0;
        boolean found = false;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? total : Double.NaN;
    }

    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json == null ? "" : json);
        return m.find() ? m.group(1) : null;
    }

    private static String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot reach the platform at " + BASE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
