package io.sellercenter.usage;

import io.sellercenter.usage.IntegrationKey.KeyStatus;

/**
 * What the push API needs to check a request: the key's merchant, its state and sealed
 * secret.
 */
record KeyRow(long merchantId, String keyId, KeyStatus status, String secretEnc, String certification) {

}
