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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP (the container's cookie handling, error pages and proxy headers are not in MockMvc): one
 * Content-Security-Policy and Referrer-Policy on every kind of answer, a session cookie with SameSite and, behind
 * an HTTPS proxy, Secure; and requests the firewall rejects answered 400 in words, as a problem or as a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SiteHeadersHttpTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @LocalServerPort
    int port;

    @Test
    void everyKindOfAnswerCarriesTheOneSitePolicy() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        String csrf = field(login.body(), "_csrf");
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=yuanling.registrar&password=demo&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        List<HttpResponse<String>> answers = List.of(login, signedIn,
                browser.send(get("/worklist").build(), HttpResponse.BodyHandlers.ofString()),
                browser.send(get("/portal").build(), HttpResponse.BodyHandlers.ofString()),
                browser.send(get("/api/v1/me").build(), HttpResponse.BodyHandlers.ofString()),
                browser.send(get("/css/app.css").build(), HttpResponse.BodyHandlers.ofString()),
                browser.send(get("/matters/999999999").build(), HttpResponse.BodyHandlers.ofString()));
        for (HttpResponse<String> a : answers) {
            assertThat(a.headers().allValues("Content-Security-Policy")).as(a.uri() + " " + a.statusCode()).containsExactly(POLICY);
            assertThat(a.headers().allValues("Referrer-Policy")).as(a.uri().toString()).containsExactly("no-referrer");
            assertThat(a.headers().firstValue("X-Content-Type-Options")).as(a.uri().toString()).hasValue("nosniff");
        }
        assertThat(answers.get(2).statusCode()).isEqualTo(200);
        assertThat(answers.get(6).statusCode()).isEqualTo(404);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureBehindAnHttpsProxy() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String plain = sessionCookie(client.send(get("/login").build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        // the test connects from 127.0.0.1, the address of a proxy on the same host, which is trusted by default
        HttpResponse<String> proxied = client.send(get("/login").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(proxied)).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void aNonAsciiIdempotencyKeyIsA400ProblemNamingIt() throws Exception {
        String body = org.xinfang.support.ApiClient.visit(org.xinfang.support.ApiClient.freshIdNumber(), "431222001001",
                "URBAN.DEMOLITION");
        Raw answer = raw("POST /api/v1/matters HTTP/1.0", body,
                "Authorization: Basic " + Base64.getEncoder().encodeToString("yuanling.registrar:demo".getBytes(StandardCharsets.UTF_8)),
                "Content-Type: application/json", "Accept-Language: en", "Idempotency-Key: 登记-1");
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.text()).contains("application/problem+json", "Idempotency-Key", "printable ASCII")
                .contains("Content-Security-Policy: " + POLICY);
    }

    @Test
    void aUrlTheFirewallRejectsIsA400ProblemOnTheApiAndA400PageElsewhere() throws Exception {
        Raw api = raw("GET /api/v1/me;x=1 HTTP/1.0", null, "Accept-Language: en");
        assertThat(api.status()).as(api.text()).isEqualTo(400);
        assertThat(api.text()).contains("application/problem+json", "not allowed");

        Raw page = raw("GET /portal;x=1 HTTP/1.0", null, "Accept: text/html");
        assertThat(page.status()).as(page.text()).isEqualTo(400);
        assertThat(page.text()).contains("text/html", "请求地址或请求头含有不允许的字符", "Content-Security-Policy: " + POLICY);
    }

    private record Raw(int status, String text) {
    }

    /** A request written byte by byte, as a client that does not check its headers would send it. */
    private Raw raw(String requestLine, String body, String... headers) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost:").append(port).append("\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            return new Raw(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    private static String sessionCookie(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers().map()));
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
