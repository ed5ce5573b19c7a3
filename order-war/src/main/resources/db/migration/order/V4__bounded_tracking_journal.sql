-- The tracking journal stays bounded: once an order has been final for the journal retention
-- (order.tracking.journal-retention), its view is kept as its snapshot and its journal entries are
-- compacted away (TrackingJournalCompaction); JOURNALCOMPACTEDAT marks such a view, and the
-- compaction finds the next candidates through TRACKING_COMPACTION without rescanning done ones.
ALTER TABLE ORDER_TRACKING ADD COLUMN JOURNALCOMPACTEDAT TIMESTAMP;
CREATE INDEX TRACKING_COMPACTION ON ORDER_TRACKING (JOURNALCOMPACTEDAT, UPDATEDAT);
-- The rebuild replays order by order and the compaction deletes by order: both read the journal
-- by order id, in sequence.
CREATE INDEX JOURNAL_ORDER ON TRACKING_JOURNAL (ORDERID, SEQUENCE);
