package org.xinfang.territory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface StaffMembers extends JpaRepository<Staff, Long> {

    Optional<Staff> findByUsername(String username);

    @Query("select s.lockedUntil from Staff s where s.username = ?1")
    Optional<Instant> lockedUntil(String username);

    @Modifying
    @Query("update Staff s set s.lockedUntil = ?2 where s.username = ?1")
    int setLockedUntil(String username, Instant until);

    List<Staff> findByLockedUntilAfterOrderByLockedUntil(Instant now);

    long countByUnitId(Long unitId);

    List<Staff> findByUnitIdInAndEnabledTrue(java.util.Collection<Long> unitIds);

    @Query("select distinct s from Staff s join s.roles r where r = ?1 and s.enabled = true")
    List<Staff> enabledWithRole(StaffRole role);

    Optional<Staff> findByUsernameIgnoreCase(String username);

    /** The staff of a merged unit go to the continuing body. */
    @Modifying
    @Query("update Staff s set s.unitId = ?2, s.version = s.version + 1 where s.unitId = ?1")
    int moveUnit(Long fromUnitId, Long toUnitId);
}
