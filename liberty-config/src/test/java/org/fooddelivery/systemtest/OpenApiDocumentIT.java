package org.fooddelivery.systemtest;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document is what client developers write against, so it must be valid, complete
 * and say what really comes back: every operation of the contract (docs/contract.md) is there
 * once, each names its success and its error answers, and every error answer is problem+json.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    /** docs/contract.md §5, as "METHOD path" with the document's parameter names. */
    private static final List<String> CONTRACT = List.of(
            "GET /kitchen/stores", "GET /kitchen/stores/{storeId}/menu", "PUT /kitchen/stores/{storeId}/menu/{menuId}/stock",
            "POST /orders", "GET /orders/{orderId}", "PUT /orders/{orderId}/items", "POST /orders/{orderId}/cancel",
            "POST /orders/{orderId}/confirm-delivery", "GET /orders", "GET /orders/{orderId}/tracking",
            "GET /kitchen/tickets", "POST /kitchen/tickets/{orderId}/accept", "POST /kitchen/tickets/{orderId}/reject",
            "POST /kitchen/tickets/{orderId}/start", "POST /kitchen/tickets/{orderId}/finish",
            "POST /kitchen/tickets/{orderId}/thanks", "GET /delivery/deliveries", "GET /delivery/deliveries/{orderId}",
            "POST /delivery/deliveries/{orderId}/pickup", "GET /payments",
            "GET /notifications");

    private static String document;
    private static SwaggerParseResult parsed;

    @Deployment
    static WebArchive probe() {
        return Probe.empty("openapi-probe");
    }

    @BeforeAll
    static void fetchTheDocument() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(FoodApi.BASE_URL + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), "the document is served without a token");
        document = reply.body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(document, null, options);
    }

    @Test
    void theDocumentIsValidOpenApi() {
        assertTrue(parsed.getOpenAPI() != null, "parsed");
        assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages(), "validator messages");
    }

    @Test
    void everyOperationOfTheContractIsThereOnce() {
        OpenAPI api = parsed.getOpenAPI();
        // An application's root resource is merged into the server's document as "/orders/":
        // the same operation as the contract's "/orders", which the server answers alike.
        List<String> operations = new ArrayList<>();
        forEachOperation(api, (name, operation) -> operations.add(withoutTrailingSlash(name)));
        List<String> missing = CONTRACT.stream().filter(op -> !operations.contains(op)).toList();
        assertEquals(List.of(), missing, () -> "contract operations missing from the document; it has\n" + paths(api));
        List<String> twins = operations.stream().filter(op -> operations.indexOf(op) != operations.lastIndexOf(op))
                .distinct().toList();
        assertEquals(List.of(), twins, "operations documented twice, with and without a trailing slash");
    }

    private static String withoutTrailingSlash(String operation) {
        return operation.endsWith("/") ? operation.substring(0, operation.length() - 1) : operation;
    }

    @Test
    void everyOperationNamesItsSuccessAndItsErrorsAsProblems() {
        List<String> faults = new ArrayList<>();
        forEachOperation(parsed.getOpenAPI(), (name, operation) -> {
            if (name.contains(" /standins/")) {
                return; // the external systems' stand-ins answer in those systems' shapes (Kakao's errors)
            }
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                faults.add(name + ": no summary");
            }
            Map<String, ApiResponse> responses = operation.getResponses();
            if (responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                faults.add(name + ": no success response");
            }
            if (!responses.containsKey("401")) {
                faults.add(name + ": 401 not documented");
            }
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    MediaType problem = response.getContent() == null ? null
                            : response.getContent().get("application/problem+json");
                    if (problem == null || problem.getSchema() == null) {
                        faults.add(name + " " + status + ": not a problem+json answer");
                    }
                }
            });
        });
        assertEquals(List.of(), faults);
        assertTrue(parsed.getOpenAPI().getComponents().getSchemas().containsKey("Problem"), "the Problem schema");
        assertTrue(parsed.getOpenAPI().getComponents().getSchemas().get("Problem").getExamples() != null
                || parsed.getOpenAPI().getComponents().getSchemas().get("Problem").getExample() != null,
                "the Problem schema has an example");
    }

    private static void forEachOperation(OpenAPI api, BiConsumer<String, Operation> action) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> action.accept(method.name() + " " + path, operation)));
    }

    /** For failure messages: the paths as served. */
    private static String paths(OpenAPI api) {
        return api.getPaths().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().readOperationsMap().keySet().stream()
                        .map(PathItem.HttpMethod::name).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n"));
    }
}
