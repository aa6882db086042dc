package org.xinfang.territory;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface StaffMembers extends JpaRepository<Staff, Long> {

    Optional<Staff> findByUsername(String username);
}
