package org.membercomms.system;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a strict Content-Security-Policy with a fresh nonce for each response: scripts
 * run only from this site and only when they carry the nonce; no inline styles (except on
 * Swagger UI's own pages), no framing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	static final String NONCE_ATTRIBUTE = ContentSecurityPolicyFilter.class.getName() + ".nonce";

	private static final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String nonce = nonceOf(request);
		response.setHeader("Content-Security-Policy", isSwaggerUi(request) ? swaggerUiPolicy(nonce) : policy(nonce));
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false; // error pages need the policy and the nonce too
	}

	static String nonceOf(HttpServletRequest request) {
		Object existing = request.getAttribute(NONCE_ATTRIBUTE);
		if (existing instanceof String nonce) {
			return nonce;
		}
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE_ATTRIBUTE, nonce);
		return nonce;
	}

	/**
	 * Swagger UI, a developer tool, sets inline styles: only its own paths get a policy
	 * that allows them.
	 */
	static boolean isSwaggerUi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/swagger-ui") || path.startsWith("/swagger-ui/") || path.equals("/swagger-ui.html");
	}

	static String swaggerUiPolicy(String nonce) {
		return policy(nonce).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
	}

	static String policy(String nonce) {
		return String.join("; ", "default-src 'self'", "script-src 'self' 'nonce-" + nonce + "'", "style-src 'self'",
				"img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
				"form-action 'self'", "frame-ancestors 'none'");
	}

}
