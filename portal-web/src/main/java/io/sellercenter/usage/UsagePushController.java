package io.sellercenter.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.sellercenter.usage.KeyService.PushKey;
import io.sellercenter.web.MachineApi;
import io.sellercenter.web.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/isv/usage-data}: the merchant's servers push usage records. Only
 * the request is checked: by {@link PushGuard} (headers, time, signature, key, nonce,
 * rate), then here its shape and sizes; every record is stored as sent before the answer
 * and judged later by the validator, so one bad record never fails a batch.
 */
@RestController
class UsagePushController {

	private static final Logger log = LoggerFactory.getLogger(UsagePushController.class);

	private final PushGuard guard;

	private final UsageIntake intake;

	/**
	 * Decimals as written, so a usage value keeps every digit the merchant sent; bounded
	 * as the API is ({@link MachineApi#jsonMapper}).
	 */
	private final JsonMapper json = MachineApi.USAGE_PUSH.jsonMapper()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	UsagePushController(PushGuard guard, UsageIntake intake) {
		this.guard = guard;
		this.intake = intake;
	}

	@PostMapping("/api/v1/isv/usage-data")
	ResponseEntity<Map<String, String>> push(@RequestHeader(name = "access-key", required = false) String keyId,
			@RequestHeader(name = "ts", required = false) String ts,
			@RequestHeader(name = "nonce", required = false) String nonce,
			@RequestHeader(name = "signature", required = false) String signature,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		String address = Requests.clientIp(request);
		PushGuard.Admission push = this.guard.check(keyId, ts, nonce, signature, body, address);
		if (!push.admitted()) {
			return push.refusal();
		}
		PushKey key = push.key();
		List<PushedRecord> records;
		try {
			JsonNode root = this.json.readTree(body);
			JsonNode list = (root != null && root.isObject()) ? root.get("usage_records") : null;
			if (list == null || list.isNull()) {
				return PushAnswer.MISSING.response("usage_records is required");
			}
			if (!list.isArray()) {
				return PushAnswer.BAD_FORMAT.response("usage_records must be an array");
			}
			if (list.size() > UsageIntake.MAX_RECORDS) {
				return PushAnswer.TOO_MANY_RECORDS.response();
			}
			records = new ArrayList<>(list.size());
			list.forEach((node) -> records.add(record(node)));
		}
		catch (StreamConstraintsException ex) {
			return PushAnswer.BAD_FORMAT
				.response("the body exceeds the API's limits (nesting, or the length of a number, a string or a name)");
		}
		catch (JacksonException ex) {
			return PushAnswer.BAD_FORMAT.response("the body is not valid JSON");
		}
		for (int i = 0; i < records.size(); i++) {
			PushedRecord.Field field = records.get(i).overlongField();
			if (field != null) {
				return PushAnswer.BAD_FORMAT.response("usage_records[" + i + "]." + field.jsonName()
						+ " is longer than " + field.maxLength() + " characters");
			}
		}
		try {
			this.intake.accept(key.merchant(), key.keyId(), nonce, push.timestamp(), address, records);
		}
		catch (DataAccessException ex) {
			log.error("Usage push of {} records could not be stored", records.size(), ex);
			return PushAnswer.INTERNAL.response();
		}
		return PushAnswer.ACCEPTED.response();
	}

	private static PushedRecord record(JsonNode node) {
		if (node == null || !node.isObject()) {
			return new PushedRecord(null, null, null, null, null, null, null);
		}
		return new PushedRecord(text(node, "instance_id"), text(node, "record_time"), text(node, "begin_time"),
				text(node, "end_time"), text(node, "usage_value"), text(node, "metering_sn"),
				text(node, "relate_pkg_instance"));
	}

	/**
	 * A field's text as sent (numbers keep their written form); null when absent or not a
	 * value.
	 */
	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

}
