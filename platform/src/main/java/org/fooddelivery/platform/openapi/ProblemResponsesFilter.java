package org.fooddelivery.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.fooddelivery.platform.problem.Problem;

import java.util.List;
import java.util.Map;

/**
 * Every service answers its errors the same way (RFC 9457 problem+json, built by the mappers in
 * {@code platform.problem}), so the OpenAPI documents say so in one place rather than in an
 * annotation per method and status: each error response gets the {@code Problem} schema, and each
 * operation the answers the platform itself gives whatever the method does: 401 without a valid
 * token, 400 for an invalid body or query parameter, 404 for an unknown id in the path, 503 with
 * Retry-After when the database or a dependency is busy. What only one operation can answer (402,
 * 403, 409, ...) stays on its method, where the reason is known.
 *
 * <p>Named by {@code mp.openapi.filter} in the platform jar's microprofile-config.properties, so
 * it applies to exactly the WARs that carry the platform's problem mappers.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values()
                .forEach(item -> item.getOperations().values().forEach(op -> document(op, securedByDefault)));
    }

    private static void document(Operation operation, boolean securedByDefault) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean secured = operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
        if (operation.getRequestBody() != null || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            addIfAbsent(responses, "400", "Invalid input; the problem's errors name each field. Nothing was changed.");
        }
        if (secured) {
            addIfAbsent(responses, "401", "No valid bearer token (missing, expired, forged or of another issuer).");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            addIfAbsent(responses, "404", "No such resource, or not one the caller may see.");
        }
        addIfAbsent(responses, "503", "Temporarily unavailable (a busy database or a dependency); retry after Retry-After seconds.");
        responses.getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2") && !status.startsWith("3") && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            APIResponse response = OASFactory.createAPIResponse().description(description).content(problemContent());
            responses.addAPIResponse(status, response);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, the body of every error answer.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What kind of problem: a urn:fooddelivery:problem:... URI to switch on"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Short, the same for every problem of its type"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The HTTP status code"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong this time, for a person"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The request's path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Each invalid field (400 only)"))
                .required(List.of("type", "title", "status"))
                .addExample(Map.of(
                        "type", Problem.typeUri("conflict"),
                        "title", "Conflict with the current state",
                        "status", 409,
                        "detail", "cooking has started; the order can no longer be cancelled",
                        "instance", "/orders/6b1f0c2e-93a4-4f5e-9d0b-2c8e1a7f4d10/cancel"));
    }
}
