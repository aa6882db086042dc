-- The matter page asks for the relief applications of a matter on every showing (ReliefMatterLinks).
create index relief_application_matter_idx on relief_application (matter_id);
