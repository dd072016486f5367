package io.sellercenter.platform;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import io.sellercenter.order.OrderRejected;
import io.sellercenter.order.OrderRejected.Reason;
import io.sellercenter.order.Violation;
import io.sellercenter.web.MachineApi;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads a platform call's body into its record (Jackson) and checks it (Bean Validation),
 * collecting a message for every field that is missing or malformed, so that the caller
 * learns of all of them at once. Fields are named as the call writes them
 * ({@code lines[0].instances[1].instance_id}) and listed in the order the records declare
 * them.
 * <p>
 * Jackson binds objects to records and arrays to lists. Where the body holds something
 * else (a string as the customer, an object as the lines), the field is bound as absent
 * and answered with its own message ("must be an object", or the list's bounds) instead
 * of "is required"; an array's item of the wrong kind is bound as null, and the record
 * says what that means. A list that breaks its bounds is not looked into, as a field of
 * the wrong kind has nothing inside.
 */
@Component
class CallReader {

	/**
	 * Records from the tree that {@link PlatformJson#read} made within the API's bounds;
	 * bounded itself all the same.
	 */
	private static final JsonMapper BINDER = MachineApi.PLATFORM.jsonMapper()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.addHandler(new WrongKinds())
		.build();

	private static final PropertyNamingStrategies.NamingBase NAMES = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

	private final Validator validator;

	CallReader(Validator validator) {
		this.validator = validator;
	}

	/**
	 * The body as a {@code type}, whose fields' messages are added to {@code violations};
	 * a body that is not an object is refused at once.
	 */
	<T> T read(JsonNode body, Class<T> type, List<Violation> violations) {
		if (body == null || !body.isObject()) {
			violations.add(new Violation("", "the body must be a JSON object"));
			throwIfAny(violations);
		}
		List<JsonPointer> wrongKinds = new ArrayList<>();
		T call = BINDER.readerFor(type).withAttribute(WrongKinds.class, wrongKinds).readValue(body);
		List<Found> found = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (JsonPointer pointer : wrongKinds) {
			Found field = Found.wrongKind(type, pointer);
			found.add(field);
			named.add(field.field());
		}
		Set<String> brokenLists = new HashSet<>();
		for (ConstraintViolation<T> violation : this.validator.validate(call)) {
			Found field = Found.at(type, violation.getPropertyPath(), violation.getMessage());
			if (named.add(field.field())) {
				found.add(field);
				if (violation.getInvalidValue() instanceof List<?>) {
					brokenLists.add(field.field());
				}
			}
		}
		// Sets and sorting, nothing pairwise: a body within the bounds can hold 40,000
		// malformed instances.
		found.stream()
			.filter((field) -> brokenLists.isEmpty() || !field.isWithinAny(brokenLists))
			.sorted(Comparator.comparing(Found::order, Arrays::compare))
			.forEach((field) -> violations.add(new Violation(field.field(), field.message())));
		return call;
	}

	/** Refuses the call if anything was found wrong. */
	static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new OrderRejected(Reason.INVALID, violations);
		}
	}

	/**
	 * A field with its message: {@code order} holds, for each step of its path, the index
	 * of the record's component or of the list's item, so that fields sort as the records
	 * declare them.
	 */
	private record Found(String field, int[] order, String message) {

		/** A field the body gave as something other than an object or array. */
		static Found wrongKind(Class<?> root, JsonPointer pointer) {
			List<String> steps = new ArrayList<>();
			for (JsonPointer rest = pointer; !rest.matches(); rest = rest.tail()) {
				steps.add(rest.getMatchingProperty());
			}
			Found found = walk(root, steps, null);
			RecordComponent component = found.component(root);
			String message = List.class.isAssignableFrom(component.getType())
					? Sent.itemsMessage(component.getAccessor().getAnnotation(Sent.Items.class)) : "must be an object";
			return new Found(found.field(), found.order(), message);
		}

		/** A field Bean Validation names (Java names, and the indexes of list items). */
		static Found at(Class<?> root, Path path, String message) {
			List<String> steps = new ArrayList<>(8);
			for (Path.Node node : path) {
				if (node.isInIterable()) {
					steps.add(Integer.toString(node.getIndex()));
				}
				if (node.getKind() == ElementKind.PROPERTY) {
					steps.add(node.getName());
				}
			}
			return walk(root, steps, message);
		}

		/**
		 * The field at the end of these steps (component names, Java or as the call
		 * writes them, and item indexes), from {@code root} down.
		 */
		private static Found walk(Class<?> root, List<String> steps, String message) {
			StringBuilder field = new StringBuilder();
			int[] order = new int[steps.size()];
			Type type = root;
			for (int i = 0; i < order.length; i++) {
				String step = steps.get(i);
				if (type instanceof ParameterizedType list) {
					field.append('[').append(step).append(']');
					order[i] = Integer.parseInt(step);
					type = list.getActualTypeArguments()[0];
				}
				else {
					Components components = Components.OF.get((Class<?>) type);
					order[i] = components.indexOf(step);
					field.append(field.isEmpty() ? "" : ".").append(components.jsonNames()[order[i]]);
					type = components.types()[order[i]];
				}
			}
			return new Found(field.toString(), order, message);
		}

		/** The record component this field is. */
		private RecordComponent component(Class<?> root) {
			Type type = root;
			RecordComponent component = null;
			for (int index : this.order) {
				if (type instanceof ParameterizedType list) {
					type = list.getActualTypeArguments()[0];
				}
				else {
					Components components = Components.OF.get((Class<?>) type);
					component = components.all()[index];
					type = components.types()[index];
				}
			}
			return component;
		}

		/** Whether this field lies inside one of these. */
		boolean isWithinAny(Set<String> fields) {
			for (int i = 1; i < this.field.length(); i++) {
				char c = this.field.charAt(i);
				if ((c == '.' || c == '[') && fields.contains(this.field.substring(0, i))) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * A record's components, their types and their names as the call writes them (by the
	 * binder's own rule), looked up once per record: reflection for each of thousands of
	 * messages took seconds.
	 */
	private record Components(RecordComponent[] all, Type[] types, String[] jsonNames, Map<String, Integer> names) {

		static final ClassValue<Components> OF = new ClassValue<>() {

			@Override
			protected Components computeValue(Class<?> record) {
				RecordComponent[] all = record.getRecordComponents();
				Type[] types = new Type[all.length];
				String[] jsonNames = new String[all.length];
				Map<String, Integer> names = new HashMap<>();
				for (int i = 0; i < all.length; i++) {
					types[i] = all[i].getGenericType();
					jsonNames[i] = NAMES.nameForField(null, null, all[i].getName());
					names.put(all[i].getName(), i);
					names.put(jsonNames[i], i);
				}
				return new Components(all, types, jsonNames, names);
			}

		};

		int indexOf(String name) {
			Integer index = this.names.get(name);
			if (index == null) {
				throw new IllegalArgumentException("no field " + name);
			}
			return index;
		}

	}

	/**
	 * Binds a value of the wrong kind for a record or a list as absent, skipping it, and
	 * notes where it was when it is a record's field rather than an array's item.
	 */
	private static final class WrongKinds extends DeserializationProblemHandler {

		@Override
		public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
				JsonParser parser, String failureMessage) {
			return absent(context, parser);
		}

		@Override
		public Object handleMissingInstantiator(DeserializationContext context, Class<?> instanceClass,
				ValueInstantiator instantiator, JsonParser parser, String message) {
			return absent(context, parser);
		}

		@SuppressWarnings("unchecked")
		private static Object absent(DeserializationContext context, JsonParser parser) {
			TokenStreamContext where = parser.streamReadContext();
			JsonPointer pointer = where.pathAsPointer();
			TokenStreamContext container = parser.currentToken().isStructStart() ? where.getParent() : where;
			if (container.inObject() && context.getAttribute(WrongKinds.class) instanceof List<?> noted) {
				((List<JsonPointer>) noted).add(pointer);
			}
			parser.skipChildren();
			return null;
		}

	}

}
