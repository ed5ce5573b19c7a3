-- The thank-you API accepts 500 characters (ThanksRequest); the baseline column held 255, so a
-- longer text failed with a 500 instead of being stored. Widening keeps every existing text.
ALTER TABLE STORE ALTER COLUMN THANKYOUMESSAGE SET DATA TYPE VARCHAR(500);
