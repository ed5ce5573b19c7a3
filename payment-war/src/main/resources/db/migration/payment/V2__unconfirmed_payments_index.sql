-- The orphan check asks periodically for approved charges whose order never announced itself
-- (Payment.unconfirmedBefore); without an index that is a scan of every payment ever made.
CREATE INDEX PAYMENT_UNCONFIRMED ON PAYMENT (ORDERCONFIRMED, STATUS, CREATEDAT);
