package org.xinfang.platform.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The paged lists link only to pages that exist: no "previous" on the first page, no "next" on the last. */
@IntegrationTest
class PagingLinksTest {

    private static final Pattern PAGES = Pattern.compile(">\\d+ / (\\d+)<");
    /** More than one page of the worklist (25) and of the public disclosures (20). */
    private static final int MATTERS = 26;

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private static boolean registered;

    @BeforeEach
    void enoughPublishedMattersInYuanling() {
        if (registered) {
            return;
        }
        registered = true;
        for (int i = 0; i < MATTERS; i++) {
            ApiClient.Answer a = api.post("yuanling.registrar", "/api/v1/matters",
                    ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                            .replace("\"persons\":1,", "\"persons\":1,\"disclosureConsent\":true,"));
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + a.id() + "/acceptance",
                    "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}").status()).isEqualTo(200);
        }
    }

    @Test
    void theWorklistLinksOnlyToPagesThatExist() throws Exception {
        assertLinksStayWithinTheList("/worklist?scope=all&channel=VISIT", true);
    }

    @Test
    void thePublicDisclosuresLinkOnlyToPagesThatExist() throws Exception {
        assertLinksStayWithinTheList("/portal/disclosures?county=431222", false);
    }

    private void assertLinksStayWithinTheList(String list, boolean signedIn) throws Exception {
        String first = page(get(list), signedIn);
        assertThat(first).doesNotContain("page=-1");
        assertThat(link(first, "prev-page")).isNull();
        assertThat(first).contains("id=\"prev-page\" aria-disabled=\"true\"");
        assertThat(link(first, "next-page")).contains("page=1").contains(list.substring(list.indexOf('?') + 1).split("&"));

        Matcher m = PAGES.matcher(first);
        assertThat(m.find()).as("the page count").isTrue();
        int pages = Integer.parseInt(m.group(1));
        assertThat(pages).isGreaterThan(1);
        String last = page(get(list + "&page=" + (pages - 1)), signedIn);
        assertThat(last).doesNotContain("page=" + pages);
        assertThat(link(last, "next-page")).isNull();
        assertThat(last).contains("id=\"next-page\" aria-disabled=\"true\"");
        assertThat(link(last, "prev-page")).contains("page=" + (pages - 2));
    }

    /** The href of the link with this id, or null when it is not a link. */
    private static String link(String html, String id) {
        Matcher m = Pattern.compile("<a [^>]*id=\"" + id + "\"[^>]*href=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private String page(MockHttpServletRequestBuilder request, boolean signedIn) throws Exception {
        if (signedIn) {
            request.with(user(users.loadUserByUsername("yuanling.registrar")));
        }
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
