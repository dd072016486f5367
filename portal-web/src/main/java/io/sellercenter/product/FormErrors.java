package io.sellercenter.product;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sellercenter.datafile.CellError;

/**
 * Everything a save or a submission of the publish form found wrong, gathered so the page
 * shows it all at once: what the form says overall ({@code codes}, such as "not
 * certified"), one message per field (the first found: a refused upload before the rule
 * that the file is missing), and the cell errors of a refused workbook. The page lists
 * them in a summary that links to each field. Serializable: after the save that created
 * the application it crosses the redirect as a flash attribute.
 */
final class FormErrors implements Serializable {

	private final ArrayList<String> codes = new ArrayList<>();

	private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();

	private final ArrayList<CellError> cells = new ArrayList<>();

	private final ArrayList<InterfaceCheck> interfaceChecks = new ArrayList<>();

	static FormErrors none() {
		return new FormErrors();
	}

	FormErrors code(String code) {
		if (code != null && !this.codes.contains(code)) {
			this.codes.add(code);
		}
		return this;
	}

	FormErrors add(Collection<FieldError> errors) {
		errors.forEach((e) -> this.fields.putIfAbsent(e.field(), e.code()));
		return this;
	}

	FormErrors add(Map<String, String> errors) {
		errors.forEach(this.fields::putIfAbsent);
		return this;
	}

	FormErrors cells(List<CellError> errors) {
		this.cells.addAll(errors);
		return this;
	}

	/**
	 * The debug checks of a SaaS product's interface that have not passed, listed under
	 * the summary's line about the interface.
	 */
	FormErrors interfaceChecks(List<InterfaceReadiness.Check> notPassed) {
		notPassed.forEach((check) -> this.interfaceChecks
			.add(new InterfaceCheck(check.chargingMode(), check.activity(), check.status().name())));
		return this;
	}

	public List<InterfaceCheck> interfaceChecks() {
		return List.copyOf(this.interfaceChecks);
	}

	/** The message key for a field, or null: the field fragments ask this. */
	public String get(String field) {
		return this.fields.get(field);
	}

	public boolean isEmpty() {
		return this.codes.isEmpty() && this.fields.isEmpty();
	}

	public boolean hasFields() {
		return !this.fields.isEmpty();
	}

	/**
	 * What the form says overall, first; a form with only field errors says that fields
	 * need attention.
	 */
	public List<String> codes() {
		return this.codes.isEmpty() && !this.fields.isEmpty() ? List.of("product.invalid") : List.copyOf(this.codes);
	}

	public List<CellError> cellErrors() {
		return List.copyOf(this.cells);
	}

	/** The summary's lines, in the order found. */
	public List<Item> items() {
		List<Item> items = new ArrayList<>();
		this.fields.forEach((field, code) -> items.add(Item.of(field, code)));
		return items;
	}

	/**
	 * A check of the interface as the summary names it: the order charging mode, the
	 * activity's wire name and the status's name, each put into words by the page.
	 * Strings, as the errors cross a redirect in the session.
	 */
	record InterfaceCheck(String chargingMode, String activity, String status) implements Serializable {

	}

	/**
	 * One line of the summary: the field's label (key and argument, a spec's number), its
	 * message, and the id of the field it links to.
	 */
	record Item(String field, String label, String labelArg, String code, String anchor) {

		static Item of(String field, String code) {
			if (field.startsWith("spec.")) {
				return new Item(field, "field.spec", field.substring("spec.".length()), code,
						ProductForm.anchor(field));
			}
			return new Item(field, "field." + field, null, code, ProductForm.anchor(field));
		}

	}

}
