// The reader's time zone, for the times the pages show: kept in a cookie that the portal reads
// (io.sellercenter.web.ReaderTime). Pages render before the first visit knows it; from the next
// page on, times are in the reader's zone. Same-origin file (CSP: script-src 'self').
(function () {
	'use strict';

	var zone;
	try {
		zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	}
	catch (e) {
		return;
	}
	if (!zone || zone.length > 64) {
		return;
	}
	var current = document.cookie.split('; ').filter(function (c) {
		return c.indexOf('portal-tz=') === 0;
	})[0];
	var value = encodeURIComponent(zone);
	if (current !== 'portal-tz=' + value) {
		document.cookie = 'portal-tz=' + value + '; path=/; max-age=31536000; SameSite=Lax';
	}
})();
