package io.sellercenter.user;

import io.sellercenter.shared.Menu;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A merchant's group of sub-users and the menus it grants. */
public record PermissionGroup(long id, long merchantId, String name, String menus) {

	public Set<Menu> menuSet() {
		return parse(this.menus);
	}

	static Set<Menu> parse(String menus) {
		if (menus == null || menus.isBlank()) {
			return EnumSet.noneOf(Menu.class);
		}
		return Arrays.stream(menus.split(","))
			.map(String::trim)
			.filter((name) -> !name.isEmpty())
			.map(Menu::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Menu.class)));
	}

	static String format(Set<Menu> menus) {
		return menus.stream().sorted().map(Menu::name).collect(Collectors.joining(","));
	}

}
