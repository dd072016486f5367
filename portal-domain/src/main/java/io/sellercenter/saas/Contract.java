package io.sellercenter.saas;

/**
 * How a merchant's production interface is called: V2 (POST JSON, signature, timestamp
 * and nonce in the URL), or the legacy V1 (GET with query parameters, authToken and
 * timeStamp) that merchants who listed early still run.
 */
public enum Contract {

	V2, V1

}
