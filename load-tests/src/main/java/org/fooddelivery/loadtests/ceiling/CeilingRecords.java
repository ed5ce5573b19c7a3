package org.fooddelivery.loadtests.ceiling;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * One XA transaction over the database and the messaging engine, as the product's commands do:
 * a JPA insert and a persistent message on a topic, committed together.
 */
@ApplicationScoped
public class CeilingRecords {

    @PersistenceContext(unitName = "ceiling")
    EntityManager em;

    // The product's connection factory, so both pay for the same pool and engine.
    @Resource(lookup = "jms/foodConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/topic/ceilingEvents")
    Topic topic;

    @Transactional
    public String recordAndPublish() {
        String id = UUID.randomUUID().toString();
        em.persist(new CeilingRecord(id, Instant.now()));
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic, id);
        }
        return id;
    }

    @Transactional
    public void consume(String recordId) {
        em.persist(new ConsumedRecord(UUID.randomUUID().toString(), recordId, Instant.now()));
    }

    public long consumedCount() {
        return em.createQuery("SELECT COUNT(c) FROM ConsumedRecord c", Long.class).getSingleResult();
    }

    public long recordedCount() {
        return em.createQuery("SELECT COUNT(r) FROM CeilingRecord r", Long.class).getSingleResult();
    }
}
