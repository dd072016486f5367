package io.sellercenter.web;

import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When Redis or the database is away, a page answers a friendly 503 within seconds
 * instead of a 500 or a hang, and a machine API its own JSON ({@link MachineApi}). It
 * sits before the session filter (whose Redis reads and writes fail first) and renders
 * the page itself, because the normal error page would need the session again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ServiceUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFilter.class);

	private final TemplateEngine templates;

	ServiceUnavailableFilter(TemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (Exception ex) {
			MachineApi api = MachineApi.of(request);
			if (response.isCommitted() || (!isOutage(ex) && api == null)) {
				throw ex;
			}
			if (api != null) {
				answerMachine(api, request, response, ex);
				return;
			}
			log.warn("Service unavailable for {}: {}", request.getRequestURI(), rootMessage(ex));
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "10");
			response.setHeader("Cache-Control", "no-store");
			response.setContentType("text/html;charset=UTF-8");
			Locale locale = LocaleSupport.fromCookieOrHeader(request);
			this.templates.process("error/unavailable", new Context(locale), response.getWriter());
		}
	}

	/**
	 * A machine API answers in its own JSON, never with a page: 503 for an outage, 500
	 * for anything else that escaped it.
	 */
	private static void answerMachine(MachineApi api, HttpServletRequest request, HttpServletResponse response,
			Exception ex) throws IOException {
		if (isOutage(ex)) {
			log.warn("Service unavailable for {}: {}", request.getRequestURI(), rootMessage(ex));
			api.refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "service unavailable; retry later");
		}
		else {
			log.error("Request to {} failed", request.getRequestURI(), ex);
			api.refuse(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal error; retry later");
		}
	}

	/**
	 * Redis or the database cannot be reached (refused, broken connection, pool timeout),
	 * as opposed to a bug: only these become a 503.
	 */
	static boolean isOutage(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RedisConnectionFailureException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof RecoverableDataAccessException
					|| cause instanceof CannotCreateTransactionException || cause instanceof QueryTimeoutException
					|| cause instanceof io.lettuce.core.RedisConnectionException
					|| cause instanceof io.lettuce.core.RedisCommandTimeoutException
					|| (cause instanceof io.lettuce.core.RedisException
							&& String.valueOf(cause.getMessage()).contains("not connected"))
					|| cause instanceof SQLRecoverableException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
