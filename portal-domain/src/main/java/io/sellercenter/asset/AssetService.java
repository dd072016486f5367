package io.sellercenter.asset;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.asset.AssetMapper.NewAsset;
import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.product.ProductAccess;
import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A merchant's image assets (镜像资产): registering an image (the rules decide whether it can
 * carry an image product), listing, deleting, and the lock a listed product puts on its
 * asset. Every change is audited.
 */
@Service
public class AssetService {

	private final AssetMapper assets;

	private final ImageCatalog catalog;

	private final AuditLog audit;

	private final ProductAccess access;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AssetService(AssetMapper assets, ImageCatalog catalog, AuditLog audit, ProductAccess access,
			PlatformTransactionManager transactions, Clock clock) {
		this.assets = assets;
		this.access = access;
		this.catalog = catalog;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Newest first, accepted and refused alike. */
	public Page<ImageAsset> list(MerchantId merchant, PageRequest request) {
		return Page.load(request, () -> this.assets.count(merchant),
				(at) -> this.assets.findPage(merchant, at.size(), at.offset()));
	}

	/** An asset of this merchant; empty for one of another merchant. */
	public Optional<ImageAsset> find(MerchantId merchant, long id) {
		return this.assets.find(merchant, id);
	}

	/**
	 * The assets an image product can be built on, by name. Locked ones are included (a
	 * product already listed on them refers to them); {@link ImageAsset#locked()} tells.
	 */
	public List<ImageAsset> accepted(MerchantId merchant) {
		return this.assets.findAccepted(merchant);
	}

	/**
	 * Registers an image of the merchant's cloud account and stores it as an asset,
	 * {@link AssetStatus#ACCEPTED} or {@link AssetStatus#REFUSED} with the code of the
	 * first rule it fails (see {@link AssetRules}). A new registration of an image
	 * refused before replaces the refused asset. Throws {@link AssetRejected} and stores
	 * nothing when the account has no such image in that region ({@code asset.notFound})
	 * or the image is an accepted asset already, of this merchant or another
	 * ({@code asset.taken}).
	 */
	public ImageAsset register(MerchantId merchant, String region, String imageId, Actor actor) {
		String cleanRegion = clean(region);
		String cleanId = clean(imageId);
		if (cleanRegion == null || cleanId == null) {
			throw new AssetRejected("asset.notFound");
		}
		// Asked outside any transaction: in production this is a call to the cloud, and
		// no
		// connection or lock should wait on it.
		ImageFacts image = this.catalog.describe(merchant, cleanRegion, cleanId)
			.orElseThrow(() -> new AssetRejected("asset.notFound"));
		try {
			return this.transactions.execute((status) -> store(merchant, image, actor));
		}
		catch (DuplicateKeyException ex) {
			// Another registration of the same image won the race.
			throw new AssetRejected("asset.taken");
		}
	}

	/**
	 * Deletes an asset that no listed product is built on. Throws {@link AssetRejected}
	 * {@code asset.notFound} for an asset that is not this merchant's,
	 * {@code asset.locked} for a locked one, {@code asset.inUse} when a product still
	 * refers to it, {@code asset.notYours} for a sub-user without MANAGE on every product
	 * built on it.
	 */
	@Transactional
	public void delete(Viewer viewer, long id, Actor actor) {
		MerchantId merchant = viewer.merchant();
		ImageAsset asset = find(merchant, id).orElseThrow(() -> new AssetRejected("asset.notFound"));
		if (!this.access.canChangeAsset(viewer, id)) {
			throw new AssetRejected("asset.notYours");
		}
		try {
			if (asset.locked() || this.assets.deleteUnlocked(merchant, id) == 0) {
				throw new AssetRejected("asset.locked");
			}
		}
		catch (DataIntegrityViolationException ex) {
			throw new AssetRejected("asset.inUse");
		}
		this.audit.record(actor, AuditAction.ASSET_DELETED, AuditTarget.ASSET, asset.imageId(), describe(asset), null);
	}

	/**
	 * Locks an accepted asset when an image product built on it is listed: from then on
	 * it cannot be deleted. Joins the caller's transaction; locking a locked asset does
	 * nothing. Throws {@link AssetRejected} {@code asset.notFound} for an asset that is
	 * not this merchant's and {@code asset.notAccepted} for a refused one.
	 */
	@Transactional
	public void lock(MerchantId merchant, long assetId) {
		if (this.assets.lock(merchant, assetId, LocalDateTime.now(this.clock)) > 0) {
			ImageAsset asset = find(merchant, assetId).orElseThrow();
			this.audit.record(Actor.system("product-listing", merchant), AuditAction.ASSET_LOCKED, AuditTarget.ASSET,
					asset.imageId(), Map.of("locked", false), Map.of("locked", true));
			return;
		}
		ImageAsset asset = find(merchant, assetId).orElseThrow(() -> new AssetRejected("asset.notFound"));
		if (!asset.accepted()) {
			throw new AssetRejected("asset.notAccepted");
		}
	}

	/**
	 * Unlocks the asset when no listed product is built on it any more (the caller, which
	 * knows its products, tells): it may be deleted again. Joins the caller's
	 * transaction; unlocking an unlocked asset, or one that is not this merchant's, does
	 * nothing.
	 */
	@Transactional
	public void unlock(MerchantId merchant, long assetId) {
		if (this.assets.unlock(merchant, assetId) > 0) {
			ImageAsset asset = find(merchant, assetId).orElseThrow();
			this.audit.record(Actor.system("product-delisting", merchant), AuditAction.ASSET_UNLOCKED,
					AuditTarget.ASSET, asset.imageId(), Map.of("locked", true), Map.of("locked", false));
		}
	}

	/** Whether the asset is locked; false for an asset that is not this merchant's. */
	public boolean isLocked(MerchantId merchant, long assetId) {
		return find(merchant, assetId).map(ImageAsset::locked).orElse(false);
	}

	private ImageAsset store(MerchantId merchant, ImageFacts image, Actor actor) {
		if (this.assets.acceptedAnywhere(image.imageId())) {
			throw new AssetRejected("asset.taken");
		}
		Optional<String> refusal = AssetRules.refusal(image);
		this.assets.deleteRefused(merchant, image.imageId());
		NewAsset asset = new NewAsset();
		asset.imageId = image.imageId();
		asset.region = image.region();
		asset.name = image.name();
		asset.sizeGb = image.sizeGb();
		asset.osType = image.osType();
		asset.status = refusal.isPresent() ? AssetStatus.REFUSED : AssetStatus.ACCEPTED;
		asset.refusal = refusal.orElse(null);
		asset.createdBy = actor.userId();
		asset.createdAt = LocalDateTime.now(this.clock);
		this.assets.insert(merchant, asset);
		ImageAsset stored = this.assets.find(merchant, asset.id).orElseThrow();
		this.audit.record(actor, AuditAction.ASSET_REGISTERED, AuditTarget.ASSET, stored.imageId(), null,
				describe(stored));
		return stored;
	}

	/**
	 * An asset as the audit log keeps it; the refusal is the message code of its reason.
	 */
	private static Map<String, Object> describe(ImageAsset asset) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", asset.name());
		fields.put("region", asset.region());
		fields.put("sizeGb", asset.sizeGb());
		fields.put("status", asset.status());
		fields.put("refusal", asset.refusal());
		return fields;
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
