package io.sellercenter.product;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import io.sellercenter.shared.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * Which products a user may see and change: the main account every product of its
 * merchant; a sub-user only through a current grant (VIEW, SERVE: see; MANAGE: see and
 * change). Single products are checked here; lists of any feature filter with the SQL
 * fragment {@code ProductAccessMapper.grantedProductIds}, which states the same rule.
 */
@Service
public class ProductAccess {

	private final GrantMapper grants;

	private final Clock clock;

	ProductAccess(GrantMapper grants, Clock clock) {
		this.grants = grants;
		this.clock = clock;
	}

	/** The viewer for this user now (grants that expire later than now count). */
	public Viewer viewer(CurrentUser user) {
		return Viewer.of(user, LocalDateTime.now(this.clock));
	}

	/** The user's role on a product of their merchant; MANAGE for the main account. */
	public Optional<GrantRole> role(Viewer viewer, long productId) {
		if (viewer.mainAccount()) {
			return Optional.of(GrantRole.MANAGE);
		}
		return this.grants.roleOf(viewer, productId);
	}

	public boolean canSee(Viewer viewer, long productId) {
		return role(viewer, productId).isPresent();
	}

	public boolean canManage(Viewer viewer, long productId) {
		return role(viewer, productId).filter((r) -> r == GrantRole.MANAGE).isPresent();
	}

	/**
	 * Whether the viewer may change an image asset of the merchant (replace or delete
	 * it): the main account; a sub-user only with MANAGE on every product built on it
	 * (listed, or in an open application), so that no product they may not change loses
	 * its asset.
	 */
	public boolean canChangeAsset(Viewer viewer, long assetId) {
		return viewer.mainAccount() || this.grants.unmanagedUsesOfAsset(viewer, assetId) == 0;
	}

}
