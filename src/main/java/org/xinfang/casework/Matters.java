package org.xinfang.casework;

import org.springframework.data.jpa.repository.JpaRepository;

interface Matters extends JpaRepository<Matter, Long> {
}
