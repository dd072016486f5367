package io.sellercenter.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links of the shared pager ({@code fragments/pager}): the current URL with another page
 * number, so every filter in the query string is kept. Templates call it as
 * {@code @pageLinks.to(n)}.
 */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.replaceQueryParam("lang")
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

}
