package org.fooddelivery.standin.application;

import java.util.logging.Logger;

/**
 * Drill changes to a stand-in, one line each in the server log in the platform's audit form
 * (logger {@code food.audit}, as platform's AuditLog writes it, so one search finds both):
 * <pre>AUDIT action=standin.acquirer.faults.set actor=admin orderId=- detail="..."</pre>
 * The stand-in plays an external system and shares no code with the platform, hence its own copy
 * of the line's format.
 */
public final class AuditTrail {

    private static final Logger LOG = Logger.getLogger("food.audit");

    private AuditTrail() {
    }

    public static void record(String action, String actor, String detail) {
        LOG.info("AUDIT action=" + action + " actor=" + actor + " orderId=- detail=\"" + detail.replace("\"", "'") + "\"");
    }
}
