package org.xinfang.casework;

import org.springframework.stereotype.Component;
import org.xinfang.casework.internal.Matter;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.PetitionKind;
import org.xinfang.statute.AppealRoute;
import org.xinfang.statute.HandlingType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Suggests a matter's type (and an appeal's route) from its text and category, for the registrar to confirm at
 * acceptance. A transparent scorer, not a model: each word of a list found in the title or the content scores 1 for
 * its type, the category scores 3 (the proposal category 建议类 for a suggestion; 涉法涉诉 for an appeal on route (1)), a
 * proposal by kind scores 3. The highest score wins; a tie, or no word at all, is an appeal (申诉求决类), the type of
 * most petitions. An appeal's route is the route whose words score most, route (6) (the petition procedure) when none
 * do. {@link Suggestion#reasons} names what scored, so the registrar sees why.
 */
@Component
public class HandlingTypeSuggester {

    static final String PROPOSAL_CATEGORY = "OTHER.PROPOSAL";
    static final String LITIGATION_CATEGORY = "LEGAL.LITIGATION";
    static final int CATEGORY_WEIGHT = 3;

    private static final Map<HandlingType, List<String>> TYPE_WORDS = Map.of(
            HandlingType.SUGGESTION, List.of("建议", "意见", "提议", "倡议", "献策", "呼吁", "希望增设", "希望政府", "金点子", "征集"),
            HandlingType.ACCUSATION, List.of("举报", "检举", "控告", "揭发", "贪污", "受贿", "索贿", "腐败", "挪用", "侵吞",
                    "违纪", "滥用职权", "以权谋私", "渎职", "失职", "吃拿卡要", "公款", "作风问题"),
            HandlingType.APPEAL, List.of("请求", "要求", "申诉", "诉求", "补偿", "赔偿", "拖欠", "欠薪", "工资", "不服",
                    "落实", "解决", "维权", "退还"));

    private static final Map<AppealRoute, List<String>> ROUTE_WORDS = Map.of(
            AppealRoute.LITIGATION, List.of("法院", "判决", "裁定", "诉讼", "起诉", "上诉", "再审", "检察院", "抗诉", "立案",
                    "公安", "强制执行", "执行款"),
            AppealRoute.ARBITRATION, List.of("仲裁"),
            AppealRoute.PARTY_APPEAL, List.of("党员申诉", "党纪处分", "开除党籍", "申请复审"),
            AppealRoute.ADMINISTRATIVE, List.of("行政复议", "行政裁决", "行政确认", "行政许可", "行政处罚", "确权", "罚款"),
            AppealRoute.LEGAL_DUTY, List.of("查处", "不作为", "履行职责", "履行法定职责", "人身安全", "保护财产"));

    private final Categories categories;

    HandlingTypeSuggester(Categories categories) {
        this.categories = categories;
    }

    /** The suggestion for a matter, and what it rests on. */
    public record Suggestion(HandlingType type, AppealRoute route, List<String> reasons) {
    }

    public Suggestion suggest(Matter m) {
        String category = categories.byId(m.categoryId()).map(CategoryView::code).orElse(null);
        return suggest(m.title(), m.content(), category, m.kind());
    }

    /** The suggestion for a text filed under {@code categoryCode} (may be null) as {@code kind} (may be null). */
    public static Suggestion suggest(String title, String content, String categoryCode, PetitionKind kind) {
        String text = (title == null ? "" : title) + "\n" + (content == null ? "" : content);
        List<String> reasons = new ArrayList<>();
        int suggestion = score(text, TYPE_WORDS.get(HandlingType.SUGGESTION), reasons);
        int accusation = score(text, TYPE_WORDS.get(HandlingType.ACCUSATION), reasons);
        int appeal = score(text, TYPE_WORDS.get(HandlingType.APPEAL), reasons);
        if (PROPOSAL_CATEGORY.equals(categoryCode)) {
            suggestion += CATEGORY_WEIGHT;
            reasons.add("category " + categoryCode);
        }
        if (kind == PetitionKind.PROPOSAL) {
            suggestion += CATEGORY_WEIGHT;
            reasons.add("kind PROPOSAL");
        }
        boolean litigationCategory = LITIGATION_CATEGORY.equals(categoryCode);
        if (litigationCategory) {
            appeal += CATEGORY_WEIGHT;
            reasons.add("category " + categoryCode);
        }
        HandlingType type = accusation > appeal && accusation >= suggestion ? HandlingType.ACCUSATION
                : suggestion > appeal && suggestion > accusation ? HandlingType.SUGGESTION : HandlingType.APPEAL;
        AppealRoute route = null;
        if (type == HandlingType.APPEAL) {
            route = AppealRoute.PETITION;
            int best = litigationCategory ? CATEGORY_WEIGHT : 0;
            if (litigationCategory) {
                route = AppealRoute.LITIGATION;
            }
            for (AppealRoute r : AppealRoute.values()) {
                if (r == AppealRoute.PETITION) {
                    continue;
                }
                int s = score(text, ROUTE_WORDS.get(r), reasons) + (r == AppealRoute.LITIGATION && litigationCategory ? CATEGORY_WEIGHT : 0);
                if (s > best) {
                    best = s;
                    route = r;
                }
            }
        }
        return new Suggestion(type, route, List.copyOf(reasons));
    }

    private static int score(String text, List<String> words, List<String> reasons) {
        int n = 0;
        for (String word : words) {
            if (text.contains(word)) {
                n++;
                reasons.add(word);
            }
        }
        return n;
    }
}
