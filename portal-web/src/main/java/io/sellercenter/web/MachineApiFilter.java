package io.sellercenter.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of every machine API request before anything reads it: before the
 * signature, the key or the bearer token is looked at, and before a JSON parser or the
 * container's form parsing can buffer it. A declared length over the limit is refused at
 * once; a body without one (chunked) is counted while it is read, up to one byte past the
 * limit. Refusals are 413 in the API's own format ({@link MachineApi}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class MachineApiFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(MachineApiFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MachineApi api = MachineApi.of(request);
		if (api == null) {
			chain.doFilter(request, response);
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared > api.maxBodyBytes()) {
			refuse(api, request, response);
			return;
		}
		if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
			if (isForm(request)) {
				// The container parses a form from its own stream, past any wrapper.
				api.refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "a form body needs a Content-Length");
				return;
			}
			byte[] body = request.getInputStream().readNBytes(api.maxBodyBytes() + 1);
			if (body.length > api.maxBodyBytes()) {
				refuse(api, request, response);
				return;
			}
			request = new BufferedBody(request, body);
		}
		chain.doFilter(request, response);
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, MediaType.APPLICATION_FORM_URLENCODED_VALUE, 0,
				MediaType.APPLICATION_FORM_URLENCODED_VALUE.length());
	}

	private static void refuse(MachineApi api, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.info("Refused a body over {} bytes for {} from {}", api.maxBodyBytes(), request.getRequestURI(),
				Requests.clientIp(request));
		api.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
				"the body is larger than " + api.maxBodyBytes() + " bytes");
	}

	/**
	 * A request whose body has been read into memory (it is within the limit): the stream
	 * and the reader come from those bytes.
	 */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return this.available() == 0;
				}

				@Override
				public int available() {
					try {
						return in.available();
					}
					catch (IOException ex) {
						return 0;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body), charset()));
		}

		private Charset charset() {
			String encoding = getCharacterEncoding();
			return (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		}

	}

}
