package io.sellercenter.web;

import java.net.InetAddress;

import io.netty.util.NetUtil;

import org.springframework.stereotype.Component;

/**
 * A client address as people write it: IPv6 compressed as RFC 5952 has it
 * ({@code 0:0:0:0:0:0:0:1} is {@code ::1}), an IPv4 address that came in over IPv6
 * ({@code ::ffff:192.0.2.1}) as the IPv4 address it is. Anything that is not an address
 * is shown as it was stored; nothing is ever looked up in DNS. Templates ask
 * {@code @addresses.show(ip)}.
 */
@Component("addresses")
public class ClientAddresses {

	public String show(String stored) {
		if (stored == null || stored.isBlank()) {
			return "";
		}
		String address = stored.strip();
		// Only literals are parsed: a host name is left alone rather than resolved.
		if (!NetUtil.isValidIpV4Address(address) && !NetUtil.isValidIpV6Address(address)) {
			return address;
		}
		InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
		// An IPv4-mapped IPv6 address parses as the IPv4 address
		// (InetAddress.getByAddress).
		return (parsed != null) ? NetUtil.toAddressString(parsed) : address;
	}

}
