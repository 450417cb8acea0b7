/* net/ipv4/checksum.c — the Internet checksum (RFC 1071): the 16-bit
 * one's-complement of the one's-complement sum of the data.  IP covers its
 * header with it; UDP and TCP cover a pseudo-header (addresses, protocol,
 * length), their header and their data.  Plain C, byte by byte pairs: the
 * host unit tests check it against known packets. */
#include <net/checksum.h>

u32 csum_partial(const void *buf, size_t len, u32 sum)
{
	const u8 *p = buf;

	/* Big-endian 16-bit words: the sum is then in network order. */
	while (len > 1) {
		sum += (p[0] << 8) | p[1];
		if (sum & 0x80000000u)		/* fold early: never overflow */
			sum = (sum & 0xffff) + (sum >> 16);
		p += 2;
		len -= 2;
	}
	if (len)
		sum += p[0] << 8;
	return sum;
}

u16 csum_fold(u32 sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return htons((u16)~sum);	/* to network order, for the header */
}

u32 csum_tcpudp_nofold(u32 saddr, u32 daddr, u16 len, u8 proto, u32 sum)
{
	/* Addresses are in network order; add them as big-endian words. */
	u32 s = ntohl(saddr), d = ntohl(daddr);

	sum += (s >> 16) + (s & 0xffff) + (d >> 16) + (d & 0xffff);
	sum += proto;
	sum += len;
	return sum;
}

u16 ip_fast_csum(const void *iph, unsigned int ihl)
{
	return csum_fold(csum_partial(iph, ihl * 4, 0));
}
