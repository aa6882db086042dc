package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The worklist's sortable columns and its pager (issue 11, item 1), on the page and in the API. */
@IntegrationTest
class WorklistSortAndPagingTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.xinfang.support.MutableClock clock;

    @Test
    void theListIsSortedByTheColumnNamedInBothDirectionsWithTiesByIdAndTheHeadersLinkToIt() throws Exception {
        String word = "排序" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);
        String b = register(word + "乙", today.minusDays(5));
        String a = register(word + "甲", today.minusDays(9));
        String c1 = register(word + "丙", today.minusDays(2));
        String c2 = register(word + "丁", today.minusDays(2));
        // the sort by the day of receipt, equal days by id in the same direction
        assertThat(refs("received,asc", word)).containsExactly(a, b, c1, c2);
        assertThat(refs("received,desc", word)).containsExactly(c2, c1, b, a);
        assertThat(refs("reference,desc", word)).containsExactly(c2, c1, a, b);
        assertThat(refs("title", word)).containsExactly(
                List.of(a, b, c1, c2).stream().sorted(java.util.Comparator.comparing(r -> title(r, word))).toArray(String[]::new));
        // a routed matter comes after the registered ones in the procedure's order, and first when descending
        long routed = idOf(b);
        clock.advanceMinutes(5);
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + routed + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}").status()).isEqualTo(200);
        assertThat(refs("state,asc", word)).last().isEqualTo(b);
        assertThat(refs("state,desc", word)).first().isEqualTo(b);
        assertThat(refs("lastStep,desc", word)).first().isEqualTo(b);
        Answer json = api.get("yuanling.registrar", "/api/v1/matters?q=" + word + "&sort=received,desc");
        assertThat((String) json.read("$.sort")).isEqualTo("received,desc");

        // the page: the rows in that order, the header says the direction, and its link reverses it keeping the filters
        String page = page("/worklist?scope=all&q=" + word + "&sort=received,asc").getContentAsString(StandardCharsets.UTF_8);
        assertThat(rowRefs(page)).containsExactly(a, b, c1, c2);
        assertThat(page).contains("aria-sort=\"ascending\"", "收到日期 ▲");
        String reverse = href(page, "sort-RECEIVED");
        assertThat(reverse).contains("scope=all", "q=" + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8), "sort=received%2Cdesc")
                .doesNotContain("page=");
        assertThat(rowRefs(page(asTyped(reverse)).getContentAsString(StandardCharsets.UTF_8))).containsExactly(c2, c1, b, a);
        // the default order (due, ascending) needs no parameter: its link leaves it out, keeping the filters
        assertThat(href(page, "sort-DUE")).contains("scope=all").doesNotContain("sort=");
    }

    @Test
    void aSortNobodyWhitelistedIsRefusedNamingItNeverAFault() throws Exception {
        for (String bad : List.of("petitioner", "due,up", "id;drop table matter", "due,asc,asc")) {
            Answer a = api.get("yuanling.registrar", "/api/v1/matters?sort=" + java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8));
            assertThat(a.status()).as(bad).isEqualTo(400);
            assertThat(a.body()).contains("无法按", "reference, received, due, lastStep, state, title");
            MockHttpServletResponse p = page("/worklist?sort=" + java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8));
            assertThat(p.getStatus()).isEqualTo(400);
            assertThat(p.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"refusal\"", "无法按");
        }
        assertThat(api.get("yuanling.registrar", "/api/v1/matters?sort=DUE,DESC").status()).isEqualTo(200);
    }

    @Test
    void thePagerNeverLinksBeforeTheFirstPageNorPastTheLastAndKeepsTheFilters() throws Exception {
        String word = "分页" + UUID.randomUUID().toString().substring(0, 6);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < WorklistQuery.PAGE_SIZE + 2; i++) {
            all.add(register(word + i, LocalDate.now(clock).minusDays(1 + i % 20)));
        }
        String base = "/worklist?scope=all&q=" + word + "&sort=received,desc";
        String first = page(base).getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("1 / 2").doesNotContain("rel=\"prev\"");
        String next = href(first, "next-page");
        assertThat(next).contains("q=" + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8), "sort=received%2Cdesc", "page=1");
        String second = page(asTyped(next)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("2 / 2").doesNotContain("rel=\"next\"");
        assertThat(rowRefs(second)).hasSize(2);
        assertThat(href(second, "prev-page")).contains("page=0").doesNotContain("page=-");

        // past the end: the last page, saying so
        MockHttpServletResponse past = page(base + "&page=7");
        assertThat(past.getStatus()).isEqualTo(200);
        String pastPage = past.getContentAsString(StandardCharsets.UTF_8);
        assertThat(pastPage).contains("没有第 8 页：列表共 2 页", "2 / 2");
        assertThat(rowRefs(pastPage)).isEqualTo(rowRefs(second));
        // nothing found: an empty state with a way back, and no pager
        String none = page("/worklist?scope=all&q=" + word + "不存在").getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("没有符合条件的事项", "id=\"clear-filters\"").doesNotContain("next-page");
        // a page before the first or not a number: a clear refusal, never a fault
        for (String bad : List.of("-1", "abc")) {
            MockHttpServletResponse r = page("/worklist?page=" + bad);
            assertThat(r.getStatus()).as(bad).isEqualTo(400);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"refusal\"", "page");
            assertThat(api.get("yuanling.registrar", "/api/v1/matters?page=" + bad).status()).isEqualTo(400);
        }
        // the API says how many pages there are; past the end it has no items
        Answer p = api.get("yuanling.registrar", "/api/v1/matters?q=" + word + "&size=10&page=3");
        assertThat((Integer) p.read("$.pages")).isEqualTo(3);
        assertThat((List<?>) p.read("$.items")).isEmpty();
    }

    private String register(String title, LocalDate receivedOn) {
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", """
                {"channel":"LETTER","petitioner":{"name":"赵六"},"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
                 "title":"%s","content":"补偿款至今未到位。","receivedOn":"%s"}""".formatted(title, receivedOn));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.read("$.referenceNo");
    }

    private String title(String ref, String word) {
        List<Map<String, Object>> items = api.get("yuanling.registrar", "/api/v1/matters?q=" + ref).read("$.items");
        return (String) items.get(0).get("title");
    }

    private long idOf(String ref) {
        List<Map<String, Object>> items = api.get("yuanling.registrar", "/api/v1/matters?q=" + ref).read("$.items");
        return ((Number) items.get(0).get("id")).longValue();
    }

    private List<Object> refs(String sort, String word) {
        Answer a = api.get("yuanling.registrar", "/api/v1/matters?size=50&q=" + word + "&sort=" + sort);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<Map<String, Object>> items = a.read("$.items");
        return items.stream().map(m -> m.get("referenceNo")).toList();
    }

    static List<String> rowRefs(String html) {
        List<String> refs = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"ref\"[^>]*><a [^>]*>([^<]+)</a>").matcher(html);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    static String href(String html, String id) {
        Matcher m = Pattern.compile("<a[^>]*\\bhref=\"([^\"]+)\"[^>]*\\bid=\"" + id + "\"|<a[^>]*\\bid=\"" + id + "\"[^>]*\\bhref=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).as("a link #" + id).isTrue();
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
    }

    /** A link as the browser follows it: MockMvc encodes the address once more, so it gets it decoded. */
    private static String asTyped(String href) {
        return java.net.URLDecoder.decode(href, StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse page(String uri) throws Exception {
        return mvc.perform(get(uri).with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn().getResponse();
    }
}
