package io.sellercenter.usage;

/** A received record claimed by a validator, as stored. */
record ClaimedRecord(long id, long merchantId, String instanceId, String recordTime, String beginTime, String endTime,
		String usageValue, String meteringSn, String relatePkgInstance) {

}
