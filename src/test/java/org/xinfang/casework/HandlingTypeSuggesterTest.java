package org.xinfang.casework;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinfang.intake.PetitionKind;
import org.xinfang.statute.AppealRoute;
import org.xinfang.statute.HandlingType;

import static org.assertj.core.api.Assertions.assertThat;

/** The type suggested from the text and the category (arts 29–31), for the registrar to confirm. */
class HandlingTypeSuggesterTest {

    @ParameterizedTest(name = "{0} / {1} → {2} {3}")
    @CsvSource({
            "我家房屋被征收，补偿款至今未到位，请求督促发放。, URBAN.DEMOLITION, APPEAL, PETITION",
            "建议在城南新区增设一条公交线路。,            OTHER.MISC,       SUGGESTION, ",
            "关于城市绿化的几点想法。,                    OTHER.PROPOSAL,   SUGGESTION, ",
            "举报某镇副镇长收受贿赂、滥用职权。,          RURAL.VILLAGE_AFFAIRS, ACCUSATION, ",
            "法院判决我败诉，我不服，请求再审。,          LEGAL.LITIGATION, APPEAL, LITIGATION",
            "案件已立案，公安迟迟不处理。,                LEGAL.PUBLIC_ORDER, APPEAL, LITIGATION",
            "公司拖欠工资，我已申请劳动仲裁，请求尽快处理。, LABOUR.WAGE_ARREARS, APPEAL, ARBITRATION",
            "对行政处罚决定不服，要求撤销罚款。,          URBAN.CITY_MANAGEMENT, APPEAL, ADMINISTRATIVE",
            "村里有人占地建房，请求有关部门查处。,        LAND.HOMESTEAD, APPEAL, LEGAL_DUTY",
            "本人受到党纪处分，提出党员申诉。,            OTHER.MISC, APPEAL, PARTY_APPEAL",
            "随便说说。,                                  OTHER.MISC, APPEAL, PETITION",
    })
    @DisplayName("arts 29–31: words and the category score for a type; a tie or nothing is an appeal on route (6)")
    void suggests(String text, String category, HandlingType type, AppealRoute route) {
        HandlingTypeSuggester.Suggestion s = HandlingTypeSuggester.suggest(null, text, category, PetitionKind.COMPLAINT);
        assertThat(s.type()).as(s.reasons().toString()).isEqualTo(type);
        assertThat(s.route()).as(s.reasons().toString()).isEqualTo(route);
    }

    @Test
    @DisplayName("art. 29: a proposal by kind is a suggestion, and the suggestion says why")
    void aProposalByKindIsASuggestion() {
        HandlingTypeSuggester.Suggestion s = HandlingTypeSuggester.suggest("关于停车", "小区停车难。", "OTHER.MISC",
                PetitionKind.PROPOSAL);
        assertThat(s.type()).isEqualTo(HandlingType.SUGGESTION);
        assertThat(s.reasons()).contains("kind PROPOSAL");
    }

    @Test
    @DisplayName("art. 31: a complaint that quotes an opinion is still an appeal (a tie goes to the appeal)")
    void aTieIsAnAppeal() {
        HandlingTypeSuggester.Suggestion s = HandlingTypeSuggester.suggest(null, "对处理意见不服。", "OTHER.MISC", null);
        assertThat(s.type()).isEqualTo(HandlingType.APPEAL);
        assertThat(s.reasons()).contains("意见", "不服");
    }
}
