package org.xinfang.intelligence.hotspot;

import java.util.List;
import java.util.Optional;

/**
 * The six kinds of prominent petition issues (六类突出信访问题) the seed's city treats by kind, each with its special
 * task force ("hot-spot interviews", 2019): urban construction and demolition, military groups, enterprise
 * restructuring, reservoir-area resettlement, historical legacy issues and environmental pollution. A matter is of a
 * kind by its category; a citizen's message, which has none, by the words it uses (docs/intelligence.md has
 * the mapping).
 */
public enum HotSpotKind {
    /** 城建拆迁 */
    DEMOLITION(List.of("URBAN.DEMOLITION", "LAND.ACQUISITION"),
            List.of("拆迁", "征收", "拆除", "强拆", "征地", "安置房", "回迁", "棚改", "棚户区")),
    /** 涉军群体 */
    MILITARY(List.of("VETERANS."), List.of("退役", "退伍", "军人", "军转", "转业", "优抚", "参战", "伤残军")),
    /** 企业改制 */
    ENTERPRISE_RESTRUCTURING(List.of("ENTERPRISE."), List.of("改制", "下岗", "买断工龄", "国企", "破产", "企业重组")),
    /** 库区移民 */
    RESERVOIR_RESETTLEMENT(List.of("RURAL.RESERVOIR"), List.of("库区", "移民", "水库")),
    /** 历史遗留 */
    HISTORICAL_LEGACY(List.of("LEGACY."), List.of("历史遗留", "遗留问题", "民办教师", "代课教师", "集资款")),
    /** 环境污染 */
    ENVIRONMENTAL_POLLUTION(List.of("ENVIRONMENT.POLLUTION"),
            List.of("污染", "噪音", "噪声", "扰民", "异味", "臭气", "排放", "粉尘", "油烟", "废气", "污水", "垃圾站", "焚烧"));

    /** Category codes, or a first-level code's prefix ending in a dot. */
    private final List<String> categories;
    private final List<String> words;

    HotSpotKind(List<String> categories, List<String> words) {
        this.categories = categories;
        this.words = words;
    }

    /** The kind of a matter of {@code categoryCode}, if the category is one of the six. */
    public static Optional<HotSpotKind> ofCategory(String categoryCode) {
        if (categoryCode == null) {
            return Optional.empty();
        }
        for (HotSpotKind kind : values()) {
            if (kind.categories.stream().anyMatch(c -> c.endsWith(".") ? categoryCode.startsWith(c) : c.equals(categoryCode))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind whose words a message uses most, a word in the title counting twice, if it uses them twice at least:
     * a single 排放 in a long letter about a shop's prices is no pollution complaint.
     */
    public static Optional<HotSpotKind> ofText(String title, String text) {
        HotSpotKind best = null;
        int most = 1;
        for (HotSpotKind kind : values()) {
            int hits = 2 * kind.hits(title) + kind.hits(text);
            if (hits > most) {
                most = hits;
                best = kind;
            }
        }
        return Optional.ofNullable(best);
    }

    private int hits(String text) {
        int hits = 0;
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                hits++;
            }
        }
        return hits;
    }
}
