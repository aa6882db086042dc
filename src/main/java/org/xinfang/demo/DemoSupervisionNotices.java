package org.xinfang.demo;

import org.xinfang.casework.AdoptionOutcome;
import org.xinfang.casework.SupervisionNoticesIssued.Issued;
import org.xinfang.coordination.SupervisionNotices.ImportedAnswer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How the demo city's supervised units answered the notices of its history: nine in ten within the 30 days (most in
 * the first fortnight), the rest left unanswered; a third of the answers drew an improvement suggestion, and most
 * suggestions a written feedback on their adoption within three weeks, mostly adopted. The notices left unanswered past
 * their day go up a level when the daily job first runs. Drawn from each notice, so a seed's city is always the same.
 */
final class DemoSupervisionNotices {

    private static final String ANSWER = "已收到督办单，已明确专人办理，正在依法依规推进，按期报送结果。";
    private static final String SUGGESTION = "建立受理办理台账，落实专人跟踪，每周报送办理进展。";
    private static final String FEEDBACK = "已建立台账并明确专人跟踪，按要求报送进展。";

    private DemoSupervisionNotices() {
    }

    static List<ImportedAnswer> answers(List<Issued> notices, LocalDate lastDay, ZoneId zone) {
        List<ImportedAnswer> answers = new ArrayList<>();
        for (Issued n : notices) {
            SplittableRandom random = new SplittableRandom(n.matterId() * 31 + n.seq());
            if (random.nextInt(10) == 0) {
                continue; // ignored
            }
            LocalDate issued = n.at().atZone(zone).toLocalDate();
            LocalDate answered = issued.plusDays(random.nextInt(4) == 0 ? 15 + random.nextInt(16) : 1 + random.nextInt(14));
            if (answered.isAfter(lastDay)) {
                continue; // still within its days
            }
            boolean suggested = random.nextInt(3) == 0;
            LocalDate feedbackOn = suggested && random.nextInt(5) > 0 ? answered.plusDays(5 + random.nextInt(16)) : null;
            if (feedbackOn != null && feedbackOn.isAfter(lastDay)) {
                feedbackOn = null;
            }
            AdoptionOutcome adoption = feedbackOn == null ? null
                    : random.nextInt(10) < 7 ? AdoptionOutcome.ADOPTED : random.nextInt(3) < 2 ? AdoptionOutcome.PARTLY_ADOPTED
                    : AdoptionOutcome.NOT_ADOPTED;
            answers.add(new ImportedAnswer(n.matterId(), n.seq(), answered, ANSWER, suggested ? SUGGESTION : null, adoption,
                    feedbackOn == null ? null : FEEDBACK, feedbackOn));
        }
        return answers;
    }
}
