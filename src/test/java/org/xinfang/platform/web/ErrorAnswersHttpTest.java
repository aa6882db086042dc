package org.xinfang.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, where the container's error page answers what Spring MVC's handlers did not (a method or format a
 * path does not have, a filter's refusal, a request Tomcat itself cannot read): a problem detail in the caller's
 * language on the API, a page in the reader's language elsewhere; never Spring Boot's English body with a UTC time
 * stamp, its "Whitelabel" page or Tomcat's English report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorAnswersHttpTest {

    private static final String REGISTRAR = "Basic " + Base64.getEncoder().encodeToString("yuanling.registrar:demo".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aMethodAnApiPathDoesNotHaveIsA405ProblemInTheCallersLanguage() throws Exception {
        HttpResponse<String> zh = send(api("/api/v1/matters", null).PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(zh, 405, "不支持该请求方法");
        assertThat(zh.body()).contains("PUT", "GET");
        assertThat(zh.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET", "POST"));
        HttpResponse<String> en = send(api("/api/v1/matters", "en").DELETE());
        assertProblem(en, 405, "Method not allowed");
        assertThat(en.body()).contains("Method DELETE is not supported");
    }

    @Test
    void anApiPathOrResourceThatIsNotThereIsA404ProblemInTheCallersLanguage() throws Exception {
        assertProblem(send(api("/api/v1/petitioners/12345", null).GET()), 404, "未找到");
        HttpResponse<String> en = send(api("/api/v1/petitioners/12345", "en").GET());
        assertProblem(en, 404, "Not found");
        assertThat(en.body()).contains("no such API address");
    }

    @Test
    void aFormatTheApiCannotAnswerOrReadIsAProblemListingOnlyJson() throws Exception {
        HttpResponse<String> xml = send(api("/api/v1/matters", "en").header("Accept", "application/xml").GET());
        assertProblem(xml, 406, "Not acceptable");
        HttpResponse<String> yaml = send(api("/api/v1/matters", "en").setHeader("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString("channel: VISIT\n")));
        assertProblem(yaml, 415, "Unsupported media type");
        for (HttpResponse<String> a : java.util.List.of(xml, yaml)) {
            // what is offered, not the type the request named
            assertThat(a.body().substring(a.body().lastIndexOf('['))).contains("application/json").doesNotContain("yaml");
            assertThat(a.headers().firstValue("Accept")).hasValueSatisfying(types -> assertThat(types).doesNotContain("yaml"));
        }
    }

    @Test
    void aPageRefusedOutsideTheControllersIsAPageInTheReadersLanguage() throws Exception {
        // a form sent without its CSRF token: refused by Spring Security's filter, before any controller
        HttpResponse<String> zh = send(page("/portal", null).PUT(HttpRequest.BodyPublishers.ofString("")));
        assertPage(zh, 403, "无权操作");
        HttpResponse<String> en = send(page("/portal", "en").PUT(HttpRequest.BodyPublishers.ofString("")));
        assertPage(en, 403, "Not allowed");
        assertPage(send(page("/portal/no-such-page", null).GET()), 404, "未找到");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = browser.send(page("/login", null).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=yuanling.registrar&password=demo&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> staff = browser.send(page("/no-such-page", null).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertPage(staff, 404, "未找到");
        assertThat(staff.body()).as("the staff layout, signed in").contains("id=\"logout\"");
    }

    @Test
    void bytesTomcatCannotReadAreRefusedInWordsNotByTomcatsEnglishReport() throws Exception {
        // the request line itself cannot be read: nothing of the request is known, so a page, in Chinese
        for (String target : new String[]{"/api/v1/matters?q=中文", "/portal?q=中文"}) {
            String answer = raw("GET " + target + " HTTP/1.1", "Accept-Language: en");
            assertThat(answer).startsWith("HTTP/1.1 400").contains("text/html", "请求地址或请求头含有不允许的字符")
                    .doesNotContain("HTTP Status 400", "Bad Request");
        }
        // a header Tomcat cannot read: the address and the headers before it are known
        String api = raw("GET /api/v1/me HTTP/1.1", "Accept-Language: en", "X-Note: a\u0001b");
        assertThat(api).startsWith("HTTP/1.1 400").contains("application/problem+json", "not allowed")
                .doesNotContain("HTTP Status 400");
    }

    private void assertProblem(HttpResponse<String> answer, int status, String title) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"title\":\"" + title + "\"", "https://xinfang.org/problems/").doesNotContain("timestamp");
    }

    private void assertPage(HttpResponse<String> answer, int status, String sentence) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(answer.body()).contains("id=\"refusal\"", sentence).doesNotContain("Whitelabel");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder api(String path, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Authorization", REGISTRAR).header("Content-Type", "application/json");
        return language == null ? b : b.header("Accept-Language", language);
    }

    private HttpRequest.Builder page(String path, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        return language == null ? b : b.header("Cookie", LocaleConfiguration.LANGUAGE_COOKIE + "=" + language);
    }

    /** A request line written byte by byte, its Chinese as raw UTF-8, as a careless client sends it. */
    private String raw(String requestLine, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost:").append(port).append("\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
