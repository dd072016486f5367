package io.sellercenter.saas;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The DNS resolver of {@link MerchantClient}: it resolves a merchant's host name and
 * refuses it when any of its addresses lies in a network a merchant must never reach
 * through the portal (loopback, private, link-local with the cloud metadata address,
 * multicast, carrier-grade NAT, unspecified, reserved). The addresses it returns are the
 * ones the client connects to, so the name is not resolved a second time between the
 * check and the connection (no DNS rebinding). Loopback alone may be allowed, for tests
 * and the local run.
 */
final class AddressGuard implements DnsResolver {

	private final boolean allowLoopback;

	AddressGuard(boolean allowLoopback) {
		this.allowLoopback = allowLoopback;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = InetAddress.getAllByName(host);
		for (InetAddress address : addresses) {
			if (!allowed(address)) {
				throw new Refused(host, address);
			}
		}
		return addresses;
	}

	@Override
	public String resolveCanonicalHostname(String host) {
		return host;
	}

	boolean allowed(InetAddress address) {
		if (address.isLoopbackAddress()) {
			return this.allowLoopback;
		}
		return !(address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isMulticastAddress() || reserved(address));
	}

	/** What InetAddress does not classify: the ranges no merchant server can be on. */
	private static boolean reserved(InetAddress address) {
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			int third = b[2] & 0xff;
			boolean thisNetwork = first == 0;
			// Carrier-grade NAT, where some clouds put their metadata service.
			boolean sharedSpace = first == 100 && second >= 64 && second < 128;
			boolean protocolAssignments = first == 192 && second == 0 && third == 0;
			boolean benchmarking = first == 198 && (second == 18 || second == 19);
			boolean reservedOrBroadcast = first >= 240;
			// Azure's host address, which answers metadata and health requests.
			boolean azureHost = first == 168 && second == 63 && third == 129 && (b[3] & 0xff) == 16;
			return thisNetwork || sharedSpace || protocolAssignments || benchmarking || reservedOrBroadcast
					|| azureHost;
		}
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xff;
			// Unique local (fc00::/7, also AWS's metadata fd00:ec2::254), and NAT64
			// (64:ff9b::/96) or 6to4 (2002::/16), which carry an IPv4 address that could
			// be private.
			return (first & 0xfe) == 0xfc || (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff)
					|| (first == 0x20 && (b[1] & 0xff) == 0x02);
		}
		return true;
	}

	/** A name that resolves where the portal refuses to go. */
	static final class Refused extends UnknownHostException {

		Refused(String host, InetAddress address) {
			super(host + " resolves to " + address.getHostAddress() + ", which is not a public address");
		}

	}

}
