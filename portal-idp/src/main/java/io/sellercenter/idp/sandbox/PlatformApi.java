package io.sellercenter.idp.sandbox;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's platform API ({@code /api/platform/v1}) as the marketplace calls it: a
 * bearer token from {@link PlatformTokens}, JSON with snake_case names. A refusal comes
 * back as a {@link PlatformApiException} carrying the problem the portal described.
 */
class PlatformApi {

	private final RestClient http;

	private final PlatformTokens tokens;

	private final URI portalUrl;

	PlatformApi(RestClient http, PlatformTokens tokens, URI portalUrl) {
		this.http = http;
		this.tokens = tokens;
		this.portalUrl = portalUrl;
	}

	URI portalUrl() {
		return this.portalUrl;
	}

	ProductPage products(String merchant) {
		URI uri = uri().path("/products")
			.queryParam("merchant", merchant)
			.queryParam("size", 100)
			.build()
			.encode()
			.toUri();
		return call(uri, null, ProductPage.class, false);
	}

	TicketOpened openTicket(NewTicket ticket) {
		return call(uri().path("/tickets").build().toUri(), ticket, TicketOpened.class, true);
	}

	EventAccepted send(String ticketId, TicketEvent event) {
		URI uri = uri().path("/tickets/{ticketId}/events").buildAndExpand(ticketId).encode().toUri();
		return call(uri, event, EventAccepted.class, true);
	}

	Ticket ticket(String ticketId) {
		URI uri = uri().path("/tickets/{ticketId}").buildAndExpand(ticketId).encode().toUri();
		return call(uri, null, Ticket.class, false);
	}

	SupervisionTask supervisionTask(String taskId) {
		URI uri = uri().path("/supervision/{taskId}").buildAndExpand(taskId).encode().toUri();
		return call(uri, null, SupervisionTask.class, false);
	}

	SupervisionAccepted send(String taskId, SupervisionEvent event) {
		URI uri = uri().path("/supervision/{taskId}/events").buildAndExpand(taskId).encode().toUri();
		return call(uri, event, SupervisionAccepted.class, true);
	}

	/**
	 * A document of a task, as the portal serves it (its type and its name in the
	 * disposition kept).
	 */
	Download supervisionFile(String taskId, long fileId) {
		URI uri = uri().path("/supervision/{taskId}/files/{fileId}").buildAndExpand(taskId, fileId).encode().toUri();
		try {
			return this.http.get()
				.uri(uri)
				.headers((headers) -> headers.setBearerAuth(this.tokens.accessToken()))
				.exchange((req, res) -> {
					if (!res.getStatusCode().is2xxSuccessful()) {
						throw new PlatformApiException(res.getStatusCode().value(), null, problem(res));
					}
					byte[] bytes = res.bodyTo(byte[].class);
					return new Download(res.getHeaders().getContentType(),
							res.getHeaders().getFirst("Content-Disposition"), (bytes != null) ? bytes : new byte[0]);
				});
		}
		catch (ResourceAccessException ex) {
			throw new PlatformApiException(0, "Could not reach the portal at " + this.portalUrl + ": is it running?",
					null);
		}
	}

	private UriComponentsBuilder uri() {
		return UriComponentsBuilder.fromUri(this.portalUrl).path("/api/platform/v1");
	}

	private <T> T call(URI uri, @Nullable Object body, Class<T> answer, boolean post) {
		try {
			return exchange(uri, body, answer, post);
		}
		catch (PlatformApiException ex) {
			if (ex.status() != HttpStatus.UNAUTHORIZED.value()) {
				throw ex;
			}
			// The portal may have restarted with another view of the provider's keys, or
			// the token expired on the way: one more try with a fresh token.
			this.tokens.forget();
			return exchange(uri, body, answer, post);
		}
	}

