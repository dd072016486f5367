package io.sellercenter.saas;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.sellercenter.audit.AuditAction;
import io.sellercenter.audit.AuditLog;
import io.sellercenter.audit.AuditTarget;
import io.sellercenter.notification.NotificationEvent;
import io.sellercenter.notification.Notifications;
import io.sellercenter.notification.Recipient;
import io.sellercenter.product.Handler;
import io.sellercenter.product.Handlers;
import io.sellercenter.product.ProductAccess;
import io.sellercenter.product.Viewer;
import io.sellercenter.saas.MockOrders.MockOrder;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.SecretBox;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 接口调测 and 调试用例管理: debug requests built from a mock order and the merchant's edits,
 * previewed (the exact signed request and a curl command) and sent with testFlag through
 * {@link SaasCaller}; a sent call saved as a case, and cases re-run by hand, on the
 * product's submission and as dial tests. Calls are made outside any transaction: a
 * merchant's server may take 20 seconds.
 */
@Service
public class DebugService {

	/** The activities a debug page offers: the V2 contract's. */
	public static final List<Activity> ACTIVITIES = List.of(Activity.NEW_INSTANCE, Activity.QUERY_INSTANCE,
			Activity.REFRESH_INSTANCE, Activity.UPDATE_INSTANCE_STATUS, Activity.RELEASE_INSTANCE,
			Activity.UPGRADE_INSTANCE);

	/** Longest value of one field. */
	public static final int MAX_VALUE = 128;

	public static final int MAX_INSTANCE_ID = 64;

	public static final int MAX_NAME = 60;

	/** Cases one product may keep: each is a call twice a day. */
	public static final int MAX_CASES = 50;

	static final int MAX_LISTED = 500;

	static final int MAX_HISTORY = 100;

	private static final Pattern INSTANCE_ID = Pattern.compile("[\\w.:-]{1,64}");

	private static final Set<String> ADDED = Set.of("activity", "testFlag", "timeStamp");

	private static final DateTimeFormatter EXPIRE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CaseMapper cases;

	private final SaasMapper saas;

	private final SaasCaller caller;

	private final SecretBox secrets;

	private final ProductAccess access;

	private final Handlers handlers;

	private final Notifications notifications;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DebugService(CaseMapper cases, SaasMapper saas, SaasCaller caller, SecretBox secrets, ProductAccess access,
			Handlers handlers, Notifications notifications, AuditLog audit, TransactionTemplate transactions,
			Clock clock) {
		this.cases = cases;
		this.saas = saas;
		this.caller = caller;
		this.secrets = secrets;
		this.access = access;
		this.handlers = handlers;
		this.notifications = notifications;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The merchant's SaaS products the viewer may see. */
	public List<SaasProduct> products(Viewer viewer) {
		return this.cases.products(viewer);
	}

	public Optional<SaasProduct> product(Viewer viewer, long id) {
		return this.cases.product(viewer, id);
	}

	/** Instances the product's successful debug creates returned, to act on. */
	public List<String> createdInstances(Viewer viewer, long productId) {
		return this.cases.createdInstances(viewer.merchant(), productId, 10);
	}

	/**
	 * The fields an activity sends, besides the order, line and instance ids, in the
	 * order sent; the merchant may edit their values.
	 */
	public static List<String> editableFields(Activity activity) {
		return switch (activity) {
			case NEW_INSTANCE -> List.of("customerId", "customerName", "productId", "skuCode", "chargingMode",
					"periodType", "periodNumber", "expireTime");
			case REFRESH_INSTANCE -> List.of("expireTime", "periodType", "periodNumber");
			case UPDATE_INSTANCE_STATUS -> List.of("instanceStatus");
			case UPGRADE_INSTANCE -> List.of("skuCode");
			default -> List.of();
		};
	}

	/** Whether the activity acts on an existing instance. */
	public static boolean needsInstance(Activity activity) {
		return activity != Activity.NEW_INSTANCE;
	}

	/** The mock orders a request can be built from, their times counted from now. */
	public List<MockOrder> orders() {
		return MockOrders.all(this.clock);
	}

	/** The mock order of this id, if it is one. */
	public Optional<MockOrder> order(String orderId) {
		return (orderId == null) ? Optional.empty() : MockOrders.find(this.clock, orderId, null);
	}

	/** The mock order's values of the activity's editable fields. */
	public Map<String, String> preset(SaasProduct product, Activity activity, MockOrder order) {
		// A line that never expires (one time, on demand) is sent a year ahead all the
		// same,
		// so that every activity's field has a value to edit.
		LocalDateTime expiry = (order.expireTime() != null) ? order.expireTime()
				: LocalDateTime.now(this.clock).plusYears(1);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("customerId", order.customerId());
		values.put("customerName", order.customerName());
		values.put("productId", Long.toString(product.id()));
		values.put("skuCode", order.skuCode());
		values.put("chargingMode", order.chargingMode().name());
		values.put("periodType", (order.periodType() != null) ? order.periodType().wireName() : "");
		values.put("periodNumber", (order.periodNumber() != null) ? order.periodNumber().toString() : "");
		values.put("expireTime", EXPIRE.format(expiry));
		values.put("instanceStatus", "FREEZE");
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : editableFields(activity)) {
			fields.put(name, values.get(name));
		}
		return fields;
	}

