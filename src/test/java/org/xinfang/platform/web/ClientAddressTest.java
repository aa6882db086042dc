package org.xinfang.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which address the limits count: IPv4 as it is, IPv6 by its /64, so hopping within one network does not help. */
class ClientAddressTest {

    private static String of(String address) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr(address);
        return ClientAddress.of(r);
    }

    @Test
    void ipv4IsCountedAsItIs() {
        assertThat(of("10.1.2.3")).isEqualTo("10.1.2.3");
    }

    @Test
    void everyAddressOfOneIpv6NetworkCountsAsOne() {
        assertThat(of("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(of("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(of("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
        assertThat(of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(of("::1")).isEqualTo("0:0:0:0::/64");
        assertThat(of("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
    }
}
