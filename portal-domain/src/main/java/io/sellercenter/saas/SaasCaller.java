package io.sellercenter.saas;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.shared.MerchantId;
import io.sellercenter.shared.SecretBox;

import org.springframework.stereotype.Service;

/**
 * Makes one call to a merchant's production interface and keeps it: signs the request
 * with the key bound to the basic interface, sends it through {@link MerchantClient},
 * judges the answer ({@link AnswerCheck}) and stores the call with its verdict. No
 * transaction is held while the merchant's server thinks: the call is stored once it is
 * over.
 */
@Service
public class SaasCaller {

	/** Production calls: the marketplace waits this long for a merchant. */
	public static final Duration PRODUCTION_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * Debug, dial and verification calls: a person is waiting and can read the verdict.
	 */
	public static final Duration DEBUG_TIMEOUT = Duration.ofSeconds(20);

	/** Kept of an answer; more is cut (the verdict was made on all of it). */
	static final int KEPT_ANSWER = 4000;

	private final SaasMapper saas;

	private final MerchantClient client;

	private final SecretBox secrets;

	private final Clock clock;

	SaasCaller(SaasMapper saas, MerchantClient client, SecretBox secrets, Clock clock) {
		this.saas = saas;
		this.client = client;
		this.secrets = secrets;
		this.clock = clock;
	}

	/**
	 * Calls the merchant's address for this activity and keeps the call.
	 * @param target what the call is about (product, order line, instance; the work item
	 * for production calls)
	 * @param fields the activity's parameters, in the order sent ({@code activity} and
	 * {@code testFlag} are added)
	 */
	public Result call(MerchantId merchant, Purpose purpose, Target target, Activity activity,
			Map<String, String> fields) {
		LocalDateTime started = LocalDateTime.now(this.clock);
		Optional<ProductionAddress> address = this.saas.address(merchant);
		Optional<BoundKey> key = this.saas.key(merchant, InterfaceType.BASIC);
		CallRow row = new CallRow();
		row.purpose = purpose;
		row.productId = target.productId();
		row.activity = activity.wireName();
		row.orderId = target.orderId();
		row.orderLineId = target.orderLineId();
		row.instanceId = target.instanceId();
		row.testFlag = purpose.test();
		row.startedAt = started;
		row.contract = address.map(ProductionAddress::contract).orElse(Contract.V2);
		row.method = "";
		row.url = address.map(ProductionAddress::url).orElse("");
		row.provisionId = target.provisionId();
		if (address.isEmpty() || key.isEmpty()) {
			row.outcome = Outcome.FAILED;
			row.failure = address.isEmpty() ? CallFailure.NO_ADDRESS : CallFailure.NO_KEY;
			this.saas.insertCall(merchant, row);
			return new Result(row.id, Outcome.FAILED, row.failure, null, null, null, null);
		}
		String secret = this.secrets.open(ProductionSetup.sealingId(key.get().accessKey()), key.get().secretSealed());
		SignedRequest request = SignedRequest.build(address.get().url(), address.get().contract(),
				key.get().accessKey(), secret, activity, fields, purpose.test(), this.clock.instant());
		row.method = request.method();
		row.url = cut(request.shownUrl(), 2048);
		row.requestBody = request.bodyText();
		long begin = System.nanoTime();
		AnswerCheck.Verdict verdict;
		try {
			MerchantClient.Answer answer = this.client.send(request.uri(), request.body(),
					purpose.test() ? DEBUG_TIMEOUT : PRODUCTION_TIMEOUT);
			row.httpStatus = answer.status();
			row.answer = cut(new String(answer.body(), StandardCharsets.UTF_8), KEPT_ANSWER);
			verdict = AnswerCheck.judge(activity, answer);
		}
		catch (MerchantClient.Refused ex) {
			row.answer = cut(ex.getMessage(), KEPT_ANSWER);
			verdict = AnswerCheck.Verdict.failed(ex.failure(), null);
		}
		row.durationMs = (int) Duration.ofNanos(System.nanoTime() - begin).toMillis();
		row.outcome = verdict.outcome();
		row.failure = verdict.failure();
		row.resultCode = verdict.resultCode();
		if (verdict.instanceId() != null && row.instanceId == null) {
			row.instanceId = verdict.instanceId();
		}
		this.saas.insertCall(merchant, row);
		return new Result(row.id, verdict.outcome(), verdict.failure(), verdict.resultCode(), verdict.instanceId(),
				request, row.answer);
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/**
	 * What a call is about; {@code provisionId} links a production call to its work item.
	 */
	public record Target(Long productId, String orderId, String orderLineId, String instanceId, Long provisionId) {

		public static Target of(Long productId, String orderId, String orderLineId, String instanceId) {
			return new Target(productId, orderId, orderLineId, instanceId, null);
		}

	}

	/**
	 * The verdict on a call; {@code request} (null when none could be made) is what was
	 * sent, for the debug page, and {@code answer} what came back as kept.
	 */
	public record Result(long callId, Outcome outcome, CallFailure failure, String resultCode, String instanceId,
			SignedRequest request, String answer) {

		public boolean passed() {
			return this.outcome == Outcome.SUCCESS;
		}

		public String resultMeaningKey() {
			return AnswerCheck.meaningKey(this.resultCode);
		}

	}

}
