package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.casework.MatterAction;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.StaffPrincipal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The supervision board and its menu entry are open to exactly the roles MatterAction gives SUPERVISE. */
@IntegrationTest
class SupervisionRolesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theBoardAndTheMenuFollowTheActionTable() throws Exception {
        List<String> everyRole = List.of("city.supervisor", "city.leader", "admin", "city.registrar", "city.housing", "city.analyst");
        int open = 0;
        for (String username : everyRole) {
            StaffPrincipal me = (StaffPrincipal) users.loadUserByUsername(username);
            boolean supervises = MatterAction.SUPERVISE.isOpenTo(me);
            open += supervises ? 1 : 0;
            MvcResult board = mvc.perform(get("/supervision").with(user(me))).andReturn();
            assertThat(board.getResponse().getStatus()).as(username).isEqualTo(supervises ? 200 : 403);
            String menu = mvc.perform(get("/worklist").with(user(me))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(menu.contains("href=\"/supervision\"")).as(username + "'s menu").isEqualTo(supervises);
        }
        assertThat(open).as("supervisor, leader and administrator").isEqualTo(3);
    }
}
