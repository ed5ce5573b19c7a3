-- The platform's own tables beyond the baseline, migrated by platform's SchemaMigration with a
-- history of their own (PLATFORM_SCHEMA_HISTORY) in every service's database.
-- PARKED_EVENT: what a consumer gave up on after its last delivery, kept for operators to replay
-- or discard (platform's ParkedEvent).
CREATE TABLE PARKED_EVENT (
    ID VARCHAR(64) NOT NULL,
    CONSUMER VARCHAR(255) NOT NULL,
    EVENTID VARCHAR(255),
    EVENTTYPE VARCHAR(255),
    ORDERID VARCHAR(255),
    BODY ${text},
    REASON VARCHAR(2000),
    DELIVERIES INTEGER NOT NULL,
    PARKEDAT TIMESTAMP NOT NULL,
    STATUS VARCHAR(32) NOT NULL,
    RESOLVEDAT TIMESTAMP,
    RESOLVEDBY VARCHAR(255),
    RESOLUTION VARCHAR(500),
    VERSION BIGINT,
    CONSTRAINT PK_PARKED_EVENT PRIMARY KEY (ID)
);
CREATE INDEX PARKED_EVENT_STATUS ON PARKED_EVENT (STATUS, PARKEDAT);
