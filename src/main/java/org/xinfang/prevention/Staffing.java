package org.xinfang.prevention;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.util.Optional;
import java.util.Set;

/** Who does what in prevention: the roles that record and act, and the staff who may own a register's entry. */
@Component
public final class Staffing {

    /** Those who investigate, record and resolve (the analyst reads). */
    public static final Set<StaffRole> WORKERS = Set.of(StaffRole.REGISTRAR, StaffRole.HANDLER, StaffRole.SUPERVISOR,
            StaffRole.LEADER);
    /** Those who take part in a risk assessment for the petition bureau and answer for the entries of their area. */
    public static final Set<StaffRole> OVERSEERS = Set.of(StaffRole.SUPERVISOR, StaffRole.LEADER);

    private final UserDetailsService staff;

    Staffing(UserDetailsService staff) {
        this.staff = staff;
    }

    /** The member of staff by that username who works in an area covering {@code path}; empty otherwise. */
    Optional<StaffPrincipal> workerCovering(String username, String path) {
        try {
            if (username != null && staff.loadUserByUsername(username.strip()) instanceof StaffPrincipal p
                    && p.roles().stream().anyMatch(WORKERS::contains) && p.covers(path)) {
                return Optional.of(p);
            }
        } catch (UsernameNotFoundException unknown) {
            // empty, as any other name that is not a worker of the area
        }
        return Optional.empty();
    }
}
