-- Since when a petitioner has petitioned (信访起始), when the registers kept before this system say it was earlier
-- than their first matter here (issue 13 item 2: the relief fund counts the long-term petitioners it helped).
-- Null when this system's matters are the whole history; casework reads the earlier of the two (MatterFacts.petitioning).
alter table petitioner add column petitioning_since date;

-- the ledger's balance check sums a movement's entries at commit: find them by movement
create index relief_entry_movement on relief_entry (movement);
