package org.jumelage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
public class JumelageApplication {

    public static void main(String[] args) {
        SpringApplication.run(JumelageApplication.class, args);
    }
}
