package io.sellercenter;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.reflection.factory.DefaultObjectFactory;

/**
 * Creates MyBatis result objects through constructors made accessible once and kept. Our
 * row classes and records are package-private, and MyBatis's default factory first calls
 * their constructor as it is, catches the IllegalAccessException (filling in a stack
 * trace) and only then makes it accessible: for every row read. On the order list that
 * was a tenth of the database work of a page.
 */
final class AccessibleObjectFactory extends DefaultObjectFactory {

	private final Map<Key, Constructor<?>> constructors = new ConcurrentHashMap<>();

	@Override
	@SuppressWarnings("unchecked")
	public <T> T create(Class<T> type, List<Class<?>> argTypes, List<Object> args) {
		Class<?> target = resolveInterface(type);
		if (target.isInterface()) {
			return super.create(type, argTypes, args);
		}
		List<Class<?>> types = (argTypes != null) ? argTypes : List.of();
		Constructor<?> constructor = this.constructors.computeIfAbsent(new Key(target, List.copyOf(types)),
				AccessibleObjectFactory::accessible);
		if (constructor == null) {
			return super.create(type, argTypes, args);
		}
		try {
			return (T) ((args == null || args.isEmpty()) ? constructor.newInstance()
					: constructor.newInstance(args.toArray()));
		}
		catch (ReflectiveOperationException | IllegalArgumentException ex) {
			// Let MyBatis make the same attempt and report it in its own words.
			return super.create(type, argTypes, args);
		}
	}

	private static Constructor<?> accessible(Key key) {
		try {
			Constructor<?> constructor = key.type().getDeclaredConstructor(key.argTypes().toArray(Class<?>[]::new));
			constructor.setAccessible(true);
			return constructor;
		}
		catch (NoSuchMethodException | SecurityException ex) {
			return null;
		}
	}

	private record Key(Class<?> type, List<Class<?>> argTypes) {
	}

}
