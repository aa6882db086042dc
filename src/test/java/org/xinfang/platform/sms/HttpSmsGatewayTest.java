package org.xinfang.platform.sms;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP SMS gateway against a real HTTP server standing in for the provider's relay. */
class HttpSmsGatewayTest {

    HttpServer relay;
    final List<String> bodies = new ArrayList<>();
    final List<String> authorizations = new ArrayList<>();
    final AtomicInteger answer = new AtomicInteger(200);

    @BeforeEach
    void startRelay() throws IOException {
        relay = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        relay.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        relay.start();
    }

    @AfterEach
    void stopRelay() {
        relay.stop(0);
    }

    private SmsGateway gateway() {
        return new HttpSmsGateway(URI.create("http://127.0.0.1:" + relay.getAddress().getPort() + "/sms"), "secret-token");
    }

    @Test
    void aMessageIsPostedAsJsonWithTheToken() {
        gateway().send("13907451234", "【网上信访】您的验证码为 123456");
        assertThat(bodies).singleElement().satisfies(b -> assertThat(b)
                .contains("\"phone\":\"13907451234\"", "\"text\":\"【网上信访】您的验证码为 123456\""));
        assertThat(authorizations).containsExactly("Bearer secret-token");
    }

    @Test
    void aRefusingOrUnreachableGatewayIsReportedAsUnavailable() {
        answer.set(503);
        assertThatThrownBy(() -> gateway().send("13907451234", "x")).isInstanceOf(SmsUnavailable.class);
        relay.stop(0);
        assertThatThrownBy(() -> gateway().send("13907451234", "x")).isInstanceOf(SmsUnavailable.class);
    }

    @Test
    void theConfigurationRefusesAnHttpGatewayWithoutAnAddressAndUnknownKinds() {
        SmsConfiguration config = new SmsConfiguration();
        assertThat(config.smsGateway("demo", "", "")).isInstanceOf(DemoSmsGateway.class);
        assertThat(config.smsGateway("http", "http://127.0.0.1:1/sms", "")).isInstanceOf(HttpSmsGateway.class);
        assertThatThrownBy(() -> config.smsGateway("http", "", "")).hasMessageContaining("xinfang.sms.url");
        assertThatThrownBy(() -> config.smsGateway("carrier-pigeon", "", "")).hasMessageContaining("http or demo");
    }
}
