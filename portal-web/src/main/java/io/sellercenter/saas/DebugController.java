package io.sellercenter.saas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sellercenter.product.Viewer;
import io.sellercenter.shared.Actor;
import io.sellercenter.shared.Menu;
import io.sellercenter.shared.RequiresMenu;
import io.sellercenter.web.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 接口调测: choose a SaaS product, a scenario and a mock order; the request is pre-filled
 * from the order and editable; Preview shows it exactly as it would leave (with a curl
 * command), Send sends it with testFlag and shows the answer and the verdict, which can
 * be saved as a case. A product the viewer may not see is not found.
 */
@Controller
@RequiresMenu(Menu.APP_TOOLS)
class DebugController {

	/** The form's fields are named {@code field.<wire name>}. */
	static final String FIELD = "field.";

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final DebugService debug;

	DebugController(DebugService debug) {
		this.debug = debug;
	}

	@GetMapping("/saas/debug")
	String page(Viewer viewer, @RequestParam(required = false) Long productId,
			@RequestParam(required = false) String activity, @RequestParam(required = false) String orderId,
			@RequestParam(required = false) String instanceId, Model model) {
		List<SaasProduct> products = this.debug.products(viewer);
		SaasProduct product;
		if (productId != null) {
			product = products.stream()
				.filter((p) -> p.id() == productId)
				.findFirst()
				.orElseThrow(NotFoundException::new);
		}
		else {
			product = products.isEmpty() ? null : products.get(0);
		}
		Activity chosen = DebugService.ACTIVITIES.stream()
			.filter((a) -> a.wireName().equals(activity))
			.findFirst()
			.orElse(Activity.NEW_INSTANCE);
		MockOrders.MockOrder order = this.debug.order(orderId).orElse(this.debug.orders().get(0));
		String instance = (instanceId == null || instanceId.length() > DebugService.MAX_INSTANCE_ID) ? ""
				: instanceId.strip();
		Form form = new Form(product, chosen, order, instance,
				(product == null) ? Map.of() : this.debug.preset(product, chosen, order));
		return show(viewer, products, form, model);
	}

	@PostMapping("/saas/debug/preview")
	String preview(Viewer viewer, @RequestParam MultiValueMap<String, String> params, Model model) {
		return act(viewer, params, model, (prepared) -> {
			try {
				SignedRequest preview = this.debug.preview(viewer, prepared);
				model.addAttribute("preview", preview);
				model.addAttribute("previewBody", pretty(preview.bodyText()));
			}
			catch (DebugRejected ex) {
				model.addAttribute("debugError", ex.messageKey());
			}
		});
	}

	@PostMapping("/saas/debug/send")
	String send(Viewer viewer, @RequestParam MultiValueMap<String, String> params, Model model) {
		return act(viewer, params, model, (prepared) -> {
			SaasCaller.Result result = this.debug.send(viewer, prepared);
			if (result.request() != null) {
				model.addAttribute("sentUrl", result.request().uri().toString());
				model.addAttribute("curl", result.request().curl());
			}
			showCall(viewer, result.callId(), model);
		});
	}

	@PostMapping("/saas/debug/save")
	String save(Viewer viewer, Actor actor, @RequestParam(required = false) Long callId,
			@RequestParam(required = false) String name, RedirectAttributes redirect, Model model) {
		Optional<Call> call = (callId == null) ? Optional.empty() : this.debug.debugCall(viewer, callId);
		if (call.isEmpty()) {
			throw new NotFoundException();
		}
		try {
			long id = this.debug.saveCase(viewer, actor, callId, name);
			redirect.addFlashAttribute("message", "saas.case.saved");
			return "redirect:/saas/cases/" + id;
		}
		catch (DebugRejected ex) {
			model.addAttribute("debugError", ex.messageKey());
			model.addAttribute("caseName", (name == null || name.length() > 200) ? "" : name);
			Call c = call.get();
			SaasProduct product = this.debug.product(viewer, c.productId()).orElseThrow(NotFoundException::new);
			MockOrders.MockOrder order = this.debug.order(c.orderId()).orElse(this.debug.orders().get(0));
			Activity activity = DebugService.ACTIVITIES.stream()
				.filter((a) -> a.wireName().equals(c.activity()))
				.findFirst()
				.orElse(Activity.NEW_INSTANCE);
			Map<String, String> sent = DebugService.sentFields(c);
			Map<String, String> values = new LinkedHashMap<>();
			DebugService.editableFields(activity).forEach((f) -> values.put(f, sent.getOrDefault(f, "")));
			showCall(viewer, c.id(), model);
			return show(viewer, this.debug.products(viewer),
					new Form(product, activity, order, (c.instanceId() == null) ? "" : c.instanceId(), values), model);
		}
	}

