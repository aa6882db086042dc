package org.xinfang.statute;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public rule of {@link Statute} with its articles, held against the full texts in {@code ../shared/law}
 * (read, never copied; the checks on the texts are skipped where the folder is absent).
 */
class StatuteArticlesTest {

    private static final Path LAW = Path.of("../shared/law");
    private static final Path LIFECYCLE = Path.of("docs/lifecycle.md");

    /** A public constant or method of Statute with what it cites, its own and that of the constant it applies. */
    record Rule(String name, List<Article> articles, String practice) {

        List<Article> of(Regulation regulation) {
            return articles.stream().filter(a -> a.regulation() == regulation).toList();
        }

        String cited(Regulation regulation) {
            return of(regulation).stream().map(StatuteArticlesTest::render).collect(Collectors.joining(", "));
        }
    }

    static List<Rule> rules() {
        return rules(Statute.class);
    }

    /** The public constants and methods of a class; of an enum, its constants. */
    static List<Rule> rules(Class<?> type) {
        List<Rule> rules = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (isPublicStatic(field) && (!type.isEnum() || field.isEnumConstant())) {
                rules.add(new Rule(field.getName(), List.of(field.getAnnotationsByType(Article.class)),
                        practice(field.getAnnotation(Practice.class))));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!isPublicStatic(method) || type.isEnum()) {
                continue;
            }
            List<Article> articles = new ArrayList<>();
            String practice = practice(method.getAnnotation(Practice.class));
            Applies applies = method.getAnnotation(Applies.class);
            if (applies != null) {
                Field constant = constant(applies.value());
                articles.addAll(List.of(constant.getAnnotationsByType(Article.class)));
                practice = practice != null ? practice : practice(constant.getAnnotation(Practice.class));
            }
            articles.addAll(List.of(method.getAnnotationsByType(Article.class)));
            rules.add(new Rule(method.getName(), articles, practice));
        }
        return rules;
    }

    private static boolean isPublicStatic(Member member) {
        return !member.isSynthetic() && Modifier.isPublic(member.getModifiers())
                && Modifier.isStatic(member.getModifiers());
    }

    private static String practice(Practice practice) {
        return practice == null ? null : practice.value();
    }

    private static Field constant(String name) {
        try {
            return Statute.class.getField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError("@Applies names no constant of Statute: " + name, e);
        }
    }

    static String render(Article a) {
        return "art. " + a.number() + (a.paragraph() > 0 ? " ¶" + a.paragraph() : "")
                + (a.item() > 0 ? " item " + a.item() : "");
    }

    @Test
    void lists_every_public_rule_with_its_article() {
        List<Rule> rules = rules();
        rules.forEach(rule -> System.out.printf("%-45s 2022: %-30s 2005: %-30s %s%n", rule.name(),
                rule.cited(Regulation.R2022), rule.cited(Regulation.R2005),
                rule.practice() == null ? "" : "practice: " + rule.practice()));

        assertThat(rules).extracting(Rule::name).contains("ROUTING_DAYS", "MAX_REPRESENTATIVES", "routingDue",
                "mustBeSentDown");
        assertThat(rules).filteredOn(rule -> rule.articles().isEmpty() && rule.practice() == null)
                .as("public rules of Statute citing neither an article nor a practice").isEmpty();
    }

    @Test
    void a_rule_citing_articles_cites_the_2022_regulations_in_force() {
        assertThat(rules()).filteredOn(rule -> !rule.articles().isEmpty() && rule.of(Regulation.R2022).isEmpty())
                .extracting(Rule::name).isEmpty();
    }

    @Test
    void every_proper_channel_cites_its_2022_article() {
        List<Rule> channels = rules(ProperChannel.class);
        assertThat(channels).hasSize(ProperChannel.values().length);
        assertThat(channels).filteredOn(rule -> rule.of(Regulation.R2022).isEmpty()).extracting(Rule::name).isEmpty();
        for (Rule channel : channels) {
            for (Article article : channel.articles()) {
                assertThat(text(article)).as(channel.name() + " cites " + article.regulation() + " " + render(article))
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "LITIGATION,                     诉讼程序",
            "ARBITRATION,                    仲裁",
            "ADMINISTRATIVE_RECONSIDERATION, 行政复议",
            "PEOPLES_COURT,                  涉法涉诉",
            "DISCIPLINE_INSPECTION,          检举控告",
            "ALREADY_FINAL,                  不再受理",
            "OTHER,                          向有权处理的机关、单位提出",
    })
    void the_cited_text_names_the_proper_channel(String channel, String words) {
        Rule rule = rules(ProperChannel.class).stream().filter(r -> r.name().equals(channel)).findFirst().orElseThrow();
        assertThat(rule.of(Regulation.R2022).stream().map(StatuteArticlesTest::text).toList()).as(channel)
                .anySatisfy(text -> assertThat(text).contains(words));
    }

    @Test
    void the_representatives_are_limited_by_2022_article_20_not_18() {
        Rule representatives = rule("MAX_REPRESENTATIVES");
        assertThat(representatives.cited(Regulation.R2022)).isEqualTo("art. 20 ¶3");
        assertThat(representatives.cited(Regulation.R2005)).isEqualTo("art. 18 ¶2");
    }

    @Test
    void the_lifecycle_table_gives_each_constant_its_2022_article() throws IOException {
        List<String> lines = Files.readAllLines(LIFECYCLE);
        for (Rule rule : rules()) {
            if (!Character.isUpperCase(rule.name().charAt(0))) {
                continue;
            }
            String row = lines.stream().filter(line -> line.startsWith("|") && line.contains("`" + rule.name() + "`"))
                    .findFirst().orElseThrow(() -> new AssertionError("docs/lifecycle.md has no row for " + rule.name()));
            if (rule.practice() != null) {
                assertThat(row).as(rule.name()).contains("practice");
            } else {
                assertThat(row).as(rule.name()).contains(rule.cited(Regulation.R2022));
            }
        }
    }

    @Test
    void every_cited_article_paragraph_and_item_is_in_the_text() {
        for (Rule rule : rules()) {
            for (Article article : rule.articles()) {
                assertThat(text(article)).as(rule.name() + " cites " + article.regulation() + " " + render(article))
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0} = {2}: {1}")
    @CsvSource({
            "ROUTING_DAYS,                R2022, 日",
            "ROUTING_DAYS,                R2005, 日",
            "ACCEPTANCE_DECISION_DAYS,    R2022, 日",
            "ACCEPTANCE_DECISION_DAYS,    R2005, 日",
            "HANDLING_DAYS,               R2022, 日",
            "HANDLING_DAYS,               R2005, 日",
            "MAX_HANDLING_EXTENSION_DAYS, R2022, 日",
            "MAX_HANDLING_EXTENSION_DAYS, R2005, 日",
            "REVIEW_REQUEST_DAYS,         R2022, 日",
            "REVIEW_DECISION_DAYS,        R2022, 日",
            "RE_REVIEW_REQUEST_DAYS,      R2022, 日",
            "RE_REVIEW_DECISION_DAYS,     R2022, 日",
            "RE_REVIEW_DECISION_DAYS,     R2005, 日",
            "SUPERVISION_ANSWER_DAYS,     R2005, 日",
            "OBJECTION_WORKING_DAYS,      R2022, 个工作日",
            "MAX_REPRESENTATIVES,         R2022, 人",
            "MAX_REPRESENTATIVES,         R2005, 人",
    })
    void the_cited_text_states_the_limit(String constant, Regulation regulation, String unit)
            throws IllegalAccessException {
        int value = constant(constant).getInt(null);
        List<Article> cited = rule(constant).of(regulation);
        assertThat(cited).as(constant + " cites " + regulation).isNotEmpty();
        for (Article article : cited) {
            // the 2022 text writes figures (5人, 15日); a Chinese numeral (五人, 十五日) is as good
            assertThat(text(article)).as(constant + ", " + regulation + " " + render(article))
                    .containsAnyOf(value + unit, chinese(value) + unit);
        }
    }

    @Test
    void the_supervision_answer_period_is_only_in_the_2005_text() {
        List<Article> cited = rule("SUPERVISION_ANSWER_DAYS").of(Regulation.R2022);
        assertThat(cited).isNotEmpty();
        for (Article article : cited) {
            assertThat(text(article)).contains("书面反馈采纳情况").doesNotContainPattern("[0-9一二三四五六七八九十]+日");
        }
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource({
            "reReviewDecisionDue, R2022, 听证所需时间不计算",
            "reReviewDecisionDue, R2005, 听证所需时间不计算",
            "mustBeSentDown,      R2022, 属地管理",
            "mustBeSentDown,      R2005, 属地管理",
    })
    void the_cited_text_states_the_rule(String method, Regulation regulation, String words) {
        List<String> texts = rule(method).of(regulation).stream().map(StatuteArticlesTest::text).toList();
        assertThat(texts).as(method + ", " + regulation).anySatisfy(text -> assertThat(text).contains(words));
    }

    private static Rule rule(String name) {
        return rules().stream().filter(rule -> rule.name().equals(name)).findFirst().orElseThrow();
    }

    // --- the texts -----------------------------------------------------------------------------------------------

    private static final Map<Regulation, Map<Integer, List<Paragraph>>> TEXTS = new EnumMap<>(Regulation.class);
    private static final Pattern ARTICLE = Pattern.compile("^第([一二三四五六七八九十百]+)条\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)].*$");

    /** A paragraph (款) with its numbered items (项). */
    record Paragraph(String text, List<String> items) {
    }

    /** The cited part's text: the article, one paragraph of it, or one item of that paragraph; "" if there is none. */
    static String text(Article article) {
        Path file = LAW.resolve(article.regulation().fileName());
        Assumptions.assumeTrue(Files.isReadable(file), "the law's texts are not here: " + file.toAbsolutePath());
        List<Paragraph> paragraphs = TEXTS.computeIfAbsent(article.regulation(), r -> parse(file))
                .getOrDefault(article.number(), List.of());
        if (article.paragraph() == 0) {
            return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        }
        if (article.paragraph() > paragraphs.size()) {
            return "";
        }
        Paragraph paragraph = paragraphs.get(article.paragraph() - 1);
        if (article.item() == 0) {
            return paragraph.text();
        }
        return article.item() > paragraph.items().size() ? "" : paragraph.items().get(article.item() - 1);
    }

    /**
     * Articles start a line with 第…条; each further non-empty line is a paragraph, or an item of the paragraph
     * above when it starts with (一). A plain line between two items continues the first (2005 art. 21).
     */
    private static Map<Integer, List<Paragraph>> parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("<!--")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, List<Paragraph>> articles = new HashMap<>();
        List<Paragraph> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher article = ARTICLE.matcher(line);
            if (article.matches()) {
                current = new ArrayList<>();
                articles.put(number(article.group(1)), current);
                current.add(new Paragraph(line, new ArrayList<>()));
            } else if (current != null) {
                Paragraph last = current.get(current.size() - 1);
                boolean item = ITEM.matcher(line).matches();
                boolean betweenItems = !last.items().isEmpty() && i + 1 < lines.size()
                        && ITEM.matcher(lines.get(i + 1)).matches();
                if (item) {
                    last.items().add(line);
                } else if (betweenItems) {
                    int at = last.items().size() - 1;
                    last.items().set(at, last.items().get(at) + "\n" + line);
                } else {
                    current.add(new Paragraph(line, new ArrayList<>()));
                }
            }
        }
        // a paragraph's text includes its items
        articles.replaceAll((n, paragraphs) -> paragraphs.stream()
                .map(p -> new Paragraph(Stream.concat(Stream.of(p.text()), p.items().stream())
                        .collect(Collectors.joining("\n")), p.items()))
                .toList());
        return articles;
    }

    private static final String DIGITS = "〇一二三四五六七八九";

    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
        return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }

    static int number(String chinese) {
        for (int n = 1; n < 100; n++) {
            if (chinese(n).equals(chinese)) {
                return n;
            }
        }
        throw new IllegalArgumentException(chinese);
    }

    @Test
    void chinese_numerals_as_the_texts_write_them() {
        assertThat(Arrays.asList(chinese(5), chinese(15), chinese(30), chinese(60), chinese(36)))
                .containsExactly("五", "十五", "三十", "六十", "三十六");
        assertThat(number("二十")).isEqualTo(20);
    }
}
