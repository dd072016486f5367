package io.sellercenter.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A merchant page or action that needs a menu: sub-users reach it only through a
 * permission group that grants the menu (checked on the server, whatever the navigation
 * shows). On a controller it applies to all of its routes.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresMenu {

	Menu value();

}
