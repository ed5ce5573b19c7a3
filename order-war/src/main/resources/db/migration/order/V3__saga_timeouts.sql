-- Saga timeouts (issue 8, item 4). A cancel or change request remembers its event id (a re-ask is
-- the same message, so the kitchen answers it once), when it was last sent, how often it was
-- re-sent, and when it went to the operators. Requests pending when this runs count as sent at
-- their order's last change, under an id of their own.
ALTER TABLE CUSTOMER_ORDER ADD COLUMN REQUESTEVENTID VARCHAR(255);
ALTER TABLE CUSTOMER_ORDER ADD COLUMN REQUESTASKEDAT TIMESTAMP;
ALTER TABLE CUSTOMER_ORDER ADD COLUMN REQUESTREASKS INTEGER DEFAULT 0;
ALTER TABLE CUSTOMER_ORDER ADD COLUMN REQUESTESCALATEDAT TIMESTAMP;
UPDATE CUSTOMER_ORDER SET REQUESTASKEDAT = UPDATEDAT, REQUESTEVENTID = 'reask-' || ID
    WHERE LASTREQUESTOUTCOME = 'PENDING';
-- What the timeout jobs scan: picked-up orders by age, pending requests by when they were sent.
CREATE INDEX CUSTOMER_ORDER_STATUS_UPDATED ON CUSTOMER_ORDER (STATUS, UPDATEDAT);
CREATE INDEX CUSTOMER_ORDER_REQUEST_ASKED ON CUSTOMER_ORDER (LASTREQUESTOUTCOME, REQUESTASKEDAT);