	private <T> T exchange(URI uri, @Nullable Object body, Class<T> answer, boolean post) {
		String token;
		try {
			token = this.tokens.accessToken();
		}
		catch (RestClientException ex) {
			throw new PlatformApiException(0,
					"Could not get an access token from this provider's token endpoint: " + ex.getMessage(), null);
		}
		RestClient.RequestBodySpec request = this.http.method(post ? HttpMethod.POST : HttpMethod.GET)
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(token))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		try {
			return request.exchange((req, res) -> {
				HttpStatusCode status = res.getStatusCode();
				if (status.is2xxSuccessful()) {
					T result = res.bodyTo(answer);
					if (result == null) {
						throw new PlatformApiException(status.value(), "The portal answered without a body", null);
					}
					return result;
				}
				throw new PlatformApiException(status.value(), null, problem(res));
			});
		}
		catch (ResourceAccessException ex) {
			throw new PlatformApiException(0, "Could not reach the portal at " + this.portalUrl + ": is it running?",
					null);
		}
	}

	private static @Nullable Problem problem(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
		MediaType type = response.getHeaders().getContentType();
		if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				|| type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
			return null;
		}
		try {
			return response.bodyTo(new ParameterizedTypeReference<Problem>() {
			});
		}
		catch (RestClientException ex) {
			return null;
		}
	}

	/** A product as the platform lists it; the API sends more, which is ignored here. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Product(@JsonProperty("product_id") long productId, @Nullable String type,
			@JsonProperty("name_zh") @Nullable String nameZh, @JsonProperty("name_en") @Nullable String nameEn) {

		public String displayName() {
			return (this.nameEn != null && !this.nameEn.isBlank()) ? this.nameEn
					: (this.nameZh != null) ? this.nameZh : "Product " + this.productId;
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProductPage(@Nullable String merchant, int page, int size, long total, List<Product> items) {

		ProductPage {
			items = (items != null) ? items : List.of();
		}

	}

	record Customer(String id, String name, @JsonProperty("account_name") String accountName) {
	}

	record Attachment(String name, @JsonProperty("content_base64") String contentBase64) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record NewTicket(@JsonProperty("event_id") String eventId, @JsonProperty("ticket_id") String ticketId,
			String merchant, @JsonProperty("product_id") long productId,
			@JsonProperty("order_id") @Nullable String orderId,
			@JsonProperty("instance_id") @Nullable String instanceId, Customer customer, String title, String category,
			String message, @Nullable List<Attachment> attachments, @JsonProperty("created_at") String createdAt) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Access(String kind, @Nullable String details) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TicketEvent(@JsonProperty("event_id") String eventId, String type, @Nullable String message,
			@Nullable List<Attachment> attachments, @Nullable Access access,
			@JsonProperty("occurred_at") String occurredAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TicketOpened(@JsonProperty("event_id") @Nullable String eventId, @JsonProperty("ticket_id") String ticketId,
			int status, @Nullable String handler, @JsonProperty("routed_to") @Nullable String routedTo) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record EventAccepted(@JsonProperty("event_id") @Nullable String eventId,
			@JsonProperty("ticket_id") @Nullable String ticketId, int status) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record AttachmentInfo(String name, long size) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Entry(@Nullable String at, @Nullable String kind, @Nullable String author, @Nullable String text,
			@Nullable String cause, @Nullable String solution, @Nullable List<AttachmentInfo> attachments) {

		Entry {
			attachments = (attachments != null) ? attachments : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Ticket(@JsonProperty("ticket_id") String ticketId, @Nullable String merchant,
			@JsonProperty("product_id") long productId, @Nullable String title, @Nullable String category, int status,
			@JsonProperty("status_name") @Nullable String statusName,
			@JsonProperty("created_at") @Nullable String createdAt, @Nullable List<Entry> entries) {

		Ticket {
			entries = (entries != null) ? entries : List.of();
		}

	}

	record Download(@Nullable MediaType type, @Nullable String disposition, byte[] content) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Contact(@Nullable String name, @Nullable String phone, @Nullable String email) {
	}

	record SupervisionDocument(@JsonProperty("name") String fileName,
			@JsonProperty("content_base64") String contentBase64) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SupervisionEvent(@JsonProperty("event_id") String eventId, String type, @Nullable String text,
			@JsonProperty("company_name") @Nullable String companyName, @Nullable Contact contact,
			@Nullable List<SupervisionDocument> attachments, @JsonProperty("occurred_at") String occurredAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record SupervisionAccepted(@JsonProperty("task_id") @Nullable String taskId,
			@JsonProperty("order_id") @Nullable String orderId, @Nullable String step) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TaskDocument(@JsonProperty("file_id") long fileId, @Nullable String role, @Nullable String name, long size) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TaskEntry(@Nullable String at, @Nullable String kind, @Nullable String actor, @Nullable String step,
			@Nullable String text, @JsonProperty("service_start_at") @Nullable String serviceStartAt,
			@Nullable List<TaskDocument> documents) {

		TaskEntry {
			documents = (documents != null) ? documents : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record SupervisionTask(@JsonProperty("task_id") String taskId, @JsonProperty("order_id") @Nullable String orderId,
			@JsonProperty("product_name") @Nullable String productName,
			@JsonProperty("product_name_en") @Nullable String productNameEn,
			@JsonProperty("spec_name_en") @Nullable String specNameEn, @Nullable String step, boolean frozen,
			@JsonProperty("due_at") @Nullable String dueAt, int rejections,
			@JsonProperty("service_start_at") @Nullable String serviceStartAt, @Nullable List<TaskEntry> entries) {

		SupervisionTask {
			entries = (entries != null) ? entries : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FieldError(@Nullable String field, @Nullable String message) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Problem(@Nullable String title, int status, @Nullable String detail, @Nullable List<FieldError> errors) {

		Problem {
			errors = (errors != null) ? errors : List.of();
		}

	}

	/** The portal refused a call, or could not be reached ({@code status} 0). */
	static final class PlatformApiException extends RuntimeException {

		private final int status;

		private final transient @Nullable Problem problem;

		PlatformApiException(int status, @Nullable String message, @Nullable Problem problem) {
			super((message != null) ? message : "The portal answered " + status);
			this.status = status;
			this.problem = problem;
		}

		int status() {
			return this.status;
		}

		@Nullable Problem problem() {
			return this.problem;
		}

	}

}
