package io.sellercenter;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration that the domain module's slice tests start from (the portal is in
 * portal-web).
 */
@SpringBootApplication
public class DomainTestApplication {

}
