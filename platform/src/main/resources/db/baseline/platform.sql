-- Tables every service has, whatever it does: the de-duplication record of its consumers
-- (platform's ProcessedEvent). Part of each service's baseline (version 1), in its own database.
CREATE TABLE PROCESSED_EVENT (
    ID VARCHAR(255) NOT NULL,
    CONSUMER VARCHAR(255),
    EVENTID VARCHAR(255),
    EVENTTYPE VARCHAR(255),
    ORDERID VARCHAR(255),
    PROCESSEDAT TIMESTAMP,
    CONSTRAINT PK_PROCESSED_EVENT PRIMARY KEY (ID)
);
CREATE INDEX PROCESSED_EVENT_AT ON PROCESSED_EVENT (PROCESSEDAT);
