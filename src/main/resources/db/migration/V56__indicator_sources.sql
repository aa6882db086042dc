-- The other modules' indicators at a million matters (issue 14, "Speed"). Each index or table below turns a read of
-- every row of a source into a read of the period's rows only.
-- Package cases taken in a period (PackageHoldings.takenIn): only the package cases, by the day they were taken, with
-- what the indicators count, so that the matters themselves are not read.
create index matter_packaged_on_idx on matter (packaged_on)
    include (id, package_leader, package_level, state, responsible_path) where package_leader is not null;

-- A matter settled through mediation (调解化解) counts once, in the period its first agreement took effect: that
-- agreement, kept by Mediations.settle whenever an agreement takes effect, instead of searching every agreement for
-- the earliest of its matter at each count.
create table mediation_settlement (
    matter_id    bigint primary key,
    agreement_id bigint       not null references mediation_agreement (id),
    effective_on date         not null,
    holder_path  varchar(400)
);
insert into mediation_settlement (matter_id, agreement_id, effective_on, holder_path)
select distinct on (s.matter_id) s.matter_id, a.id, a.effective_on, s.holder_path
from mediation_agreement a join mediation_session s on s.id = a.session_id
where a.effective_on is not null
order by s.matter_id, a.effective_on, a.id;
create index mediation_settlement_path_idx on mediation_settlement (holder_path varchar_pattern_ops, effective_on);

-- the matters mediated in a period, read from the index alone
drop index mediation_session_path_idx;
create index mediation_session_path_matter_idx on mediation_session (holder_path varchar_pattern_ops, held_on)
    include (matter_id);
