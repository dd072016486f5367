package io.sellercenter.saas;

/** Why a call failed, each shown to the merchant in words ({@code saas.failure.*}). */
public enum CallFailure {

	/** The merchant has no production address yet. */
	NO_ADDRESS,
	/** No key is bound to the interface type. */
	NO_KEY,
	/** The address resolves into the portal's own network (or is not allowed at all). */
	ADDRESS_REFUSED,
	/** No connection could be made (refused, reset, unknown host). */
	UNREACHABLE,
	/** No complete answer within the time allowed. */
	TIMEOUT,
	/** The answer was larger than the portal reads. */
	TOO_LARGE,
	/** A redirect: the portal follows none. */
	REDIRECT,
	/** An HTTP status other than 200. */
	HTTP_STATUS,
	/** The body is not a JSON object. */
	NOT_JSON,
	/** No six-digit resultCode. */
	NO_RESULT_CODE,
	/** A resultCode that says the call failed (its meaning shown beside it). */
	RESULT_CODE,
	/** A create answered success without an instanceId (or with an unusable one). */
	NO_INSTANCE_ID

}
