package io.sellercenter.user;

import io.sellercenter.shared.Menu;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record GroupForm(@NotBlank @Size(max = 60) String name, Set<Menu> menus) {

	static GroupForm empty() {
		return new GroupForm("", EnumSet.noneOf(Menu.class));
	}

	Set<Menu> menuSet() {
		return (this.menus != null) ? this.menus : Set.of();
	}

}
