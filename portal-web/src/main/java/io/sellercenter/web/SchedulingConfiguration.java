package io.sellercenter.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (the notification outbox, usage validation and collection) run on every
 * instance; each claims its work in the database, so none is done twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
