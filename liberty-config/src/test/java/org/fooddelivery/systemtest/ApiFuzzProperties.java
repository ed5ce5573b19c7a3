package org.fooddelivery.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property-based fuzzing of the whole HTTP API against the running server, launched by
 * {@link ApiFuzzIT} while the server is up: requests generated from every operation of the
 * OpenAPI document (valid and invalid bodies, path ids, query parameters, other users' and forged
 * tokens). Every answer is 2xx or a 4xx problem+json, never 5xx, and a 4xx leaves the observable
 * state ({@link PlatformState}) as it was.
 */
class ApiFuzzProperties {

    /** Set by {@link ApiFuzzIT}: the operations to fuzz and the ids worth hitting. */
    static List<Operation> operations;
    static List<String> knownIds;

    /** What the services accept as a request body at most (platform's RequestBodyLimitFilter). */
    static final int BODY_LIMIT = 64 * 1024;

    static final List<String> USERS = List.of("customer1", "customer2", "owner1", "owner2", "rider1", "rider2", "admin");

    /** One operation of the OpenAPI document: its method, path template, parameters and body schema. */
    record Operation(String method, String path, List<Parameter> parameters, JsonObject bodySchema) {
    }

    record Parameter(String name, String in, JsonObject schema, boolean required) {
    }

    /** A generated request; its toString is what a failure report shows. */
    record Request(String method, String path, String user, String contentType, String body) {
        @Override
        public String toString() {
            return method + " " + path + " as " + user + (body == null ? "" : " [" + contentType + "] "
                    + (body.length() > 300 ? body.substring(0, 300) + "...(" + body.length() + " chars)" : body));
        }
    }

    // Tries: jqwik.tries.default, set by ApiFuzzIT (system property food.fuzz.tries).
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void everyAnswerIsASuccessOrAProblemAndAProblemChangesNothing(@ForAll("requests") Request request) {
        PlatformState before = PlatformState.read();
        FoodApi.Reply reply = send(request);
        Statistics.label("answers").collect(reply.status());
        Statistics.label("callers").collect(request.user());
        Statistics.label("methods").collect(request.method());
        assertTrue(reply.status() < 500, () -> "never a 5xx: " + request + " -> " + reply);
        if (request.body() != null && request.body().getBytes(StandardCharsets.UTF_8).length > BODY_LIMIT
                && !refusedByTheContainer(request.path())) {
            assertEquals(413, reply.status(), () -> "a body over the limit: " + request + " -> " + reply);
        }
        if (refusedByTheContainer(request.path())) {
            // Liberty refuses these URIs itself. An encoded slash or backslash reaches the WAR's
            // error page (ContainerErrorServlet: problem+json); an encoded control character is
            // refused (CWWWC0005I, text/html) by the web container before it has chosen a web
            // application, so no error page, filter or servlet of ours runs, and no Liberty 26.0.0.3
            // setting reaches it (displayCustomizedExceptionText: only the 403 and 500 pages' text).
            assertEquals(400, reply.status(), () -> request + " -> " + reply);
        } else if (reply.status() >= 400) {
            assertEquals("application/problem+json", reply.contentType(), () -> request + " -> " + reply);
            assertEquals(reply.status(), reply.json().getInt("status"), () -> request + " -> " + reply);
        }
        if (reply.status() >= 400) {
            PlatformState after = PlatformState.read();
            assertEquals(before, after, () -> "a " + reply.status() + " changed the state: " + request);
        }
    }

    /**
     * A path the web container refuses (400) before any filter reads the body: an encoded slash or
     * backslash, or any encoded control character (%00-%1F, %7F; the fuzzer found %00 and %01).
     */
    private static boolean refusedByTheContainer(String path) {
        String upper = path.split("\\?", 2)[0].toUpperCase(); // the query string is not checked
        return CONTAINER_REFUSED.matcher(upper).find();
    }

    private static final Pattern CONTAINER_REFUSED = Pattern.compile("%(2F|5C|[01][0-9A-F]|7F)");

