package org.fooddelivery.k8s;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifests of k8s/ are applied to no cluster in CI, so nothing else would notice a Secret that
 * is referenced and never declared, a Service name with a typo, a probe on the wrong path or a
 * broker permission that drifted from the one distributed.sh gives Artemis. This test parses every
 * manifest (YAML, with snakeyaml) and checks them against each other: kinds it knows, their
 * required fields, every reference, and that no credential is committed.
 */
class K8sManifestsTest {

    private static final Path DIR = Path.of("").toAbsolutePath();
    private static final String NAMESPACE = "food";

    /** Every document of every manifest, with the file it came from. */
    private static final List<Resource> RESOURCES = new ArrayList<>();

    record Resource(String file, Map<String, Object> doc) {
        String kind() { return (String) doc.get("kind"); }
        String name() { return string(doc, "metadata.name"); }
        String where() { return file + ": " + kind() + " " + name(); }
    }

    @BeforeAll
    static void load() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DIR)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "manifests in " + DIR + ": " + files);
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file)) {
                for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                    if (doc != null) {
                        RESOURCES.add(new Resource(file.getFileName().toString(), map(doc)));
                    }
                }
            }
        }
    }

    // --- kinds and required fields -----------------------------------------------------------

    private static final Map<String, String> API_VERSIONS = Map.of(
            "Namespace", "v1",
            "Secret", "v1",
            "OpenLibertyApplication", "apps.openliberty.io/v1",
            "Cluster", "postgresql.cnpg.io/v1",
            "Database", "postgresql.cnpg.io/v1",
            "ActiveMQArtemis", "broker.amq.io/v1beta1",
            "ActiveMQArtemisAddress", "broker.amq.io/v1beta1",
            "Ingress", "networking.k8s.io/v1");

    @Test
    void everyResourceIsOfAKnownKindInTheNamespaceWithItsRequiredFields() {
        List<String> problems = new ArrayList<>();
        for (Resource r : RESOURCES) {
            String expected = API_VERSIONS.get(r.kind());
            if (expected == null) {
                problems.add(r.where() + ": unknown kind");
                continue;
            }
            if (!expected.equals(r.doc().get("apiVersion"))) {
                problems.add(r.where() + ": apiVersion " + r.doc().get("apiVersion") + ", expected " + expected);
            }
            require(problems, r, "metadata.name");
            if (!r.kind().equals("Namespace") && !NAMESPACE.equals(string(r.doc(), "metadata.namespace"))) {
                problems.add(r.where() + ": not in namespace " + NAMESPACE);
            }
            switch (r.kind()) {
                case "Secret" -> require(problems, r, "type");
                case "OpenLibertyApplication" -> {
                    require(problems, r, "spec.applicationImage", "spec.replicas", "spec.service.port");
                    probe(problems, r, "startup", "/health/started");
                    probe(problems, r, "readiness", "/health/ready");
                    probe(problems, r, "liveness", "/health/live");
                    if (integer(r.doc(), "spec.replicas") < 2) {
                        problems.add(r.where() + ": fewer than two replicas");
                    }
                }
                case "Cluster" -> {
                    require(problems, r, "spec.instances", "spec.storage.size",
                            "spec.postgresql.parameters.max_prepared_transactions");
                    Object prepared = get(r.doc(), "spec.postgresql.parameters.max_prepared_transactions");
                    if (prepared == null || Integer.parseInt(prepared.toString()) <= 0) {
                        problems.add(r.where() + ": max_prepared_transactions must be > 0 for XA");
                    }
                    if (integer(r.doc(), "spec.instances") < 2) {
                        problems.add(r.where() + ": no standby instance");
                    }
                }
                case "Database" -> require(problems, r, "spec.cluster.name", "spec.name", "spec.owner");
                case "ActiveMQArtemis" -> {
                    require(problems, r, "spec.deploymentPlan.size", "spec.acceptors");
                    if (!Boolean.TRUE.equals(get(r.doc(), "spec.deploymentPlan.requireLogin"))) {
                        problems.add(r.where() + ": requireLogin must be true");
                    }
                    if (!Boolean.TRUE.equals(get(r.doc(), "spec.deploymentPlan.persistenceEnabled"))) {
                        problems.add(r.where() + ": persistenceEnabled must be true (durable subscriptions)");
                    }
                    for (Object acceptor : list(get(r.doc(), "spec.acceptors"))) {
                        if (map(acceptor).get("name") == null || map(acceptor).get("port") == null) {
                            problems.add(r.where() + ": an acceptor without name or port");
                        }
                    }
                }
                case "ActiveMQArtemisAddress" -> {
                    require(problems, r, "spec.addressName", "spec.routingType");
                    if (!Set.of("multicast", "anycast").contains(string(r.doc(), "spec.routingType"))) {
                        problems.add(r.where() + ": routingType multicast or anycast");
                    }
                }
                case "Ingress" -> require(problems, r, "spec.rules");
                default -> { }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyServiceOfThePlatformIsThereOnPostgresqlAndArtemis() {
        Set<String> applications = names("OpenLibertyApplication");
        assertEquals(new TreeSet<>(List.of("food-hub", "food-order", "food-kitchen", "food-delivery", "food-payment",
                "food-notification")), new TreeSet<>(applications));
        assertEquals(1, names("Cluster").size(), "one CloudNativePG cluster");
        assertEquals(1, names("ActiveMQArtemis").size(), "one broker");
        Set<String> addresses = new TreeSet<>();
        of("ActiveMQArtemisAddress").forEach(a -> addresses.add(string(a.doc(), "spec.addressName")));
        assertEquals(new TreeSet<>(List.of("order", "kitchen", "delivery", "payment", "DLQ", "ExpiryQueue")), addresses);
        for (Resource app : of("OpenLibertyApplication")) {
            String env = env(app).keySet().toString();
            assertTrue(!env.contains("messaging_") && get(app.doc(), "spec.volumes") == null
                    || app.name().equals("food-hub"), app.where() + ": no embedded engine or Derby volume any more: " + env);
        }
    }

    // --- references ----------------------------------------------------------------------------

    @Test
    void everyReferencedSecretAndKeyIsDeclared() {
        List<String> problems = new ArrayList<>();
        for (Resource r : RESOURCES) {
            walk(r.doc(), (key, value) -> {
                if (key.equals("secretKeyRef")) {
                    secretKey(problems, r, string(map(value), "name"), string(map(value), "key"));
                } else if (key.equals("secret") && value instanceof Map<?, ?> volume && volume.get("secretName") != null) {
                    String secret = (String) volume.get("secretName");
                    secretKey(problems, r, secret, null);
                    for (Object item : list(volume.get("items"))) {
                        secretKey(problems, r, secret, string(map(item), "key"));
                    }
                } else if (key.equals("passwordSecret") || key.equals("superuserSecret")) {
                    secretKey(problems, r, string(map(value), "name"), "password");
                } else if (key.equals("configMap") || key.equals("configMapRef") || key.equals("configMapKeyRef")) {
                    problems.add(r.where() + ": references a ConfigMap, and none is declared");
                }
            });
            if (r.kind().equals("Cluster")) {
                secretKey(problems, r, string(r.doc(), "spec.bootstrap.initdb.secret.name"), "password");
            }
            if (r.kind().equals("ActiveMQArtemis")) {
                for (Object secret : list(get(r.doc(), "spec.deploymentPlan.extraMounts.secrets"))) {
                    secretKey(problems, r, (String) secret, null);
                }
                // The operator reads the administrator from <name>-credentials-secret.
                secretKey(problems, r, r.name() + "-credentials-secret", "AMQ_USER");
                secretKey(problems, r, r.name() + "-credentials-secret", "AMQ_PASSWORD");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyReferencedServiceExistsOnTheRightPort() {
        Map<String, Integer> services = services();
        List<String> problems = new ArrayList<>();
        Pattern url = Pattern.compile("^https?://([a-z0-9-]+):(\\d+)(/.*)?$");
        for (Resource app : of("OpenLibertyApplication")) {
            Map<String, String> env = env(app);
            env.forEach((name, value) -> {
                Matcher m = url.matcher(value);
                if (m.matches() && !m.group(1).contains(".")) {
                    port(problems, app, name, m.group(1), Integer.parseInt(m.group(2)), services);
                }
            });
            for (String engine : List.of("DB", "BROKER")) {
                if (env.containsKey(engine + "_HOST")) {
                    port(problems, app, engine + "_HOST", env.get(engine + "_HOST"),
                            Integer.parseInt(env.getOrDefault(engine + "_PORT", "-1")), services);
                }
            }
        }
        for (Resource ingress : of("Ingress")) {
            walk(ingress.doc(), (key, value) -> {
                if (key.equals("service") && value instanceof Map<?, ?> backend && backend.get("name") != null) {
                    port(problems, ingress, "backend", (String) backend.get("name"), integer(map(backend), "port.number"),
                            services);
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void eachServiceConnectsToItsOwnDatabaseAsItsOwnRoleAndBrokerUser() {
        Resource cluster = of("Cluster").get(0);
        Map<String, String> ownerOf = new HashMap<>();
        ownerOf.put(string(cluster.doc(), "spec.bootstrap.initdb.database"), string(cluster.doc(), "spec.bootstrap.initdb.owner"));
        for (Resource db : of("Database")) {
            assertEquals(string(cluster.doc(), "metadata.name"), string(db.doc(), "spec.cluster.name"), db.where());
            ownerOf.put(string(db.doc(), "spec.name"), string(db.doc(), "spec.owner"));
        }
        Set<String> roles = new TreeSet<>(List.of(string(cluster.doc(), "spec.bootstrap.initdb.owner")));
        for (Object role : list(get(cluster.doc(), "spec.managed.roles"))) {
            String name = string(map(role), "name");
            roles.add(name);
            assertEquals(name, secretValue(string(map(role), "passwordSecret.name"), "username"),
                    "CloudNativePG takes the role's password from a basic-auth Secret whose username is the role");
        }
        assertEquals(secretValue(string(cluster.doc(), "spec.bootstrap.initdb.secret.name"), "username"),
                string(cluster.doc(), "spec.bootstrap.initdb.owner"));
        String brokerRoles = secretValue("food-broker-jaas-config", "roles.properties");
        for (Resource app : of("OpenLibertyApplication")) {
            Map<String, String> env = env(app);
            String service = env.get("food_service");
            if (service == null) {
                continue; // the hub: no database, no broker
            }
            String database = env.get("DB_NAME");
            assertEquals("food_" + service, database, app.where());
            String user = secretValue(secretOf(app, "DB_USER"), "username");
            assertEquals(ownerOf.get(database), user, app.where() + ": connects as the owner of its database");
            assertTrue(roles.contains(user), app.where() + ": role " + user + " is managed by the cluster");
            String brokerUser = secretValue(secretOf(app, "BROKER_USER"), "username");
            assertEquals(service, brokerUser, app.where());
            assertTrue(brokerRoles.contains(service + " = " + service), "broker role " + service + " for user " + service);
            assertTrue(env.containsKey("food_recovery_identity"), app.where() + ": a recovery identity per pod");
            assertTrue(get(app.doc(), "spec.statefulSet") != null, app.where() + ": stable pod names for recovery");
        }
    }

    // --- credentials and the broker's rules --------------------------------------------------

    @Test
    void noCredentialIsCommittedAndNoDemoPasswordAnywhere() {
        List<String> problems = new ArrayList<>();
        for (Resource r : RESOURCES) {
            walk(r.doc(), (key, value) -> {
                if ("password".equals(value) && !key.equals("key")) { // (a Secret's key may be called password)
                    problems.add(r.where() + ": " + key + " is the demo password");
                }
            });
            if (r.kind().equals("Secret")) {
                for (String part : List.of("stringData", "data")) {
                    map(r.doc().getOrDefault(part, Map.of())).forEach((key, value) -> {
                        boolean secret = !(key.equals("username") || key.equals("AMQ_USER") || key.equals("login.config")
                                || key.equals("roles.properties") || key.equals("admin-center-user"));
                        if (secret && !"".equals(value)) {
                            problems.add(r.where() + ": " + key + " has a value; secrets.sh fills it, the repository never");
                        }
                    });
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void secretsShFillsEveryCredentialWithAGeneratedOne() throws Exception {
        Process run = new ProcessBuilder("bash", DIR.resolve("secrets.sh").toString()).redirectErrorStream(false).start();
        String filled = new String(run.getInputStream().readAllBytes());
        assertEquals(0, run.waitFor(), new String(run.getErrorStream().readAllBytes()));
        List<String> problems = new ArrayList<>();
        int secrets = 0;
        for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(filled)) {
            Map<String, Object> secret = map(doc);
            if (!"Secret".equals(secret.get("kind"))) {
                continue;
            }
            secrets++;
            String name = string(secret, "metadata.name");
            for (String part : List.of("stringData", "data")) {
                map(secret.getOrDefault(part, Map.of())).forEach((key, value) -> {
                    if (value == null || value.toString().isBlank() || value.equals("password")) {
                        problems.add(name + "/" + key + ": '" + value + "'");
                    }
                });
            }
        }
        assertEquals(of("Secret").size(), secrets, "every Secret of secrets.yaml printed");
        assertEquals(List.of(), problems);
        String jaas = filled.substring(filled.indexOf("users.properties: |"));
        for (String service : List.of("admin", "order", "kitchen", "delivery", "payment", "notification")) {
            assertTrue(Pattern.compile("\\n    " + service + " = [0-9a-f]{32}\\n").matcher(jaas).find(), service + " in users.properties");
        }
    }

    @Test
    void secretsShRefusesTheDemoPasswordForTheDemoUsersToo() throws Exception {
        for (String variable : List.of("FOOD_DEMO_PASSWORD", "FOOD_BROKER_PASSWORD_ORDER")) {
            ProcessBuilder builder = new ProcessBuilder("bash", DIR.resolve("secrets.sh").toString());
            builder.environment().put(variable, "password");
            Process run = builder.start();
            run.getInputStream().readAllBytes();
            String refusal = new String(run.getErrorStream().readAllBytes());
            assertTrue(run.waitFor() != 0 && refusal.contains(variable), variable + "=password refused: " + refusal);
        }
    }

    /** The stand-ins of the external systems (standin-war) are the embedded default's and the tests', never a cluster's. */
    @Test
    void noStandInIsDeployed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource r : RESOURCES) {
            walk(r.doc(), (key, value) -> {
                if (value instanceof String text && (text.contains("standin") || text.contains("stand-in"))) {
                    problems.add(r.where() + ": " + key + " = " + text);
                }
            });
        }
        assertEquals(List.of(), problems);
        for (Resource app : of("OpenLibertyApplication")) {
            env(app).forEach((name, value) -> {
                if (name.endsWith("_MP_REST_URL") && value != null && value.contains("localhost")) {
                    problems.add(app.where() + ": " + name + " points at this machine: " + value);
                }
            });
        }
        assertEquals(List.of(), problems);
        assertTrue(!Files.readString(DIR.resolve("Dockerfile")).contains("standin"), "no image of the stand-ins");
    }

    @Test
    void imagesCarryNoDemoPassword() throws IOException {
        String dockerfile = Files.readString(DIR.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("/<basicRegistry/,/<\\/basicRegistry>/d") && dockerfile.contains("! grep -rq 'password=\"password\"'"),
                "the Dockerfile drops identity.xml's demo registry and fails if a demo password is left");
    }

    @Test
    void theBrokerGrantsWhatDistributedShGrants() throws Exception {
        Set<String> expected = new TreeSet<>();
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(DIR.resolve("../liberty-config/src/main/artemis/security-settings.xml").toFile());
        NodeList settings = xml.getElementsByTagName("security-setting");
        for (int i = 0; i < settings.getLength(); i++) {
            Element setting = (Element) settings.item(i);
            NodeList permissions = setting.getElementsByTagName("permission");
            for (int j = 0; j < permissions.getLength(); j++) {
                Element permission = (Element) permissions.item(j);
                for (String role : permission.getAttribute("roles").split(",")) {
                    expected.add("securityRoles.\"" + setting.getAttribute("match") + "\"." + role.trim() + "."
                            + permission.getAttribute("type") + "=true");
                }
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Object property : list(get(of("ActiveMQArtemis").get(0).doc(), "spec.brokerProperties"))) {
            if (property.toString().startsWith("securityRoles.")) {
                actual.add(property.toString());
            }
        }
        assertTrue(expected.size() > 50, "permissions read: " + expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void theBrokersDeliveryLimitIsThePlatformsMaxDeliveries() throws Exception {
        var runtime = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(DIR.resolve("../liberty-config/src/main/liberty/config/includes/runtime.xml").toFile());
        String maxDeliveries = null;
        NodeList variables = runtime.getElementsByTagName("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            Element variable = (Element) variables.item(i);
            if (variable.getAttribute("name").equals("food.messaging.max-deliveries")) {
                maxDeliveries = variable.getAttribute("defaultValue");
            }
        }

        assertTrue(maxDeliveries != null, "runtime.xml defines food.messaging.max-deliveries");
        var settings = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(DIR.resolve("../liberty-config/src/main/artemis/address-settings.xml").toFile());
        assertEquals(maxDeliveries, settings.getElementsByTagName("max-delivery-attempts").item(0).getTextContent().trim(),
                "address-settings.xml's max-delivery-attempts (distributed.sh's broker)");
        Object inCluster = map(list(get(of("ActiveMQArtemis").get(0).doc(), "spec.addressSettings.addressSetting")).get(0))
                .get("maxDeliveryAttempts");
        assertEquals(maxDeliveries, String.valueOf(inCluster), "k8s/broker.yaml's maxDeliveryAttempts");
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Services the manifests declare, directly or through an operator, with their port. */
    private static Map<String, Integer> services() {
        Map<String, Integer> services = new HashMap<>();
        for (Resource app : of("OpenLibertyApplication")) {
            services.put(app.name(), integer(app.doc(), "spec.service.port"));
        }
        for (Resource cluster : of("Cluster")) { // CloudNativePG: primary, replicas, any instance
            for (String suffix : List.of("-rw", "-ro", "-r")) {
                services.put(cluster.name() + suffix, 5432);
            }
        }
        for (Resource broker : of("ActiveMQArtemis")) { // ArtemisCloud: one Service per acceptor and pod
            int size = integer(broker.doc(), "spec.deploymentPlan.size");
            for (Object acceptor : list(get(broker.doc(), "spec.acceptors"))) {
                for (int i = 0; i < size; i++) {
                    services.put(broker.name() + "-" + map(acceptor).get("name") + "-" + i + "-svc",
                            integer(map(acceptor), "port"));
                }
            }
        }
        return services;
    }

    private static void port(List<String> problems, Resource r, String what, String host, int port,
                             Map<String, Integer> services) {
        if (!services.containsKey(host)) {
            problems.add(r.where() + ": " + what + " names Service " + host + ", which nothing declares");
        } else if (services.get(host) != port) {
            problems.add(r.where() + ": " + what + " uses port " + port + " of " + host + ", which serves " + services.get(host));
        }
    }

    private static void secretKey(List<String> problems, Resource r, String secret, String key) {
        Resource declared = of("Secret").stream().filter(s -> s.name().equals(secret)).findFirst().orElse(null);
        if (declared == null) {
            problems.add(r.where() + ": Secret " + secret + " is not declared");
        } else if (key != null && !keys(declared).contains(key)) {
            problems.add(r.where() + ": Secret " + secret + " has no key " + key);
        }
    }

    private static Set<String> keys(Resource secret) {
        Set<String> keys = new TreeSet<>();
        keys.addAll(map(secret.doc().getOrDefault("stringData", Map.of())).keySet());
        keys.addAll(map(secret.doc().getOrDefault("data", Map.of())).keySet());
        return keys;
    }

    private static String secretValue(String secret, String key) {
        Resource declared = of("Secret").stream().filter(s -> s.name().equals(secret)).findFirst()
                .orElseThrow(() -> new AssertionError("no Secret " + secret));
        return String.valueOf(map(declared.doc().getOrDefault("stringData", Map.of())).get(key));
    }

    private static String secretOf(Resource app, String variable) {
        for (Object entry : list(get(app.doc(), "spec.env"))) {
            if (variable.equals(map(entry).get("name"))) {
                return string(map(entry), "valueFrom.secretKeyRef.name");
            }
        }
        throw new AssertionError(app.where() + ": no " + variable);
    }

    /** The plain env values of an application (those from Secrets or fields are left out). */
    private static Map<String, String> env(Resource app) {
        Map<String, String> env = new HashMap<>();
        for (Object entry : list(get(app.doc(), "spec.env"))) {
            Object value = map(entry).get("value");
            env.put((String) map(entry).get("name"), value == null ? "" : value.toString());
        }
        return env;
    }

    private static void probe(List<String> problems, Resource r, String probe, String path) {
        if (!path.equals(string(r.doc(), "spec.probes." + probe + ".httpGet.path"))) {
            problems.add(r.where() + ": " + probe + " probe must be MP Health's " + path);
        }
    }

    private static void require(List<String> problems, Resource r, String... paths) {
        for (String path : paths) {
            if (get(r.doc(), path) == null) {
                problems.add(r.where() + ": " + path + " is required");
            }
        }
    }

    private static List<Resource> of(String kind) {
        return RESOURCES.stream().filter(r -> kind.equals(r.kind())).toList();
    }

    private static Set<String> names(String kind) {
        Set<String> names = new TreeSet<>();
        of(kind).forEach(r -> names.add(r.name()));
        return names;
    }

    private static void walk(Object node, BiConsumer<String, Object> visit) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                visit.accept(String.valueOf(k), v);
                walk(v, visit);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> walk(item, visit));
        }
    }

    private static Object get(Map<String, Object> doc, String path) {
        Object node = doc;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(part);
        }
        return node;
    }

    private static String string(Map<String, Object> doc, String path) {
        Object value = get(doc, path);
        return value == null ? null : value.toString();
    }

    private static int integer(Map<String, Object> doc, String path) {
        Object value = get(doc, path);
        return value == null ? -1 : Integer.parseInt(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> ? (Map<String, Object>) node : Map.of();
    }

    private static List<?> list(Object node) {
        return node instanceof List<?> l ? l : List.of();
    }
}
