-- The thank-you timer asks every second for completed tickets whose thanks are due and not sent
-- (TicketRepository.thanksDue); without an index that is a scan of every ticket ever received.
CREATE INDEX TICKET_THANKS_DUE ON TICKET (THANKEDAT, THANKSDUEAT);
