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
}
