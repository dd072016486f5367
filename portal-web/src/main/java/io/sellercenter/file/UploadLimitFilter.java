package io.sellercenter.file;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a form upload larger than the multipart request limit with the "too large" page
 * (413) before anything reads the form. Otherwise the CSRF check asks for its token,
 * Tomcat refuses to parse a body over the limit and throws, and the user got the
 * container's bare error report (or, before, a "forbidden" page). The declared length is
 * enough to tell: browsers send it with every form.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class UploadLimitFilter extends OncePerRequestFilter {

	private final long maxRequestBytes;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!tooLarge(request)) {
			chain.doFilter(request, response);
			return;
		}
		// The error page as the container would show it for sendError(413), on a request
		// whose form reads as empty, so nothing on the way tries to parse the body.
		HttpServletRequest unread = new UnreadForm(request);
		unread.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		unread.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		unread.getRequestDispatcher("/error").forward(unread, response);
	}

	private boolean tooLarge(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, "multipart/", 0, 10)
				&& request.getContentLengthLong() > this.maxRequestBytes;
	}

	/** A request whose body is never parsed: no parameters, no parts. */
	private static final class UnreadForm extends HttpServletRequestWrapper {

		UnreadForm(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public List<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

	}

}
