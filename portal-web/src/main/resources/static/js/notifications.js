// The bell's unread count. Pages are rendered without it (no page pays a query for the bell);
// this same-origin script (CSP: script-src 'self') asks for it after the page has loaded, and
// again when the tab comes back into view.
(function () {
	'use strict';

	function show(bell, unread) {
		var badge = bell.querySelector('[data-bell-count]');
		if (unread > 0) {
			badge.textContent = unread > 99 ? '99+' : String(unread);
			badge.hidden = false;
			bell.setAttribute('aria-label', bell.getAttribute('data-unread-label').replace('{count}', String(unread)));
		}
		else {
			badge.textContent = '';
			badge.hidden = true;
			bell.setAttribute('aria-label', bell.getAttribute('data-label'));
		}
	}

	function refresh() {
		var bell = document.querySelector('[data-bell]');
		if (!bell) {
			return;
		}
		// A signed-out session answers with a redirect to the sign-in page: no count then.
		fetch(bell.getAttribute('data-count-url'), {
			credentials: 'same-origin',
			headers: { 'Accept': 'application/json' },
			redirect: 'error'
		})
			.then(function (response) {
				if (!response.ok) {
					throw new Error('unread count: HTTP ' + response.status);
				}
				return response.json();
			})
			.then(function (data) {
				show(bell, Number(data.unread) || 0);
			})
			.catch(function () {
				// The bell still links to the inbox; the count is a convenience.
			});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', refresh);
	}
	else {
		refresh();
	}
	document.addEventListener('visibilitychange', function () {
		if (document.visibilityState === 'visible') {
			refresh();
		}
	});
})();
