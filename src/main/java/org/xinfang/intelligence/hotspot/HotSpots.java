package org.xinfang.intelligence.hotspot;

import org.springframework.stereotype.Service;
import org.xinfang.casework.MatterTexts;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The hot-spot topics (热点) of the matters that arose in a viewer's area in the last months: the matters about one
 * issue at one place (the place the matter arose at, and the places its text names), hottest first. Computed when
 * asked: the last three months of a city are some seven thousand matters, grouped in about a second.
 */
@Service
public class HotSpots {

    /** Who reads the hot spots: who supervises, leads and analyses. */
    public static final Set<StaffRole> VIEWERS = EnumSet.of(StaffRole.SUPERVISOR, StaffRole.LEADER, StaffRole.ANALYST);
    public static final int LONGEST_MONTHS = 12;

    private final MatterTexts texts;
    private final Territory territory;
    private final Clock clock;

    HotSpots(MatterTexts texts, Territory territory, Clock clock) {
        this.texts = texts;
        this.territory = territory;
        this.clock = clock;
    }

    /** The topics of the matters received in the last {@code months} months up to today in {@code viewer}'s area. */
    public List<HotSpotTopic> topics(StaffPrincipal viewer, int months) {
        if (!viewer.hasAny(VIEWERS)) {
            throw Refusal.forbidden("hotspot.forbidden");
        }
        if (months < 1 || months > LONGEST_MONTHS) {
            throw Refusal.invalid("months", "hotspot.months", LONGEST_MONTHS);
        }
        LocalDate today = LocalDate.now(clock);
        List<HotSpotMessage> matters = texts.receivedUnder(viewer.scopePath(), viewer.unit().path(),
                today.minusMonths(months), today).stream().map(m -> new HotSpotMessage(m.referenceNo(), m.title(),
                m.content(), m.receivedOn(), 0, String.valueOf(m.petitionerId()), m.categoryCode(),
                territory.unit(m.placeUnitId()).map(UnitView::name).orElse(null), m.matterId())).toList();
        return TopicClustering.topics(matters, today);
    }
}
