package org.xinfang.casework.internal;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Reads the timeline; {@link Timeline} alone writes it. */
public interface MatterEvents extends Repository<MatterEvent, Long> {

    List<MatterEvent> findByMatterIdOrderBySeq(Long matterId);
}
