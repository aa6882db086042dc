package org.xinfang.portal;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.xinfang.platform.sms.DemoSmsGateway;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** One citizen at one browser and address, going through the portal's pages as the browser would. */
class PortalVisitor {

    private static final Pattern CODE = Pattern.compile("验证码为 (\\d{6})");
    private static final Pattern QUERY_CODE = Pattern.compile("id=\"query-code\">([0-9A-Z-]{19})<");

    final MockMvc mvc;
    final DemoSmsGateway sms;
    final String address;
    MockHttpSession session = new MockHttpSession();

    PortalVisitor(MockMvc mvc, DemoSmsGateway sms, String address) {
        this.mvc = mvc;
        this.sms = sms;
        this.address = address;
    }

    record Page(int status, String body, String redirect) {
    }

    Page get(String uri) throws Exception {
        return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(uri));
    }

    Page post(String uri, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder r = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(uri).with(csrf());
        params.forEach(r::param);
        return perform(r);
    }

    Page perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult r = mvc.perform(request.session(session).with(req -> {
            req.setRemoteAddr(address);
            return req;
        })).andReturn();
        return new Page(r.getResponse().getStatus(), r.getResponse().getContentAsString(StandardCharsets.UTF_8),
                r.getResponse().getRedirectedUrl());
    }

    Page requestCode(String phone) throws Exception {
        return post("/portal/petition/code", Map.of("phone", phone));
    }

    /** The code in the last text message to {@code phone}. */
    String codeSentTo(String phone) {
        Matcher m = CODE.matcher(sms.lastMessageTo(phone).orElseThrow());
        if (!m.find()) {
            throw new AssertionError("no code in the message");
        }
        return m.group(1);
    }

    Page verify(String phone) throws Exception {
        requestCode(phone);
        return post("/portal/petition/verify", Map.of("phone", phone, "code", codeSentTo(phone)));
    }

    /** Submits the petition form with these fields (plus the acknowledgement), with optional files. */
    Page submit(Map<String, String> fields, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder r = multipart("/portal/petition");
        for (MockMultipartFile f : files) {
            r.file(f);
        }
        r.param("acknowledged", "true");
        fields.forEach(r::param);
        return perform(r.with(csrf()));
    }

    /** The query code the receipt page shows. */
    String receiptQueryCode() throws Exception {
        Matcher m = QUERY_CODE.matcher(get("/portal/receipt").body());
        if (!m.find()) {
            throw new AssertionError("no query code on the receipt");
        }
        return m.group(1);
    }

    Page track(String code, String digits) throws Exception {
        return post("/portal/track", Map.of("code", code, "digits", digits));
    }

    void newSession() {
        session = new MockHttpSession();
    }

    static Map<String, String> petition(String name, String idNumber, String title) {
        return Map.of("name", name, "idNumber", idNumber, "placeCode", "431222001001", "categoryCode", "URBAN.DEMOLITION",
                "title", title, "content", "我家房屋2019年被列入征收范围，补偿款至今未兑现，请求督促发放。", "kind", "COMPLAINT");
    }
}
