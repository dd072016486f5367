package io.sellercenter.saas;

/**
 * What the marketplace asks of a merchant's production interface, by the name it carries
 * on the wire ({@code activity}).
 */
public enum Activity {

	NEW_INSTANCE("newInstance"), QUERY_INSTANCE("queryInstance"), REFRESH_INSTANCE("refreshInstance"),
	UPDATE_INSTANCE_STATUS("updateInstanceStatus"), RELEASE_INSTANCE("releaseInstance"),
	UPGRADE_INSTANCE("upgradeInstance"),
	/** Only in the V1 contract: V2 expresses expiry as an update of the status. */
	EXPIRE_INSTANCE("expireInstance");

	private final String wireName;

	Activity(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}

	/** The wire name if it is one, else null (a filter's value as typed). */
	public static String ofWireNameOrNull(String name) {
		for (Activity activity : values()) {
			if (activity.wireName.equals(name)) {
				return name;
			}
		}
		return null;
	}

	public static Activity ofWireName(String name) {
		for (Activity activity : values()) {
			if (activity.wireName.equals(name)) {
				return activity;
			}
		}
		throw new IllegalArgumentException("unknown activity " + name);
	}

}
