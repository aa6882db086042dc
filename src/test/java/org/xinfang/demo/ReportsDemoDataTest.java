package org.xinfang.demo;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.insight.Indicators;
import org.xinfang.insight.ReportDocument;
import org.xinfang.insight.Reports;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.StaffPrincipal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The annual work summary of the demo city's last full year (issue 14's "done when"): every number in it is a figure of
 * the indicator table of the same unit and year (a value, a year-earlier value, a change or a change in per cent), the
 * headline figures say what the table says, an area of work is there exactly when its indicator is registered, and the
 * PDF carries the same figures.
 */
@DemoDataTest
class ReportsDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Reports reports;
    @Autowired
    Indicators indicators;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void theWorkSummaryOfTheDemoCitysLastFullYearMatchesTheIndicatorsNumberByNumber() throws Exception {
        long matters = jdbc.queryForObject("select count(*) from matter", Long.class);
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() ->
                jdbc.queryForObject("select count(*) from insight_matter_fact", Long.class) >= matters);
        int year = clock.today().getYear() - 1;
        StaffPrincipal analyst = (StaffPrincipal) users.loadUserByUsername("city.analyst");
        ReportDocument summary = reports.workSummary(analyst, null, String.valueOf(year));
        Indicators.Table table = indicators.table(analyst, null, year + "-01-01", year + "-12-31");
        assertThat(table.rows().stream().filter(r -> r.indicator().key().equals("volume.items")).findFirst().orElseThrow()
                .value().numerator()).as("the demo city's year").isGreaterThan(20000);
        String text = summary.plainText();

        // every number in it is one of the table's: a value, a year-earlier value, a change or a change in per cent
        Set<String> figures = new HashSet<>(Set.of(String.valueOf(year), "0"));
        for (Indicators.Row r : table.rows()) {
            for (BigDecimal n : new BigDecimal[]{r.value().value(), r.yearEarlier().value(), r.change(), r.changePerCent()}) {
                if (n != null) {
                    figures.add(n.abs().toPlainString());
                }
            }
        }
        Matcher numbers = Pattern.compile("\\d+(\\.\\d+)?").matcher(text);
        int count = 0;
        while (numbers.find()) {
            assertThat(figures).as("a number of the summary: " + numbers.group()).contains(numbers.group());
            count++;
        }
        assertThat(count).isGreaterThan(30);

        // each figure the summary reads is there, with its value from the table, in the seed's order
        for (Indicators.Row r : table.rows()) {
            String key = r.indicator().key();
            boolean read = Reports.HEADLINES.stream().flatMap(List::stream).anyMatch(c -> c.contains("{" + key + "~}"));
            if (read && r.value().hasValue()) {
                assertThat(text).as(key).contains(r.value().value().toPlainString());
            }
        }
        Indicators.Row items = row(table, "volume.items");
        String change = items.changePerCent().abs().toPlainString() + "%";
        assertThat(text).contains(year + "年，怀化市信访部门共登记信访事项" + items.value().value() + "件（同比"
                + (items.change().signum() > 0 ? "上升" : "下降") + change + "）");
        Indicators.Row satisfaction = row(table, "rate.satisfaction");
        assertThat(text).contains("满意率" + satisfaction.value().value() + "%");
        assertThat(text.indexOf("一、主要指标情况")).isLessThan(text.indexOf("存在的问题"));
        // an area of work is there when its indicator is registered, and left out cleanly when not
        for (Reports.Area area : Reports.WORK) {
            String first = area.clauses().get(0).replaceAll(".*\\{([^}~]+)~?}.*", "$1");
            assertThat(text.contains(area.heading())).as(area.heading())
                    .isEqualTo(table.rows().stream().anyMatch(r -> r.indicator().key().equals(first)));
        }
        assertThat(text).doesNotContain("{", "null");

        // the PDF renders the same figures
        String pdf = pdfText("/insight/reports/summary?year=" + year, "city.analyst");
        assertThat(pdf).contains("怀化市" + year + "年信访工作总结", "（初稿）", "一、主要指标情况",
                "共登记信访事项" + items.value().value() + "件", "满意率" + satisfaction.value().value() + "%");
    }

    private static Indicators.Row row(Indicators.Table table, String key) {
        return table.rows().stream().filter(r -> r.indicator().key().equals(key)).findFirst().orElseThrow();
    }

    private String pdfText(String uri, String username) throws Exception {
        var pdf = mvc.perform(get(uri).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }
}
