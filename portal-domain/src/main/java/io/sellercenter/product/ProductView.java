package io.sellercenter.product;

import java.util.List;

/** A listed product with its listing, specs and the viewer's role on it. */
public record ProductView(Product product, ProductContent content, List<Spec> specs, GrantRole role) {

	public boolean canManage() {
		return this.role == GrantRole.MANAGE;
	}

}
