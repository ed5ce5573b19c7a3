-- Issue 8: a delivery whose order ended (rejected, cancelled) is withdrawn from the riders, with
-- the order's reason; one no rider picked up in time goes to the operators (ESCALATEDAT).
ALTER TABLE DELIVERY ADD COLUMN WITHDRAWNREASON VARCHAR(255);
ALTER TABLE DELIVERY ADD COLUMN ESCALATEDAT TIMESTAMP;
CREATE INDEX DELIVERY_STATUS_READY ON DELIVERY (STATUS, READYAT);
