package io.sellercenter.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A merchant page or action for the main account alone (sub-users, groups, keys,
 * settings, changing the profile). Sub-users get 403 whatever their groups.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface MainAccountOnly {

}
