package org.xinfang.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value of every enum a page names by message key ({@code #{'enum.MatterState.' + ...}}) has its words in both
 * languages: a page never shows a bare key such as {@code ??enum.AdministrativeLevel.CITY_zh_CN??}.
 */
class EnumMessagesTest {

    private static final Pattern NAMED = Pattern.compile("enum\\.([A-Za-z]+)\\.'");
    private static final List<String> PACKAGES = List.of("org.xinfang.casework", "org.xinfang.casework.documents",
            "org.xinfang.intake", "org.xinfang.statute", "org.xinfang.territory", "org.xinfang.platform",
            "org.xinfang.coordination", "org.xinfang.mediation", "org.xinfang.relief", "org.xinfang.review",
            "org.xinfang.recommendation", "org.xinfang.prevention", "org.xinfang.insight", "org.xinfang.intelligence");
    /** The main bundle and the bundles of issue 13's modules (spring.messages.basename), as one set of words per language. */
    private static final List<String> BUNDLES = List.of("messages", "i18n/mediation", "i18n/relief", "i18n/review",
            "i18n/recommendation", "i18n/prevention", "i18n/insight", "i18n/insight-ranking", "i18n/insight-dashboard", "i18n/insight-report",
            "i18n/intelligence", "i18n/intelligence-search", "i18n/intelligence-similar", "i18n/intelligence-hotspot");

    @Test
    void everyEnumValueAPageNamesHasItsWordsInChineseAndEnglish() throws IOException {
        Set<String> enums = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = NAMED.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    enums.add(m.group(1));
                }
            }
        }
        assertThat(enums).contains("MatterState", "AdministrativeLevel");
        List<String> missing = new ArrayList<>();
        for (String language : List.of("", "_en")) {
            Properties words = new Properties();
            for (String bundle : BUNDLES) {
                words.putAll(load(bundle + language + ".properties"));
            }
            String bundle = language.isEmpty() ? "Chinese" : "English";
            for (String name : enums) {
                for (Object value : enumClass(name).getEnumConstants()) {
                    String key = "enum." + name + "." + ((Enum<?>) value).name();
                    if (!words.containsKey(key)) {
                        missing.add(bundle + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * No module's bundle gives a key another bundle already has: the first bundle on the basename would win silently,
     * and the page would show the other module's words.
     */
    @Test
    void noBundleRedefinesAKeyOfAnother() throws IOException {
        List<String> clashes = new ArrayList<>();
        for (String language : List.of("", "_en")) {
            java.util.Map<String, String> owner = new java.util.HashMap<>();
            for (String bundle : BUNDLES) {
                for (String key : load(bundle + language + ".properties").stringPropertyNames()) {
                    String first = owner.putIfAbsent(key, bundle);
                    if (first != null) {
                        clashes.add(key + " in " + first + " and " + bundle + language);
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    private static Class<?> enumClass(String simpleName) {
        for (String p : PACKAGES) {
            try {
                Class<?> c = Class.forName(p + "." + simpleName);
                if (c.isEnum()) {
                    return c;
                }
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        throw new AssertionError("no enum " + simpleName + " in " + PACKAGES);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EnumMessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
