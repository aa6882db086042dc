package org.xinfang.intelligence.hotspot;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a text names (地点抽取), by pattern: the districts, counties and cities as the anonymised messages write
 * them (A市, A3区, A7县), and the named places below them, a name of two to five characters before one of the
 * suffixes of Chinese addresses (街道, 镇, 乡, 村, 社区, 小区, 花园, 路, 街, 巷, 大道 ...). A name stops at punctuation and
 * at the words that start or join a phrase (在, 的, 和, 关于, 投诉 ...) and at the place named before it, so "位于A3区联丰路" gives 联丰路 and not 位于联丰路; names
 * that anonymisation made alike (某某小区) are not places: every estate would be the same one.
 */
final class Places {

    /** What a text names: its districts (A3区) and its named places (联丰路, 米兰春天小区). */
    record Found(Set<String> districts, Set<String> named) {
    }

    private static final Pattern DISTRICT = Pattern.compile("[A-Z][0-9]{0,2}[市区县]");
    /** Longest first, so 小区 is taken before 区 and 街道 before 街. */
    private static final Pattern SUFFIX = Pattern.compile(
            "(街道|社区|小区|花园|家园|公寓|新村|新城|大道|广场|公园|片区|中学|小学|工业园|园区|镇|乡|村|路|街|巷)");
    /** Characters a place's name does not contain: they start, join or end the phrase around it. */
    private static final String BOUNDARY = "镇乡村组路街巷而建越诉映报关距沿至往经过后在的于和与及是了从到向对把被让给我你他她们这那个该此其有无要请问为区县市省里内外旁边附近号栋楼单元期";
    private static final int LONGEST_NAME = 5;
    /** Words that come before a place's name in a sentence and are never part of it. */
    private static final java.util.List<String> PHRASES = java.util.List.of("影响", "严重", "整个", "周边", "所在",
            "居住", "业主", "进入", "出入", "门口", "多个", "各个", "整改", "建设", "开发", "管理", "物业", "隔壁", "全体",
            "投诉", "反映", "咨询", "建议", "要求", "希望", "位于", "地处", "靠近", "前往", "通往", "重视", "开设", "设置");
    /** Words ending in a suffix that name no place (城镇, 道路, 铁路 ...). */
    private static final java.util.List<String> GENERIC = java.util.List.of("城镇", "乡镇", "农村", "乡村", "道路",
            "线路", "铁路", "马路", "公路", "高速路", "村村");

    private Places() {
    }

    static Found in(String text) {
        Set<String> districts = new LinkedHashSet<>();
        Matcher d = DISTRICT.matcher(text);
        while (d.find()) {
            districts.add(d.group());
        }
        Set<String> named = new LinkedHashSet<>();
        Matcher s = SUFFIX.matcher(text);
        // a name starts after the place before it: 暮云街道丽发新城社区 names 暮云街道 and 丽发新城社区
        int previousEnd = 0;
        while (s.find()) {
            int start = s.start();
            while (start > 0 && s.start() - start < LONGEST_NAME && isNameChar(text.charAt(start - 1))) {
                start--;
            }
            start = Math.max(start, previousEnd);
            previousEnd = s.end();
            String name = afterPhrases(text.substring(start, s.start()));
            String place = name + s.group();
            if (name.length() >= 2 && name.indexOf('某') < 0 && !name.chars().allMatch(Character::isDigit)
                    && GENERIC.stream().noneMatch(place::endsWith)) {
                named.add(place);
            }
        }
        return new Found(districts, named);
    }

    /** The name after the last word of a phrase it may follow: 严重影响小区 names no estate. */
    private static String afterPhrases(String name) {
        String rest = name;
        for (String word : PHRASES) {
            int at = rest.lastIndexOf(word);
            if (at >= 0) {
                rest = rest.substring(at + word.length());
            }
        }
        return rest;
    }

    private static boolean isNameChar(char c) {
        return (TextVectors.isHan(c) || Character.isLetterOrDigit(c)) && BOUNDARY.indexOf(c) < 0
                && !(c >= 'A' && c <= 'Z');
    }
}
