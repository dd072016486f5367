package io.sellercenter.usage;

import java.util.function.Function;

/**
 * One record of a push, as sent: every field kept as text, so nothing is lost or refused
 * at the API for its content (the validator judges each record later and names what is
 * wrong). Only a field longer than any valid value could be is refused with the request:
 * it could not be stored as sent.
 */
public record PushedRecord(String instanceId, String recordTime, String beginTime, String endTime, String usageValue,
		String meteringSn, String relatePkgInstance) {

	/** Instance ids and metering_sn: at most 64 characters (SPEC §6). */
	public static final int MAX_ID = 64;

	/**
	 * Times and values have formats of their own (16 characters for a time), judged by
	 * the validator; past this length they cannot be anything valid.
	 */
	public static final int MAX_TEXT = 64;

	/** The fields as the push API names them, with the longest each may be. */
	public enum Field {

		INSTANCE_ID("instance_id", MAX_ID, PushedRecord::instanceId),
		METERING_SN("metering_sn", MAX_ID, PushedRecord::meteringSn),
		RELATE_PKG_INSTANCE("relate_pkg_instance", MAX_ID, PushedRecord::relatePkgInstance),
		RECORD_TIME("record_time", MAX_TEXT, PushedRecord::recordTime),
		BEGIN_TIME("begin_time", MAX_TEXT, PushedRecord::beginTime),
		END_TIME("end_time", MAX_TEXT, PushedRecord::endTime),
		USAGE_VALUE("usage_value", MAX_TEXT, PushedRecord::usageValue);

		private final String jsonName;

		private final int maxLength;

		private final Function<PushedRecord, String> value;

		Field(String jsonName, int maxLength, Function<PushedRecord, String> value) {
			this.jsonName = jsonName;
			this.maxLength = maxLength;
			this.value = value;
		}

		public String jsonName() {
			return this.jsonName;
		}

		public int maxLength() {
			return this.maxLength;
		}

	}

	/** The first field longer than its limit, or null. */
	public Field overlongField() {
		for (Field field : Field.values()) {
			String value = field.value.apply(this);
			if (value != null && value.length() > field.maxLength) {
				return field;
			}
		}
		return null;
	}

}
