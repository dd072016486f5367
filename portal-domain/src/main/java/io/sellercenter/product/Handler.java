package io.sellercenter.product;

/**
 * A user of a merchant who may handle a product's customer work (tickets, supervised
 * deliveries), with the contact the notifications use (the main account: the profile's
 * contact).
 */
public record Handler(long id, String userName, String displayName, String accountType, String status, String email,
		String phone) {

	public String name() {
		return (this.displayName != null && !this.displayName.isBlank()) ? this.displayName : this.userName;
	}

	public boolean mainAccount() {
		return "MAIN".equals(this.accountType);
	}

}
