package org.xinfang.territory;

import org.springframework.data.jpa.repository.JpaRepository;

interface Units extends JpaRepository<Unit, Long> {

}
