package io.sellercenter.usage;

import java.time.LocalDateTime;

/**
 * A received record claimed by a validator, as stored, with the time it was received: the
 * time its deadlines are judged against, whenever the validator gets to it.
 */
record ClaimedRecord(long id, long merchantId, String instanceId, String recordTime, String beginTime, String endTime,
		String usageValue, String meteringSn, String relatePkgInstance, LocalDateTime receivedAt) {

}
