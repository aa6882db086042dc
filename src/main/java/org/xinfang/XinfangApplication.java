package org.xinfang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class XinfangApplication {
    public static void main(String[] args) {
        SpringApplication.run(XinfangApplication.class, args);
    }
}
