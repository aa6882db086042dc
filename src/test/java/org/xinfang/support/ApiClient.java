package org.xinfang.support;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Calls the API as a demo staff member (signed in without paying for bcrypt on every call) and
 * reads the JSON answers.
 */
public class ApiClient {

    private static final AtomicLong ID_SEQUENCE = new AtomicLong(100000);

    private final MockMvc mvc;
    private final UserDetailsService users;

    public ApiClient(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.users = users;
    }

    public record Answer(int status, String body) {
        public <T> T read(String path) {
            return JsonPath.read(body, path);
        }

        public long id() {
            return ((Number) read("$.id")).longValue();
        }

        public int version() {
            return read("$.version");
        }
    }

    public Answer get(String username, String uri) {
        return call(username, MockMvcRequestBuilders.get(uri), null, "zh-CN");
    }

    public Answer post(String username, String uri, String json) {
        return call(username, MockMvcRequestBuilders.post(uri), json, "zh-CN");
    }

    public Answer postInEnglish(String username, String uri, String json) {
        return call(username, MockMvcRequestBuilders.post(uri), json, "en");
    }

    public Answer call(String username, MockHttpServletRequestBuilder request, String json, String language) {
        try {
            if (username != null) {
                request.with(user(users.loadUserByUsername(username)));
            }
            request.header("Accept-Language", language).accept(MediaType.APPLICATION_JSON);
            if (json != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json);
            }
            MvcResult result = mvc.perform(request).andReturn();
            return new Answer(result.getResponse().getStatus(),
                    result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A registration request for a visit about demolition in 沅陵县 (Yuanling), with a fresh petitioner. */
    public static String visit(String idNumber, String placeCode, String categoryCode) {
        return """
                {"channel":"VISIT","petitioner":{"name":"王建国","idNumber":"%s","phone":"13812345678",
                 "address":"沅陵县沅陵镇月亮坪社区3组"},"persons":1,"categoryCode":"%s","placeCode":"%s",
                 "title":"征收补偿款未到位","content":"我家房屋被征收，补偿款至今未到位，请求督促发放。"}"""
                .formatted(idNumber, categoryCode, placeCode);
    }

    /** A valid, never-before-used ID number (GB 11643 check digit computed). */
    public static String freshIdNumber() {
        long n = ID_SEQUENCE.incrementAndGet();
        // every part varies with n, so numbers do not repeat within a run
        String body = "4312" + String.format("%02d", 10 + n % 80) + (1950 + n % 50) + String.format("%02d", 1 + n % 12)
                + String.format("%02d", 1 + n % 28) + String.format("%03d", n % 1000);
        return body + org.xinfang.intake.IdNumber.checkCharacter(body);
    }
}
