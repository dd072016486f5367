package io.sellercenter.usage;

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

	/** The name of the first field longer than its limit, or null. */
	public String overlongField() {
		return over(this.instanceId, MAX_ID) ? "instance_id"
				: over(this.meteringSn, MAX_ID) ? "metering_sn"
						: over(this.relatePkgInstance, MAX_ID) ? "relate_pkg_instance"
								: over(this.recordTime, MAX_TEXT) ? "record_time"
										: over(this.beginTime, MAX_TEXT) ? "begin_time" : over(this.endTime, MAX_TEXT)
												? "end_time" : over(this.usageValue, MAX_TEXT) ? "usage_value" : null;
	}

	/** The limit of a field named as the push API names it. */
	public static int maxLength(String field) {
		return field.endsWith("_time") || field.equals("usage_value") ? MAX_TEXT : MAX_ID;
	}

	private static boolean over(String value, int max) {
		return value != null && value.length() > max;
	}

}
