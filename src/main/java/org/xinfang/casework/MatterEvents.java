package org.xinfang.casework;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MatterEvents extends JpaRepository<MatterEvent, Long> {

    List<MatterEvent> findByMatterIdOrderBySeq(Long matterId);
}