	/**
	 * Checks a debug request as the page sends it and builds the fields to send.
	 * @param edits the editable fields' values; missing ones take the mock order's
	 * @throws DebugRejected naming what is wrong
	 */
	public Prepared prepare(Viewer viewer, Long productId, String activityName, String orderId, String instanceId,
			Map<String, String> edits) {
		SaasProduct product = (productId == null) ? null : this.cases.product(viewer, productId).orElse(null);
		if (product == null) {
			throw new DebugRejected("saas.debug.error.product");
		}
		Activity activity = ACTIVITIES.stream()
			.filter((a) -> a.wireName().equals(activityName))
			.findFirst()
			.orElseThrow(() -> new DebugRejected("saas.debug.error.activity"));
		MockOrder order = order(orderId).orElseThrow(() -> new DebugRejected("saas.debug.error.order"));
		String instance = (instanceId == null) ? "" : instanceId.trim();
		if (needsInstance(activity) && !INSTANCE_ID.matcher(instance).matches()) {
			throw new DebugRejected(
					instance.isEmpty() ? "saas.debug.error.instanceRequired" : "saas.debug.error.instance");
		}
		Map<String, String> preset = preset(product, activity, order);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("orderId", order.orderId());
		fields.put("orderLineId", order.orderLineId());
		if (needsInstance(activity)) {
			fields.put("instanceId", instance);
		}
		for (Map.Entry<String, String> field : preset.entrySet()) {
			String edited = (edits == null) ? null : edits.get(field.getKey());
			String value = (edited == null) ? field.getValue() : edited.strip();
			if (value.length() > MAX_VALUE || value.chars().anyMatch(Character::isISOControl)) {
				throw new DebugRejected("saas.debug.error.value");
			}
			fields.put(field.getKey(), value);
		}
		return new Prepared(product, activity, order, needsInstance(activity) ? instance : null, fields);
	}

	/**
	 * The request exactly as a send now would make it, signed (the curl command works
	 * within the merchant's 60-second window).
	 * @throws DebugRejected when no address or key is set up
	 */
	public SignedRequest preview(Viewer viewer, Prepared prepared) {
		MerchantId merchant = viewer.merchant();
		ProductionAddress address = this.saas.address(merchant)
			.orElseThrow(() -> new DebugRejected("saas.failure.NO_ADDRESS"));
		BoundKey key = this.saas.key(merchant, InterfaceType.BASIC)
			.orElseThrow(() -> new DebugRejected("saas.failure.NO_KEY"));
		String secret = this.secrets.open(ProductionSetup.sealingId(key.accessKey()), key.secretSealed());
		return SignedRequest.build(address.url(), address.contract(), key.accessKey(), secret, prepared.activity(),
				prepared.fields(), true, this.clock.instant());
	}

	/** Sends the request with testFlag and keeps the call. */
	public SaasCaller.Result send(Viewer viewer, Prepared prepared) {
		return this.caller.call(viewer.merchant(), Purpose.DEBUG, target(prepared.product().id(),
				prepared.order().orderId(), prepared.order().orderLineId(), prepared.instanceId()), prepared.activity(),
				prepared.fields());
	}

