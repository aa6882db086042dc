package org.xinfang.casework;

import org.xinfang.statute.Statute;
import org.xinfang.statute.UrgentReportRecipient;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit a major or urgent matter is reported to, and as what (2022 art. 25).
 */
public record UrgentRecipient(UnitView unit, UrgentReportRecipient kind) {

    /**
     * The recipients of a report by {@code reporter}'s unit, found through the territory: its own government (which
     * stands for the party committee and government of its level; none when the reporter is that government itself)
     * and the petition office of the government above (none at the top of the tree: the provincial office is outside
     * it).
     */
    public static List<UrgentRecipient> of(Territory territory, UnitView reporter) {
        List<UrgentRecipient> recipients = new ArrayList<>();
        UnitView government = territory.governmentOf(reporter);
        for (UrgentReportRecipient kind : Statute.urgentReportRecipients(true)) {
            switch (kind) {
                case SAME_LEVEL_COMMITTEE_AND_GOVERNMENT -> {
                    if (!government.id().equals(reporter.id())) {
                        recipients.add(new UrgentRecipient(government, kind));
                    }
                }
                case HIGHER_PETITION_OFFICE -> territory.unit(government.parentId())
                        .map(territory::petitionOfficeFor)
                        .filter(office -> !office.id().equals(reporter.id()))
                        .ifPresent(office -> recipients.add(new UrgentRecipient(office, kind)));
            }
        }
        return recipients;
    }
}