	private String act(Viewer viewer, MultiValueMap<String, String> params, Model model,
			java.util.function.Consumer<DebugService.Prepared> action) {
		List<SaasProduct> products = this.debug.products(viewer);
		Long productId = number(params.getFirst("productId"));
		String activity = params.getFirst("activity");
		String orderId = params.getFirst("orderId");
		String instanceId = params.getFirst("instanceId");
		Map<String, String> edits = new LinkedHashMap<>();
		params.forEach((key, values) -> {
			if (key.startsWith(FIELD) && key.length() <= 64 && !values.isEmpty() && edits.size() < 20) {
				edits.put(key.substring(FIELD.length()), values.get(0));
			}
		});
		try {
			DebugService.Prepared prepared = this.debug.prepare(viewer, productId, activity, orderId, instanceId,
					edits);
			action.accept(prepared);
			return show(viewer, products, new Form(prepared.product(), prepared.activity(), prepared.order(),
					(prepared.instanceId() == null) ? "" : prepared.instanceId(), prepared.editable()), model);
		}
		catch (DebugRejected ex) {
			model.addAttribute("debugError", ex.messageKey());
			// The form again with what can be kept of the input; bad values are dropped.
			SaasProduct product = (productId == null) ? null
					: products.stream().filter((p) -> p.id() == productId).findFirst().orElse(null);
			if (product == null) {
				product = products.isEmpty() ? null : products.get(0);
			}
			Activity chosen = DebugService.ACTIVITIES.stream()
				.filter((a) -> a.wireName().equals(activity))
				.findFirst()
				.orElse(Activity.NEW_INSTANCE);
			MockOrders.MockOrder order = this.debug.order(orderId).orElse(this.debug.orders().get(0));
			Map<String, String> values = new LinkedHashMap<>();
			if (product != null) {
				values.putAll(this.debug.preset(product, chosen, order));
			}
			values.replaceAll((key, preset) -> {
				String edited = edits.get(key);
				return (edited != null && edited.length() <= DebugService.MAX_VALUE) ? edited : preset;
			});
			String instance = (instanceId == null || instanceId.length() > DebugService.MAX_INSTANCE_ID) ? ""
					: instanceId;
			return show(viewer, products, new Form(product, chosen, order, instance, values), model);
		}
	}

	private void showCall(Viewer viewer, long callId, Model model) {
		this.debug.debugCall(viewer, callId).ifPresent((call) -> {
			model.addAttribute("call", call);
			model.addAttribute("answerText", pretty(call.answer()));
			model.addAttribute("requestText", pretty(call.requestBody()));
		});
	}

	private String show(Viewer viewer, List<SaasProduct> products, Form form, Model model) {
		model.addAttribute("products", products);
		model.addAttribute("activities", DebugService.ACTIVITIES);
		model.addAttribute("orders", this.debug.orders());
		model.addAttribute("form", form);
		model.addAttribute("needsInstance", DebugService.needsInstance(form.activity()));
		model.addAttribute("instances",
				(form.product() == null) ? List.of() : this.debug.createdInstances(viewer, form.product().id()));
		model.addAttribute("maxValue", DebugService.MAX_VALUE);
		model.addAttribute("maxInstance", DebugService.MAX_INSTANCE_ID);
		model.addAttribute("maxName", DebugService.MAX_NAME);
		return "saas/debug";
	}

	/** A JSON text indented for reading; anything else as it came. */
	static String pretty(String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		try {
			return PRETTY.writeValueAsString(PRETTY.readTree(text));
		}
		catch (JacksonException ex) {
			return text;
		}
	}

	private static Long number(String text) {
		if (text == null || text.isBlank() || text.length() > 18) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** What the form shows: the choices and the editable fields' values. */
	record Form(SaasProduct product, Activity activity, MockOrders.MockOrder order, String instanceId,
			Map<String, String> fields) {

	}

}
