package org.fooddelivery.systemtest;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What a test running inside the server (Arquillian's in-container mode) can do that a client
 * cannot: stop and start one application as an operator would, reach a service's database and the
 * topics directly, and read the server's log.
 */
final class InsideServer {

    private InsideServer() {
    }

    /** Stops or starts one application through Liberty's ApplicationMBean and waits for the state. */
    static void application(String name, String operation) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName app = new ObjectName("WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=" + name);
        server.invoke(app, operation, null, null);
        String expected = "stop".equals(operation) ? "STOPPED" : "STARTED";
        Saga.await(() -> {
            try {
                return Optional.of(server.getAttribute(app, "State")).filter(expected::equals);
            } catch (Exception e) {
                return Optional.empty();
            }
        }, name + " to be " + expected);
    }

    /**
     * Pauses or resumes one message-driven bean's endpoint (Liberty's ServerEndpointControl MBean,
     * what {@code server pause --target=app#module#bean} does): its subscription keeps the events
     * meanwhile, while the rest of the application, its timers included, runs on.
     */
    static void listener(String application, String bean, boolean paused) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName control = new ObjectName("WebSphere:feature=kernel,name=ServerEndpointControl");
        String target = application + "#" + application + "-war.war#" + bean;
        server.invoke(control, paused ? "pause" : "resume", new Object[] {target}, new String[] {String.class.getName()});
        Saga.await(() -> {
            try {
                return Optional.of(server.invoke(control, "isPaused", new Object[] {target},
                        new String[] {String.class.getName()})).filter(Boolean.valueOf(paused)::equals);
            } catch (Exception e) {
                return Optional.empty();
            }
        }, target + (paused ? " to be paused" : " to be resumed"));
    }

    static Connection database(String dataSource) throws Exception {
        return ((DataSource) new InitialContext().lookup(dataSource)).getConnection();
    }

    /**
     * How many rows a one-parameter {@code SELECT COUNT(*) ...} finds in a service's database; -1
     * while it cannot be read (a table a test renamed away, a database being migrated), so a wait
     * on it simply goes on.
     */
    static long countRows(String dataSource, String countQuery, String parameter) {
        try (Connection c = database(dataSource); PreparedStatement query = c.prepareStatement(countQuery)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception unreadable) {
            return -1;
        }
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, connection.getSchema(), table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    static void publish(String topicName, String type, String orderId, String body) throws Exception {
        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("jms/foodConnectionFactory");
        Topic topic = (Topic) new InitialContext().lookup(topicName);
        try (JMSContext context = factory.createContext()) {
            TextMessage message = context.createTextMessage(body);
            message.setJMSCorrelationID(orderId);
            message.setStringProperty("eventType", type);
            context.createProducer().send(topic, message);
        }
    }

    /** The server's messages.log; Liberty runs with the server's output directory as working directory. */
    static Path messagesLog() {
        return Path.of("logs", "messages.log").toAbsolutePath();
    }

    static long logLength() throws IOException {
        return Files.size(messagesLog());
    }

    /** What the server logged since {@code offset} (a value of {@link #logLength()}). */
    static String logSince(long offset) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(messagesLog().toFile(), "r")) {
            long from = Math.min(offset, log.length());
            byte[] tail = new byte[(int) (log.length() - from)];
            log.seek(from);
            log.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8);
        }
    }
}
