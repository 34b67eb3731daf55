package io.callpipeline.spring.testing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare host application: the starter's auto-configuration and nothing else. */
@SpringBootApplication
public class StarterTestApplication {
}
