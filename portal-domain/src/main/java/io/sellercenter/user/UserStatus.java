package io.sellercenter.user;

public enum UserStatus {

	ACTIVE, DISABLED

}