	/**
	 * Saves a debug call of the viewer's as a case, with the fields it sent and its
	 * result as the case's first run.
	 * @throws DebugRejected naming what is wrong
	 */
	public long saveCase(Viewer viewer, Actor actor, long callId, String name) {
		String clean = (name == null) ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > MAX_NAME || clean.chars().anyMatch(Character::isISOControl)) {
			throw new DebugRejected(clean.isEmpty() ? "saas.case.error.nameRequired" : "saas.case.error.name");
		}
		Call call = debugCall(viewer, callId).orElseThrow(() -> new DebugRejected("saas.case.error.call"));
		if (!this.access.canManage(viewer, call.productId())) {
			throw new DebugRejected("saas.case.error.manage");
		}
		MockOrder order = order(call.orderId()).orElseThrow(() -> new DebugRejected("saas.case.error.call"));
		Activity activity = Activity.ofWireName(call.activity());
		CaseRow row = new CaseRow();
		row.productId = call.productId();
		row.name = clean;
		row.activity = call.activity();
		row.orderId = order.orderId();
		row.orderLineId = order.orderLineId();
		row.orderMode = order.chargingMode().name();
		row.instanceId = needsInstance(activity) ? call.instanceId() : null;
		row.fields = JSON.writeValueAsString(sentFields(call));
		row.lastOutcome = call.outcome();
		row.lastRunAt = call.startedAt();
		row.lastCall = call.id();
		LocalDateTime now = LocalDateTime.now(this.clock);
		row.nextDialAt = DialTests.nextSlot(now);
		row.createdBy = actor.userId();
		row.createdAt = now;
		return this.transactions.execute((status) -> {
			if (this.cases.countCases(viewer.merchant(), row.productId) >= MAX_CASES) {
				throw new DebugRejected("saas.case.error.tooMany");
			}
			this.cases.insertCase(viewer.merchant(), row);
			this.cases.insertRun(viewer.merchant(), row.id, row.productId, call.id(), CaseRunKind.DEBUG, call.outcome(),
					call.failure(), call.resultCode(), call.startedAt());
			this.audit.record(actor, AuditAction.SAAS_CASE_SAVED, AuditTarget.SAAS_INTERFACE, Long.toString(row.id),
					null, Map.of("name", clean, "activity", row.activity, "productId", row.productId));
			return row.id;
		});
	}

	/** The fields a call sent, without those every send adds. */
	public static Map<String, String> sentFields(Call call) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (call.requestBody() != null) {
			Map<String, Object> body = JSON.readValue(call.requestBody(),
					new TypeReference<LinkedHashMap<String, Object>>() {
					});
			body.forEach((key, value) -> fields.put(key, String.valueOf(value)));
		}
		else {
			String query = URI.create(call.url()).getRawQuery();
			for (String pair : (query == null) ? new String[0] : query.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		fields.keySet().removeAll(ADDED);
		return fields;
	}

	/** A debug call of a product the viewer may see, as kept. */
	public Optional<Call> debugCall(Viewer viewer, long callId) {
		return this.saas.call(viewer.merchant(), callId)
			.filter((c) -> c.purpose() == Purpose.DEBUG && c.productId() != null)
			.filter((c) -> this.cases.product(viewer, c.productId()).isPresent());
	}

	/** The viewer's cases, of one product or all, by product. */
	public List<DebugCase> cases(Viewer viewer, Long productId) {
		return this.cases.cases(viewer, productId, MAX_LISTED);
	}

	public Optional<DebugCase> find(Viewer viewer, long id) {
		return this.cases.caseOf(viewer, id);
	}

	/** The runs of a case the viewer may see, newest first. */
	public List<CaseRun> runs(Viewer viewer, long id) {
		return this.cases.caseOf(viewer, id)
			.map((c) -> this.cases.runs(viewer.merchant(), c.id(), MAX_HISTORY))
			.orElse(List.of());
	}

	/** Re-runs a case the viewer may see; empty when there is none. */
	public Optional<SaasCaller.Result> rerun(Viewer viewer, long id) {
		return this.cases.caseOf(viewer, id).map((c) -> run(viewer.merchant(), c, CaseRunKind.DEBUG));
	}

	/**
	 * Re-runs every case of a product the viewer may see, one after the other; empty when
	 * the product is not the viewer's.
	 */
	public Optional<Summary> rerunProduct(Viewer viewer, long productId) {
		if (this.cases.product(viewer, productId).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(runAll(viewer.merchant(), productId, CaseRunKind.DEBUG));
	}

	/**
	 * Runs every saved case of the merchant's product, as the product's submission does
	 * (the review then reads the results through {@link CaseReadiness}).
	 */
	public Summary runCasesOf(MerchantId merchant, long productId) {
		return runAll(merchant, productId, CaseRunKind.SUBMIT);
	}

	private Summary runAll(MerchantId merchant, long productId, CaseRunKind kind) {
		int passed = 0;
		List<DebugCase> all = this.cases.casesOfProduct(merchant, productId);
		for (DebugCase c : all) {
			if (run(merchant, c, kind).passed()) {
				passed++;
			}
		}
		return new Summary(all.size(), passed);
	}

	/**
	 * Deletes a case and its runs.
	 * @return false when the viewer has no such case
	 * @throws DebugRejected when the viewer may not manage the product
	 */
	public boolean delete(Viewer viewer, Actor actor, long id) {
		Optional<DebugCase> found = this.cases.caseOf(viewer, id);
		if (found.isEmpty()) {
			return false;
		}
		if (!this.access.canManage(viewer, found.get().productId())) {
			throw new DebugRejected("saas.case.error.manage");
		}
		this.transactions.executeWithoutResult((status) -> {
			if (this.cases.deleteCase(viewer.merchant(), id) == 1) {
				this.cases.deleteRuns(viewer.merchant(), id);
				this.audit.record(actor, AuditAction.SAAS_CASE_DELETED, AuditTarget.SAAS_INTERFACE, Long.toString(id),
						Map.of("name", found.get().name(), "activity", found.get().activity()), null);
			}
		});
		return true;
	}

	/**
	 * Runs a case (outside any transaction), keeps the run and the case's latest result,
	 * and for a failing dial test tells the merchant's main account, all in one
	 * transaction.
	 */
	SaasCaller.Result run(MerchantId merchant, DebugCase c, CaseRunKind kind) {
		Activity activity = Activity.ofWireName(c.activity());
		Map<String, String> fields;
		try {
			fields = JSON.readValue(c.fields(), new TypeReference<LinkedHashMap<String, String>>() {
			});
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("case " + c.id() + " keeps fields that are not JSON", ex);
		}
		LocalDateTime ranAt = LocalDateTime.now(this.clock);
		SaasCaller.Result result = this.caller.call(merchant, (kind == CaseRunKind.DIAL) ? Purpose.DIAL : Purpose.DEBUG,
				target(c.productId(), c.orderId(), c.orderLineId(), c.instanceId()), activity, fields);
		this.transactions.executeWithoutResult((status) -> {
			this.cases.insertRun(merchant, c.id(), c.productId(), result.callId(), kind, result.outcome(),
					result.failure(), result.resultCode(), ranAt);
			this.cases.updateLast(merchant, c.id(), result.outcome(), ranAt, result.callId());
			if (kind == CaseRunKind.DIAL && !result.passed()) {
				notifyFailure(merchant, c);
			}
		});
		return result;
	}

	private void notifyFailure(MerchantId merchant, DebugCase c) {
		Handler main = this.handlers.mainAccount(merchant);
		Map<String, String> args = new LinkedHashMap<>();
		args.put("case", c.name());
		args.put("product", c.productNameZh());
		args.put("productEn", (c.productNameEn() != null) ? c.productNameEn() : c.productNameZh());
		this.notifications.notifyMerchant(merchant, NotificationEvent.SAAS_DIAL_FAILED,
				new Recipient(main.id(), main.email(), main.phone()), args, "/saas/cases/" + c.id());
	}

	private static SaasCaller.Target target(long productId, String orderId, String lineId, String instanceId) {
		return SaasCaller.Target.of(productId, orderId, lineId, instanceId);
	}

	/**
	 * A checked debug request: the product, activity and mock order, the instance acted
	 * on (null for a create) and the fields to send, in order.
	 */
	public record Prepared(SaasProduct product, Activity activity, MockOrder order, String instanceId,
			Map<String, String> fields) {

		/** The editable fields' values, for the form. */
		public Map<String, String> editable() {
			Map<String, String> values = new LinkedHashMap<>();
			for (String name : editableFields(this.activity)) {
				values.put(name, this.fields.get(name));
			}
			return values;
		}

	}

	/** How many cases ran and how many passed. */
	public record Summary(int total, int passed) {

	}

}
