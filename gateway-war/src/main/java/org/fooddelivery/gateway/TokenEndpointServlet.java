package org.fooddelivery.gateway;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * contract §6 fixes the token request as {@code grant_type, username, password, client_id} at
 * {@code /oidc/endpoint/food/token}. Liberty's OpenID Connect endpoint refuses a request without
 * {@code scope} (CWOAU0065E), while the same provider's OAuth 2.0 endpoint accepts it and issues the
 * same JWT. Deployed at that exact context root, this servlet passes the form on to the OAuth 2.0
 * endpoint unchanged and returns its answer: the provider, its clients and its tokens are
 * Liberty's own; only the address is adapted. nginx does the same in the distributed topology.
 */
@WebServlet("/")
public class TokenEndpointServlet extends HttpServlet {

    private static final List<String> FORWARDED_HEADERS = List.of("Content-Type", "Cache-Control", "Pragma",
            "WWW-Authenticate");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Where the provider's OAuth 2.0 token endpoint is (microprofile-config: this server's HTTP port). */
    private static String oauthTokenEndpoint() {
        return ConfigProvider.getConfig().getValue("gateway.oauth-token-endpoint", String.class);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String form = formOf(request.getParameterMap());
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(oauthTokenEndpoint()))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            forward.header("Authorization", authorization); // confidential clients authenticate this way
        }
        try {
            HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.setStatus(answer.statusCode());
            for (String name : FORWARDED_HEADERS) {
                answer.headers().firstValue(name).ifPresent(value -> response.setHeader(name, value));
            }
            response.getOutputStream().write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            log("token endpoint unreachable: " + e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static String formOf(Map<String, String[]> parameters) {
        return parameters.entrySet().stream()
                .flatMap(e -> Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
