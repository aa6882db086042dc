package org.xinfang.statute;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the review committees (issue 13, item 3), held against the 2022 text as {@link StatuteArticlesTest} holds the others. */
class ReviewCommitteeArticlesTest {

    static final List<StatuteArticlesTest.Rule> RULES = StatuteArticlesTest.rules(ReviewCommitteeRules.class);

    @Test
    @DisplayName("every committee rule cites an article of 2022 or names whose practice it is")
    void everyRuleCitesItsBasis() {
        assertThat(RULES).extracting(StatuteArticlesTest.Rule::name).containsExactlyInAnyOrder("MIN_MEMBERS", "MAX_MEMBERS",
                "mayServe", "mayHoldHearing", "hasQuorum", "mayPublish", "mayRecordSupport");
        assertThat(RULES).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null).isEmpty();
    }

    @Test
    @DisplayName("arts 35, 36 ¶1: the body above reviews; a member is of it and not of the unit reviewed")
    void arts35_36_theBodyAboveReviews() {
        assertThat(text("mayServe")).contains("上一级机关、单位复查", "复查机关、单位的上一级机关、单位请求复核");
        assertThat(ReviewCommitteeRules.mayServe(1L, 1L, 2L, 3L)).isTrue();
        assertThat(ReviewCommitteeRules.mayServe(1L, 1L, 3L, 3L)).as("the reviewed unit itself").isFalse();
        assertThat(ReviewCommitteeRules.mayServe(4L, 1L, 2L, 3L)).as("another government").isFalse();
    }

    @Test
    @DisplayName("art. 36 ¶2: the re-reviewing body may hold a hearing, and may publish the opinion given after it")
    void art36_2_hearingAndPublication() {
        assertThat(text("mayHoldHearing")).contains("复核机关、单位可以按照本条例第三十一条第六项的规定举行听证", "可以举行听证");
        assertThat(ReviewCommitteeRules.mayHoldHearing(true)).isTrue();
        assertThat(ReviewCommitteeRules.mayHoldHearing(false)).as("review").isFalse();
        assertThat(text("mayPublish")).contains("经过听证的复核意见可以依法向社会公示");
        assertThat(ReviewCommitteeRules.mayPublish(true, true, true)).isTrue();
        assertThat(ReviewCommitteeRules.mayPublish(true, true, false)).as("no hearing").isFalse();
        assertThat(ReviewCommitteeRules.mayPublish(false, true, true)).as("review").isFalse();
    }

    @Test
    @DisplayName("art. 37 ¶3: final matters get guidance, resolution and help, recorded on days since finality")
    void art37_3_support() {
        assertThat(text("mayRecordSupport")).contains("已经复查复核", "疏导教育、矛盾化解、帮扶救助");
        LocalDate fin = LocalDate.of(2026, 3, 2);
        assertThat(ReviewCommitteeRules.mayRecordSupport(true, fin, fin, fin.plusDays(3))).isTrue();
        assertThat(ReviewCommitteeRules.mayRecordSupport(true, fin.minusDays(1), fin, fin)).as("before finality").isFalse();
        assertThat(ReviewCommitteeRules.mayRecordSupport(true, fin.plusDays(1), fin, fin)).as("tomorrow").isFalse();
        assertThat(ReviewCommitteeRules.mayRecordSupport(false, fin, fin, fin)).as("not final").isFalse();
    }

    @Test
    @DisplayName("the committee's size and majority are practice, not statute")
    void sizeAndMajorityArePractice() {
        RULES.stream().filter(r -> List.of("MIN_MEMBERS", "MAX_MEMBERS", "hasQuorum").contains(r.name()))
                .forEach(r -> assertThat(r.practice()).as(r.name()).isNotBlank());
        assertThat(ReviewCommitteeRules.hasQuorum(2, 3)).isTrue();
        assertThat(ReviewCommitteeRules.hasQuorum(2, 4)).as("half is not a majority").isFalse();
    }

    private static String text(String rule) {
        return String.join("\n", RULES.stream().filter(r -> r.name().equals(rule)).findFirst().orElseThrow()
                .of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList());
    }
}
