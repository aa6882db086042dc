package org.xinfang.territory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Guessing passwords is throttled: an account is locked after repeated failures (the right password too is refused
 * while it is locked), an address that fails too often is refused, each with a clear answer; a successful sign-in
 * forgives the account's failures, and an administrator sees and unlocks locked accounts. Each test uses accounts
 * and addresses of its own, because every test class shares one database.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    StaffAccounts accounts;

    @Test
    void tenWrongPasswordsLockTheAccountAndTheLogInPageSaysUntilWhen() throws Exception {
        RequestPostProcessor from = freshAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(formLogin("tongdao.registrar", "wrong", from).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        String until = inBeijing(Duration.ofMinutes(15));
        MvcResult locked = formLogin("tongdao.registrar", "demo", from);
        assertThat(locked.getResponse().getRedirectedUrl()).as("the right password does not open a locked account")
                .isEqualTo("/login?locked");
        String page = page(get("/login").param("locked", "").session((MockHttpSession) locked.getRequest().getSession()));
        assertThat(page).contains("该账户因多次登录失败已被暂时锁定", until);

        clock.advanceMinutes(16);
        assertThat(formLogin("tongdao.registrar", "demo", from).getResponse().getRedirectedUrl())
                .as("the lock ends by itself").isEqualTo("/");
    }

    @Test
    void theApiAnswers429WithRetryAfterForALockedAccountEvenWithTheRightPassword() throws Exception {
        RequestPostProcessor from = freshAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(basic("jingzhou.registrar", "wrong", from, "en").getResponse().getStatus()).isEqualTo(401);
        }
        String until = inBeijing(Duration.ofMinutes(15));
        MvcResult r = basic("jingzhou.registrar", "demo", from, "en");
        assertThat(r.getResponse().getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(r.getResponse().getHeader("Retry-After"))).isBetween(890L, 900L);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("This account is locked after too many failed sign-ins", until);
        unlockAsAdmin("jingzhou.registrar");
    }

    @Test
    void anAddressThatFailsTooOftenIsRefusedWhateverTheAccount() throws Exception {
        RequestPostProcessor from = freshAddress();
        for (int i = 0; i < 30; i++) {
            // names nobody has, so no account is locked on the way
            assertThat(formLogin("nobody-" + i, "guess", from).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        MvcResult refused = formLogin("mayang.registrar", "demo", from);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(page(get("/login").param("locked", "").session((MockHttpSession) refused.getRequest().getSession())))
                .contains("来自您所在网络的登录失败次数过多");
        MvcResult api = basic("mayang.registrar", "demo", from, "zh-CN");
        assertThat(api.getResponse().getStatus()).isEqualTo(429);
        assertThat(api.getResponse().getHeader("Retry-After")).isNotNull();

        assertThat(formLogin("mayang.registrar", "demo", freshAddress()).getResponse().getRedirectedUrl())
                .as("another address is not affected").isEqualTo("/");
    }

    @Test
    void aSuccessfulSignInForgivesTheAccountsFailures() throws Exception {
        RequestPostProcessor from = freshAddress();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 9; i++) {
                assertThat(basic("xinhuang.registrar", "wrong", from, "zh-CN").getResponse().getStatus()).isEqualTo(401);
            }
            assertThat(basic("xinhuang.registrar", "demo", from, "zh-CN").getResponse().getStatus()).isEqualTo(200);
        }
    }

    @Test
    void anAdministratorSeesLockedAccountsAndUnlocksOneAndTheUnlockIsLogged(CapturedOutput log) throws Exception {
        RequestPostProcessor from = freshAddress();
        for (int i = 0; i < 10; i++) {
            formLogin("huitong.registrar", "wrong", from);
        }
        assertThat(formLogin("huitong.registrar", "demo", from).getResponse().getRedirectedUrl()).isEqualTo("/login?locked");

        MvcResult list = mvc.perform(get("/api/v1/staff/locked").with(user(accounts.loadUserByUsername("admin")))).andReturn();
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(list.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"huitong.registrar\"", "+08:00");
        assertThat(mvc.perform(get("/api/v1/staff/locked").with(user(accounts.loadUserByUsername("city.registrar"))))
                .andReturn().getResponse().getStatus()).as("only administrators").isEqualTo(403);

        String page = page(get("/admin/locked-accounts").with(user(accounts.loadUserByUsername("admin"))));
        assertThat(page).contains("huitong.registrar", "解锁");
        MvcResult unlocked = mvc.perform(post("/admin/locked-accounts/huitong.registrar/unlock")
                .with(user(accounts.loadUserByUsername("admin"))).with(csrf())).andReturn();
        assertThat(unlocked.getResponse().getRedirectedUrl()).startsWith("/admin/locked-accounts");
        assertThat(page(get("/admin/locked-accounts").with(user(accounts.loadUserByUsername("admin")))))
                .doesNotContain("huitong.registrar");
        assertThat(log.getOut()).contains("huitong.registrar unlocked by admin").doesNotContain("198.51.100.");

        assertThat(formLogin("huitong.registrar", "demo", from).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    private void unlockAsAdmin(String username) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/staff/{u}/unlock", username).with(user(accounts.loadUserByUsername("admin"))))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(204);
    }

    private MvcResult formLogin(String username, String password, RequestPostProcessor from) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(from))
                .andReturn();
    }

    private MvcResult basic(String username, String password, RequestPostProcessor from, String language) throws Exception {
        return mvc.perform(get("/api/v1/me").with(httpBasic(username, password)).with(from).header("Accept-Language", language))
                .andReturn();
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String inBeijing(Duration later) {
        return clock.instant().plus(later).atZone(ZoneId.of("Asia/Shanghai")).format(MINUTE);
    }

    private static RequestPostProcessor freshAddress() {
        String address = "198.51.100." + ADDRESSES.getAndIncrement();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
