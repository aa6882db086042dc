package org.xinfang.intelligence.hotspot;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A hot-spot topic (热点话题): messages about the same issue at the same place, the most typical one first.
 *
 * @param label    the title of the most typical message (the one most like the others)
 * @param places   the places its messages name, the most often named first
 * @param kind     which of the city's six kinds of prominent issues it is, if one
 */
public record HotSpotTopic(String label, List<HotSpotMessage> messages, List<String> places, LocalDate first,
                           LocalDate last, HeatScore heat, Optional<HotSpotKind> kind) {
}
