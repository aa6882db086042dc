package org.xinfang.casework;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Reads the timeline; {@link Timeline} alone writes it. */
interface MatterEvents extends Repository<MatterEvent, Long> {

    List<MatterEvent> findByMatterIdOrderBySeq(Long matterId);
}
