package io.sellercenter.usage;

/**
 * One record of a push, as sent: every field kept as text, so nothing is lost or refused
 * at the API (the validator judges each record later and names what is wrong).
 */
public record PushedRecord(String instanceId, String recordTime, String beginTime, String endTime, String usageValue,
		String meteringSn, String relatePkgInstance) {

}
