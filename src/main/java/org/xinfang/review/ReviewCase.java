package org.xinfang.review;

import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.ReviewOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A committee's case (复查/复核案件) on one matter at one stage: the reviewing body, the members with their views,
 * the hearing if one is held, the committee's opinion once given, and its publication.
 */
public record ReviewCase(Long id, int version, MatterFacts.Review matter, ReviewStage stage, Long reviewingUnitId,
                         String openedBy, LocalDate openedOn, List<Member> members, Hearing hearing, Opinion opinion,
                         Publication publication) {

    /** A member by log-in name, with their view once given. */
    public record Member(String username, View view) {
    }

    /** A member's view (评议意见): the outcome they propose and why. */
    public record View(ReviewOutcome outcome, String reasoning, Instant givenAt) {
    }

    /** A hearing (听证): when and where, who takes part; its record (笔录) and the days it took once held. */
    public record Hearing(Instant startsAt, String place, List<Participant> participants, String record, Integer days,
                          LocalDate recordedOn, String recordedBy) {

        public boolean held() {
            return record != null;
        }
    }

    public record Participant(HearingRole role, String name) {
    }

    /** The committee's opinion as given to the matter. */
    public record Opinion(ReviewOutcome outcome, String text, LocalDate on, String by) {
    }

    /** The opinion as published: the text as the public reads it. */
    public record Publication(String maskedText, LocalDate publishedOn, String publishedBy) {
    }

    public boolean isMember(String username) {
        return members.stream().anyMatch(m -> m.username().equals(username));
    }

    public Optional<Member> member(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst();
    }

    public long views() {
        return members.stream().filter(m -> m.view() != null).count();
    }

    public boolean hearingHeld() {
        return hearing != null && hearing.held();
    }
}
