package org.fooddelivery.kitchen.schema;

import org.flywaydb.core.Flyway;
import org.fooddelivery.platform.schema.BaselineMigration;
import org.fooddelivery.platform.schema.SchemaDialect;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kitchen migration V3 converts a database of the release before issue 13, where a dish's STOCK was
 * already net of what open tickets held: what can be sold stays the same, on hand is that plus
 * what open tickets hold, and those tickets can later release exactly what they hold.
 */
class StockMigrationTest {

    private static final String URL = "jdbc:derby:memory:kitchen-stock-migration;create=true";

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log"); // not derby.log in the module
    }

    @Test
    void stockOfTheOldReleaseBecomesOnHandAndReservedWithAvailableUnchanged() throws SQLException {
        flyway("2").migrate(); // the schema before issue 13
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO MENU_ITEM (ID, STOREID, NAME, PRICE, STOCK, VERSION) VALUES"
                    + " (11, 1, 'Fried chicken', 18000, 40, 1), (12, 1, 'Seasoned chicken', 19000, 8, 1),"
                    + " (21, 2, 'Tteokbokki', 5000, 0, 1)");
            // Dish 12: stock 8 after two open tickets took 2 and 3 (shelf 13); a cooking ticket took 4
            // and a rejected one gave its 5 back. Dish 21 of store 2: sold out by an open ticket of 6.
            sql.executeUpdate("INSERT INTO TICKET (ORDERID, STOREID, STATUS, STOCKRESERVED, CHANGENUMBER, VERSION) VALUES"
                    + " ('open-1', 1, 'RECEIVED', 1, 0, 1), ('open-2', 1, 'ACCEPTED', 1, 0, 1),"
                    + " ('cooking', 1, 'COOKING', 1, 0, 1), ('rejected', 1, 'REJECTED', 0, 0, 1),"
                    + " ('open-3', 2, 'RECEIVED', 1, 0, 1)");
            sql.executeUpdate("INSERT INTO TICKET_LINE (ORDER_ID, LINE_NO, MENUID, NAME, QUANTITY) VALUES"
                    + " ('open-1', 0, 12, 'Seasoned chicken', 2), ('open-2', 0, 12, 'Seasoned chicken', 3),"
                    + " ('open-2', 1, 11, 'Fried chicken', 1), ('cooking', 0, 12, 'Seasoned chicken', 4),"
                    + " ('rejected', 0, 12, 'Seasoned chicken', 5), ('open-3', 0, 21, 'Tteokbokki', 6)");
        }

        assertEquals(1, flyway("3").migrate().migrationsExecuted, "V3 alone");

        Map<Long, int[]> dishes = dishes();
        assertNumbers(41, 1, 40, dishes.get(11L));
        assertNumbers(13, 5, 8, dishes.get(12L));
        assertNumbers(6, 6, 0, dishes.get(21L));
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement();
             ResultSet history = sql.executeQuery("SELECT COUNT(*) FROM STOCK_ADJUSTMENT")) {
            history.next();
            assertEquals(0, history.getInt(1), "the history starts empty");
            sql.executeUpdate("INSERT INTO STOCK_ADJUSTMENT (STOREID, MENUITEMID, KIND, DELTA, ONHANDAFTER, RESERVEDAFTER,"
                    + " REASON, RECORDEDBY) VALUES (1, 12, 'ADJUSTMENT', -3, 10, 5, 'spoiled', 'owner1')");
        }
    }

    private static Flyway flyway(String target) {
        var config = Flyway.configure(StockMigrationTest.class.getClassLoader())
                .dataSource(URL, null, null)
                .locations("classpath:db/migration/kitchen")
                .javaMigrations(new BaselineMigration("kitchen", SchemaDialect.DERBY))
                .placeholders(SchemaDialect.DERBY.placeholders())
                .cleanDisabled(true);
        return (target == null ? config : config.target(target)).load();
    }

    private static Map<Long, int[]> dishes() throws SQLException {
        Map<Long, int[]> dishes = new HashMap<>();
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT ID, STOCK, RESERVED FROM MENU_ITEM")) {
            while (rows.next()) {
                dishes.put(rows.getLong(1), new int[]{rows.getInt(2), rows.getInt(3)});
            }
        }
        return dishes;
    }

    private static void assertNumbers(int onHand, int reserved, int available, int[] dish) {
        assertEquals(onHand, dish[0], "on hand");
        assertEquals(reserved, dish[1], "reserved");
        assertEquals(available, dish[0] - dish[1], "available, as before the migration");
    }
}
