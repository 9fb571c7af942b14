package org.membercomms.postcheck.api;

import java.io.BufferedReader;
import java.io.IOException;
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
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every API request before anything parses it. A request whose
 * {@code Content-Length} is over the cap is answered 413 at once, unread. Any other body
 * is read through a stream that fails with {@link BodyTooLarge} once it passes the cap,
 * which the controller advice answers with the same 413: so a chunked body, which has no
 * {@code Content-Length}, is capped too, and no parser ever holds more than the cap. Not
 * a bean, so that it runs in the API's filter chain only.
 */
class ApiBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper json;

	ApiBodyLimit(long maxBytes, JsonMapper json) {
		this.maxBytes = maxBytes;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			ApiProblems.write(request, response, this.json, ApiProblems.bodyTooLarge(this.maxBytes));
			return;
		}
		chain.doFilter(new CappedRequest(request, this.maxBytes), response);
	}

	/**
	 * A request whose body reads through a {@link CappedBody}.
	 */
	static final class CappedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream body;

		private BufferedReader reader;

		CappedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.body == null) {
				this.body = new CappedBody(super.getInputStream(), this.maxBytes);
			}
			return this.body;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (this.reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
				this.reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return this.reader;
		}

	}

	/**
	 * A request body that fails with {@link BodyTooLarge} once more than its cap is read.
	 */
	static final class CappedBody extends ServletInputStream {

		private final ServletInputStream body;

		private final long maxBytes;

		private long read;

		CappedBody(ServletInputStream body, long maxBytes) {
			this.body = body;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int next = this.body.read();
			if (next >= 0) {
				counted(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.body.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		private void counted(int bytes) throws BodyTooLarge {
			this.read += bytes;
			if (this.read > this.maxBytes) {
				throw new BodyTooLarge(this.maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
