package org.xinfang.intelligence.hotspot;

import java.time.LocalDate;

/**
 * One text to be grouped into hot-spot topics: a citizen's message on a public board, or a matter.
 *
 * @param person       who wrote it (a board's user, a matter's petitioner), as an opaque key
 * @param categoryCode the matter's category; null for a message
 * @param placeName    the name of the place the matter arose at (a township, a village); null for a message, whose
 *                     places are read from its text
 * @param matterId     the matter; null for a message
 */
public record HotSpotMessage(String id, String title, String text, LocalDate day, int likes, String person,
                             String categoryCode, String placeName, Long matterId) {
}
