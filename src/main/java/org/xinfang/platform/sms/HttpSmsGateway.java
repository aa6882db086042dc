package org.xinfang.platform.sms;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A gateway reached over HTTP: each message is a JSON POST {@code {"phone": ..., "text": ...}} to the configured
 * address with a bearer token; any 2xx answer means accepted. Providers with their own signing schemes sit behind
 * a small relay speaking this.
 */
class HttpSmsGateway implements SmsGateway {

    private final URI endpoint;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    HttpSmsGateway(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    @Override
    public void send(String phone, String text) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("phone", phone, "text", text))));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new SmsUnavailable("gateway answered " + response.statusCode(), null);
            }
        } catch (IOException e) {
            throw new SmsUnavailable("gateway unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsUnavailable("interrupted", e);
        }
    }
}
