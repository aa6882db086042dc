package org.xinfang.casework;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.territory.AdministrativeLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which leader holds which matter as a package case (包案, 2022 art. 18 ¶2), for the coordination module's desk and
 * indicators. Taking a matter is the matter's own step ({@link MatterCommand.PackageCase}, on its timeline); this says
 * who holds what now, with the matter's state and deadline, never a petitioner's details.
 */
@Service
public class PackageHoldings {

    /**
     * One package case as the matter has it now: the leader (username) and the level of government they lead, since
     * when, and where the matter stands.
     */
    public record Holding(MatterFacts.Facts matter, String leader, AdministrativeLevel level, LocalDate packagedOn) {

        public Long matterId() {
            return matter.matterId();
        }

        /** Past the current step's deadline today, while the matter is still open. */
        public boolean overdueOn(LocalDate today) {
            return matter.dueOn() != null && matter.dueOn().isBefore(today);
        }
    }

    private static final String COLUMNS = MatterFacts.COLUMNS.replace(" from matter",
            ", package_leader, package_level, packaged_on from matter");

    private static final RowMapper<Holding> ROW = (rs, i) -> new Holding(MatterFacts.ROW.mapRow(rs, i),
            rs.getString("package_leader"), AdministrativeLevel.valueOf(rs.getString("package_level")),
            rs.getObject("packaged_on", LocalDate.class));

    private final NamedParameterJdbcTemplate jdbc;

    PackageHoldings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The matters {@code leader} holds as package cases, the latest taken first. */
    @Transactional(readOnly = true)
    public List<Holding> heldBy(String leader) {
        return jdbc.query(COLUMNS + " where package_leader = :leader order by packaged_on desc, id desc",
                new MapSqlParameterSource("leader", leader), ROW);
    }

    /** Every package case of a matter held under {@code scopePath} (a unit's path: its subtree). */
    @Transactional(readOnly = true)
    public List<Holding> inScope(String scopePath) {
        return jdbc.query(COLUMNS + " where package_leader is not null and responsible_path like :scope",
                new MapSqlParameterSource("scope", scopePath + "%"), ROW);
    }

    /** A package case as insight counts it: the matter, who holds it at what level, and where the matter stands. */
    public record Taken(Long matterId, String leader, AdministrativeLevel level, MatterState state) {
    }

    /**
     * The package cases taken from {@code from} to {@code to} (the day the leader took them) of matters held under
     * {@code scopePath}: read from one partial index (V56) that holds only the package cases.
     */
    @Transactional(readOnly = true)
    public List<Taken> takenIn(String scopePath, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select id, package_leader, package_level, state from matter
                where package_leader is not null and packaged_on between :from and :to and responsible_path like :scope""",
                new MapSqlParameterSource("scope", scopePath + "%").addValue("from", from).addValue("to", to),
                (rs, i) -> new Taken(rs.getLong(1), rs.getString(2), AdministrativeLevel.valueOf(rs.getString(3)),
                        MatterState.valueOf(rs.getString(4))));
    }

    /** The package case of one matter, if a leader holds it. */
    @Transactional(readOnly = true)
    public Optional<Holding> of(Long matterId) {
        return jdbc.query(COLUMNS + " where id = :id and package_leader is not null",
                new MapSqlParameterSource("id", matterId), ROW).stream().findFirst();
    }
}
