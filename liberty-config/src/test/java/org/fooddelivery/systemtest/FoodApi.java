package org.fooddelivery.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's HTTP API as a client sees it: real tokens from the identity provider, real
 * requests to the running server. Shared by every system test, inside or outside the server.
 */
public final class FoodApi {

    public static final String BASE_URL = System.getProperty("food.baseUrl", "http://localhost:9080");
    /** The TLS port, where operators sign in with basic authentication (metrics, admin center). */
    public static final String TLS_BASE_URL = System.getProperty("food.tlsBaseUrl", "https://localhost:9443");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final HttpClient HTTPS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .sslContext(trustingTheServersOwnCertificate()).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private FoodApi() {
    }

    /** A response with its body parsed when it is JSON. */
    public record Reply(int status, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String body() {
            return raw.body();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(raw.body())).read();
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    /** A token for a demo user, fetched once per test run with contract §6's exact form fields. */
    public static String token(String user) {
        return TOKENS.computeIfAbsent(user, FoodApi::freshToken);
    }

    public static Reply tokenRequest(String user, String password) {
        String form = "grant_type=password&client_id=food-app&username=" + encode(user) + "&password=" + encode(password);
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + "/oidc/endpoint/food/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** order-war's service user (group service), the only identity payment charges for; its demo password. */
    public static final String SERVICE_USER = "order-service";
    private static final String SERVICE_PASSWORD = System.getProperty("food.servicePassword", "order-service-demo");

    private static String freshToken(String user) {
        Reply reply = tokenRequest(user, SERVICE_USER.equals(user) ? SERVICE_PASSWORD : "password");
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + reply);
        }
        return reply.json().getString("access_token");
    }

    public static Reply get(String user, String path) {
        return send(authorized(user, path).GET());
    }

    public static Reply post(String user, String path, String json) {
        return send(authorized(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply put(String user, String path, String json) {
        return send(authorized(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply send(HttpRequest.Builder request) {
        return send(HTTP, request);
    }

    /** A request on the TLS port with the user's password (basic authentication), as operators sign in. */
    public static Reply operator(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":password").getBytes(StandardCharsets.UTF_8));
        return sendTls(HttpRequest.newBuilder(URI.create(TLS_BASE_URL + path)).header("Authorization", "Basic " + credentials).GET());
    }

    public static Reply sendTls(HttpRequest.Builder request) {
        return send(HTTPS, request);
    }

    private static Reply send(HttpClient http, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with the user's bearer token, or none when user is null. */
    public static HttpRequest.Builder authorized(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE_URL + path));
        if (user != null) {
            builder.header("Authorization", "Bearer " + token(user));
        }
        return builder;
    }

    /** contract §5's example order, for the given store, dish, quantity and card. */
    public static String orderJson(long storeId, long menuId, int quantity, String card) {
        return """
                {"storeId": %d, "items": [{"menuId": %d, "quantity": %d}],
                 "deliveryAddress": {"area": "gangnam", "street": "Teheran-ro 1", "lat": 37.498, "lng": 127.027},
                 "card": {"number": "%s"}}""".formatted(storeId, menuId, quantity, card);
    }

    public static final String GOOD_CARD = "4111111111111111";
    public static final String DECLINED_CARD = "4000000000000002";

    /** The server's certificate is self-signed, made at its first start: trust it without a truststore. */
    private static SSLContext trustingTheServersOwnCertificate() {
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
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
