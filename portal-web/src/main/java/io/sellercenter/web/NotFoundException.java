package io.sellercenter.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The answer for a record that does not exist or belongs to another merchant: the two are
 * indistinguishable on purpose, so ids of other tenants reveal nothing.
 */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException() {
		super(HttpStatus.NOT_FOUND);
	}

}
