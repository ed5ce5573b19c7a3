-- payment-war's schema as version 1: one row per charge. What EclipseLink generated before
-- migrations existed, so a database it made is taken over as it is; later changes are new files
-- under db/migration/payment. APPROVEDORDERID is unique: an order is charged at most once.
CREATE TABLE PAYMENT (
    ID VARCHAR(255) NOT NULL,
    AMOUNT BIGINT,
    APPLIEDCHANGENUMBER INTEGER,
    APPROVEDORDERID VARCHAR(255),
    CARDLAST4 VARCHAR(255),
    CREATEDAT TIMESTAMP,
    CUSTOMERID VARCHAR(255),
    ORDERCONFIRMED ${boolean} DEFAULT ${false},
    ORDERID VARCHAR(255),
    REFUNDREASON VARCHAR(255),
    REFUNDEDAMOUNT BIGINT,
    STATUS VARCHAR(255),
    UPDATEDAT TIMESTAMP,
    VERSION BIGINT,
    CONSTRAINT PK_PAYMENT PRIMARY KEY (ID),
    CONSTRAINT UQ_PAYMENT_APPROVED_ORDER UNIQUE (APPROVEDORDERID)
);
CREATE INDEX PAYMENT_ORDER ON PAYMENT (ORDERID);