    @Provide
    Arbitrary<Request> requests() {
        return Arbitraries.of(operations).flatMap(ApiFuzzProperties::requestFor);
    }

    private static Arbitrary<Request> requestFor(Operation op) {
        Arbitrary<String> path = pathOf(op);
        Arbitrary<String> user = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(USERS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("forged")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("none")));
        Arbitrary<Optional<String>> body = op.bodySchema() == null && !"POST".equals(op.method()) && !"PUT".equals(op.method())
                ? Arbitraries.just(Optional.empty())
                : Bodies.of(op.bodySchema()).map(Optional::of);
        Arbitrary<String> contentType = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(12, "application/json"), net.jqwik.api.Tuple.of(1, "text/plain"));
        return Combinators.combine(path, user, body, contentType)
                .as((p, u, b, c) -> new Request(op.method(), p, u, b.isPresent() ? c : null, b.orElse(null)));
    }

    /** The path with its parameters filled in, and a query string of its query parameters (some left out). */
    private static Arbitrary<String> pathOf(Operation op) {
        List<Arbitrary<String>> parts = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            if ("path".equals(p.in())) {
                parts.add(Values.pathValue(p.schema()).map(v -> "{" + p.name() + "}=" + encode(v)));
            } else if ("query".equals(p.in())) {
                parts.add(Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(p.required() ? 1 : 3, Arbitraries.just("")),
                        net.jqwik.api.Tuple.of(6, Values.queryValue(p.name(), p.schema()).map(v -> "?" + p.name() + "=" + encode(v)))));
            }
        }
        if (parts.isEmpty()) {
            return Arbitraries.just(op.path());
        }
        return Combinators.combine(parts).as(filled -> {
            String path = op.path();
            List<String> query = new ArrayList<>();
            for (String part : filled) {
                if (part.startsWith("{")) {
                    int eq = part.indexOf("}=");
                    path = path.replace(part.substring(0, eq + 1), part.substring(eq + 2));
                } else if (!part.isEmpty()) {
                    query.add(part.substring(1));
                }
            }
            return query.isEmpty() ? path : path + "?" + String.join("&", query);
        });
    }

    static FoodApi.Reply send(Request request) {
        if ("POST".equals(request.method()) && "/orders".equals(request.path()) && USERS.contains(request.user())
                && "application/json".equals(request.contentType())) {
            FoodApi.Reply placed = Saga.placeOrder(request.user(), request.body()); // closed after the run
            if (placed.status() == 201) { // the order counts come from the read model: let it catch up
                String id = placed.json().getString("id");
                Saga.await(() -> Optional.of(FoodApi.get(request.user(), "/orders/" + id + "/tracking"))
                        .filter(r -> r.status() == 200), "the tracking view of " + id);
            }
            return placed;
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(java.net.URI.create(FoodApi.BASE_URL + request.path()));
        switch (request.user()) {
            case "none" -> { }
            case "forged" -> builder.header("Authorization", "Bearer " + forged());
            default -> builder.header("Authorization", "Bearer " + FoodApi.token(request.user()));
        }
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body());
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
        }
        return FoodApi.send(builder.method(request.method(), body));
    }

    /** customer1's token with admin's groups: the signature no longer matches. */
    private static String forged() {
        String[] parts = FoodApi.token("customer1").split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"customer\"", "\"admin\"");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Reads the operations of the merged OpenAPI document (JSON form), resolving schema references. */
    static List<Operation> operationsOf(JsonObject document) {
        JsonObject schemas = document.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
                : document.getJsonObject("components").getJsonObject("schemas");
        List<Operation> result = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                if (!List.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                JsonObject op = method.getValue().asJsonObject();
                List<Parameter> parameters = op.getJsonArray("parameters") == null ? List.of()
                        : op.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                        .map(p -> new Parameter(p.getString("name"), p.getString("in"),
                                Schemas.resolve(p.getJsonObject("schema"), schemas, 0), p.getBoolean("required", false)))
                        .collect(Collectors.toList());
                JsonObject body = Optional.ofNullable(op.getJsonObject("requestBody"))
                        .map(b -> b.getJsonObject("content")).flatMap(c -> c.values().stream().findFirst())
                        .map(JsonValue::asJsonObject).map(m -> m.getJsonObject("schema"))
                        .map(s -> Schemas.resolve(s, schemas, 0)).orElse(null);
                result.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters, body));
            }
        }
        return result;
    }

    /** Inlines $ref, allOf of one, and nested properties and items (bounded depth). */
    static final class Schemas {
        static JsonObject resolve(JsonObject schema, JsonObject schemas, int depth) {
            if (schema == null || depth > 6) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            if (schema.containsKey("$ref")) {
                String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
                return resolve(schemas.getJsonObject(name), schemas, depth + 1);
            }
            if (schema.containsKey("allOf") && schema.getJsonArray("allOf").size() == 1) {
                return resolve(schema.getJsonArray("allOf").getJsonObject(0), schemas, depth + 1);
            }
            var builder = Json.createObjectBuilder(schema);
            if (schema.containsKey("properties")) {
                var properties = Json.createObjectBuilder();
                schema.getJsonObject("properties").forEach((k, v) ->
                        properties.add(k, resolve(v.asJsonObject(), schemas, depth + 1)));
                builder.add("properties", properties);
            }
            if (schema.containsKey("items")) {
                builder.add("items", resolve(schema.getJsonObject("items"), schemas, depth + 1));
            }
            return builder.build();
        }

        static String type(JsonObject schema) {
            return schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        }
    }

    /** Values for parameters: the ids that exist, their neighbours, and hostile strings. */
    static final class Values {
        static final List<String> HOSTILE = List.of("", " ", "-1", "0", "99999999999999999999", "1.5", "NaN", "abc",
                "' OR '1'='1", "<script>alert(1)</script>", "../../etc/passwd", "%00", "한글", "🍗",
                "x".repeat(300), "null", "{}", "${jndi:ldap://x}");

        static Arbitrary<String> pathValue(JsonObject schema) {
            return Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(6, Arbitraries.of(knownIds)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.of(HOSTILE)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.create(() -> UUID.randomUUID().toString())),
                    net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(80)));
        }

        static Arbitrary<String> queryValue(String name, JsonObject schema) {
            Arbitrary<String> typed = switch (Schemas.type(schema)) {
                case "integer" -> Arbitraries.integers().between(-3, 250).map(String::valueOf);
                case "number" -> Arbitraries.doubles().between(-200, 200).map(String::valueOf);
                case "boolean" -> Arbitraries.of("true", "false");
                default -> schema.containsKey("enum")
                        ? Arbitraries.of(schema.getJsonArray("enum").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()))
                        : Arbitraries.of(knownIds);
            };
            Arbitrary<String> hinted = switch (name) {
                case "area" -> Arbitraries.of("gangnam", "mapo", "jongno");
                case "lat" -> Arbitraries.doubles().between(37.4, 37.6).map(String::valueOf);
                case "lng" -> Arbitraries.doubles().between(126.9, 127.1).map(String::valueOf);
                default -> typed;
            };
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, hinted), net.jqwik.api.Tuple.of(1, Arbitraries.of(HOSTILE)));
        }
    }

    /** Bodies: valid-looking JSON of the schema, the same with one thing wrong, and no JSON at all. */
    static final class Bodies {
        static Arbitrary<String> of(JsonObject schema) {
            Arbitrary<JsonValue> valid = schema == null ? Arbitraries.just(JsonValue.EMPTY_JSON_OBJECT) : value("", schema, 0);
            return Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(5, valid.map(JsonValue::toString)),
                    net.jqwik.api.Tuple.of(4, valid.flatMap(Bodies::mutated)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of("", "not json", "{", "[]", "null", "\"text\"", "{\"a\":",
                            "[".repeat(2000) + "]".repeat(2000), "{\"x\":" + "{\"x\":".repeat(500) + "1" + "}".repeat(501))),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just("{\"pad\": \"" + "x".repeat(70 * 1024) + "\"}")));
        }

        static Arbitrary<JsonValue> value(String name, JsonObject schema, int depth) {
            if (schema.containsKey("enum")) {
                return Arbitraries.of(schema.getJsonArray("enum").stream().toList());
            }
            return switch (Schemas.type(schema)) {
                case "integer" -> Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, Arbitraries.of(knownNumbers(name))),
                        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-10, 100_000)))
                        .map(n -> (JsonValue) Json.createValue(n));
                case "number" -> Arbitraries.doubles().between(-200, 200).map(n -> (JsonValue) Json.createValue(n));
                case "boolean" -> Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE);
                case "array" -> depth > 4 ? Arbitraries.just(JsonValue.EMPTY_JSON_ARRAY)
                        : value(name, schema.getJsonObject("items"), depth + 1).list().ofMaxSize(3)
                        .map(items -> (JsonValue) Json.createArrayBuilder(items).build());
                case "object" -> object(schema, depth);
                default -> strings(name).map(s -> (JsonValue) Json.createValue(s));
            };
        }

        private static Arbitrary<JsonValue> object(JsonObject schema, int depth) {
            JsonObject properties = schema.getJsonObject("properties");
            if (properties == null || properties.isEmpty() || depth > 4) {
                return Arbitraries.just(JsonValue.EMPTY_JSON_OBJECT);
            }
            List<String> names = new ArrayList<>(properties.keySet());
            List<Arbitrary<JsonValue>> values = names.stream()
                    .map(n -> value(n, properties.getJsonObject(n), depth + 1)).toList();
            return Combinators.combine(values).as(vs -> {
                var builder = Json.createObjectBuilder();
                for (int i = 0; i < names.size(); i++) {
                    builder.add(names.get(i), vs.get(i));
                }
                return (JsonValue) builder.build();
            });
        }

        private static List<Long> knownNumbers(String name) {
            return switch (name) {
                case "storeId" -> List.of(1L, 2L, 3L);
                case "menuId" -> List.of(11L, 12L, 14L, 21L, 22L, 99L);
                case "quantity" -> List.of(1L, 2L, 0L, 1000L);
                default -> List.of(0L, 1L, 5L, 100L);
            };
        }

        private static Arbitrary<String> strings(String name) {
            Arbitrary<String> hinted = switch (name) {
                case "number" -> Arbitraries.of(FoodApi.GOOD_CARD, FoodApi.DECLINED_CARD, "1234");
                case "area" -> Arbitraries.of("gangnam", "mapo");
                case "orderId" -> Arbitraries.of(knownIds);
                default -> Arbitraries.strings().alpha().numeric().withChars(' ', '한', '\'').ofMinLength(1).ofMaxLength(40);
            };
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, hinted),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of("", "x".repeat(256), "가".repeat(501), "\u0000", "' OR 1=1 --")));
        }

        /** The valid body with one field removed, nulled, of the wrong type, or an unknown one added. */
        private static Arbitrary<String> mutated(JsonValue valid) {
            if (!(valid instanceof JsonObject object) || object.isEmpty()) {
                return Arbitraries.of("{\"unexpected\": 1}", "[" + valid + "]");
            }
            List<String> names = new ArrayList<>(object.keySet());
            return Combinators.combine(Arbitraries.of(names), Arbitraries.integers().between(0, 4)).as((field, how) -> {
                var builder = Json.createObjectBuilder(object);
                switch (how) {
                    case 0 -> builder.remove(field);
                    case 1 -> builder.addNull(field);
                    case 2 -> builder.add(field, "not-a-" + field);
                    case 3 -> builder.add(field, Json.createArrayBuilder().add(1).build());
                    default -> builder.add("unknownField", true);
                }
                return builder.build().toString();
            });
        }
    }
}
