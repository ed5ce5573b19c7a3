package org.fooddelivery.artemis;

import java.util.Map;

import javax.transaction.xa.XAResource;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;

import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;
import org.apache.activemq.artemis.service.extensions.xa.recovery.ActiveMQXAResourceWrapper;
import org.apache.activemq.artemis.service.extensions.xa.recovery.XARecoveryConfig;

/**
 * The stock adapter, with one defect fixed: crash recovery of message-driven beans.
 *
 * <p>After a crash, Liberty's transaction manager asks the adapter for the XA resources of the
 * activation specs whose transactions it must complete. With auto-recovery on (the default) the
 * stock {@link ActiveMQResourceAdapter#getXAResources} answers {@code null}, expecting a JBoss-style
 * recovery registry that Liberty does not have: the transaction stays prepared in the broker and in
 * PostgreSQL, and Liberty retries forever ({@code XAResourceNotAvailableException}). Here it answers
 * a resource that connects with the adapter's own connection factory and credentials; it
 * reconnects on its own, so one instance serves every recovery pass.
 */
public class RecoverableActiveMQResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;

    private transient ActiveMQXAResourceWrapper recoveryResource;

    @Override
    public synchronized XAResource[] getXAResources(ActivationSpec[] specs) throws ResourceException {
        if (recoveryResource == null) {
            XARecoveryConfig config = XARecoveryConfig.newConfig(getDefaultActiveMQConnectionFactory(),
                    getUserName(), getPassword(), Map.of());
            recoveryResource = new ActiveMQXAResourceWrapper(config);
        }
        return new XAResource[] {recoveryResource};
    }

    @Override
    public synchronized void stop() {
        if (recoveryResource != null) {
            recoveryResource.close();
            recoveryResource = null;
        }
        super.stop();
    }

}
