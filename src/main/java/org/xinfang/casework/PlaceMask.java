package org.xinfang.casework;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the places below the township in text for the public, which is told the place only down to the township.
 * Every village and residents' community of the territory goes by its name, whatever its length (马底驿村 → 某村,
 * 月亮坪社区 → 某社区). Places not in the territory (natural villages, housing estates, groups, streets) go by how
 * they are written: two characters before 社区, 小区 or 居委会 (锦绣小区 → 某小区); before 村 only when the second one is
 * a character village names end with (李家村, 枫木村 → 某村; not 邀请村民, 修建村道); a numbered group after a village
 * (3组, 五组 → 某组); a street and its number (辰州路15号 → 某路某号).
 *
 * <p>Chinese has no spaces, so where a name not in the territory begins is a guess: two characters, the usual length;
 * a longer one keeps its first characters (刘家湾村 → 刘某村). Characters that do not start a place's own name (县, 镇,
 * 在, 本, 该, 农, …) stop the guess, and words that only look like places stay (农村, 本村, 山村, 城中村, 行政村, 该小区).
 */
final class PlaceMask {

    /** Characters that are not part of a place's own name: the levels above, function words, pronouns, 某 itself. */
    private static final String NOT_IN_A_NAME = "省市县区镇乡街道路巷弄村组号楼栋室某的了着在和与及或对向从到至于是为被把将由自往去来住经"
            + "给让请该本全各每个其此那这哪我你他她它们咱同农城";
    /** What village names end with, before 村: the landscape they are named after, or a family. */
    private static final String VILLAGE_END = "家坪溪湾山田口堡冲树木岩林寨坊塘花园竹栗屋井桥坝坡岭洞庄营屯铺垅坳河江湖塆垭峪沟洲岗场坎峰垄坨嘴滩港源泉潭";
    // A plain range of Han characters, the rest checked in code: a negated class of the seventy characters above made
    // these patterns several times slower than all the other masking together.
    private static final Pattern WRITTEN_PLACE = Pattern.compile("([\\u4e00-\\u9fff]{2})(村|社区|小区|居委会)");
    private static final Pattern STREET = Pattern.compile("([\\u4e00-\\u9fff]{2})(路|街|巷)(?=\\d{1,5}号)");
    /** Two characters before 村, 社区 or 小区 that say what kind of place it is, or what happens there, not which. */
    private static final Set<String> NOT_A_NAME = Set.of("行政", "中心", "贫困", "示范", "移民", "空心", "重点", "试点",
            "文明", "先进", "美丽", "偏远", "边远", "周边", "附近", "住宅", "老旧", "居民", "新建", "安置", "封闭", "开放",
            "整个", "高档", "智慧", "居住", "城市", "基层", "深入", "进入", "走进", "回到", "来到", "搬进", "搬入", "入住",
            "组织", "服务", "管理", "老家", "娘家", "婆家", "大家", "人家", "国家", "专家", "商家", "厂家", "回家");
    /** Words for a kind of village whose first character ends many names: 山村 and 渔村 as such are no place. */
    private static final Set<String> KINDS_OF_VILLAGE = Set.of("山村", "渔村");
    private static final Pattern GROUP = Pattern.compile("(?<=村|社区)(?:\\d{1,3}|[一二三四五六七八九十]{1,3})组");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<=[路街巷弄村组区])(?:\\d{1,5}|[一二三四五六七八九十百]{1,4})号");
    private static final Pattern SUFFIX = Pattern.compile("(社区|居委会|村委会|小区|村)$");

    /** The territory's names, longest first so that no shorter name inside one is replaced before it. */
    private final List<String> known;

    private PlaceMask(List<String> known) {
        this.known = known;
    }

    /** A mask for these names of places below the township (villages, communities). */
    static PlaceMask of(Collection<String> belowTownship) {
        return new PlaceMask(belowTownship.stream().map(String::strip).filter(n -> n.length() >= 2).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    String mask(String text) {
        String out = text;
        // a plain search per name: a few hundred names over a subject or an opinion take microseconds
        for (String name : known) {
            out = out.replace(name, unnamed(name));
        }
        out = replace(WRITTEN_PLACE, out, m -> isWrittenPlace(m.group(1), m.group(2)) ? "某" + m.group(2) : m.group());
        out = GROUP.matcher(out).replaceAll("某组");
        out = replace(STREET, out, m -> isName(m.group(1)) ? "某" + m.group(2) : m.group());
        return HOUSE_NUMBER.matcher(out).replaceAll("某号");
    }

    /** Whether {@code stem} before {@code suffix} reads as a place's own name. */
    private static boolean isWrittenPlace(String stem, String suffix) {
        if (!isName(stem)) {
            return false;
        }
        return !suffix.equals("村")
                || VILLAGE_END.indexOf(stem.charAt(1)) >= 0 && !KINDS_OF_VILLAGE.contains(stem.charAt(1) + suffix);
    }

    private static boolean isName(String stem) {
        return NOT_IN_A_NAME.indexOf(stem.charAt(0)) < 0 && NOT_IN_A_NAME.indexOf(stem.charAt(1)) < 0
                && !NOT_A_NAME.contains(stem);
    }

    /** 某 and the kind of place the name ends with: 某村, 某社区. */
    private static String unnamed(String name) {
        Matcher suffix = SUFFIX.matcher(name);
        return suffix.find() ? "某" + suffix.group(1) : "某地";
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply((Matcher) m)));
    }
}
